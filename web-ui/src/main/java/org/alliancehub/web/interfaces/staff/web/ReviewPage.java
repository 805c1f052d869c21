package org.alliancehub.web.interfaces.staff.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.infrastructure.client.workspace.HistoryStep;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceMaterial;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.interfaces.partner.facade.Attention;
import org.alliancehub.web.interfaces.partner.facade.WorkItems;
import org.alliancehub.web.interfaces.partner.web.PartnerWorkspace;
import org.alliancehub.web.interfaces.partner.web.WorkspaceMessages;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * A curator reviews one material: every language version side by side with its findings, the
 * history, and the steps of review (start, publish, return with comments, withdraw with a reason).
 * The content service decides which step the state allows; a step out of order is refused there and
 * its reason shown here. Each step is recorded with who, when and why.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The steps a curator takes, as the content service names them. */
    static final List<String> STEPS = List.of("review", "publish", "return", "withdraw");

    @Inject
    HttpServletRequest request;

    @Inject
    ContentWorkspaceClient content;

    @Inject
    LocaleSelection locale;

    private String id;
    private WorkspaceMaterial material;
    private List<HistoryStep> history = List.of();
    private String comment;
    private WorkspaceMaterial next;
    private boolean nextLooked;

    public void load() {
        if (material != null) {
            return;
        }
        if (id == null) {
            PartnerWorkspace.notFound();
            return;
        }
        content.found("the material", api -> api.material(auth(), id)).ifPresentOrElse(this::show, PartnerWorkspace::notFound);
    }

    private void show(WorkspaceMaterial shown) {
        material = shown;
        history = content.call("the history", api -> api.materialHistory(auth(), shown.id()));
    }

    /** Takes a step; returning and withdrawing need a reason the partner will read. */
    public void step(String step) {
        if (!STEPS.contains(step)) {
            return;
        }
        String why = comment == null ? "" : comment.strip();
        if (why.isEmpty() && ("return".equals(step) || "withdraw".equals(step))) {
            WorkspaceMessages.errorText(locale.getMessages().text("review.reason.required"));
            return;
        }
        var body = Json.createObjectBuilder();
        if (!why.isEmpty()) {
            body.add("comment", why);
        }
        try {
            show(content.call("a review step", api -> api.reviewStep(auth(), id, step, body.build())));
            comment = null;
            nextLooked = false;
            WorkspaceMessages.info(locale.getMessages(), "review." + step);
        } catch (WorkspaceRefusal refusal) {
            WorkspaceMessages.refused(locale.getMessages(), refusal);
            show(content.call("the material", api -> api.material(auth(), id)));
        }
    }

    private String auth() {
        return ContentWorkspaceClient.bearerOf(request);
    }


    /**
     * The oldest other material waiting for review (of the first hundred the queue lists), so that a
     * curator goes from one to the next without the queue page; null when nothing else waits.
     */
    public WorkspaceMaterial getNext() {
        if (!nextLooked && material != null) {
            nextLooked = true;
            next = content.call("the review queue", api -> api.materials(auth(), null, ReviewQueuePage.QUEUE_STATES, 1, 100))
                    .items().stream().filter(m -> !m.id().equals(material.id()))
                    .min(java.util.Comparator.comparing(WorkspaceMaterial::updatedAt,
                            java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                    .orElse(null);
        }
        return next;
    }

    public String shownStep(HistoryStep step) {
        return WorkItems.shownStep(step);
    }

    public List<Attention> getAttention() {
        return material == null ? List.of() : WorkItems.needsAction(material, WorkItems.last(history));
    }

    public boolean isCanStartReview() { return material != null && "SUBMITTED".equals(material.state()); }
    public boolean isCanPublish() { return material != null && "IN_REVIEW".equals(material.state()); }
    public boolean isCanReturn() { return material != null && ("SUBMITTED".equals(material.state()) || "IN_REVIEW".equals(material.state())); }
    public boolean isCanWithdraw() { return material != null && "PUBLISHED".equals(material.state()); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id == null || id.isBlank() ? null : id; }
    public WorkspaceMaterial getMaterial() { return material; }
    public List<HistoryStep> getHistory() { return history; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
