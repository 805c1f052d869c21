package org.alliancehub.web.interfaces.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;

import org.alliancehub.web.interfaces.site.PortalAddresses;
import org.junit.jupiter.api.Test;

class AtomFeedsTest {

    private static final String HOSTILE = "</script><script>alert(1)</script>";
    private final PortalAddresses portal = PortalAddresses.at("https://outreach.example.org");

    private static AtomFeeds.Header header() {
        return new AtomFeeds.Header("es", "Materiales nuevos – Alliance Outreach Hub", "Los más recientes primero.",
                "https://outreach.example.org/feeds/materials.atom?lang=es", "https://outreach.example.org/?lang=es",
                "feeds/materials?lang=es", "Alliance Outreach Hub");
    }

    private static FeedItem item(String id, String language, String title, Instant updated) {
        return new FeedItem(id, language, title, "Resumen \u0007con un carácter de control.", "Alianza de Techadores",
                List.of("caídas", "techos"), Instant.parse("2026-01-10T12:00:00Z"), updated);
    }

    @Test
    void titlesAreTextEvenWhenTheyLookLikeMarkup() throws Exception {
        AtomFeeds.Document document = AtomFeeds.serialize(AtomFeeds.feed(header(),
                List.of(item("5f0c7d9e-1b2a-4c3d-8e9f-0a1b2c3d4e5f", "es", HOSTILE, Instant.parse("2026-02-01T08:30:00Z"))), portal));

        String xml = new String(document.xml(), StandardCharsets.UTF_8);
        assertThat(xml).doesNotContain("<script>").contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
        Entry entry = parse(document).getEntries().get(0);
        assertThat(entry.getTitleEx().getValue()).isEqualTo(HOSTILE);
        assertThat(entry.getSummary().getValue()).as("a character XML cannot hold is dropped")
                .isEqualTo("Resumen con un carácter de control.");
    }

    @Test
    void entriesLinkToTheMaterialPageInTheVersionTheyShow() throws Exception {
        Feed feed = parse(AtomFeeds.serialize(AtomFeeds.feed(header(), List.of(
                item("5f0c7d9e-1b2a-4c3d-8e9f-0a1b2c3d4e5f", "es", "Prevenga caídas", Instant.parse("2026-02-01T08:30:00Z")),
                item("bench-7", "en", "Ladder safety", Instant.parse("2026-03-01T08:30:00Z"))), portal)));

        assertThat(feed.getId()).isEqualTo("tag:alliancehub.org,2025:feeds/materials?lang=es");
        assertThat(feed.getTitleEx().getValue()).isEqualTo("Materiales nuevos – Alliance Outreach Hub");
        assertThat(feed.getUpdated()).as("the newest entry's change").isEqualTo(Date.from(Instant.parse("2026-03-01T08:30:00Z")));
        assertThat(feed.getOtherLinks()).extracting(Link::getRel, Link::getHref)
                .containsExactly(tuple("self", "https://outreach.example.org/feeds/materials.atom?lang=es"));
        Entry spanish = feed.getEntries().get(0);
        assertThat(spanish.getId()).isEqualTo("urn:uuid:5f0c7d9e-1b2a-4c3d-8e9f-0a1b2c3d4e5f");
        assertThat(spanish.getAlternateLinks()).singleElement().satisfies(link -> {
            assertThat(link.getHref()).isEqualTo("https://outreach.example.org/material?id=5f0c7d9e-1b2a-4c3d-8e9f-0a1b2c3d4e5f&lang=es");
            assertThat(link.getHreflang()).isEqualTo("es");
        });
        assertThat(spanish.getAuthors()).singleElement().satisfies(a -> assertThat(a.getName()).isEqualTo("Alianza de Techadores"));
        assertThat(spanish.getCategories()).extracting(c -> c.getTerm()).containsExactly("caídas", "techos");
        assertThat(spanish.getPublished()).isEqualTo(Date.from(Instant.parse("2026-01-10T12:00:00Z")));
        assertThat(feed.getEntries().get(1).getId()).isEqualTo("tag:alliancehub.org,2025:material:bench-7");
    }

    @Test
    void theSameFeedHasTheSameEtag() {
        FeedItem one = item("m1", "en", "Ladder safety", Instant.parse("2026-03-01T08:30:00Z"));
        AtomFeeds.Document first = AtomFeeds.serialize(AtomFeeds.feed(header(), List.of(one), portal));
        AtomFeeds.Document again = AtomFeeds.serialize(AtomFeeds.feed(header(), List.of(one), portal));
        AtomFeeds.Document changed = AtomFeeds.serialize(AtomFeeds.feed(header(),
                List.of(item("m1", "en", "Ladder safety", Instant.parse("2026-03-02T08:30:00Z"))), portal));
        assertThat(first.etag()).matches("\"[0-9a-f]{32}\"").isEqualTo(again.etag()).isNotEqualTo(changed.etag());
        assertThat(first.updated()).isEqualTo(Instant.parse("2026-03-01T08:30:00Z"));
    }

    static Feed parse(AtomFeeds.Document document) throws Exception {
        return (Feed) new WireFeedInput().build(new InputStreamReader(new ByteArrayInputStream(document.xml()), StandardCharsets.UTF_8));
    }
}
