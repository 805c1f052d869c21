package org.alliancehub.web.interfaces.site;

import java.util.List;

/**
 * What the public can read on the portal, by identity: each published material with the languages
 * of its versions, and the alliances, emphasis programs, events and trainings that have pages.
 */
public record SiteContents(List<MaterialVersions> materials, List<String> allianceIds, List<String> programCodes,
                           List<String> eventIds, List<String> trainingIds) {

    /** A material and the languages it is published in (BCP 47 tags). */
    public record MaterialVersions(String id, List<String> languages) {

        public MaterialVersions {
            languages = List.copyOf(languages);
        }
    }

    public SiteContents {
        materials = List.copyOf(materials);
        allianceIds = List.copyOf(allianceIds);
        programCodes = List.copyOf(programCodes);
        eventIds = List.copyOf(eventIds);
        trainingIds = List.copyOf(trainingIds);
    }
}
