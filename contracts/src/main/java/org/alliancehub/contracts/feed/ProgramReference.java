package org.alliancehub.contracts.feed;

/** An emphasis program a document supports: its code and its names in both languages. */
public record ProgramReference(String code, String nameEnglish, String nameSpanish) {
}
