package org.alliancehub.content.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.alliancehub.contracts.security.SigningKeys;
import org.alliancehub.domain.model.account.Account;
import org.alliancehub.domain.model.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

/** Tokens name their signing key, so verifiers holding the old and the new key during a rotation pick the right one. */
class SigningTokenIssuerTest {

    private static KeyPair current;
    private static KeyPair previous;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        current = generator.generateKeyPair();
        previous = generator.generateKeyPair();
    }

    private static SigningTokenIssuer issuer(String privateKey) {
        SigningTokenIssuer issuer = new SigningTokenIssuer();
        issuer.privateKey = Optional.of(privateKey);
        issuer.issuer = "alliancehub";
        issuer.lifetimeMinutes = 60;
        issuer.loadKey();
        return issuer;
    }

    @Test
    void aTokenNamesItsKeyByTheKeysThumbprintAndVerifiesWithIt() throws Exception {
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(current.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        SignedJWT token = SignedJWT.parse(issuer(pem).issue(new Account("ana.lopez", "#hash", null, Role.CURATOR, Set.of())).token());

        RSAPublicKey publicKey = (RSAPublicKey) current.getPublic();
        assertThat(token.getHeader().getKeyID())
                .isEqualTo(SigningKeys.keyId(publicKey))
                // RFC 7638 as a well-kept JOSE library computes it
                .isEqualTo(new RSAKey.Builder(publicKey).build().computeThumbprint().toString());
        assertThat(token.verify(new RSASSAVerifier(publicKey))).isTrue();
        assertThat(token.getJWTClaimsSet().getStringClaim("upn")).isEqualTo("ana.lopez");
    }

    @Test
    void theJwkSetHoldsEachKeyUnderItsIdAndTheTokenFindsItsOwn() throws Exception {
        String base64 = Base64.getEncoder().encodeToString(current.getPrivate().getEncoded());
        SignedJWT token = SignedJWT.parse(issuer(base64).issue(new Account("luis.diaz", "#hash", null, Role.ADMIN, Set.of())).token());
        JWKSet set = JWKSet.parse(SigningKeys.jwks(List.of(
                SigningKeys.publicKey(Base64.getEncoder().encodeToString(previous.getPublic().getEncoded())),
                (RSAPublicKey) current.getPublic())));

        assertThat(set.getKeys()).hasSize(2);
        RSAKey chosen = (RSAKey) set.getKeyByKeyId(token.getHeader().getKeyID());
        assertThat(chosen.toRSAPublicKey()).isEqualTo(current.getPublic());
        assertThat(token.verify(new RSASSAVerifier(chosen))).isTrue();
        RSAKey other = (RSAKey) set.getKeys().get(0);
        assertThat(token.verify(new RSASSAVerifier(other))).as("the previous key does not verify the new key's token").isFalse();
    }
}
