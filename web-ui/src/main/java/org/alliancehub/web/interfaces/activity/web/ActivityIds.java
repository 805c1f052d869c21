package org.alliancehub.web.interfaces.activity.web;

/** Trainings' and events' ids are UUIDs: anything else is no id, and its page a 404 without asking the content service. */
final class ActivityIds {

    static final int MAX_ID = 64;

    private ActivityIds() {
    }

    /** The id, stripped; null when the parameter cannot be one. */
    static String read(String parameter) {
        if (parameter == null) {
            return null;
        }
        String id = parameter.strip();
        return id.isEmpty() || id.length() > MAX_ID || !id.matches("[A-Za-z0-9-]+") ? null : id;
    }
}
