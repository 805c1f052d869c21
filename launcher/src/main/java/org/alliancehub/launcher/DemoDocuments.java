package org.alliancehub.launcher;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * What the PDF of a demo language version says, from demo-content.json: the version's own text, and
 * in its language the agency's standard statements ({@code standardLanguage}, per agency) and the
 * document's labels ({@code documentLabels}: the product type, "Published {date}").
 */
final class DemoDocuments {

    private final JsonObject standardLanguage;
    private final JsonObject documentLabels;

    DemoDocuments(JsonObject demo) {
        this.standardLanguage = demo.getJsonObject("standardLanguage");
        this.documentLabels = demo.getJsonObject("documentLabels");
    }

    /** The document of {@code version}, a language version of {@code material} of {@code alliance}, published on {@code publishedOn}. */
    DemoPdf.Content of(JsonObject alliance, JsonObject material, JsonObject version, LocalDate publishedOn) {
        String language = version.getString("language");
        String agency = alliance.getString("agency");
        JsonObject statements = required(required(standardLanguage, agency, "standardLanguage"), language,
                "standardLanguage." + agency);
        JsonObject labels = required(documentLabels, language, "documentLabels");
        String type = material.getString("type");
        String kind = required(labels, "types", "documentLabels." + language).getString(type, type);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language)).format(publishedOn);
        List<String> paragraphs = version.getJsonArray("body").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        String author = alliance.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name")).collect(Collectors.joining("; "));
        return new DemoPdf.Content(language, alliance.getString("name"), kind, version.getString("title"),
                version.getString("summary", null), paragraphs, statements.getString("disclaimer"),
                statements.getString("workerRights"), material.getString("publicationNumber"), publishedOn,
                labels.getString("published").replace("{date}", date), author);
    }

    private static JsonObject required(JsonObject parent, String key, String where) {
        JsonObject value = parent.getJsonObject(key);
        if (value == null) {
            throw new IllegalArgumentException("demo-content.json has no " + where + "." + key);
        }
        return value;
    }
}
