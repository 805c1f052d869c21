package org.alliancehub.content.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Alliance Outreach Hub content service", version = "0.1",
        description = "The system of record for alliances and their outreach materials, and the change feed."))
public class ContentApplication extends Application {
}
