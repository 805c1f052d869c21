package org.alliancehub.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A partner in the portal as a browser is: a cookie jar, the sign-in form, and the material editor's
 * PrimeFaces upload sent the way PrimeFaces 15's {@code fileupload.js} sends it. Nothing here runs
 * the page's scripts: what they would add (the CSP nonce field, the Ajax parameters) is read from
 * the page and added by hand.
 */
final class PortalSession {

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern FIELD = Pattern.compile("<(input|textarea|select)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    private final URI portal;
    private final HttpClient http;

    PortalSession(URI portal) {
        this.portal = portal;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The sign-in form posted with the page's view state and nonce; the portal answers with a redirect into the workspace. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        Page page = get("account/sign-in");
        Form form = page.form("sign-in");
        List<String[]> fields = new ArrayList<>(form.fields());
        fields.removeIf(f -> f[0].equals("sign-in:username") || f[0].equals("sign-in:password"));
        fields.add(new String[] {"sign-in:username", username});
        fields.add(new String[] {"sign-in:password", password});
        fields.add(new String[] {"sign-in:submit", "Sign in"});
        fields.add(new String[] {"primefaces.nonce", page.nonce()});
        String body = fields.stream().map(f -> encode(f[0]) + "=" + encode(f[1])).collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(page.uri().resolve(form.action()))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() / 100 != 3 || location.contains("sign-in")) {
            throw new IllegalStateException("The portal did not sign the partner in: " + answer.statusCode() + " " + location);
        }
    }

    /** A fresh view of the material editor: its form, nonce and the upload of the version in {@code language}. */
    Editor openEditor(String materialId, String language) throws IOException, InterruptedException {
        Page page = get("partner/material?id=" + encode(materialId));
        Form form = page.form("editor");
        int section = page.html().indexOf("<section class=\"version-panel\" lang=\"" + language + "\"");
        if (section < 0) {
            throw new IllegalStateException("The editor shows no " + language + " version");
        }
        Matcher widget = Pattern.compile("PrimeFaces\\.cw\\(\"FileUpload\",\"[^\"]+\",\\{id:\"([^\"]+)\"([^}]*)\\}")
                .matcher(page.html());
        if (!widget.find(section)) {
            throw new IllegalStateException("The " + language + " version has no upload in the editor");
        }
        String clientId = widget.group(1);
        String process = option(widget.group(2), "process");
        String update = option(widget.group(2), "update");
        return new Editor(page.uri().resolve(form.action()), form.fields(), page.nonce(), clientId,
                // createPostData: the widget itself, then what its process attribute resolves to
                process == null ? clientId : clientId + " " + process, update);
    }

    /** What the editor page needs to upload into one version. */
    record Editor(URI action, List<String[]> formFields, String nonce, String clientId, String execute, String render) {
    }

