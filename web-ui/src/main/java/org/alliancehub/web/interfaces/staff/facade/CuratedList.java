package org.alliancehub.web.interfaces.staff.facade;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.alliancehub.web.infrastructure.client.workspace.ProgramCuration;

/**
 * A program's curated list as a curator rearranges it before saving: moved by keyboard-reachable
 * buttons or by dragging a row, featured or not, for every reader or one language, items added
 * from the candidates and removed back to them. Nothing reaches the content service until
 * {@link #body()} is sent, whole, with the version the list was read at.
 */
public class CuratedList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One place. {@code language} is "" for every reader (a select's value), else en or es. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String kind;
        private final String id;
        private final String title;
        private final String state;
        private final boolean visible;
        private final boolean supportsProgram;
        private String language;
        private boolean featured;

        Row(String kind, String id, String title, String state, boolean visible, boolean supportsProgram, String language, boolean featured) {
            this.kind = kind;
            this.id = id;
            this.title = title;
            this.state = state;
            this.visible = visible;
            this.supportsProgram = supportsProgram;
            this.language = language == null ? "" : language;
            this.featured = featured;
        }

        public String getKind() { return kind; }
        public String getId() { return id; }
        public String getTitle() { return title == null ? id : title; }
        public String getState() { return state; }
        /** Readers see it: public and still supporting the program. */
        public boolean isShown() { return visible && supportsProgram; }
        public boolean isSupportsProgram() { return supportsProgram; }
        public String getLanguage() { return language; }
        public void setLanguage(String language) { this.language = language == null ? "" : language; }
        public boolean isFeatured() { return featured; }
        public void setFeatured(boolean featured) { this.featured = featured; }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<ProgramCuration.Candidate> candidates = new ArrayList<>();
    private final long version;
    private boolean changed;

    public CuratedList(ProgramCuration curation) {
        version = curation.version();
        for (ProgramCuration.Entry e : curation.items()) {
            rows.add(new Row(e.kind(), e.id(), e.title(), e.state(), e.visible(), e.supportsProgram(), e.language(), e.featured()));
        }
        candidates.addAll(curation.candidates());
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<ProgramCuration.Candidate> getCandidates() {
        return candidates;
    }

    public long version() {
        return version;
    }

    /** Whether the list differs from the one read (featured and language edits count once saved). */
    public boolean isChanged() {
        return changed;
    }

    public void markChanged() {
        changed = true;
    }

    /** Moves the row at {@code index} by {@code by} places (−1 up, +1 down), kept within the list. */
    public boolean move(int index, int by) {
        int to = index + by;
        if (index < 0 || index >= rows.size() || to < 0 || to >= rows.size()) {
            return false;
        }
        rows.add(to, rows.remove(index));
        changed = true;
        return true;
    }

    /** The candidate {@code id} of {@code kind} joins the end of the list, for every reader. */
    public boolean add(String kind, String id) {
        for (int i = 0; i < candidates.size(); i++) {
            ProgramCuration.Candidate c = candidates.get(i);
            if (c.kind().equals(kind) && c.id().equals(id)) {
                candidates.remove(i);
                rows.add(new Row(c.kind(), c.id(), c.title(), "PUBLISHED", true, true, "", false));
                changed = true;
                return true;
            }
        }
        return false;
    }

    /** The row leaves the list; a public item goes back among the candidates. */
    public Row remove(int index) {
        if (index < 0 || index >= rows.size()) {
            return null;
        }
        Row removed = rows.remove(index);
        if (removed.isShown()) {
            candidates.add(0, new ProgramCuration.Candidate(removed.kind, removed.id, removed.title, List.of(), null));
        }
        changed = true;
        return removed;
    }

    /** The PUT body: every place in order. */
    public JsonObject body() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Row row : rows) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("kind", row.kind).add("id", row.id).add("featured", row.featured);
            if (!row.language.isEmpty()) {
                item.add("language", row.language);
            }
            items.add(item);
        }
        return Json.createObjectBuilder().add("items", items).build();
    }
}
