package org.alliancehub.contracts.content;

import java.time.LocalDate;

/**
 * An OSHA or MSHA emphasis program ({@code GET /content/api/emphasis-programs/{code}}): its code,
 * agency, scope (NATIONAL or LOCAL), names in English and Spanish and the days it runs;
 * {@code active} is whether it runs today (UTC) as the content service answered.
 */
public record EmphasisProgramView(String contract, String code, String agency, String scope, String nameEnglish,
                                  String nameSpanish, LocalDate startsOn, LocalDate endsOn, boolean active, long version) {
}
