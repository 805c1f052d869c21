package org.alliancehub.stack.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which real engines a container test class needs. Put {@link RealStackExtension} before
 * {@code ArquillianExtension} in {@code @ExtendWith} so that the engines are up, and their
 * addresses handed to Payara Micro, before Arquillian boots it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RealStack {

    /** Also start a local Elasticsearch node with the analysis shim. */
    boolean elasticsearch() default false;

    /** Services to run beside the deployment under test, in a Payara Micro process of their own. */
    Service[] services() default {};

    enum Service {
        CONTENT("content-service.war", "/content", "/content/api/changes?limit=1"),
        SEARCH("search-service.war", "/search", "/search/api/search?q=ready");

        private final String war;
        private final String contextRoot;
        private final String readinessPath;

        Service(String war, String contextRoot, String readinessPath) {
            this.war = war;
            this.contextRoot = contextRoot;
            this.readinessPath = readinessPath;
        }

        public String war() {
            return war;
        }

        public String contextRoot() {
            return contextRoot;
        }

        public String readinessPath() {
            return readinessPath;
        }
    }
}
