package org.alliancehub.web.interfaces.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatelessPublicViewsTest {

    @Test
    void publicViewsAreStatelessTheSignedInAreasAreNot() {
        assertThat(StatelessPublicViews.isPublic("/index.xhtml")).isTrue();
        assertThat(StatelessPublicViews.isPublic("/material.xhtml")).isTrue();
        assertThat(StatelessPublicViews.isPublic("/partnerships.xhtml")).isTrue();
        assertThat(StatelessPublicViews.isPublic("/partner/materials.xhtml")).isFalse();
        assertThat(StatelessPublicViews.isPublic("/staff/review.xhtml")).isFalse();
    }
}
