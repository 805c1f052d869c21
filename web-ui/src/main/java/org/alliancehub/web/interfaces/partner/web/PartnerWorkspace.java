package org.alliancehub.web.interfaces.partner.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.alliancehub.contracts.content.AllianceView;
import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.web.infrastructure.client.EmphasisProgramDirectory;
import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.infrastructure.client.workspace.WorkspaceRefusal;
import org.alliancehub.web.infrastructure.security.SignedInAccount;

/**
 * The signed-in partner of this request, as the workspace pages use it: the account (never its
 * token: the pages get {@link #authorization()} only to pass on), the alliances it acts for, and the
 * one answer to an item that is not there or not theirs: the portal's not-found page.
 */
@Named("workspace")
@RequestScoped
public class PartnerWorkspace {

    @Inject
    HttpServletRequest request;

    @Inject
    ContentWorkspaceClient content;

    @Inject
    EmphasisProgramDirectory programs;

    private Map<String, AllianceView> alliances;

    public SignedInAccount getAccount() {
        return SignedInAccount.of(request).orElseThrow(() -> new WorkspaceRefusal(401, null, null));
    }

    public boolean isSignedIn() {
        return SignedInAccount.of(request).isPresent();
    }

    String authorization() {
        return getAccount().authorization();
    }

    ContentWorkspaceClient content() {
        return content;
    }

    /** The alliances the partner's organizations take part in, by name. */
    public List<AllianceView> getAlliances() {
        return new ArrayList<>(alliancesById().values());
    }

    Optional<AllianceView> alliance(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(alliancesById().get(id));
    }

    private Map<String, AllianceView> alliancesById() {
        if (alliances == null) {
            Map<String, AllianceView> found = new LinkedHashMap<>();
            for (String organization : getAccount().organizationIds()) {
                content.call("the alliances of " + organization, api -> api.alliancesOf(organization, 100)).items()
                        .forEach(alliance -> found.putIfAbsent(alliance.id(), alliance));
            }
            List<AllianceView> sorted = new ArrayList<>(found.values());
            sorted.sort(java.util.Comparator.comparing(AllianceView::name, String.CASE_INSENSITIVE_ORDER));
            alliances = new LinkedHashMap<>();
            sorted.forEach(alliance -> alliances.put(alliance.id(), alliance));
        }
        return alliances;
    }

    /** The emphasis programs in force of the alliance's agency: what its items may support. */
    public List<EmphasisProgramView> programsOf(String allianceId) {
        String agency = alliance(allianceId).map(AllianceView::agency).orElse(null);
        return programs.all().stream().filter(p -> p.active() && java.util.Objects.equals(p.agency(), agency)).toList();
    }

    /** The portal's 404 page: an item of another alliance looks exactly like a missing one. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
