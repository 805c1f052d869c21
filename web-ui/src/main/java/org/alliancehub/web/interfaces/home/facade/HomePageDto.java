package org.alliancehub.web.interfaces.home.facade;

import java.util.List;

import org.alliancehub.web.interfaces.activity.facade.ActivityDigest;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;

/**
 * The home page: the newest materials of each emphasis program, upcoming events, what is new this
 * month, and the collection's topics, industries, audiences and types to browse. Records, read with
 * method calls in the page. {@code partial} is true when a section could not be read: the page
 * says so and shows the rest.
 */
public record HomePageDto(List<FeaturedProgramDto> featured, List<ActivityDigest> upcoming,
                          List<SearchPageDto.HitDto> newThisMonth, String newThisMonthQuery,
                          List<SearchPageDto.FacetDto> browse, boolean partial) {

    /** A program with its newest materials; {@code resultsQuery} lists all of them. */
    public record FeaturedProgramDto(String code, String name, String agency, List<SearchPageDto.HitDto> materials,
                                     String resultsQuery) {
    }
}
