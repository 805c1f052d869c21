package org.alliancehub.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The settings three places name agree: what the code reads (the services' MicroProfile Config
 * names and the launcher's variables; the test harness's system properties are not settings), what the README's configuration table lists, and what docker/compose.yml
 * sets; and the compose file is valid as Docker Compose itself reads it (Debian's docker-compose,
 * offline; required in CI, where {@code ALLIANCEHUB_COMPOSE_REQUIRED=true}).
 */
class DeploymentSettingsTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SOURCES = List.of("content-service/src/main", "search-service/service/src/main",
            "web-ui/src/main", "launcher/src/main", "contracts/src/main");
    private static final Pattern DOTTED = Pattern.compile("\"(?:\\$\\{MPCONFIG=)?((?:alliancehub|mp\\.jwt)\\.[a-z0-9.-]+)[}\"]");
    private static final Pattern VARIABLE = Pattern.compile("\\b((?:ALLIANCEHUB|MP_JWT)_[A-Z0-9_]+)\\b");
    private static final Pattern README_ROW = Pattern.compile("^\\| ((?:`(?:ALLIANCEHUB|MP_JWT)_[A-Z0-9_]+`(?:, )?)+) \\|", Pattern.MULTILINE);
    private static final Pattern COMPOSE_SETTING = Pattern.compile("^\\s+((?:ALLIANCEHUB|MP_JWT)_[A-Z0-9_]+): ?(.*)$", Pattern.MULTILINE);

    /** MicroProfile Config's environment name for a property: upper case, every other character an underscore. */
    static String environmentName(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static Set<String> read() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String source : SOURCES) {
            try (Stream<Path> files = Files.walk(REPOSITORY.resolve(source))) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                        .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".properties"))::iterator) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Matcher dotted = DOTTED.matcher(text);
                    while (dotted.find()) {
                        names.add(environmentName(dotted.group(1)));
                    }
                    if (file.startsWith(REPOSITORY.resolve("launcher"))) {
                        Matcher variable = VARIABLE.matcher(text);
                        while (variable.find()) {
                            names.add(variable.group(1));
                        }
                    }
                }
            }
        }
        Matcher script = VARIABLE.matcher(Files.readString(REPOSITORY.resolve("run")));
        while (script.find()) {
            names.add(script.group(1));
        }
        return names;
    }

    private static Set<String> documented() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher row = README_ROW.matcher(Files.readString(REPOSITORY.resolve("README.md")));
        while (row.find()) {
            for (String name : row.group(1).split(", ")) {
                names.add(name.replace("`", ""));
            }
        }
        return names;
    }

    @Test
    void everySettingTheReadmeListsIsReadAndEveryOneReadIsListed() throws IOException {
        Set<String> read = read();
        Set<String> documented = documented();
        assertThat(documented).as("the README's configuration table").hasSizeGreaterThan(30);
        assertThat(read).as("read by the code").containsAll(documented);
        assertThat(documented).as("listed in the README").containsAll(read);
    }

    @Test
    void everySettingTheComposeFileGivesIsOneTheServicesRead() throws IOException {
        Set<String> read = read();
        Matcher setting = COMPOSE_SETTING.matcher(Files.readString(REPOSITORY.resolve("docker/compose.yml")));
        Set<String> given = new TreeSet<>();
        while (setting.find()) {
            given.add(setting.group(1));
        }
        assertThat(given).contains("ALLIANCEHUB_ELASTICSEARCH_URL", "ALLIANCEHUB_ELASTICSEARCH_CA_FILE", "ALLIANCEHUB_DATABASE_URL");
        assertThat(read).containsAll(given);
    }

    @Test
    void theComposeFileIsValidAndEverySettingHasItsValue() throws Exception {
        Path compose = Path.of("/usr/bin/docker-compose");
        boolean required = "true".equals(System.getenv("ALLIANCEHUB_COMPOSE_REQUIRED"));
        assumeTrue(required || Files.isExecutable(compose), "docker-compose is not installed (CI installs it)");
        ProcessBuilder config = new ProcessBuilder(compose.toString(), "-f", "docker/compose.yml", "config")
                .directory(REPOSITORY.toFile()).redirectErrorStream(true);
        // what docker/.env holds in production; the file itself is never committed
        Map<String, String> environment = config.environment();
        environment.keySet().removeIf(k -> k.startsWith("ALLIANCEHUB_") || k.startsWith("MP_JWT_") || k.equals("ELASTIC_PASSWORD"));
        for (String secret : List.of("ELASTIC_PASSWORD", "ALLIANCEHUB_DATABASE_PASSWORD", "ALLIANCEHUB_JWT_PRIVATE_KEY",
                "MP_JWT_VERIFY_PUBLICKEY", "ALLIANCEHUB_ADMIN_INITIAL_PASSWORD")) {
            environment.put(secret, "test-" + secret.toLowerCase(java.util.Locale.ROOT));
        }
        Process process = config.start();
        String rendered = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(rendered).isZero();

        assertThat(rendered).contains("es01:", "es02:", "es03:", "content:", "search:", "web:", "proxy:", "postgres:");
        Matcher setting = COMPOSE_SETTING.matcher(rendered);
        int settings = 0;
        while (setting.find()) {
            settings++;
            assertThat(setting.group(2)).as(setting.group(1) + " has its value, not an unresolved variable").doesNotContain("$");
        }
        assertThat(settings).isGreaterThan(15);
        assertThat(rendered).contains("ALLIANCEHUB_ELASTICSEARCH_PASSWORD: test-elastic_password");

        // a secret left out stops the stack before it starts, naming it
        environment.remove("ALLIANCEHUB_JWT_PRIVATE_KEY");
        Process missing = config.start();
        String refused = new String(missing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(missing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(missing.exitValue()).isNotZero();
        assertThat(refused).contains("ALLIANCEHUB_JWT_PRIVATE_KEY");
    }

    @Test
    void everyFileTheImageCopiesFromTheRepositoryIsThere() throws IOException {
        Matcher copy = Pattern.compile("^COPY (?:--\\S+ )*(\\S+) \\S+$", Pattern.MULTILINE)
                .matcher(Files.readString(REPOSITORY.resolve("docker/Dockerfile")));
        List<String> copied = new java.util.ArrayList<>();
        while (copy.find()) {
            copied.add(copy.group(1));
        }
        // the WAR is a build argument; the logging configuration is the launcher's own JSON format
        assertThat(copied).contains("${WAR}", "local-stack/src/main/resources/org/alliancehub/stack/json-logging.properties",
                "local-stack/src/main/resources/org/alliancehub/stack/payara-preboot.asadmin");
        copied.stream().filter(c -> !c.startsWith("$"))
                .forEach(c -> assertThat(REPOSITORY.resolve(c)).as(c).isRegularFile());
    }
}
