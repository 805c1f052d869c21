package org.alliancehub.search;

import java.io.File;
import java.net.URL;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that Maven built, deployed at its production context root. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive searchService() {
        WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/search-service.war"));
        return ShrinkWrap.create(WebArchive.class, "search.war").merge(built);
    }

    /** Arquillian reports the machine's address; the tests talk over loopback only. */
    public static String onLoopback(URL url) {
        return url.toString().replaceFirst("//[^:/]+", "//localhost");
    }
}
