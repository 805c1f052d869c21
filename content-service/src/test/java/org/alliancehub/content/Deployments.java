package org.alliancehub.content;

import java.io.File;
import java.net.URL;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that Maven built, deployed as it ships, at the context root it has in production. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive contentService() {
        WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/content-service.war"));
        // Payara Micro serves a WAR at its file name: content.war at /content
        return ShrinkWrap.create(WebArchive.class, "content.war").merge(built);
    }

    /** Arquillian reports the machine's address; the tests talk over loopback only. */
    public static String onLoopback(URL url) {
        return url.toString().replaceFirst("//[^:/]+", "//localhost");
    }
}
