package org.alliancehub.content.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Tokens are verified by MicroProfile JWT (the class is a CDI bean so that Payara finds its @LoginConfig); requests without one are anonymous and read only public content. */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "alliancehub")
@DeclareRoles({"partner", "curator", "admin"})
@OpenAPIDefinition(info = @Info(title = "Alliance Outreach Hub content service", version = "0.2",
        description = "The system of record for organizations, alliances and their outreach materials; accounts; the change feed."))
public class ContentApplication extends Application {
}
