package org.alliancehub.web.interfaces.staff.web;

import java.io.Serializable;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.contracts.content.AllianceView;
import org.alliancehub.contracts.content.ContentPage;
import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.interfaces.staff.facade.AllianceForm;

/**
 * The alliance registry as the staff browse it: every alliance by name, filtered by agency and
 * status (a bookmarkable GET form), a page of {@value OrganizationsPage#PAGE_SIZE} at a time, each
 * leading to its form; the current term's end tells which agreements are due for renewal.
 */
@Named
@RequestScoped
public class AllianceRegistryPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> STATUSES = List.of("ACTIVE", "CONCLUDED");

    @Inject
    HttpServletRequest request;

    @Inject
    ContentWorkspaceClient content;

    private String agency;
    private String status;
    private int page = 1;
    private ContentPage<AllianceView> alliances;

    public void load() {
        String auth = ContentWorkspaceClient.bearerOf(request);
        alliances = content.call("the alliances", api -> api.alliances(auth, agency, status, page, OrganizationsPage.PAGE_SIZE));
    }

    /** The day the alliance's latest term ends, or null before it has one. */
    public java.time.LocalDate currentTermEnd(AllianceView alliance) {
        return alliance.terms() == null || alliance.terms().isEmpty() ? null : alliance.terms().get(alliance.terms().size() - 1).endsOn();
    }

    public boolean isMore() {
        return alliances != null && (long) page * OrganizationsPage.PAGE_SIZE < alliances.total();
    }

    public List<AllianceView> getAlliances() { return alliances == null ? List.of() : alliances.items(); }
    public long getTotal() { return alliances == null ? 0 : alliances.total(); }
    public List<String> getAgencies() { return AllianceForm.AGENCIES; }
    public List<String> getStatuses() { return STATUSES; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = choice(agency, AllianceForm.AGENCIES); }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = choice(status, STATUSES); }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(1, page); }

    /** A filter from the address: one of the known values, or none (an edited address shows everything). */
    private static String choice(String value, List<String> known) {
        return value != null && known.contains(value) ? value : null;
    }
}
