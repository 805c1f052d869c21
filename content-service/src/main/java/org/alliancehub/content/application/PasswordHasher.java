package org.alliancehub.content.application;

/** One-way password hashing (bcrypt in production). */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
