package org.alliancehub.web.interfaces.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.jdom2.Verifier;

import org.alliancehub.web.interfaces.site.PortalAddresses;

/**
 * Makes an Atom 1.0 document of materials with ROME: the feed links to itself and to the portal,
 * each entry to the material's page in the version it shows ({@code /material?id=…&lang=…}).
 * Every text goes in as text (ROME escapes it); characters XML cannot hold at all are dropped.
 * Identities are stable {@code tag:}/{@code urn:uuid:} URIs, whatever address the portal has.
 */
public final class AtomFeeds {

    static final String TAG = "tag:alliancehub.org,2025:";

    /** The feed's own words in its language, and where it and its HTML counterpart are. */
    public record Header(String language, String title, String subtitle, String selfHref, String pageHref, String idPath,
                         String author) {
    }

    /** A serialized feed: its bytes (UTF-8), a strong ETag of them, and its last update. */
    public record Document(byte[] xml, String etag, Instant updated) {
    }

    private AtomFeeds() {
    }

    public static Feed feed(Header header, List<FeedItem> items, PortalAddresses addresses) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(TAG + header.idPath());
        feed.setLanguage(header.language());
        feed.setTitleEx(text(header.title()));
        feed.setSubtitle(text(header.subtitle()));
        feed.setAuthors(List.of(person(header.author())));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", header.selfHref(), null)));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", header.pageHref(), header.language())));
        List<Entry> entries = new ArrayList<>();
        for (FeedItem item : items) {
            entries.add(entry(item, addresses));
        }
        feed.setEntries(entries);
        // an empty feed still has to say when it was made; a full one changes when its newest entry does
        Instant updated = items.stream().map(FeedItem::updated).max(Comparator.naturalOrder()).orElse(Instant.now());
        feed.setUpdated(Date.from(updated));
        return feed;
    }

    private static Entry entry(FeedItem item, PortalAddresses addresses) {
        Entry entry = new Entry();
        entry.setId(entryId(item.materialId()));
        entry.setTitleEx(text(item.title()));
        if (item.summary() != null && !item.summary().isBlank()) {
            entry.setSummary(text(item.summary()));
        }
        entry.setAlternateLinks(List.of(link("alternate", "text/html", addresses.material(item.materialId(), item.language()),
                item.language())));
        entry.setPublished(Date.from(item.published()));
        entry.setUpdated(Date.from(item.updated()));
        if (item.allianceName() != null && !item.allianceName().isBlank()) {
            entry.setAuthors(List.of(person(item.allianceName())));
        }
        List<Category> categories = new ArrayList<>();
        for (String topic : item.topics()) {
            Category category = new Category();
            category.setTerm(xmlSafe(topic));
            categories.add(category);
        }
        entry.setCategories(categories);
        return entry;
    }

    /** The material's UUID as a URN; any other id as a tag URI. */
    static String entryId(String materialId) {
        try {
            UUID uuid = UUID.fromString(materialId);
            if (uuid.toString().equalsIgnoreCase(materialId)) {
                return "urn:uuid:" + uuid;
            }
        } catch (IllegalArgumentException notAUuid) {
            // falls through to the tag form
        }
        return TAG + "material:" + materialId;
    }

    public static Document serialize(Feed feed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new WireFeedOutput().output(feed, writer, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FeedException e) {
            throw new IllegalStateException("ROME could not write the feed " + feed.getId(), e);
        }
        byte[] xml = bytes.toByteArray();
        return new Document(xml, "\"" + sha256(xml).substring(0, 32) + "\"", feed.getUpdated().toInstant());
    }

    /** Drops the characters XML 1.0 cannot contain (control characters, lone surrogates). */
    static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(Verifier::isXMLCharacter).forEach(safe::appendCodePoint);
        return safe.toString();
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(xmlSafe(value));
        return content;
    }

    private static SyndPerson person(String name) {
        Person person = new Person();
        person.setName(xmlSafe(name));
        return person;
    }

    private static Link link(String rel, String type, String href, String hreflang) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        if (hreflang != null) {
            link.setHreflang(hreflang);
        }
        return link;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
