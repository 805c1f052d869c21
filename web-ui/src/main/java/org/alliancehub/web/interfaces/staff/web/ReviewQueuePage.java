package org.alliancehub.web.interfaces.staff.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceMaterial;
import org.alliancehub.web.infrastructure.security.SignedInAccount;

/**
 * The curators' review queue: every material submitted or in review, oldest first, narrowed by
 * agency, type, language and state (the address carries the filters, so a queue is bookmarkable),
 * with how many wait in each state and how long each has waited.
 */
@Named
@RequestScoped
public class ReviewQueuePage {

    static final String QUEUE_STATES = "SUBMITTED,IN_REVIEW";

    @Inject
    HttpServletRequest request;

    @Inject
    ContentWorkspaceClient content;

    private String agency;
    private String type;
    private String language;
    private String state;
    private List<WorkspaceMaterial> all;

    /** One row: the material, its title, the languages it comes in and how many days it has waited. */
    public record Row(WorkspaceMaterial material, String title, List<String> languages, long daysWaiting) {
    }

    private List<WorkspaceMaterial> all() {
        if (all == null) {
            String auth = SignedInAccount.of(request).orElseThrow().authorization();
            all = new ArrayList<>();
            // the service's deepest page is 10,000 items; a queue that long is read a hundred at a time
            for (int page = 1; page <= 100; page++) {
                int asked = page;
                var found = content.call("the review queue", api -> api.materials(auth, null, QUEUE_STATES, asked, 100));
                all.addAll(found.items());
                if (found.items().size() < 100) {
                    break;
                }
            }
        }
        return all;
    }

    public List<Row> getRows() {
        OffsetDateTime now = OffsetDateTime.now();
        return all().stream()
                .filter(m -> blank(agency) || agency.equals(m.agency()))
                .filter(m -> blank(type) || type.equals(m.type()))
                .filter(m -> blank(state) || state.equals(m.state()))
                .filter(m -> blank(language) || m.version(language).isPresent())
                .sorted(Comparator.comparing(WorkspaceMaterial::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(m -> new Row(m, m.knownTitle(), m.versions().stream().map(WorkspaceMaterial.Version::language).toList(),
                        m.updatedAt() == null ? 0 : Duration.between(m.updatedAt(), now).toDays()))
                .toList();
    }

    public long count(String inState) {
        return all().stream().filter(m -> inState.equals(m.state())).count();
    }

    public List<String> getAgencies() {
        return all().stream().map(WorkspaceMaterial::agency).filter(a -> a != null).distinct().sorted().toList();
    }

    public List<String> getTypes() {
        return all().stream().map(WorkspaceMaterial::type).distinct().sorted().toList();
    }

    public List<String> getLanguages() {
        return all().stream().flatMap(m -> m.versions().stream().map(v -> v.language().toLowerCase(Locale.ROOT))).distinct().sorted().toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
}
