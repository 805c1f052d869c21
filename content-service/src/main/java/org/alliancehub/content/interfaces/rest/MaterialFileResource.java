package org.alliancehub.content.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.alliancehub.content.application.IngestionService;
import org.alliancehub.content.application.MaterialView;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The original file of a language version: multipart upload, and download with ETag and ranges. */
@Path("materials/{id}/versions/{lang}/file")
@RequestScoped
public class MaterialFileResource {

    @Inject
    IngestionService ingestion;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload the version's file (multipart field 'file'); text extraction runs after the answer (202)")
    public Response upload(@PathParam("id") String id, @PathParam("lang") String language,
                           @FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw new WebApplicationException(Problem.invalidField("file", "Send the file in a multipart field named 'file'.").toResponse());
        }
        String name = file.getFileName().map(MaterialFileResource::uploadedName).orElse("file");
        try (InputStream content = file.getContent()) {
            IngestionService.Upload upload = ingestion.upload(caller, id, language, name, content);
            return Response.accepted(new UploadView(upload.duplicate(), upload.file().mediaType(), upload.file().sha256(),
                    upload.file().size(), MaterialView.of(upload.material()))).type(MediaType.APPLICATION_JSON).build();
        }
    }

    /** The answer to an upload: what the bytes are, whether they were stored before, the material now. */
    public record UploadView(boolean duplicate, String mediaType, String sha256, long size, MaterialView material) {
    }

    @GET
    @Operation(summary = "Download the version's original file (public when published); supports ETag and one byte range")
    public Response download(@PathParam("id") String id, @PathParam("lang") String language,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                             @HeaderParam("Range") String range) throws IOException {
        IngestionService.Download download = ingestion.download(caller, id, language);
        String etag = "\"" + download.file().sha256() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        long length = Files.size(download.path());
        Response.ResponseBuilder response;
        long start = 0;
        long end = length - 1;
        if (range != null && !range.isBlank()) {
            long[] bounds = ByteRange.parse(range, length);
            if (bounds == null) {
                return Response.status(416).header("Content-Range", "bytes */" + length)
                        .type(Problem.PROBLEM_JSON)
                        .entity(Problem.of(416, "range-not-satisfiable", "Range Not Satisfiable",
                                "The file has " + length + " bytes.").toJson().toString())
                        .build();
            }
            start = bounds[0];
            end = bounds[1];
            response = Response.status(206).header("Content-Range", "bytes " + start + "-" + end + "/" + length);
        } else {
            response = Response.ok();
        }
        long from = start;
        long count = end - start + 1;
        StreamingOutput body = out -> copy(download.path().toFile(), from, count, out);
        return response.entity(body)
                .type(download.file().mediaType())
                .header(HttpHeaders.ETAG, etag)
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CONTENT_LENGTH, count)
                .header("Content-Disposition", contentDisposition(download.file().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static void copy(java.io.File file, long from, long count, OutputStream out) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file, "r")) {
            in.seek(from);
            byte[] buffer = new byte[64 * 1024];
            long left = count;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }

    /**
     * The part's file name as the client wrote it. Browsers and HTTP clients send the name's UTF-8
     * bytes as they are in the part's Content-Disposition (the HTML rule for multipart/form-data),
     * but Jersey's multipart reader (mimepull) reads header bytes as ISO-8859-1, so "guía" arrives
     * as "guÃ", a soft hyphen, "a" (eclipse-ee4j/jersey#6046; no setting changes it). A name read that way whose
     * bytes are valid UTF-8 is decoded as UTF-8; one that is not (a client that did send ISO-8859-1)
     * stays as read, and so does a plain ASCII name. An RFC 5987 value ({@code UTF-8''gu%C3%ADa}),
     * should it come through undecoded, is decoded.
     */
    static String uploadedName(String asRead) {
        java.util.regex.Matcher extended = EXTENDED_VALUE.matcher(asRead);
        if (extended.matches()) {
            try {
                return java.net.URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notPercentEncoded) {
                return asRead;
            }
        }
        if (asRead.chars().allMatch(c -> c < 0x80) || asRead.chars().anyMatch(c -> c > 0xFF)) {
            return asRead;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(asRead.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return asRead;
        }
    }

    private static final java.util.regex.Pattern EXTENDED_VALUE = java.util.regex.Pattern.compile("(?i)utf-8'[^']*'(.+)");

    /**
     * attachment, with an ASCII fallback for old clients (accents dropped: "guia de caidas.pdf") and
     * the exact name as UTF-8 (RFC 6266, its {@code filename*} encoded as RFC 5987 says).
     */
    static String contentDisposition(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._ ()-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /** Percent-encodes every UTF-8 byte that is not an RFC 5987 attr-char. */
    private static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
