package org.alliancehub.web.interfaces.exit.facade;

/**
 * Where an exit notice leads: the stored link, shown as text and followed by "Continue", and what it
 * belongs to, whose portal page "Go back" returns to.
 *
 * @param href      the stored link (http or https only)
 * @param host      the destination's host, as the notice names it
 * @param ownerName the event's, training's, organization's or material's title or name
 * @param backPath  the portal page of what holds the link ({@code /event?id=…}); null for an organization,
 *                  which has no page of its own
 */
public record ExitDestinationDto(String href, String host, String ownerName, String backPath) {
}
