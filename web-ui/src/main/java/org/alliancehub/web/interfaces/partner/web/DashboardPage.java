package org.alliancehub.web.interfaces.partner.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.contracts.content.AllianceView;
import org.alliancehub.contracts.content.EventView;
import org.alliancehub.contracts.content.TrainingView;
import org.alliancehub.web.infrastructure.client.workspace.HistoryStep;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceMaterial;
import org.alliancehub.web.interfaces.partner.facade.Attention;
import org.alliancehub.web.interfaces.partner.facade.WorkItems;

/**
 * The partner's dashboard: for each alliance it acts for, its materials in every state with what
 * needs action, its trainings and events with their publication state, and the outreach it reported.
 */
@Named
@RequestScoped
public class DashboardPage {

    /** The states a partner follows, in the order of the product's life. */
    public enum Shown {
        DRAFT, RETURNED, SUBMITTED, IN_REVIEW, PUBLISHED, WITHDRAWN
    }

    static final String MATERIAL_STATES = "DRAFT,SUBMITTED,IN_REVIEW,PUBLISHED,WITHDRAWN";
    static final String[] ACTIVITY_STATES = {"DRAFT", "PUBLISHED", "WITHDRAWN"};

    @Inject
    PartnerWorkspace workspace;

    private List<AllianceBoard> boards;

    public record MaterialRow(WorkspaceMaterial material, String title, String state, List<Attention> attention) {
    }

    public record ActivityRow(String id, String kind, String title, String state, boolean event) {
    }

    public record Count(Shown state, int count) {
    }

    public record AllianceBoard(AllianceView alliance, List<Count> counts, List<MaterialRow> materials,
                                List<ActivityRow> activities, long outreachReports) {

        public long needingAction() {
            return materials.stream().filter(row -> !row.attention().isEmpty()).count();
        }
    }

    public List<AllianceBoard> getBoards() {
        if (boards == null) {
            boards = new ArrayList<>();
            for (AllianceView alliance : workspace.getAlliances()) {
                boards.add(board(alliance));
            }
        }
        return boards;
    }

    private AllianceBoard board(AllianceView alliance) {
        String auth = workspace.authorization();
        var content = workspace.content();
        List<WorkspaceMaterial> materials = content.call("the materials of " + alliance.id(),
                api -> api.materials(auth, alliance.id(), MATERIAL_STATES, 1, 100)).items();
        Map<Shown, Integer> counts = new EnumMap<>(Shown.class);
        for (Shown state : Shown.values()) {
            counts.put(state, 0);
        }
        List<MaterialRow> rows = new ArrayList<>();
        for (WorkspaceMaterial material : materials) {
            // only a draft can be a returned one: the others need no history to be told apart
            Optional<HistoryStep> last = "DRAFT".equals(material.state())
                    ? WorkItems.last(content.call("the history of " + material.id(), api -> api.materialHistory(auth, material.id())))
                    : Optional.empty();
            String state = WorkItems.shownState(material, last);
            counts.merge(Shown.valueOf(state), 1, Integer::sum);
            rows.add(new MaterialRow(material, material.knownTitle(), state, WorkItems.needsAction(material, last)));
        }
        // what needs action first, then the most recently changed
        rows.sort(java.util.Comparator.comparing((MaterialRow row) -> row.attention().isEmpty())
                .thenComparing(row -> row.material().updatedAt(), java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        List<ActivityRow> activities = new ArrayList<>();
        for (String state : ACTIVITY_STATES) {
            for (EventView event : content.call("events", api -> api.events(auth, alliance.id(), state, 1, 100)).items()) {
                activities.add(new ActivityRow(event.id(), event.kind(), event.title(), event.state(), true));
            }
            for (TrainingView training : content.call("trainings", api -> api.trainings(auth, alliance.id(), state, 1, 100)).items()) {
                activities.add(new ActivityRow(training.id(), "TRAINING", training.title(), training.state(), false));
            }
        }
        long outreach = content.call("outreach", api -> api.outreach(auth, alliance.id(), 1, 1)).total();
        return new AllianceBoard(alliance, counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList(),
                rows, activities, outreach);
    }
}
