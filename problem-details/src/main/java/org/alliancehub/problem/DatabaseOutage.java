package org.alliancehub.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database (down, restarting, failing over, no connection to be had in
 * time) from a fault of ours: the first is a 503 the client may retry, the second a 500 worth an
 * incident. The persistence provider, the transaction manager and the pool each wrap the driver's
 * exception in their own, so the whole cause chain is read.
 */
public final class DatabaseOutage {

    /** Retry-After of a 503 answered while the database is out of reach, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            // the application server's pool: "Error in allocating a connection", with no SQL state of its own
            if (t.getClass().getName().startsWith("jakarta.resource.") || t.getClass().getName().startsWith("com.sun.appserv.connectors.")) {
                return true;
            }
            String message = t.getMessage();
            if (t instanceof SQLException && message != null
                    && (message.contains("This connection has been closed") || message.contains("Error in allocating a connection"))) {
                return true;
            }
        }
        return false;
    }

    /** SQL state class 08 (connection exception) and 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now). */
    static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
