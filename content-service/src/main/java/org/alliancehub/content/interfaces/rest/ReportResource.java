package org.alliancehub.content.interfaces.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.alliancehub.content.application.Reports;
import org.alliancehub.contracts.content.StaffReports.AnnualActivity;
import org.alliancehub.contracts.content.StaffReports.ProgramDashboard;
import org.alliancehub.contracts.content.StaffReports.TranslationGaps;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.shared.FiscalYear;
import org.alliancehub.problem.InvalidParameter;
import org.alliancehub.problem.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The agency staff's reports on the alliances, read only. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"curator", "admin"})
public class ReportResource {

    @Inject
    Reports reports;

    @Inject
    Caller caller;

    @GET
    @Path("translation-gaps")
    @Operation(summary = "Published materials with no Spanish version, with no English version, and with versions flagged "
            + "translation-outdated, with counts per alliance and per emphasis program (curator, admin)")
    public TranslationGaps translationGaps() {
        return reports.translationGaps(caller);
    }

    @GET
    @Path("annual-activity")
    @Operation(summary = "An alliance annual activity report for a federal fiscal year (fiscalYear=2026: 2025-10-01 to 2026-09-30; "
            + "default: the current one), per alliance and for the whole program (curator, admin)")
    public AnnualActivity annualActivity(@QueryParam("fiscalYear") String fiscalYear) {
        long year = QueryParameters.wholeNumber("fiscalYear", fiscalYear, FiscalYear.containing(today()).year());
        if (year < FiscalYear.FIRST || year > FiscalYear.LAST) {
            throw new InvalidParameter("fiscalYear", "fiscalYear is between " + FiscalYear.FIRST + " and " + FiscalYear.LAST + ".");
        }
        return reports.annualActivity(caller, new FiscalYear((int) year));
    }

    @GET
    @Path("program-dashboard")
    @Operation(summary = "Materials first published per month per agency, the languages of their versions, and the review "
            + "turnaround (first submission to first publication, median and 90th percentile in days) from a day to a day, "
            + "both included (default: the last twelve months) (curator, admin)")
    public ProgramDashboard programDashboard(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate last = QueryParameters.date("to", to);
        LocalDate first = QueryParameters.date("from", from);
        LocalDate end = last == null ? today() : last;
        LocalDate start = first == null ? end.withDayOfMonth(1).minusMonths(11) : first;
        if (start.isAfter(end)) {
            throw new InvalidParameter("from", "from is on or before to (" + end + ").");
        }
        if (start.plusYears(Reports.MAX_DASHBOARD_YEARS).isBefore(end)) {
            throw new InvalidParameter("from", "The dashboard covers at most " + Reports.MAX_DASHBOARD_YEARS + " years.");
        }
        return reports.programDashboard(caller, start, end);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
