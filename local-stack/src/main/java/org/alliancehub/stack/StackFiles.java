package org.alliancehub.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The artifacts the stack runs, as the build copies them into one folder (for the launcher
 * {@code launcher/target/stack}, for a module's tests {@code target/stack}).
 */
public record StackFiles(Path directory) {

    public static final String PAYARA_MICRO = "payara-micro.jar";
    public static final String ELASTICSEARCH = "elasticsearch.zip";
    public static final String ANALYSIS_SHIM = "search-analysis-shim.zip";
    public static final String CONTENT_SERVICE = "content-service.war";
    public static final String SEARCH_SERVICE = "search-service.war";
    public static final String WEB_UI = "web-ui.war";

    /** From the system property {@code alliancehub.stack.dir}, which the build sets. */
    public static StackFiles fromSystemProperty() {
        String dir = System.getProperty("alliancehub.stack.dir");
        if (dir == null || dir.isBlank()) {
            throw new StackException("System property alliancehub.stack.dir is not set: it names the folder with "
                    + PAYARA_MICRO + ", " + ELASTICSEARCH + " and the WARs.");
        }
        return new StackFiles(Path.of(dir).toAbsolutePath());
    }

    public Path require(String name) {
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new StackException("Missing " + file + ": build the project first (./mvnw -DskipTests package).");
        }
        return file;
    }

    public Path payaraMicro() {
        return require(PAYARA_MICRO);
    }

    public Path elasticsearch() {
        return require(ELASTICSEARCH);
    }

    public Path analysisShim() {
        return require(ANALYSIS_SHIM);
    }
}
