package org.alliancehub.web.interfaces.activity.facade;

/**
 * A training or event in a short list on another page (an alliance's, a program's): {@code href} is
 * its page below the portal's root, {@code when} an event's time in its own time zone (empty for a
 * training), {@code startsAt} its instant (ISO, for {@code <time>}), {@code where} its place or
 * "Online", {@code onlyInLabel} the fallback mark when it is not offered in the reader's language.
 */
public record ActivityDigest(String href, String title, String kindLabel, String when, String startsAt, String where,
                             String onlyInLabel) {
}
