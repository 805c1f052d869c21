package org.alliancehub.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The content service's write token for the local stack: taken from ALLIANCEHUB_WRITE_TOKEN, or
 * generated once and kept (owner-readable only) under the data folder, never in the repository.
 */
final class WriteToken {

    private WriteToken() {
    }

    static String resolve(LauncherSettings settings) throws IOException {
        if (settings.writeToken().isPresent()) {
            return settings.writeToken().get();
        }
        Path file = file(settings);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Files.createDirectories(file.getParent());
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the data folder's own permissions apply
        }
        return token;
    }

    static Path file(LauncherSettings settings) {
        return settings.dataDirectory().resolve("secrets/write-token");
    }
}
