package io.newsroom.contract;

import java.util.List;

/**
 * Named entities of one article, each list distinct and in order of first appearance.
 */
public record Entities(List<String> persons, List<String> places, List<String> organizations) {

    public Entities {
        persons = persons == null ? List.of() : List.copyOf(persons);
        places = places == null ? List.of() : List.copyOf(places);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
    }

    public static Entities none() {
        return new Entities(List.of(), List.of(), List.of());
    }
}
