package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class EntityCollectorTest {

    @Test
    void middleDotsAtTheEndsOfANameAreCutInnerOnesKept() {
        EntityCollector found = new EntityCollector();
        found.add(EntityType.PERSON, " 马丁·路德· ", 0);
        found.add(EntityType.PERSON, "••安娜", 1);
        found.add(EntityType.PERSON, "·・‧", 2); // dots only: nothing left to name
        found.add(EntityType.PERSON, "王·", 3); // one character left: too short for a name
        assertEquals(List.of("马丁·路德", "安娜"), found.entities().persons());
    }

    @Test
    void orderOfMentionsDecidesAndTheFirstTypeStays() {
        EntityCollector found = new EntityCollector();
        found.add(EntityType.PLACE, "青山", 5);
        found.add(EntityType.PERSON, "青山", 9);
        found.add(EntityType.PLACE, "湘江", 1);
        assertEquals(List.of("湘江", "青山"), found.entities().places());
        assertEquals(List.of(), found.entities().persons());
    }
}
