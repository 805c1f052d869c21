package org.alliancehub.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The secrets a local stack needs: the RSA key pair that signs and verifies tokens, and the first
 * admin's password. Made fresh, or kept in a folder (owner-readable only) so they survive restarts;
 * never in the repository.
 */
public record ServiceSecrets(String jwtPrivateKey, String jwtPublicKey, String adminPassword) {

    public static ServiceSecrets generate() {
        KeyPair pair = generateSigningKey();
        byte[] password = new byte[18];
        new SecureRandom().nextBytes(password);
        return new ServiceSecrets(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                HexFormat.of().formatHex(password));
    }

    /** A new RSA 2048 key pair for signing tokens. */
    public static KeyPair generateSigningKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the secrets kept in {@code folder}, or generates and keeps them there. */
    public static ServiceSecrets keptIn(Path folder) {
        try {
            Path privateKey = folder.resolve("jwt-private-key");
            Path publicKey = folder.resolve("jwt-public-key");
            Path admin = folder.resolve("admin-password");
            if (Files.exists(privateKey) && Files.exists(publicKey) && Files.exists(admin)) {
                return new ServiceSecrets(read(privateKey), read(publicKey), read(admin));
            }
            ServiceSecrets secrets = generate();
            Files.createDirectories(folder);
            write(privateKey, secrets.jwtPrivateKey());
            write(publicKey, secrets.jwtPublicKey());
            write(admin, secrets.adminPassword());
            return secrets;
        } catch (IOException e) {
            throw new StackException("Cannot keep secrets in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * One more secret kept in {@code folder} under {@code name} (a demo account's password, say):
     * read when it is there, else made fresh (18 random bytes, hex) and kept, owner-readable only.
     */
    public static String kept(Path folder, String name) {
        try {
            Path file = folder.resolve(name);
            if (Files.exists(file)) {
                return read(file);
            }
            byte[] secret = new byte[18];
            new SecureRandom().nextBytes(secret);
            String value = HexFormat.of().formatHex(secret);
            Files.createDirectories(folder);
            write(file, value);
            return value;
        } catch (IOException e) {
            throw new StackException("Cannot keep the secret " + name + " in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The configuration the services read, by MicroProfile Config name. */
    public Map<String, String> config() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put(ConfigNames.JWT_PRIVATE_KEY, jwtPrivateKey);
        config.put(ConfigNames.JWT_PUBLIC_KEY, jwtPublicKey);
        config.put(ConfigNames.ADMIN_INITIAL_PASSWORD, adminPassword);
        return config;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    private static void write(Path file, String value) throws IOException {
        Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }
}
