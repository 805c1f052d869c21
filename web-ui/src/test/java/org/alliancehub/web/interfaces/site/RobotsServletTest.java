package org.alliancehub.web.interfaces.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsServletTest {

    @Test
    void crawlersReadThePublicPagesAndFindTheSitemapByItsAbsoluteAddress() {
        String robots = RobotsServlet.robots(PortalAddresses.at("https://outreach.example.org"));
        assertThat(robots.lines()).containsSubsequence("User-agent: *", "Allow: /", "Disallow: /partner/", "Disallow: /staff/",
                "Disallow: /exit", "Sitemap: https://outreach.example.org/sitemap.xml");
        assertThat(robots).doesNotContain("Disallow: /\n");
    }
}
