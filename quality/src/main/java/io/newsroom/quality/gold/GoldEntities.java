package io.newsroom.quality.gold;

import java.util.List;

/** Entities a reader tags in one article: distinct names. */
public record GoldEntities(List<String> persons, List<String> places, List<String> organizations) {

    public GoldEntities {
        persons = persons == null ? List.of() : List.copyOf(persons);
        places = places == null ? List.of() : List.copyOf(places);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
    }
}
