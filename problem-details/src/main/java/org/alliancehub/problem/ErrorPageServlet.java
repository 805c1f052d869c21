package org.alliancehub.problem;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

/**
 * The container's error page for the REST services (registered by this jar's web-fragment.xml):
 * errors that never reach JAX-RS, such as an unknown route outside the API, answer with problem
 * details instead of an HTML page.
 */
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : "Error";
        String detail = status >= 500 ? "The server could not complete the request." : StatusDetails.detailFor(status, null);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problem.of(status, StatusDetails.slug(status), title, detail).toJson().toString());
    }
}
