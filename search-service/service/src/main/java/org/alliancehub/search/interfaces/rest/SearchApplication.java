package org.alliancehub.search.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Searching is public; operating the index takes an admin's token from the content service,
 * verified by MicroProfile JWT (the class is a CDI bean so that Payara finds its @LoginConfig).
 */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "alliancehub")
@DeclareRoles({"partner", "curator", "admin"})
@OpenAPIDefinition(info = @Info(title = "Alliance Outreach Hub search service", version = "0.2",
        description = "Bilingual search over published outreach materials: facets, highlights, suggestions, "
                + "cross-language results through the safety glossary, related materials; index operations."))
public class SearchApplication extends Application {
}
