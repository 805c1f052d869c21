package org.alliancehub.search.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Alliance Outreach Hub search service", version = "0.1",
        description = "Bilingual search over published outreach materials."))
public class SearchApplication extends Application {
}
