package org.alliancehub.web.interfaces.site;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The portal's site map (sitemaps.org 0.9): every public page once in each of its languages, each
 * naming its other languages as {@code xhtml:link rel="alternate" hreflang} (Google's form), the
 * language-neutral address as {@code x-default} (the page then follows the reader's browser). A
 * material's languages are those of its versions, as its page's own alternate links name them; the
 * portal's other pages exist in English and Spanish. One site map holds at most 50,000 addresses.
 */
public final class Sitemap {

    public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
    public static final int MAX_URLS = 50_000;
    /** The portal's list pages; each takes only {@code lang}. */
    static final List<String> LIST_PAGES = List.of("/alliances", "/programs", "/events", "/calendar", "/trainings");
    private static final List<String> PORTAL_LANGUAGES = List.of("en", "es");
    /** Looked up once: each newFactory() searches the class path for an implementation. */
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /** One address and its alternates, hreflang to address; empty when the page has one language. */
    public record Entry(String location, List<Alternate> alternates) {
    }

    public record Alternate(String hreflang, String href) {
    }

    private Sitemap() {
    }

    /** The entries for what the site holds, home and list pages first, at most {@link #MAX_URLS}. */
    public static List<Entry> entries(SiteContents contents, PortalAddresses addresses) {
        List<Entry> entries = new ArrayList<>();
        inEachLanguage(entries, PORTAL_LANGUAGES, addresses::home);
        for (String list : LIST_PAGES) {
            inEachLanguage(entries, PORTAL_LANGUAGES, lang -> addresses.list(list, lang));
        }
        for (SiteContents.MaterialVersions material : contents.materials()) {
            Set<String> languages = new LinkedHashSet<>(material.languages());
            inEachLanguage(entries, List.copyOf(languages), lang -> addresses.material(material.id(), lang));
        }
        pages(entries, contents.allianceIds(), addresses::alliance);
        pages(entries, contents.programCodes(), addresses::program);
        pages(entries, contents.eventIds(), addresses::event);
        pages(entries, contents.trainingIds(), addresses::training);
        // a listing read page by page while it changes can name an item twice; a site map names it once
        Set<String> seen = new HashSet<>();
        return entries.stream().filter(entry -> seen.add(entry.location())).limit(MAX_URLS).toList();
    }

    private static void pages(List<Entry> entries, List<String> keys, BiFunction<String, String, String> address) {
        for (String key : keys) {
            inEachLanguage(entries, PORTAL_LANGUAGES, lang -> address.apply(key, lang));
        }
    }

    /** One entry per language; with more than one, each names all of them and the browser's choice. */
    private static void inEachLanguage(List<Entry> entries, List<String> languages, Function<String, String> address) {
        if (languages.isEmpty()) {
            return;
        }
        List<Alternate> alternates = new ArrayList<>();
        if (languages.size() > 1) {
            for (String language : languages) {
                alternates.add(new Alternate(language, address.apply(language)));
            }
            alternates.add(new Alternate("x-default", address.apply(null)));
        }
        for (String language : languages) {
            entries.add(new Entry(address.apply(language), List.copyOf(alternates)));
        }
    }

    /** Writes the entries as a {@code urlset} in UTF-8; the XML writer escapes every address. */
    public static void write(List<Entry> entries, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeNamespace("xhtml", XHTML_NAMESPACE);
        for (Entry entry : entries) {
            xml.writeStartElement("url");
            xml.writeStartElement("loc");
            xml.writeCharacters(entry.location());
            xml.writeEndElement();
            for (Alternate alternate : entry.alternates()) {
                xml.writeEmptyElement("xhtml", "link", XHTML_NAMESPACE);
                xml.writeAttribute("rel", "alternate");
                xml.writeAttribute("hreflang", alternate.hreflang());
                xml.writeAttribute("href", alternate.href());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
