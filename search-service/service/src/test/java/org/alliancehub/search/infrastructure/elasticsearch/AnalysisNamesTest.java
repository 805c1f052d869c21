package org.alliancehub.search.infrastructure.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * Every analysis name the index settings use must exist on a stock Elasticsearch cluster (so
 * production needs no plugin) and on the minimal local node, through the project's shim or the
 * node's core (so tests and the local run analyze exactly as production does).
 */
class AnalysisNamesTest {

    /** Built into every Elasticsearch distribution with the analysis-common module (stock clusters). */
    private static final Set<String> STOCK = Set.of(
            // analyzers
            "standard", "simple", "whitespace", "stop", "keyword", "english", "spanish", "portuguese", "french",
            "german", "italian", "cjk", "russian", "arabic", "brazilian", "catalan", "dutch", "polish_stem",
            // tokenizers
            "letter", "classic", "ngram", "edge_ngram",
            // token filters
            "lowercase", "asciifolding", "stemmer", "shingle", "elision", "cjk_bigram", "cjk_width", "trim");
    /** What the minimal node has without any plugin. */
    private static final Set<String> MINIMAL_NODE_CORE = Set.of("standard", "keyword", "stop");

    @Test
    void everyAnalysisNameExistsOnStockClustersAndOnTheLocalNode() throws IOException {
        JsonObject index;
        try (InputStream in = ElasticsearchMaterialIndex.class.getResourceAsStream(IndexLayout.SETTINGS_RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            index = reader.readObject();
        }
        JsonObject analysis = index.getJsonObject("settings").getJsonObject("analysis");
        Set<String> custom = new HashSet<>();
        custom.addAll(analysis.getJsonObject("analyzer").keySet());
        custom.addAll(analysis.getJsonObject("filter").keySet());

        Set<String> used = new TreeSet<>();
        analysis.getJsonObject("filter").values().forEach(f -> used.add(f.asJsonObject().getString("type")));
        for (JsonValue a : analysis.getJsonObject("analyzer").values()) {
            used.add(a.asJsonObject().getString("tokenizer"));
            a.asJsonObject().getJsonArray("filter").getValuesAs(JsonString.class).forEach(f -> used.add(f.getString()));
        }
        collectMappingAnalyzers(index.getJsonObject("mappings"), used);
        used.removeAll(custom);
        used.remove("custom");

        Set<String> shim = shimNames();
        assertThat(used).as("names used by the index settings").isNotEmpty().contains("english", "spanish", "cjk", "asciifolding");
        for (String name : used) {
            assertThat(STOCK).as("'" + name + "' on a stock cluster").contains(name);
            assertThat(shim.contains(name) || MINIMAL_NODE_CORE.contains(name))
                    .as("'" + name + "' on the local node (shim: " + shim + ")").isTrue();
        }
    }

    private static void collectMappingAnalyzers(JsonValue node, Set<String> used) {
        if (node instanceof JsonObject object) {
            for (String key : object.keySet()) {
                JsonValue value = object.get(key);
                if (("analyzer".equals(key) || "search_analyzer".equals(key)) && value instanceof JsonString name) {
                    used.add(name.getString());
                } else {
                    collectMappingAnalyzers(value, used);
                }
            }
        }
    }

    private static Set<String> shimNames() throws IOException {
        Path file = Path.of("..", "analysis-shim", "src", "main", "resources", "named_components.json");
        try (Reader in = Files.newBufferedReader(file); JsonReader reader = Json.createReader(in)) {
            Set<String> names = new HashSet<>();
            reader.readObject().values().forEach(kind -> names.addAll(kind.asJsonObject().keySet()));
            return names;
        }
    }
}
