package org.alliancehub.content.infrastructure.persistence.jpa;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query that lost its connection up to three times, five seconds apart: with
 * the database down, every request then held its thread for about ten seconds before failing. The
 * server's pool validates each connection before handing it out and replaces dead ones, so a
 * single immediate retry is all that is worth doing; the caller then gets a quick 503.
 */
public class QuickFailingSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(1);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
