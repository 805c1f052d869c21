package org.alliancehub.web.interfaces.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SitemapTest {

    private final PortalAddresses portal = PortalAddresses.at("https://outreach.example.org");

    private static SiteContents contents(List<SiteContents.MaterialVersions> materials) {
        return new SiteContents(materials, List.of("alliance-1"), List.of("NEP&HEAT"), List.of("event-1"), List.of("training-1"));
    }

    @Test
    void everyPageIsListedInEachOfItsLanguagesNamingTheOthers() throws Exception {
        SiteContents site = contents(List.of(new SiteContents.MaterialVersions("m1", List.of("en", "es", "zh")),
                new SiteContents.MaterialVersions("m2", List.of("es"))));

        Document xml = parse(Sitemap.entries(site, portal));
        Map<String, List<String>> alternatesByLocation = alternatesByLocation(xml);

        assertThat(alternatesByLocation.get("https://outreach.example.org/?lang=es")).containsExactly(
                "en https://outreach.example.org/?lang=en", "es https://outreach.example.org/?lang=es",
                "x-default https://outreach.example.org/");
        assertThat(alternatesByLocation.get("https://outreach.example.org/material?id=m1&lang=zh")).containsExactly(
                "en https://outreach.example.org/material?id=m1&lang=en", "es https://outreach.example.org/material?id=m1&lang=es",
                "zh https://outreach.example.org/material?id=m1&lang=zh", "x-default https://outreach.example.org/material?id=m1");
        assertThat(alternatesByLocation.get("https://outreach.example.org/material?id=m2&lang=es"))
                .as("one language: nothing to name").isEmpty();
        assertThat(alternatesByLocation).containsKeys("https://outreach.example.org/alliances?lang=en",
                "https://outreach.example.org/alliance?id=alliance-1&lang=es", "https://outreach.example.org/program?code=NEP%26HEAT&lang=en",
                "https://outreach.example.org/event?id=event-1&lang=es", "https://outreach.example.org/training?id=training-1&lang=en",
                "https://outreach.example.org/calendar?lang=es");
        assertThat(alternatesByLocation).doesNotContainKey("https://outreach.example.org/material?id=m2&lang=en");
        // 2 home, 10 lists, 3 + 1 material versions, 4 × 2 other pages
        assertThat(alternatesByLocation).hasSize(2 + 10 + 4 + 8);
    }

    @Test
    void addressesAreEscapedInTheDocument() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sitemap.write(Sitemap.entries(contents(List.of()), portal), out);
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("<loc>https://outreach.example.org/alliance?id=alliance-1&amp;lang=en</loc>")
                .contains("xmlns=\"" + Sitemap.NAMESPACE + "\"").contains("xmlns:xhtml=\"" + Sitemap.XHTML_NAMESPACE + "\"")
                .doesNotContain("&lang=en<");
    }

    @Test
    void aPageListedTwiceIsNamedOnce() throws Exception {
        SiteContents twice = new SiteContents(List.of(new SiteContents.MaterialVersions("m1", List.of("en", "es")),
                new SiteContents.MaterialVersions("m1", List.of("en", "es"))), List.of("a1", "a1"), List.of(), List.of(), List.of());
        assertThat(alternatesByLocation(parse(Sitemap.entries(twice, portal)))).containsKey("https://outreach.example.org/material?id=m1&lang=en");
    }

    @Test
    void aSitemapHoldsAtMostFiftyThousandAddresses() {
        List<SiteContents.MaterialVersions> materials = new ArrayList<>();
        IntStream.range(0, 30_000).forEach(i -> materials.add(new SiteContents.MaterialVersions("m" + i, List.of("en", "es"))));
        assertThat(Sitemap.entries(contents(materials), portal)).hasSize(Sitemap.MAX_URLS);
    }

    private static Document parse(List<Sitemap.Entry> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sitemap.write(entries, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    /** loc → "hreflang href" of each alternate, in document order. */
    static Map<String, List<String>> alternatesByLocation(Document xml) {
        NodeList urls = xml.getElementsByTagNameNS(Sitemap.NAMESPACE, "url");
        Map<String, List<String>> byLocation = new LinkedHashMap<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String location = url.getElementsByTagNameNS(Sitemap.NAMESPACE, "loc").item(0).getTextContent();
            NodeList links = url.getElementsByTagNameNS(Sitemap.XHTML_NAMESPACE, "link");
            List<String> alternates = IntStream.range(0, links.getLength()).mapToObj(j -> (Element) links.item(j))
                    .map(link -> link.getAttribute("hreflang") + " " + link.getAttribute("href")).toList();
            assertThat(byLocation.put(location, alternates)).as("listed once: " + location).isNull();
        }
        return byLocation;
    }
}
