package io.newsroom.enrich.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.newsroom.contract.Entities;
import io.newsroom.enrich.clean.TitleCase;

/**
 * People, places and organisations in English text, from capitalisation and cues: runs of
 * capitalised words (joined by {@code of}, {@code and}, {@code de}...) are organisations when a word
 * like Inc, University or Ministry is in them, places when a built-in gazetteer knows them or a word
 * like City or River ends them, people after an honorific (Mr, Dr, President...) or when they are
 * two or three plain capitalised words. A lone capitalised word is kept only when the gazetteer
 * knows it; a later surname alone is the person already named. Simple, not a statistical model.
 */
final class EnglishEntityRecognizer {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’.\\-]*|&|[.!?]|[^\\s\\p{L}]");
    private static final Set<String> PLACES = Set.copyOf(Lexicon.lines("places-en.txt"));
    /** The first four letters of each known place: American begins like America, Chinese like China. */
    private static final Set<String> PLACE_BEGINNINGS = PLACES.stream().filter(place -> place.length() >= 4)
            .map(place -> place.substring(0, 4)).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> IRREGULAR_DEMONYMS = Set.of("Spanish", "Dutch", "French", "Swiss", "Welsh", "Irish",
            "Scottish", "English", "Danish", "Swedish", "Finnish", "Polish", "Turkish", "Greek", "Thai", "Filipino", "Arab",
            "Arabian", "Kurdish", "Flemish", "Basque", "Catalan", "Maori", "Latino", "Hispanic", "Asian", "African");
    /**
     * Capitalised words that name things, events and places but are no part of a person's name (Davis
     * Cup Finals, Auto Show, Blossom Music Center): a run holding one is no person.
     */
    private static final Set<String> THING_WORDS = Set.of(
            "Cup", "Finals", "Final", "Show", "Shows", "Center", "Centre", "Auditorium", "Studio", "Studios", "Design",
            "Designs", "Concept", "Book", "Books", "Music", "Vote", "Timeline", "Night", "Nights", "Award", "Awards", "Festival",
            "Series", "Championship", "Championships", "Open", "Games", "Edition", "Pro", "Ultra", "Plus", "Max", "Mini", "Lite",
            "Magic", "Box", "Stone", "Real", "Athletic", "Sport", "Sports", "Drive", "Lane", "Way", "Place", "Hall", "Theatre",
            "Theater", "Gallery", "Library", "Tower", "Towers", "Plaza", "Mall", "Market", "Store", "Shop", "Cafe", "Restaurant",
            "Hotel", "Resort", "Bar", "Grill", "Kitchen", "Farm", "Ranch", "Records", "Radio", "Magazine", "Review", "Daily",
            "Weekly", "Report", "Online", "Digital", "Mobile", "Phone", "Watch", "Pay", "Cloud", "App", "Apps", "Home",
            "Version", "Model", "First", "Regular", "Premium", "Standard", "Special", "Limited", "Light", "Lights", "Star",
            "Stars", "World", "Global", "International", "National", "Royal", "Grand", "Day", "Week", "Month", "Year", "Season",
            "Act", "Plan", "Program", "Programme", "Project", "Initiative", "Prize", "Medal", "Trophy", "Tour", "Race", "Rally",
            "Marathon", "Classic", "Bowl", "Derby", "Prix", "Event", "Summit", "Conference", "Expo", "Fair", "Story", "News",
            "Blog", "Podcast", "Channel", "Network", "Platform", "Collection", "Line", "Brand", "Club", "Team",
            "Academy", "Unit", "Units", "Care", "Management", "Technology", "Technologies", "Solutions", "Performance", "Supplement",
            "Salad", "Recipe", "Workout", "Medley", "Containers");
    /** Organisations known by name alone (Toyota, Reuters, NASA): no cue word tells them. */
    private static final Set<String> ORGANIZATIONS = Set.copyOf(Lexicon.lines("organizations-en.txt"));
    private static final Pattern PLAIN_NAME_WORD = Pattern.compile(
            "(?:Mc|Mac|O'|O’|De|Di|Da|La|Le|Van|Von)?\\p{Lu}[\\p{Ll}\\p{M}'’]*(?:-\\p{Lu}?[\\p{Ll}\\p{M}'’]+)*");
    private static final Set<String> DIRECTIONS = Set.of("North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest");
    /** Abbreviations in capitals that name no one: roles, units, kinds of thing (CEO, IPO, SUV, GMT). */
    private static final Set<String> COMMON_ABBREVIATIONS = Set.of("CEO", "CFO", "COO", "CTO", "CIO", "IPO", "SUV", "GMT", "UTC",
            "GDP", "TV", "PC", "AI", "EV", "LED", "USB", "GPS", "CPU", "GPU", "FPS", "RPM", "MP", "DJ", "PR", "FAQ", "PDF", "ATM",
            "HR", "VR", "AR", "HD", "UHD", "OK", "AM", "PM", "BC", "AD", "DIY", "DNA", "RNA", "MVP", "QB", "OT", "TD", "ERA",
            "RBI", "OS", "ID", "IQ", "MBA", "CV", "BMI", "EBITDA", "FY", "YOY", "ETF", "MPH", "KM", "KG", "GB", "MB", "TB",
            "AC", "DC", "PS", "GT", "SMS", "APP", "VIP", "RSVP", "ASAP", "AKA", "TBA", "PT", "ET", "PST", "EST", "CST",
            "ICU", "ER", "HVAC", "HIV", "AIDS", "COVID", "LCD", "OLED", "API", "URL", "NFT");
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame",
            "Lord", "Lady", "President", "Premier", "Minister", "Senator", "Sen", "Rep", "Representative", "Governor", "Gov",
            "Mayor", "Judge", "Justice", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "General", "Gen",
            "Colonel", "Col", "Captain", "Capt", "Lieutenant", "Sgt", "Sergeant", "Secretary", "Chairman", "Chairwoman",
            "Coach", "Father", "Rev", "Reverend", "Ambassador", "Commissioner", "Speaker", "Officer", "Detective", "Inspector");
    private static final Set<String> ORGANIZATION_CUES = Set.of("Inc", "Corp", "Corporation", "Ltd", "LLC", "Plc", "PLC",
            "Co", "Company", "Group", "Holdings", "Bank", "University", "College", "Institute", "Ministry", "Department",
            "Party", "Council", "Committee", "Association", "Agency", "Commission", "Court", "Parliament", "Congress",
            "Senate", "Union", "Organization", "Organisation", "Foundation", "Fund", "Federation", "Times", "Post",
            "Journal", "News", "Airlines", "Airways", "Motors", "Technologies", "Systems", "Club", "FC", "Army", "Navy",
            "Police", "Office", "Authority", "Board", "Bureau", "Service", "Society", "Hospital", "School", "Museum",
            "League", "Assembly", "Network", "Press", "Corps", "Laboratory", "Labs", "Alliance", "Guard", "Forces",
            "Cabinet", "Administration", "Trust", "Partners", "Media", "Studios", "Pharmaceuticals", "Reuters",
            "Studio", "Design", "Records", "Healthcare", "Solutions", "Tribune", "Herald", "Gazette", "Chronicle", "Courier",
            "Observer", "Inquirer", "Register", "Intelligencer", "Academy", "Hall");
    private static final Set<String> PLACE_CUES = Set.of("City", "County", "Province", "State", "Street", "Avenue", "Road",
            "River", "Mountain", "Mountains", "Island", "Islands", "Lake", "Valley", "Republic", "Kingdom", "Bay", "Sea",
            "Ocean", "Coast", "Desert", "Square", "Bridge", "District", "Region", "Peninsula", "Strait", "Gulf", "Canal",
            "Heights", "Hills", "Beach", "Falls", "Harbor", "Harbour", "Airport", "Stadium", "Arena", "Field", "Park");
    /** Small words inside a person's name: Alex de Soto, Ana van der Berg, Omar bin Said. */
    private static final Set<String> SURNAME_PARTICLES = Set.of("de", "du", "des", "von", "van", "der", "al", "bin", "la", "del", "da");
    /** Words that join capitalised words into one name; not {@code and}, which mostly joins two names. */
    private static final Set<String> CONNECTORS = Stream.concat(Stream.of("of", "for", "&", "the"),
            SURNAME_PARTICLES.stream()).collect(Collectors.toUnmodifiableSet());
    /** Capitalised only because they start a sentence or are never names. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "Or", "He", "She",
            "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "Here", "When", "While", "After",
            "Before", "If", "As", "For", "With", "From", "By", "To", "Of", "His", "Her", "Their", "Our", "Its", "My",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December", "Yes", "No",
            "Mr.", "Mrs.", "Ms.", "Dr.", "However", "Meanwhile", "Still", "Also", "Now", "Then", "So", "Some", "Many",
            "Most", "All", "Both", "Each", "Every", "What", "Who", "Why", "How", "Where", "Which", "According", "Last", "Next",
            "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Several", "Few",
            "Thanks", "Thank", "Congratulations", "Welcome", "Hello", "Hi", "Dear", "Please", "Sorry", "Happy",
            "Even", "Just", "Only", "Perhaps", "Maybe", "Instead", "Indeed", "Although", "Though", "Because", "Since",
            "Until", "Unless", "Whether", "Yet", "Often", "Sometimes", "Already", "Finally", "Later", "Earlier", "Today",
            "Yesterday", "Tonight", "Tomorrow");

    /**
     * The names in an article's heading and body. A headline set in title case capitalises its verbs and common
     * words too (City Council Approves New Budget), so a run found in such a line counts only when the body names
     * it as well, or the built-in lists know it, or it is an author.
     */
    Entities recognize(String heading, String body, List<String> authors) {
        Entities all = recognize(heading + "\n" + body, authors);
        List<String> titleCased = heading.lines().filter(EnglishEntityRecognizer::isTitleCased).toList();
        if (titleCased.isEmpty()) {
            return all;
        }
        Predicate<String> named = name -> body.contains(name) || authors.contains(name) || PLACES.contains(name)
                || ORGANIZATIONS.contains(name) || titleCased.stream().noneMatch(line -> line.contains(name));
        return new Entities(all.persons().stream().filter(named).toList(), all.places().stream().filter(named).toList(),
                all.organizations().stream().filter(named).toList());
    }

    /** A headline line in title case (three words or more after its first), see {@link TitleCase}. */
    static boolean isTitleCased(String line) {
        return TitleCase.isTitleCased(line, 3);
    }

    Entities recognize(String text, List<String> authors) {
        EntityCollector found = new EntityCollector();
        Set<String> personWords = new HashSet<>();
        for (String author : authors) {
            if (author != null && !author.isBlank()) {
                found.add(EntityType.PERSON, author.strip(), -1);
                personWords.addAll(List.of(author.strip().split("\\s+")));
            }
        }
        List<String> tokens = new ArrayList<>();
        List<Boolean> opensLine = new ArrayList<>();
        String source = text == null ? "" : text;
        Matcher matcher = TOKEN.matcher(source);
        int previousEnd = 0;
        while (matcher.find()) {
            tokens.add(matcher.group());
            opensLine.add(previousEnd == 0 || hasLineBreak(source, previousEnd, matcher.start()));
            previousEnd = matcher.end();
        }
        Shouting shouting = Shouting.of(tokens, opensLine);
        Map<String, Integer> capitalisedCounts = new HashMap<>();
        for (String token : tokens) {
            if (isCapitalised(token)) {
                capitalisedCounts.merge(clean(token), 1, Integer::sum);
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            if (!isCapitalised(tokens.get(i))) {
                i++;
                continue;
            }
            if (isStateAfterTown(tokens, i)) {
                found.add(EntityType.PLACE, tokens.get(i), i);
                i++;
                continue;
            }
            String partyState = stateOfPartyLabel(tokens.get(i));
            if (partyState != null) {
                found.add(EntityType.PLACE, partyState, i); // Rep. Ann Lee, D-Minn.: her party and her state
                i++;
                continue;
            }
            boolean sentenceStart = i == 0 || isSentenceEnd(tokens.get(i - 1));
            String before = i > 0 ? clean(tokens.get(i - 1)) : "";
            int end = i;
            while (end + 1 < tokens.size()) {
                String next = tokens.get(end + 1);
                if (isPossessive(tokens.get(end)) && !isCollectivePossessive(tokens.get(end))) {
                    break; // Germany's Ministry of Finance: the possessor is a name of its own
                }
                if (opensLine.get(end + 1)) {
                    break; // a name does not run on from a byline or heading into the next line
                }
                if (isCapitalised(next) && (!endsSentence(tokens.get(end))
                        || COUNTRY_INITIALS.contains(tokens.get(end)) && end == i && bodyCueAhead(tokens, opensLine, end + 1))) {
                    end++; // the U.S. Securities Commission: the country's initials open the body's name
                } else if (CONNECTORS.contains(next) && end + 2 < tokens.size() && isCapitalised(tokens.get(end + 2))
                        && !endsSentence(tokens.get(end))) {
                    end += 2;
                } else if (next.equals("and") && !endsSentence(tokens.get(end)) && namesNoBody(tokens, i, end)
                        && bodyNameFollows(tokens, opensLine, end + 2)) {
                    end += 2; // the Securities and Exchange Commission: "and" inside one body's name
                } else {
                    break;
                }
            }
            List<String> run = new ArrayList<>();
            for (int k = i; k <= end; k++) {
                String token = tokens.get(k);
                run.add(k < end && isCollectivePossessive(token) || token.equals(SAINT) ? token : clean(token));
            }
            String after = end + 1 < tokens.size() ? tokens.get(end + 1) : "";
            if (opensLine.get(i) && isDateline(run, after)) {
                found.add(EntityType.PLACE, titleCase(run.get(0)), i);
            } else {
                boolean fillsLine = opensLine.get(i) && fillsLineFrom(end + 1, tokens, opensLine);
                List<String> following = tokens.subList(end + 1, Math.min(tokens.size(), end + 3)).stream()
                        .map(t -> t.toLowerCase(Locale.ROOT)).toList();
                Surroundings surroundings = new Surroundings(before, following, fillsLine, capitalisedCounts,
                        knownPlaceAfterComma(tokens, end + 1));
                classify(run, before, sentenceStart, (long) i, found, personWords, shouting, surroundings);
            }
            i = end + 1;
        }
        addRepeatedBodies(tokens, opensLine, found, personWords, shouting);
        return found.entities();
    }

    private static final int BODY_MENTIONS = 3;
    /** Words before a name that mostly introduce a company, a team or a venue: at Ascom, for Ascom, joined Ascom. */
    private static final Set<String> BODY_INTRODUCERS = Set.of("at", "for", "with", "joined", "joins", "from");
    /** Words after a name that mostly describe a company or a team: the Ascom team, Ascom employees. */
    private static final Set<String> BODY_DESCRIBERS = Set.of("team", "employees", "staff", "spokesperson", "spokesman",
            "spokeswoman", "customers", "shareholders", "shares", "stock");

    /**
     * A single capitalised word no rule named, written three times or more inside sentences, is a
     * company or a team (Ascom, Chelsea) when one mention reads like one: after "at", "for", "joined",
     * or before "team" or "employees". A word of a person's or a place's name
     * already found (a surname used alone), a place, a people or a word also written in lower case is no such name.
     */
    private static void addRepeatedBodies(List<String> tokens, List<Boolean> opensLine, EntityCollector found,
                                          Set<String> personWords, Shouting shouting) {
        Map<String, Integer> mentions = new HashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        Set<String> introduced = new HashSet<>();
        for (int k = 1; k < tokens.size(); k++) {
            String token = tokens.get(k);
            String previous = tokens.get(k - 1);
            String next = k + 1 < tokens.size() ? tokens.get(k + 1) : "";
            if (!isCapitalised(token) || opensLine.get(k) || isSentenceEnd(previous) || isCapitalised(previous)
                    || isCapitalised(next) && !opensLine.get(Math.min(k + 1, tokens.size() - 1))) {
                continue;
            }
            String word = clean(token);
            if (!isPlainWord(word) || word.contains("-")) {
                continue;
            }
            mentions.merge(word, 1, Integer::sum);
            firstAt.putIfAbsent(word, k);
            if (BODY_INTRODUCERS.contains(previous) || BODY_DESCRIBERS.contains(next.toLowerCase(Locale.ROOT))) {
                introduced.add(word);
            }
        }
        if (introduced.isEmpty()) {
            return; // most articles: no need to gather the names found so far
        }
        Set<String> nameWords = new HashSet<>(personWords);
        Entities sofar = found.entities();
        for (List<String> kind : List.of(sofar.persons(), sofar.places())) {
            kind.forEach(name -> nameWords.addAll(List.of(name.split("\\s+"))));
        }
        for (String word : introduced) {
            if (mentions.get(word) >= BODY_MENTIONS && !nameWords.contains(word) && !PLACES.contains(word)
                    && !NOT_NAMES.contains(word) && !HONORIFICS.contains(word) && !ORGANIZATION_CUES.contains(word)
                    && !PLACE_CUES.contains(word) && !isDemonym(word) && !THING_WORDS.contains(word)
                    && !shouting.lowercaseWords().contains(word.toLowerCase(Locale.ROOT))) {
                found.add(EntityType.ORGANIZATION, word, firstAt.get(word));
            }
        }
    }

    private void classify(List<String> run, String before, boolean sentenceStart, long position,
                          EntityCollector found, Set<String> personWords, Shouting shouting, Surroundings surroundings) {
        boolean honorific = HONORIFICS.contains(before);
        boolean definite = before.equals("the");
        while (!run.isEmpty() && (HONORIFICS.contains(run.get(0)) || NOT_NAMES.contains(run.get(0)) || CONNECTORS.contains(run.get(0)))) {
            honorific |= HONORIFICS.contains(run.get(0));
            definite |= run.get(0).equalsIgnoreCase("the");
            if (HONORIFICS.contains(run.get(0)) && run.size() > 3 && run.get(1).equals("of")) {
                run.subList(1, 3).clear(); // Secretary of State Mike Pomer: the office's field is no part of the name
            }
            run.remove(0);
        }
        if (run.size() > 2 && POSTS.contains(run.get(0)) && run.get(1).equals("of")) {
            run.subList(0, 2).clear(); // (General) Manager of Life Care Solutions: the post is no part of the body's name
            if (run.stream().noneMatch(EnglishEntityRecognizer::isBodyCue)) {
                return; // Head of Fundamental Research: a department, no person and no named body
            }
        }
        while (!run.isEmpty() && CONNECTORS.contains(run.get(run.size() - 1))) {
            run.remove(run.size() - 1);
        }
        if (run.isEmpty()) {
            return;
        }
        if (run.size() > 1 && run.stream().noneMatch(EnglishEntityRecognizer::isBodyCue)) {
            for (int k = 0; k < run.size(); k++) {
                if (isAcronym(run.get(k)) && !(k == 0 && COUNTRY_INITIALS.contains(run.get(k)))) {
                    // Cleveland DL Larry Ogunjobi: an abbreviation inside a run separates names
                    List<String> left = new ArrayList<>(run.subList(0, k));
                    List<String> right = new ArrayList<>(run.subList(k + 1, run.size()));
                    classify(left, before, sentenceStart, position, found, personWords, shouting, Surroundings.NONE);
                    classify(right, "", false, position + k + 1, found, personWords, shouting, surroundings);
                    return;
                }
            }
        }
        int title = lastHonorific(run);
        if (title > 0 && title < run.size() - 1 && run.size() - title <= 4
                && run.stream().noneMatch(EnglishEntityRecognizer::isBodyCue)
                && run.subList(title + 1, run.size()).stream().allMatch(EnglishEntityRecognizer::isPlainWord)) {
            // Prime Minister Ana Ruiz, Spanish Foreign Minister Ana Ruiz: the name follows the title inside the run;
            // what precedes the title (Spanish Foreign, Prime) describes the office, and only a known place counts
            String office = String.join(" ", run.subList(0, title));
            if (PLACES.contains(office)) {
                found.add(EntityType.PLACE, office, position);
            }
            classify(new ArrayList<>(run.subList(title + 1, run.size())), run.get(title), false, position + title + 1, found,
                    personWords, shouting, surroundings);
            return;
        }
        String name = String.join(" ", run);
        String last = run.get(run.size() - 1);
        if (honorific && run.stream().noneMatch(EnglishEntityRecognizer::isBodyCue)) {
            found.add(EntityType.PERSON, name, position);
            personWords.addAll(run);
        } else if (ORGANIZATIONS.contains(name)) {
            found.add(EntityType.ORGANIZATION, name, position);
        } else if (run.size() == 1 && definite && NEWSPAPER_NAMES.contains(name)) {
            found.add(EntityType.ORGANIZATION, name, position); // according to the Tribune: a paper named by its title alone
        } else if (run.size() == 1 && ORGANIZATION_CUES.contains(name)) {
            return; // Inc, Co or Group alone names no organisation
        } else if (run.size() == 2 && ORGANIZATION_CUES.contains(run.get(0)) && run.get(1).length() == 1) {
            return; // Group A, Unit B: a label, not a name
        } else if (run.stream().anyMatch(EnglishEntityRecognizer::isBodyCue) || surroundings.beforeCompanySuffix()) {
            found.add(EntityType.ORGANIZATION, name, position);
        } else if (PLACES.contains(name) || run.size() > 1 && (PLACE_CUES.contains(last) || PLACE_CUES.contains(run.get(0))
                || run.get(0).equals(SAINT))) {
            found.add(EntityType.PLACE, name, position);
        } else if (run.contains("of") && splitAtKnownPlace(run, before, sentenceStart, position, found, personWords, shouting)) {
            return;
        } else if (surroundings.beforeKnownPlace() && !definite && run.size() <= 3
                && run.stream().allMatch(EnglishEntityRecognizer::isPlainWord)) {
            found.add(EntityType.PLACE, name, position); // McAllen, Texas; Cape Town, South Africa: a town before its state or country
        } else if (run.size() == 1 && isAcronym(name) && !shouting.isShouted(name, position) && !COMMON_ABBREVIATIONS.contains(name)) {
            found.add(PLACES.contains(name) ? EntityType.PLACE : EntityType.ORGANIZATION, name, position);
        } else if (definite && run.size() <= 3 && isPlural(last) && isPlainWord(last) && !THING_WORDS.contains(last)
                && !isDemonym(last.substring(0, last.length() - 1))) {
            found.add(EntityType.ORGANIZATION, name, position); // the Springfield Tigers: a team or a band, named as many
        } else if (run.size() == 1 && surroundings.facesAnOpponent() && isPlainWord(name) && isPlural(name)) {
            found.add(EntityType.ORGANIZATION, name, position); // Broncos vs. Raiders: teams, named as many
        } else if (!definite && !before.equals("at") && isPersonsName(run, surroundings, shouting)) {
            found.add(EntityType.PERSON, name, position); // not after "the": a person's name takes no article
            personWords.addAll(run);
        }
        // a lone unknown capitalised word (a surname already named, a demonym, a brand) is left out
    }

    /**
     * Two or three plain capitalised words (particles aside), not opening with a known place or company
     * (Amazon Alexa is a product), none naming a thing (Davis Cup Finals, Blossom Music Center), a people (Regular European) or a direction (Wichita North, a school), not opening with a
     * verb's -ing (Being President), not a title in quotation marks. Words the article also writes in lower
     * case (Mostly True, Plasma Blue) and a run standing alone on its line (a recipe's or a list's heading) name
     * a person only with support from the text around them.
     */
    private static boolean isPersonsName(List<String> run, Surroundings surroundings, Shouting shouting) {
        List<String> names = personNameWords(run);
        String last = run.get(run.size() - 1);
        if (names.size() < 2 || names.size() > 3 || !names.stream().allMatch(EnglishEntityRecognizer::isPlainWord)
                || PLACES.contains(run.get(0)) || ORGANIZATIONS.contains(run.get(0))
                || run.stream().anyMatch(THING_WORDS::contains) || isDemonym(last)
                || DIRECTIONS.contains(last) || run.get(0).endsWith("ing") || surroundings.quoted()
                || names.stream().anyMatch(word -> COMPOUND_WORD.matcher(word).matches())) {
            return false;
        }
        // a surname used alone supports the name, unless it is a word the article also writes in lower case (the harvest)
        return surroundings.reported() || surroundings.surnameRepeated(run) && noneWrittenInLowerCase(List.of(last), shouting)
                || !surroundings.fillsLine() && noneWrittenInLowerCase(names, shouting);
    }

    /**
     * Pre-Workout, Non-Stop: a prefix and a hyphen make a compound word, not a name. (A lower-case part after
     * a hyphen does not: Hong Kong given names are written so, Hau-yip.)
     */
    private static final Pattern COMPOUND_WORD = Pattern.compile("(?:Pre|Post|Non|Anti|Pro|Self|Mid|Multi|Semi|Ex|Co|Re|Sub|Super|Over|Under)-.+");

    private static int lastHonorific(List<String> run) {
        for (int k = run.size() - 1; k >= 0; k--) {
            if (HONORIFICS.contains(run.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** A person's names without the particles inside them (Alex de Soto, Ana van der Berg); none if one opens or ends the run. */
    private static List<String> personNameWords(List<String> run) {
        if (SURNAME_PARTICLES.contains(run.get(0)) || SURNAME_PARTICLES.contains(run.get(run.size() - 1))) {
            return List.of();
        }
        return run.stream().filter(word -> !SURNAME_PARTICLES.contains(word)).toList();
    }

    /**
     * Klaasen of South Africa: a run that ends in "of" and a known place is a name and where it is from,
     * unless an organisation's or a place's cue word makes the whole one name (University of Lagos).
     */
    private boolean splitAtKnownPlace(List<String> run, String before, boolean sentenceStart, long position,
                                      EntityCollector found, Set<String> personWords, Shouting shouting) {
        int of = run.lastIndexOf("of");
        List<String> left = new ArrayList<>(run.subList(0, of));
        List<String> right = new ArrayList<>(run.subList(of + 1, run.size()));
        if (left.isEmpty() || !PLACES.contains(String.join(" ", right))
                || run.stream().anyMatch(word -> ORGANIZATION_CUES.contains(word) || PLACE_CUES.contains(word))) {
            return false;
        }
        classify(left, before, sentenceStart, position, found, personWords, shouting, Surroundings.NONE);
        found.add(EntityType.PLACE, String.join(" ", right), position + of + 1);
        return true;
    }

    /**
     * U.S. states as news style abbreviates them after a town (Lansing, Mich.; Santa Fe, N.M.). Alone, several
     * are plain words or titles (Miss., Mass., Ill.), so they name a state only in that place.
     */
    private static final Set<String> STATE_ABBREVIATIONS = Set.of("Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.",
            "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
            "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.",
            "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C.");

    /** A state's abbreviation after a comma and a capitalised town: Mich. in "Lansing, Mich.". */
    private static boolean isStateAfterTown(List<String> tokens, int at) {
        return at >= 2 && STATE_ABBREVIATIONS.contains(tokens.get(at)) && tokens.get(at - 1).equals(",")
                && isCapitalised(tokens.get(at - 2));
    }

    /** St. Louis, St. Croix: a saint's name, with no cue word of a body after it, names a town or an island. */
    private static final String SAINT = "St.";

    /** A body's cue word, also as the last part of a hyphenated word (the News-Register). */
    private static boolean isBodyCue(String word) {
        return ORGANIZATION_CUES.contains(word) || ORGANIZATION_CUES.contains(word.substring(word.lastIndexOf('-') + 1));
    }

    /** Newspaper titles' last words, which name the paper alone after "the" (the Tribune, the Intelligencer). */
    private static final Set<String> NEWSPAPER_NAMES = Set.of("Tribune", "Herald", "Gazette", "Chronicle", "Courier", "Observer",
            "Inquirer", "Intelligencer", "Examiner", "Enquirer", "Sentinel", "Dispatch", "Bulletin");

    /** Posts written before "of" and the body they serve: CEO of Ardent Group, Manager of Field Services. */
    private static final Set<String> POSTS = Set.of("Head", "Manager", "Director", "CEO", "CFO", "COO", "CTO", "Founder",
            "Chief", "Editor", "Dean", "Chair", "Member", "Partner", "Leader", "Spokesperson");

    /** A country's initials, which may open the name of one of its public bodies (the U.S. Department of Labor). */
    private static final Set<String> COUNTRY_INITIALS = Set.of("U.S.", "U.K.");
    private static final int NAME_WORDS_AHEAD = 6;

    /** Whether the capitalised words from {@code from}, on one line and in one sentence, include a body's cue word. */
    private static boolean bodyCueAhead(List<String> tokens, List<Boolean> opensLine, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + NAME_WORDS_AHEAD) && !opensLine.get(k); k++) {
            String token = tokens.get(k);
            if (!isCapitalised(token) && !CONNECTORS.contains(token) && !token.equals("and")) {
                return false;
            }
            if (ORGANIZATION_CUES.contains(clean(token)) || PLACE_CUES.contains(clean(token))) {
                return true;
            }
            if (endsSentence(token)) {
                return false;
            }
        }
        return false;
    }

    /** The state in a lawmaker's party label (D-Minn., R-Texas, I-Vt.), or null. */
    private static String stateOfPartyLabel(String token) {
        if (token.length() < 4 || token.charAt(1) != '-' || "DRI".indexOf(token.charAt(0)) < 0) {
            return null;
        }
        String state = token.substring(2);
        return STATE_ABBREVIATIONS.contains(state) || PLACES.contains(clean(state)) ? state : null;
    }

    /** Whether a comma and a known place (a state, a country) follow at {@code from}: Texas in "McAllen, Texas". */
    private static boolean knownPlaceAfterComma(List<String> tokens, int from) {
        if (from + 1 >= tokens.size() || !tokens.get(from).equals(",")) {
            return false;
        }
        if (STATE_ABBREVIATIONS.contains(tokens.get(from + 1))) {
            return true;
        }
        String one = clean(tokens.get(from + 1));
        String two = from + 2 < tokens.size() ? one + " " + clean(tokens.get(from + 2)) : one;
        if (PLACES.contains(two)) {
            return !isPossessive(tokens.get(from + 2));
        }
        // Chris Tang, Hong Kong's police chief: a possessive place opens an apposition about a person
        return isCapitalised(one) && PLACES.contains(one) && !isPossessive(tokens.get(from + 1));
    }

    private static boolean noneWrittenInLowerCase(List<String> run, Shouting shouting) {
        return run.stream().noneMatch(word -> shouting.lowercaseWords().contains(word.toLowerCase(Locale.ROOT)));
    }

    /** Whether nothing but punctuation follows, from {@code from} to the end of the line. */
    private static boolean fillsLineFrom(int from, List<String> tokens, List<Boolean> opensLine) {
        for (int k = from; k < tokens.size() && !opensLine.get(k); k++) {
            if (Character.isLetterOrDigit(tokens.get(k).charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the text says around a run: whether it stands alone on its line, whether a comma and a known place
     * follow it, and what makes it a person's name: a reporting verb after it (Ana Ruiz said, Ana Ruiz, who),
     * "said" before it, or its surname used alone elsewhere in the article, as news writing does after the first
     * mention.
     */
    private record Surroundings(String before, List<String> following, boolean fillsLine, Map<String, Integer> capitalisedCounts,
                                boolean beforeKnownPlace) {

        static final Surroundings NONE = new Surroundings("", List.of(), false, Map.of(), false);
        private static final Set<String> VERSUS = Set.of("vs.", "vs", "v.");
        private static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "inc.", "llc", "llc.", "ltd", "ltd.", "corp", "corp.",
                "co.", "plc", "gmbh", "ag", "s.a.", "n.v.");
        private static final Set<String> QUOTES = Set.of("\"", "“", "”", "‘", "’", "'");
        private static final Set<String> REPORTING = Set.of("said", "says", "told", "added", "explained", "wrote", "noted",
                "asked", "recalled", "recalls", "who", "whose", "stated", "insisted", "argued");

        /** "Silver Morrow": a run set alone in quotation marks is a title, a venue or a nickname, not a person's name as written. */
        boolean quoted() {
            return QUOTES.contains(before) && !following.isEmpty() && QUOTES.contains(following.get(0));
        }

        /** Acme Widgets, Inc.: a comma and a company's legal suffix follow. */
        boolean beforeCompanySuffix() {
            return following.size() == 2 && following.get(0).equals(",") && COMPANY_SUFFIXES.contains(following.get(1));
        }

        /** Beside "vs." or "v.": one side of a match. */
        boolean facesAnOpponent() {
            return before.equals("vs") || before.equals("v") || !following.isEmpty() && VERSUS.contains(following.get(0));
        }

        /** Said or says before the name, or a reporting verb after it. */
        boolean reported() {
            return before.equals("said") || before.equals("says") || following.stream().anyMatch(REPORTING::contains);
        }

        /** The surname written more often than the given name: it is also used alone. */
        boolean surnameRepeated(List<String> run) {
            return capitalisedCounts.getOrDefault(run.get(run.size() - 1), 0) > capitalisedCounts.getOrDefault(run.get(0), 0);
        }
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** SPRINGFIELD, March 3 — / BERLIN (Reuters): a dateline's place, in capitals at a paragraph's start before a comma or bracket. */
    private static boolean isDateline(List<String> run, String after) {
        String word = run.get(0);
        return run.size() == 1 && word.length() >= 3 && (after.equals(",") || after.equals("(") || after.equals("—") || after.equals("-"))
                && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '.') && !NOT_NAMES.contains(word);
    }

    private static String titleCase(String word) {
        return PLACES.contains(word) ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * European, American, Chinese: a people's adjective ends the run, no surname does. The ending alone is not
     * enough (Duncan, Calabrese, Brian): the word must also begin like a known place, or be one of the
     * adjectives that do not (Spanish, Dutch, French).
     */
    private static boolean isDemonym(String word) {
        boolean ending = word.length() > 4 && (word.endsWith("ean") || word.endsWith("ian") || word.endsWith("can")
                || word.endsWith("ese") || word.endsWith("ish"));
        return ending && PLACE_BEGINNINGS.contains(word.substring(0, 4)) || IRREGULAR_DEMONYMS.contains(word);
    }

    /** Tigers, Sharks, Beatles: a plural noun, not a surname like Ross or Davis. */
    private static boolean isPlural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("is") && !word.endsWith("us");
    }

    /**
     * Whether the capitalised words from {@code from} on, on one line and in one sentence, are a body's name ending in
     * its cue word, two words at least (Exchange Commission, Drug Administration): then the "and" before them joins one
     * name, not two (Toyota and Reuters; an abbreviation among them names a body of its own, SBI and ACME Bank).
     */
    private static boolean bodyNameFollows(List<String> tokens, List<Boolean> opensLine, int from) {
        int k = from;
        while (k < tokens.size() && k - from < AND_JOINED_WORDS && isCapitalised(tokens.get(k)) && !opensLine.get(k)
                && !isAcronym(clean(tokens.get(k)))) {
            if (k > from && ORGANIZATION_CUES.contains(clean(tokens.get(k))) && (k + 1 >= tokens.size() || !isCapitalised(tokens.get(k + 1)))) {
                return true;
            }
            if (endsSentence(tokens.get(k))) {
                return false;
            }
            k++;
        }
        return false;
    }

    /**
     * Whether no word from {@code from} to {@code to} is a body's cue word, a known body's name or an abbreviation
     * (Ministry, Reuters, SBI): each of those names a body of its own.
     */
    private static boolean namesNoBody(List<String> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (k == from && COUNTRY_INITIALS.contains(tokens.get(k))) {
                continue; // the U.S. Securities and Exchange Commission: the initials only say whose body it is
            }
            String word = clean(tokens.get(k));
            if (ORGANIZATION_CUES.contains(word) || ORGANIZATIONS.contains(word) || isAcronym(word)) {
                return false;
            }
        }
        return true;
    }

    /** The most words after "and" that still make one body's name with the words before it. */
    private static final int AND_JOINED_WORDS = 3;

    /**
     * A group of people's possessive (People's, Children's, Workers'), which opens a body's name (People's Liberation
     * Army, Children's Hospital) where a name's possessive ends a name of its own.
     */
    private static boolean isCollectivePossessive(String token) {
        return isPossessive(token) && COLLECTIVE_POSSESSORS.contains(clean(token));
    }

    private static final Set<String> COLLECTIVE_POSSESSORS = Set.of("People", "Children", "Women", "Men", "Workers", "Veterans",
            "Citizens", "Farmers", "Teachers", "Nurses", "Writers", "Consumers", "Students", "Seamen", "Soldiers");

    /** Smith's, and after a plural or a name ending in s, Heights' or Davis’. */
    private static boolean isPossessive(String token) {
        return token.endsWith("'s") || token.endsWith("’s") || token.length() > 2 && (token.endsWith("s'") || token.endsWith("s’"));
    }

    /** Gordon, Bautista-Agut, McLachlan, O'Neill, DeArdo: a capital, then small letters, a hyphenated part or a surname prefix's capital. */
    private static boolean isPlainWord(String word) {
        return word.length() >= 2 && PLAIN_NAME_WORD.matcher(word).matches();
    }

    /**
     * Common words set in capitals, no abbreviations: a function word (DID, MORE, OFF), unless it spells
     * one of the few abbreviations that do (US, UN, WHO); in a line set in capitals (a headline: PLAN
     * BIG, BUILD SMALL), a word the article also writes in lower case.
     */
    private record Shouting(boolean[] inCapitalLine, Set<String> lowercaseWords) {

        static Shouting of(List<String> tokens, List<Boolean> opensLine) {
            boolean[] inCapitalLine = new boolean[tokens.size()];
            Set<String> lowercaseWords = new HashSet<>();
            int lineStart = 0;
            for (int k = 0; k <= tokens.size(); k++) {
                if (k == tokens.size() || k > lineStart && opensLine.get(k)) {
                    int words = 0;
                    int capitals = 0;
                    for (int t = lineStart; t < k; t++) {
                        String token = tokens.get(t);
                        if (token.chars().anyMatch(Character::isLetter)) {
                            words++;
                            capitals += token.length() >= 2 && token.chars().allMatch(c -> !Character.isLowerCase(c)) ? 1 : 0;
                        }
                    }
                    java.util.Arrays.fill(inCapitalLine, lineStart, k, words >= 2 && capitals == words || words >= 3 && capitals * 5 >= words * 3);
                    lineStart = k;
                }
                if (k < tokens.size() && !tokens.get(k).isEmpty() && Character.isLowerCase(tokens.get(k).charAt(0))) {
                    lowercaseWords.add(clean(tokens.get(k)));
                }
            }
            return new Shouting(inCapitalLine, lowercaseWords);
        }

        private static final Set<String> ABBREVIATIONS_SPELLING_WORDS = Set.of("US", "UN", "WHO");

        boolean isShouted(String word, long position) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (LanguageDetector.stopWords("en").contains(lower)) {
                return !ABBREVIATIONS_SPELLING_WORDS.contains(word);
            }
            boolean capitalLine = position >= 0 && position < inCapitalLine.length && inCapitalLine[(int) position];
            return capitalLine && !PLACES.contains(word); // a headline's words in capitals: only a known name counts
        }
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    private static boolean isCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    private static boolean isSentenceEnd(String token) {
        return token.equals(".") || token.equals("!") || token.equals("?") || token.equals("\"") || token.equals(":");
    }

    private static boolean endsSentence(String token) {
        return token.endsWith(".") && !HONORIFICS.contains(token.substring(0, token.length() - 1)) && token.length() > 3;
    }

    /** Drops a possessive and trailing dots: {@code Reuters'} and {@code Smith's} → the name. */
    private static String clean(String token) {
        String word = token;
        if (word.endsWith("'s") || word.endsWith("’s")) {
            word = word.substring(0, word.length() - 2);
        }
        while (word.length() > 1 && (word.endsWith("'") || word.endsWith("’"))) {
            word = word.substring(0, word.length() - 1); // Kyrgios’ win, ‘Full Stop’: a possessive after s or a closing quote
        }
        while (word.endsWith(".") && word.length() > 1 && !isAcronym(word)) {
            word = word.substring(0, word.length() - 1);
        }
        if (word.endsWith(".") && word.indexOf('.') == word.length() - 1 && word.length() > 2) {
            word = word.substring(0, word.length() - 1); // WHO. or CEO. ending a sentence: the full stop is the sentence's, U.S. keeps its own
        }
        return word;
    }
}
