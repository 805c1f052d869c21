package org.alliancehub.content.application;

import java.time.LocalDate;

import org.alliancehub.contracts.content.StaffReports.AnnualActivity;
import org.alliancehub.contracts.content.StaffReports.ProgramDashboard;
import org.alliancehub.contracts.content.StaffReports.TranslationGaps;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.shared.FiscalYear;

/** The agency staff's reports on the alliances; curators and admins only. Days and months are counted in UTC. */
public interface Reports {

    /** The longest dashboard period, so that one request cannot ask the database for centuries. */
    int MAX_DASHBOARD_YEARS = 10;

    TranslationGaps translationGaps(Caller caller);

    AnnualActivity annualActivity(Caller caller, FiscalYear year);

    /** {@code from} to {@code to}, both included, at most {@value #MAX_DASHBOARD_YEARS} years (the caller checks). */
    ProgramDashboard programDashboard(Caller caller, LocalDate from, LocalDate to);
}
