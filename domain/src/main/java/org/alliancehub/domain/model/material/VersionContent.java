package org.alliancehub.domain.model.material;

/** What a partner writes into a language version. */
public record VersionContent(String title, String summary, String externalLink) {
}
