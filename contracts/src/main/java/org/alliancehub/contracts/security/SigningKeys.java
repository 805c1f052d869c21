package org.alliancehub.contracts.security;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The token signing keys as the services name and publish them: a key's id is its RFC 7638 JWK
 * thumbprint (so every instance derives the same id from the same key, with nothing to configure),
 * tokens carry it in their {@code kid} header, and a JWK Set of several public keys lets verifiers
 * accept the tokens of the old key and the new one while a rotation's grace period runs
 * (MicroProfile JWT picks the set's key by the token's {@code kid}).
 *
 * <p>{@code java -cp 'launcher/target/lib/*' org.alliancehub.contracts.security.SigningKeys jwks.json new.pem old.pem}
 * writes the JWK Set of the given public keys (PEM or base64 X.509), for {@code MP_JWT_VERIFY_PUBLICKEY}.
 */
public final class SigningKeys {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private SigningKeys() {
    }

    /** A public key given as PEM or as base64 X.509 (what {@code MP_JWT_VERIFY_PUBLICKEY} holds for one key). */
    public static RSAPublicKey publicKey(String pemOrBase64) {
        String base64 = pemOrBase64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("Not an RSA public key (PEM or base64 X.509): " + e.getMessage(), e);
        }
    }

    /** The public half of a private key (every PKCS#8 RSA key holds its public exponent). */
    public static RSAPublicKey publicKeyOf(RSAPrivateCrtKey privateKey) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key's id: its JWK thumbprint (RFC 7638, SHA-256, base64url). */
    public static String keyId(RSAPublicKey key) {
        String canonical = "{\"e\":\"" + unsigned(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\"" + unsigned(key.getModulus()) + "\"}";
        try {
            return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWK of a verification key, with its id. */
    public static String jwk(RSAPublicKey key) {
        return "{\"kty\":\"RSA\",\"kid\":\"" + keyId(key) + "\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}";
    }

    /** A JWK Set of these keys: the value of {@code MP_JWT_VERIFY_PUBLICKEY} while two keys are valid. */
    public static String jwks(List<RSAPublicKey> keys) {
        return keys.stream().map(SigningKeys::jwk).collect(Collectors.joining(",", "{\"keys\":[", "]}"));
    }

    /** Base64url of the big-endian value without a sign byte, as JWK writes integers. */
    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return BASE64URL.encodeToString(bytes);
    }

    /** {@code SigningKeys <jwks-file> <public-key-file>...}: writes the JWK Set of the keys, the signing one first. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("Give the file to write the JWK Set to, then the public key files "
                    + "(PEM or base64 X.509), the signing one first");
        }
        List<RSAPublicKey> keys = new java.util.ArrayList<>();
        for (String file : Arrays.asList(args).subList(1, args.length)) {
            keys.add(publicKey(Files.readString(Path.of(file), StandardCharsets.UTF_8)));
        }
        Files.writeString(Path.of(args[0]), jwks(keys) + "\n", StandardCharsets.UTF_8);
    }
}
