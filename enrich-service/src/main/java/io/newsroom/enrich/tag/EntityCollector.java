package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.newsroom.contract.Entities;

/**
 * Gathers the names found in one article and turns them into distinct lists in order of first
 * appearance. Mentions can be added in any order (several passes over a paragraph); their position
 * decides the order. A name keeps the first type it was found with.
 */
final class EntityCollector {

    private record Mention(EntityType type, String name, long position) {
    }

    private final List<Mention> mentions = new ArrayList<>();

    void add(EntityType type, String name, long position) {
        String cleaned = name == null ? "" : withoutEdgeDots(name.strip()); // 卢卡斯· cut before its second part
        if (cleaned.length() >= 2) {
            mentions.add(new Mention(type, cleaned, position));
        }
    }

    /** The name without the middle dots at its ends (a plain scan: this runs for every mention). */
    private static String withoutEdgeDots(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && isDot(name.charAt(start))) {
            start++;
        }
        while (end > start && isDot(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    private static boolean isDot(char c) {
        return c == '·' || c == '•' || c == '・' || c == '‧';
    }

    /** Names the article shows to be of one type wherever they stand: 华诺 after 华诺汽车公司 is the company, not a person. */
    private final Map<String, EntityType> settled = new HashMap<>();

    /** Adds a mention whose type holds for every mention of the name, whatever type the others were found with. */
    void addSettled(EntityType type, String name, long position) {
        add(type, name, position);
        settled.put(name.strip(), type);
    }

    /** A one-character place the text marks as one (中 in 中美关系); other names need two characters. */
    void addAbbreviatedPlace(String name, long position) {
        mentions.add(new Mention(EntityType.PLACE, name, position));
    }

    Entities entities() {
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingLong(Mention::position));
        Map<String, EntityType> typeOf = new HashMap<>();
        Map<EntityType, Set<String>> names = new HashMap<>();
        for (EntityType type : EntityType.values()) {
            names.put(type, new LinkedHashSet<>());
        }
        typeOf.putAll(settled);
        for (Mention mention : ordered) {
            EntityType type = typeOf.putIfAbsent(mention.name(), mention.type());
            if (type == null || type == mention.type()) {
                names.get(mention.type()).add(mention.name());
            }
        }
        return new Entities(
                withoutTruncatedNames(names.get(EntityType.PERSON)),
                List.copyOf(names.get(EntityType.PLACE)),
                List.copyOf(names.get(EntityType.ORGANIZATION)));
    }

    /** 彭超 next to 彭超义: the segmenter cut one mention short; the longer name is the person. */
    private static List<String> withoutTruncatedNames(Set<String> persons) {
        List<String> kept = new ArrayList<>();
        for (String person : persons) {
            boolean truncated = false;
            for (String other : persons) {
                if (other.length() > person.length() && other.length() - person.length() == 1
                        && other.startsWith(person) && ChineseTerms.isHan(other)) {
                    truncated = true;
                    break;
                }
            }
            if (!truncated) {
                kept.add(person);
            }
        }
        return kept;
    }
}
