package org.alliancehub.web.interfaces.exit.facade;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an exit notice is asked to lead to: never an address, always a link stored in the content, named
 * by what holds it, so the notice cannot be made to send anyone elsewhere (no open redirect):
 * <ul>
 * <li>{@code /exit?event=<id>&link=online} or {@code &link=registration}: an event's online or registration link;</li>
 * <li>{@code /exit?training=<id>}: a training's link;</li>
 * <li>{@code /exit?organization=<id>}: a participant organization's website;</li>
 * <li>{@code /exit?material=<id>&version=<tag>}: the external link of a material's language version.</li>
 * </ul>
 * Exactly one of {@code event}, {@code training}, {@code organization} and {@code material} is given.
 *
 * @param link     for an event: online or registration; else null
 * @param language for a material: its version's language tag; else null
 */
public record ExitReference(Holder holder, String id, EventLink link, String language) {

    public enum Holder { EVENT, TRAINING, ORGANIZATION, MATERIAL }

    public enum EventLink { ONLINE, REGISTRATION }

    static final String ID = "[A-Za-z0-9-]{1,64}";
    static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}";
    private static final List<String> HOLDERS = List.of("event", "training", "organization", "material");

    /** The reference a request's parameters make; empty when they make none (the notice is then a 404). */
    public static Optional<ExitReference> from(Map<String, String> parameters) {
        List<String> given = HOLDERS.stream().filter(name -> present(parameters.get(name))).toList();
        if (given.size() != 1) {
            return Optional.empty();
        }
        String name = given.get(0);
        String id = parameters.get(name).strip();
        if (!id.matches(ID)) {
            return Optional.empty();
        }
        return switch (name) {
            case "event" -> eventLink(parameters.get("link")).map(link -> new ExitReference(Holder.EVENT, id, link, null));
            case "training" -> Optional.of(new ExitReference(Holder.TRAINING, id, null, null));
            case "organization" -> Optional.of(new ExitReference(Holder.ORGANIZATION, id, null, null));
            default -> {
                String language = parameters.get("version");
                yield present(language) && language.strip().matches(LANGUAGE_TAG)
                        ? Optional.of(new ExitReference(Holder.MATERIAL, id, null, language.strip()))
                        : Optional.empty();
            }
        };
    }

    private static Optional<EventLink> eventLink(String value) {
        if (!present(value)) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "online" -> Optional.of(EventLink.ONLINE);
            case "registration" -> Optional.of(EventLink.REGISTRATION);
            default -> Optional.empty();
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