    /**
     * The upload as the browser's PrimeFaces widget sends it: a multipart POST to the form's action
     * with the form's fields ({@code serializeArray}: the form id field, the inputs, the view state
     * and the nonce field the CSP script added), the Ajax parameters, then the file in a part named
     * after the widget (fileupload.js's {@code paramName} is the widget's id; the decoder of
     * {@code mode="advanced"} reads {@code request.getPart(clientId)}). The file is streamed from
     * disk with a known length.
     */
    HttpResponse<String> upload(Editor editor, Path file, String fileName) throws IOException, InterruptedException {
        List<String[]> fields = new ArrayList<>(editor.formFields());
        fields.add(new String[] {"primefaces.nonce", editor.nonce()});
        fields.add(new String[] {"jakarta.faces.partial.ajax", "true"});
        fields.add(new String[] {"jakarta.faces.partial.execute", editor.execute()});
        fields.add(new String[] {"jakarta.faces.source", editor.clientId()});
        fields.add(new String[] {editor.clientId() + "_totalFilesCount", "1"});
        if (editor.render() != null) {
            fields.add(new String[] {"jakarta.faces.partial.render", editor.render()});
        }
        String boundary = "----benchBoundary" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder head = new StringBuilder();
        for (String[] field : fields) {
            head.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(field[0]).append("\"\r\n\r\n")
                    .append(field[1]).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(editor.clientId()).append("\"; filename=\"")
                .append(fileName).append("\"\r\n")
                .append("Content-Type: application/pdf\r\n\r\n");
        HttpRequest request = HttpRequest.newBuilder(editor.action())
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Accept", "application/xml, text/xml, */*; q=0.01")
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head.toString().getBytes(StandardCharsets.UTF_8)),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofByteArray(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII))))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Why the answer to an upload is not a partial-response that updated the form with an
     * information message and no error; null when it is.
     */
    static String refusal(HttpResponse<String> answer) {
        String body = answer.body();
        if (answer.statusCode() != 200) {
            return "HTTP " + answer.statusCode();
        }
        if (!body.contains("<partial-response")) {
            return "not a partial-response: " + abbreviated(body);
        }
        if (body.contains("<error>") || body.contains("<redirect")) {
            return "a partial-response with an error or a redirect: " + abbreviated(body);
        }
        if (body.contains("ui-messages-error") || !body.contains("ui-messages-info")) {
            return "the editor did not say the file was uploaded: " + abbreviated(body);
        }
        return null;
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 400 ? flat.substring(0, 400) + "…" : flat;
    }

    /** A page or download of the signed-in session, which must answer 200; its bytes. */
    byte[] bytes(String path) throws IOException, InterruptedException {
        URI uri = portal.resolve(path);
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    private Page get(String path) throws IOException, InterruptedException {
        URI uri = portal.resolve(path);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + answer.statusCode()
                    + answer.headers().firstValue("Location").map(l -> " to " + l).orElse(""));
        }
        return new Page(uri, answer.body());
    }

    private record Page(URI uri, String html) {

        String nonce() {
            Matcher nonce = NONCE.matcher(html);
            if (!nonce.find()) {
                throw new IllegalStateException(uri + " has no PrimeFaces CSP nonce");
            }
            return nonce.group(1);
        }

        Form form(String id) {
            int start = html.indexOf("<form id=\"" + id + "\"");
            int end = start < 0 ? -1 : html.indexOf("</form>", start);
            if (end < 0) {
                throw new IllegalStateException(uri + " has no form " + id);
            }
            String markup = html.substring(start, end);
            Map<String, String> formAttributes = attributes(markup.substring(0, markup.indexOf('>')));
            return new Form(unescape(formAttributes.get("action")), successfulFields(markup));
        }
    }

    private record Form(String action, List<String[]> fields) {
    }

    /** jQuery's serializeArray: named inputs that are not buttons or files (boxes only when checked), text areas, chosen options. */
    private static List<String[]> successfulFields(String form) {
        List<String[]> fields = new ArrayList<>();
        Matcher field = FIELD.matcher(form);
        while (field.find()) {
            Map<String, String> attributes = attributes(field.group(2));
            String name = attributes.get("name");
            if (name == null || attributes.containsKey("disabled")) {
                continue;
            }
            String tag = field.group(1).toLowerCase(java.util.Locale.ROOT);
            if (tag.equals("textarea")) {
                int close = form.indexOf("</textarea>", field.end());
                fields.add(new String[] {unescape(name), unescape(form.substring(field.end(), close).replaceFirst("^\r?\n", ""))});
            } else if (tag.equals("select")) {
                int close = form.indexOf("</select>", field.end());
                String chosen = null;
                String first = null;
                Matcher option = OPTION.matcher(form.substring(field.end(), close));
                while (option.find()) {
                    Map<String, String> optionAttributes = attributes(option.group(1));
                    String value = optionAttributes.getOrDefault("value", "");
                    first = first == null ? value : first;
                    if (optionAttributes.containsKey("selected")) {
                        chosen = value;
                    }
                }
                if (chosen != null || first != null) {
                    fields.add(new String[] {unescape(name), unescape(chosen != null ? chosen : first)});
                }
            } else {
                String type = attributes.getOrDefault("type", "text").toLowerCase(java.util.Locale.ROOT);
                boolean box = type.equals("checkbox") || type.equals("radio");
                if (List.of("submit", "button", "image", "reset", "file").contains(type) || (box && !attributes.containsKey("checked"))) {
                    continue;
                }
                fields.add(new String[] {unescape(name), unescape(attributes.getOrDefault("value", box ? "on" : ""))});
            }
        }
        return fields;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1).toLowerCase(java.util.Locale.ROOT), attribute.group(2));
        }
        // boolean attributes written without a value
        for (String flag : List.of("checked", "selected", "disabled")) {
            if (Pattern.compile("\\s" + flag + "(\\s|/|$)").matcher(tag).find()) {
                attributes.putIfAbsent(flag, flag);
            }
        }
        return attributes;
    }

    /** The widget configuration's option, e.g. {@code update:"editor"}. */
    private static String option(String config, String name) {
        Matcher option = Pattern.compile("\\b" + name + ":\"([^\"]*)\"").matcher(config);
        return option.find() ? option.group(1) : null;
    }

    private static String unescape(String html) {
        if (html == null) {
            return null;
        }
        Matcher entity = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String text = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1))));
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
