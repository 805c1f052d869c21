package org.alliancehub.web.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Switches Jakarta Faces on for the portal. */
@FacesConfig
@ApplicationScoped
public class PortalConfiguration {
}
