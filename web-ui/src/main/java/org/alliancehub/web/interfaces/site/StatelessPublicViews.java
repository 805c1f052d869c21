package org.alliancehub.web.interfaces.site;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Public views are stateless from the moment they are created, so that reading the portal makes
 * no HTTP session. Marking them in the page ({@code <f:view transient="true">}) comes too late:
 * PrimeFaces' CSP listener keeps the page's script nonce in the view map before render response
 * builds the page, and Mojarra keeps every non-transient view's map in the session (one session
 * per anonymous request, a crawler fills the memory). A transient view keeps the nonce in the
 * request instead. Public forms are GET forms; the signed-in areas, where forms post and a session
 * exists anyway, keep their state.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    /** View ids under these keep Faces state: partners' and staff's pages. */
    static final String[] STATEFUL_AREAS = {"/partner/", "/staff/", "/account/"};

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isPublic(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }

    static boolean isPublic(String viewId) {
        if (viewId == null) {
            return true;
        }
        for (String area : STATEFUL_AREAS) {
            if (viewId.startsWith(area)) {
                return false;
            }
        }
        return true;
    }
}
