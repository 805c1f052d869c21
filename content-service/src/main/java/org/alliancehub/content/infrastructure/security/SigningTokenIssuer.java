package org.alliancehub.content.infrastructure.security;

import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.content.application.TokenIssuer;
import org.alliancehub.contracts.security.SigningKeys;
import org.alliancehub.domain.model.account.Account;
import org.alliancehub.domain.model.organization.Organization;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Signs RS256 tokens in the MicroProfile JWT format ({@code upn}, {@code groups}) with the private
 * key in {@code alliancehub.jwt.private-key} (base64 PKCS#8, or PEM). The services verify them with
 * the matching public key in {@code mp.jwt.verify.publickey}, or, while a rotation's grace period
 * runs, a JWK Set of the new and the old key: each token names its key by id ({@link SigningKeys}).
 */
@ApplicationScoped
public class SigningTokenIssuer implements TokenIssuer {

    private static final Logger LOG = TracedLogger.of(SigningTokenIssuer.class);

    /** The account's credential version when the token was issued; a password change makes it stale (CallerProducer). */
    public static final String CREDENTIAL_VERSION_CLAIM = "cv";

    @Inject
    @ConfigProperty(name = "alliancehub.jwt.private-key")
    Optional<String> privateKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "alliancehub")
    String issuer;

    @Inject
    @ConfigProperty(name = "alliancehub.jwt.lifetime-minutes", defaultValue = "60")
    long lifetimeMinutes;

    private RSASSASigner signer;
    private String keyId;

    @PostConstruct
    void loadKey() {
        if (privateKey.isEmpty() || privateKey.get().isBlank()) {
            return;
        }
        try {
            String base64 = privateKey.get().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            signer = new RSASSASigner(key);
            if (key instanceof RSAPrivateCrtKey withPublicHalf) {
                RSAPublicKey publicKey = SigningKeys.publicKeyOf(withPublicHalf);
                keyId = SigningKeys.keyId(publicKey);
                LOG.info(() -> "Signing tokens with key " + keyId + "; its public JWK, for a rotation's JWK Set: "
                        + SigningKeys.jwk(publicKey));
            }
        } catch (Exception e) {
            throw new IllegalStateException("alliancehub.jwt.private-key is not a base64 PKCS#8 RSA private key", e);
        }
    }

    @Override
    public boolean isConfigured() {
        return signer != null;
    }

    @Override
    public IssuedToken issue(Account account) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime expires = now.plus(Duration.ofMinutes(lifetimeMinutes));
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(account.id())
                .claim("upn", account.username())
                .claim("groups", List.of(account.role().claim()))
                .claim("orgs", account.organizations().stream().map(Organization::id).sorted().toList())
                .claim(CREDENTIAL_VERSION_CLAIM, account.credentialVersion())
                .issueTime(Date.from(now.toInstant()))
                .expirationTime(Date.from(expires.toInstant()))
                .jwtID(UUID.randomUUID().toString())
                .build();
        // the key id lets verifiers holding a JWK Set of the old and the new key pick this one
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
        return new IssuedToken(jwt.serialize(), expires);
    }
}
