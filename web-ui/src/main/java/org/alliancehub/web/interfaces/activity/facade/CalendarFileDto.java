package org.alliancehub.web.interfaces.activity.facade;

/** An iCalendar file to download: its suggested name ({@code Content-Disposition}) and its text (RFC 5545). */
public record CalendarFileDto(String fileName, String text, int eventCount) {
}
