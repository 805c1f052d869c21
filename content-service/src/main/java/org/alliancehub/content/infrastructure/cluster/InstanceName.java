package org.alliancehub.content.infrastructure.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's name among the content-service instances on one database: who holds an
 * extraction, who ran a scheduled task. By default the host's name, which a container keeps per
 * replica and a restarted instance keeps too (so it takes its own claims back at once); two
 * instances on one host need {@code alliancehub.instance.name} each.
 */
@ApplicationScoped
public class InstanceName {

    @Inject
    @ConfigProperty(name = "alliancehub.instance.name", defaultValue = " ")
    String configured;

    public String name() {
        if (!configured.isBlank()) {
            return configured.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "content";
        }
    }
}
