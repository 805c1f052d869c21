package org.alliancehub.content.infrastructure.security;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.alliancehub.content.application.AccountService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On a database with no account, creates "admin" with the password in
 * {@code alliancehub.admin.initial-password} (ALLIANCEHUB_ADMIN_INITIAL_PASSWORD), so that the first
 * person can sign in and create the others.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class AdminBootstrap {

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = "alliancehub.admin.initial-password")
    Optional<String> initialPassword;

    @PostConstruct
    void createFirstAdmin() {
        initialPassword.filter(p -> !p.isBlank()).ifPresent(accounts::bootstrapAdmin);
    }
}
