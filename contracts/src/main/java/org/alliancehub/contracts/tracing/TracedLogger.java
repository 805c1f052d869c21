package org.alliancehub.contracts.tracing;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A logger whose every record, logged while a request is served, carries that request's
 * {@link RequestId}. The id travels as a last parameter {@code {RequestId=…}}: Payara's JSON log
 * formatter writes a map parameter's entries as fields of the line ({@code "RequestId":"…"}), and
 * the plain formatters ignore a parameter the message does not name. JUL has no context map of its
 * own, so the record is the only place for it.
 */
public final class TracedLogger extends Logger {

    /** The field each JSON line has the id in. */
    public static final String FIELD = "RequestId";

    private TracedLogger(String name) {
        super(name, null);
    }

    /** The logger for a class. */
    public static Logger of(Class<?> owner) {
        return named(owner.getName());
    }

    /**
     * A logger of that name, under the configured logger of that name: it takes its level and
     * handlers from there. It is not registered itself, because every application in one Payara has
     * its own copy of this jar and so its own {@link RequestId}; one registered logger, shared by
     * name, would read the id of whichever application made it first.
     */
    public static Logger named(String name) {
        Logger traced = new TracedLogger(name);
        traced.setParent(Logger.getLogger(name));
        return traced;
    }

    @Override
    public void log(LogRecord record) {
        if (!isLoggable(record.getLevel())) {
            return;
        }
        // JUL would take this class for the caller: it skips only its own Logger's frames
        StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().equals(TracedLogger.class.getName())
                        && !f.getClassName().equals(Logger.class.getName()))
                .findFirst()).ifPresent(caller -> {
                    record.setSourceClassName(caller.getClassName());
                    record.setSourceMethodName(caller.getMethodName());
                });
        tag(record, RequestId.current());
        super.log(record);
    }

    static void tag(LogRecord record, Optional<String> requestId) {
        requestId.ifPresent(id -> {
            Object[] given = record.getParameters();
            Object[] tagged = given == null ? new Object[1] : Arrays.copyOf(given, given.length + 1);
            tagged[tagged.length - 1] = Map.of(FIELD, id);
            record.setParameters(tagged);
        });
    }
}
