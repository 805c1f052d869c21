package org.alliancehub.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The system user that runs Elasticsearch when the stack is started by root (Elasticsearch
 * refuses root). Created with {@code useradd} when missing; processes drop to it with {@code setpriv}.
 */
final class UnprivilegedUser {

    static final String NAME = "alliancehub";

    private final String uid;
    private final String gid;

    private UnprivilegedUser(String uid, String gid) {
        this.uid = uid;
        this.gid = gid;
    }

    /** The user to run as, or null when this JVM is not root. */
    static UnprivilegedUser whenRoot() {
        if (!"0".equals(run(List.of("id", "-u")).strip())) {
            return null;
        }
        if (exitCode(List.of("id", "-u", NAME)) != 0) {
            run(List.of("useradd", "--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", NAME));
        }
        return new UnprivilegedUser(run(List.of("id", "-u", NAME)).strip(), run(List.of("id", "-g", NAME)).strip());
    }

    List<String> commandPrefix() {
        return List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--");
    }

    /** Hands the given folders to this user, so that the node can write its keystore, data and logs. */
    void own(Path... paths) {
        for (Path path : paths) {
            run(List.of("chown", "-R", uid + ":" + gid, path.toAbsolutePath().toString()));
        }
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new StackException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new StackException(String.join(" ", command) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted: " + String.join(" ", command));
        }
    }

    private static int exitCode(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
