package org.alliancehub.content.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancehub.content.application.PasswordHasher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** bcrypt with cost 12 (about a quarter second per hash on these machines): slow for guessers. */
@ApplicationScoped
public class BcryptPasswordHasher implements PasswordHasher {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(12);

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        // no stored password is longer than the 72 bytes bcrypt reads; the encoder refuses longer ones with an exception
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            encoder.matches("", hash);
            return false;
        }
        return encoder.matches(password, hash);
    }
}
