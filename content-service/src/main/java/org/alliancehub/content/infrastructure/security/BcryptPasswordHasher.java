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
        return encoder.matches(password, hash);
    }
}
