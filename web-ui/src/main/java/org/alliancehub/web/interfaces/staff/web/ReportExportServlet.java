package org.alliancehub.web.interfaces.staff.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.alliancehub.web.infrastructure.client.SearchServiceClient;
import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.infrastructure.security.SignedInAccount;
import org.alliancehub.web.interfaces.staff.facade.AnnualReportPdf;
import org.alliancehub.web.interfaces.staff.facade.ContentGapTables;
import org.alliancehub.web.interfaces.staff.facade.CsvTables;
import org.alliancehub.web.interfaces.staff.facade.StaffReportTables;
import org.alliancehub.web.interfaces.web.PortalMessages;

/**
 * The staff reports' downloads, under {@code /staff/} (curators and admins):
 * {@code ?report=translation-gaps|annual-activity|dashboard|content-gaps&format=csv} and
 * {@code ?report=annual-activity&format=pdf&fy=2026}, in the language of {@code lang}. A report
 * the service refuses answers its status with the service's words as plain text.
 */
@WebServlet("/staff/reports/export")
public class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContentWorkspaceClient content;

    @Inject
    transient SearchServiceClient search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var account = SignedInAccount.of(request);
        if (account.isEmpty()) {
            response.sendError(401);
            return;
        }
        String auth = account.get().authorization();
        PortalMessages m = PortalMessages.of("es".equals(request.getParameter("lang")) ? Locale.forLanguageTag("es") : Locale.ENGLISH);
        String report = String.valueOf(request.getParameter("report"));
        String format = String.valueOf(request.getParameter("format"));
        try {
            switch (report + "." + format) {
                case "translation-gaps.csv" -> csv(response, "translation-gaps.csv",
                        CsvTables.of(StaffReportTables.translationGaps(content.call("the translation gaps", api -> api.translationGaps(auth)), m)));
                case "annual-activity.csv", "annual-activity.pdf" -> {
                    Integer year = StaffReportPage.fiscalYear(request.getParameter("fy"));
                    var annual = content.call("the annual activity report", api -> api.annualActivity(auth, year));
                    String name = "annual-activity-fy" + annual.fiscalYear();
                    if ("csv".equals(format)) {
                        csv(response, name + ".csv", CsvTables.of(StaffReportTables.annualActivity(annual, m)));
                    } else {
                        byte[] pdf = AnnualReportPdf.of(annual, m);
                        response.setContentType("application/pdf");
                        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
                        response.setContentLength(pdf.length);
                        response.getOutputStream().write(pdf);
                    }
                }
                case "dashboard.csv" -> {
                    var dashboard = content.call("the program dashboard", api -> api.programDashboard(auth,
                            StaffReportPage.blankToNull(request.getParameter("from")), StaffReportPage.blankToNull(request.getParameter("to"))));
                    csv(response, "program-dashboard-" + dashboard.from() + "-" + dashboard.to() + ".csv",
                            CsvTables.of(StaffReportTables.dashboard(dashboard, StaffReportPage.searchesOf(search, auth, dashboard), m)));
                }
                case "content-gaps.csv" -> {
                    var gaps = StaffReportPage.contentGaps(search, auth, request.getParameter("from"), request.getParameter("to"),
                            request.getParameter("readers"), request.getParameter("program"));
                    var chosen = gaps.chosen();
                    csv(response, "content-gaps-" + chosen.from() + "-" + chosen.to()
                            + (chosen.language() == null ? "" : "-" + chosen.language())
                            + (chosen.program() == null ? "" : "-" + chosen.program().replaceAll("[^A-Za-z0-9-]", "")) + ".csv",
                            CsvTables.of(ContentGapTables.of(gaps, null, m)));
                }
                default -> plain(response, 404, "There is no such report or format.");
            }
        } catch (WorkspaceRefusal refusal) {
            plain(response, refusal.status(), refusal.detail() == null ? "Refused." : refusal.detail());
        } catch (ServiceUnavailable unavailable) {
            response.setHeader("Retry-After", "5");
            plain(response, 503, "The report is unavailable for a moment; please try again shortly.");
        }
    }

    private static void csv(HttpServletResponse response, String fileName, String text) throws IOException {
        // a byte order mark, so that spreadsheets read the accents as UTF-8
        byte[] body = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().println(message);
    }
}
