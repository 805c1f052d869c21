package org.alliancehub.web.interfaces.activity.facade;

import java.util.List;

/**
 * A published training program as its page shows it ({@code /training?id=…}). Texts are plain; its
 * link is followed through the exit notice ({@code exitLinks.training(id)}).
 *
 * @param formatLabel in person, online, train-the-trainer or blended, in the reader's language
 * @param duration    "2 hours 30 minutes", "2 horas 30 minutos"; null when not said
 */
public record TrainingPageDto(String id, String title, String description, String formatLabel, String duration, String provider,
                              List<String> languages, String onlyInLabel, List<String> topics, List<String> audiences,
                              String allianceId, String allianceName, String agency, List<EventPageDto.ProgramDto> programs,
                              boolean hasLink, String contactName, String contactEmail) {
}
