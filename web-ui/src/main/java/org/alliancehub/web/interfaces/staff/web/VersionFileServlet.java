package org.alliancehub.web.interfaces.staff.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.web.infrastructure.client.workspace.ContentWorkspaceClient;
import org.alliancehub.web.infrastructure.security.SignedInAccount;

/**
 * A language version's file for the signed-in reviewer or partner, a draft's too: the portal asks
 * the content service with the session's token (the browser never holds it) and streams the answer
 * on. A PDF is shown inline, framed only by the portal's own pages (the review screen's viewer);
 * every other type downloads, so no partner's file is ever rendered as a page of the portal.
 */
@WebServlet("/workspace/file")
public class VersionFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    @Inject
    transient ContentWorkspaceClient content;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var account = SignedInAccount.of(request);
        String material = request.getParameter("material");
        String language = request.getParameter("lang");
        if (account.isEmpty()) {
            response.sendError(401);
            return;
        }
        if (material == null || language == null || !ID.matcher(material).matches() || !LANGUAGE.matcher(language).matches()) {
            response.sendError(404);
            return;
        }
        HttpResponse<InputStream> answer;
        try {
            answer = content.download(account.get().authorization(), material, language);
        } catch (ServiceUnavailable unavailable) {
            response.sendError(503);
            return;
        }
        try (InputStream body = answer.body()) {
            if (answer.statusCode() != 200) {
                response.sendError(answer.statusCode() == 401 || answer.statusCode() == 403 ? 404 : Math.max(400, answer.statusCode()));
                return;
            }
            String type = answer.headers().firstValue("Content-Type").orElse("application/octet-stream");
            boolean pdf = type.toLowerCase(java.util.Locale.ROOT).startsWith("application/pdf");
            response.setContentType(pdf ? "application/pdf" : type);
            answer.headers().firstValueAsLong("Content-Length").ifPresent(response::setContentLengthLong);
            String disposition = answer.headers().firstValue("Content-Disposition").orElse("attachment");
            response.setHeader("Content-Disposition", pdf ? disposition.replaceFirst("^attachment", "inline") : disposition);
            // the one response the portal lets its own pages frame; a sandbox would stop the browser's PDF
            // viewer, and a download needs none
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'");
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            response.setHeader("Cache-Control", "private, no-store");
            body.transferTo(response.getOutputStream());
        }
    }
}
