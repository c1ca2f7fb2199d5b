package io.newsroom.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contract.Entities;

class EnglishEntityRecognizerTest {

    private final EnglishEntityRecognizer recognizer = new EnglishEntityRecognizer();

    @Test
    void findsPeoplePlacesAndOrganisations() {
        Entities entities = recognizer.recognize(
                "Dr. Maria Okafor, who leads research at the University of Lagos, met President Jonas Whitfield in Berlin on Monday. "
                        + "The Ministry of Health and Greenfield Energy Inc. signed the agreement. Okafor said Germany would help.",
                List.of());
        assertEquals(List.of("Maria Okafor", "Jonas Whitfield"), entities.persons());
        assertEquals(List.of("Berlin", "Germany"), entities.places());
        assertEquals(List.of("University of Lagos", "Ministry of Health", "Greenfield Energy Inc"), entities.organizations());
    }

    @Test
    void sentenceInitialWordsAreNotNames() {
        Entities entities = recognizer.recognize("The plan failed. However, nobody was hurt. They left early.", List.of());
        assertEquals(Entities.none(), entities);
    }

    @Test
    void bylineAuthorsAndAcronyms() {
        Entities entities = recognizer.recognize("Officials at NATO said the River Thames flooded parts of London.", List.of("Jane Doe"));
        assertEquals(List.of("Jane Doe"), entities.persons());
        assertTrue(entities.organizations().contains("NATO"));
        assertTrue(entities.places().containsAll(List.of("River Thames", "London")), entities.toString());
        assertFalse(entities.persons().contains("Officials"));
    }

    @Test
    void anAbbreviationInsideARunSeparatesNames() {
        Entities entities = recognizer.recognize("The club fined Boston DL Peter Okoro after the game at Lakeside Stadium.", List.of());
        assertEquals(List.of("Peter Okoro"), entities.persons());
        assertTrue(entities.places().containsAll(List.of("Boston", "Lakeside Stadium")), entities.toString());
    }

    @Test
    void aTeamNamedWithTheIsNoPersonAndADatelineNamesItsPlace() {
        Entities entities = recognizer.recognize("""
                By Tom Reed

                HARTVILLE, May 9 — The Riverton Otters beat the Lakeside Herons 2-0 on Sunday. Coach Dana Moss praised
                the defence. City officials said the parade would start at noon.
                """, List.of("Tom Reed"));
        assertEquals(List.of("Tom Reed", "Dana Moss"), entities.persons());
        assertEquals(List.of("Hartville"), entities.places());
        assertEquals(List.of("Riverton Otters", "Lakeside Herons"), entities.organizations());
    }

    @Test
    void aCommonWordInCapitalsIsNoAcronymAndACueAloneNamesNoOrganisation() {
        Entities entities = recognizer.recognize("""
                PLAN BIG, BUILD SMALL AND DID IT
                Two Harbor Point builders plan to build small homes, said Ana Ruiz, who works with NASA and Acme Inc.
                Inc is a suffix, and the firm's staff build on weekends.
                """, List.of());
        assertEquals(List.of("NASA", "Acme Inc"), entities.organizations());
        assertTrue(entities.places().contains("Harbor Point"), entities.toString());
        assertEquals(List.of("Ana Ruiz"), entities.persons());
    }

    @Test
    void anAcronymEndingASentenceLeavesItsFullStop() {
        Entities entities = recognizer.recognize("The report went to the WHO. Officials in the U.S. read it first.", List.of());
        assertTrue(entities.organizations().contains("WHO"), entities.toString());
        assertTrue(entities.organizations().stream().noneMatch(n -> n.equals("WHO.")), entities.toString());
    }

    @Test
    void aRunNamingAThingAPeopleOrADirectionIsNoPersonAndKnownOrganisationsNeedNoCue() {
        Entities entities = recognize("""
                Lena Ortiz said the Harbor Cup Finals drew fans to Riverside Music Center. Toyota and Reuters sent staff,
                the CEO of a Regular European dealer came, and Millbrook North beat Millbrook West. Crowds from the U.S.
                and North America filled the stands.
                """);
        assertEquals(List.of("Lena Ortiz"), entities.persons());
        assertTrue(entities.organizations().containsAll(List.of("Toyota", "Reuters")), entities.toString());
        assertTrue(!entities.organizations().contains("CEO"), entities.toString());
        assertTrue(entities.places().containsAll(List.of("U.S.", "North America")), entities.toString());
    }

    @Test
    void namesWithHyphensSurnamePrefixesAndAnApostropheAfterTheirSAreNames() {
        Entities entities = recognize("Coach Ana Silva-Mendes praised Liam McAllister, and Tomas Petrakis’ serve won the day.");
        assertEquals(List.of("Ana Silva-Mendes", "Liam McAllister", "Tomas Petrakis"), entities.persons());
    }

    @Test
    void noNameOpensWithAVerbsIng() {
        Entities entities = recognize("Lena Ortiz wrote Being Neighbors, a column on Riverton life.");
        assertEquals(List.of("Lena Ortiz"), entities.persons());
    }

    @Test
    void aRunOfCommonWordsALineOnItsOwnOrAQuotedTitleNeedsSupportToBeAPerson() {
        Entities entities = recognize("The claim is mostly true, said Dana Whitcombe. We rate the statement Mostly True.\n\n"
                + "Berry Crumble\n\nOne cup of oats and a handful of almonds. The band played \"Silver Morrow\" twice.");
        assertEquals(List.of("Dana Whitcombe"), entities.persons());
    }

    @Test
    void aReportingVerbOrASurnameUsedAloneSupportsANameOfCommonWords() {
        Entities entities = recognize("The council will grant the permit. Grant Holloway chairs it. Holloway voted no.\n\n"
                + "Will Fenwick\n\nWill Fenwick said the vote will pass.");
        assertEquals(List.of("Grant Holloway", "Will Fenwick"), entities.persons());
    }

    @Test
    void aHeadlineInCapitalsALabelAndACommonAbbreviationNameNoOrganisation() {
        Entities entities = recognize("OTTERS ROLL ON\n\nUS FALLS\n\nThe Otters won in Group B and scored twice for the Herons, across the Americas, before the Series. "
                + "Two players left the ICU on Monday.");
        assertEquals(List.of("Otters", "Herons"), entities.organizations());
    }

    @Test
    void aNameOfAKnownPlaceAndATownBeforeItsStateAreSplitAndPlaced() {
        Entities entities = recognize("Lena Brandt of Kenya beat Ivo Marsh of New Zealand in Dunmore, Ohio, "
                + "a week after the University of Texas hosted them and Tomas de Linde. Mara Quist, Kenya's coach, agreed.");
        assertEquals(List.of("Lena Brandt", "Ivo Marsh", "Tomas de Linde", "Mara Quist"), entities.persons());
        assertEquals(List.of("Kenya", "New Zealand", "Dunmore", "Ohio"), entities.places());
        assertEquals(List.of("University of Texas"), entities.organizations());
    }

    @Test
    void aSurnameEndingLikeAPeoplesAdjectiveIsStillASurname() {
        Entities entities = recognize("He trained with Tim Dorcan and Ana Bellarese, not with the Regular European squad or Spanish fans.");
        assertEquals(List.of("Tim Dorcan", "Ana Bellarese"), entities.persons());
    }

    @Test
    void aNameAfterATitleInsideARunIsAPerson() {
        Entities entities = recognize("Spanish Foreign Minister Ana Ruiz met Secretary of State Mike Pomer and Prime Minister Lars Tandy.");
        assertEquals(List.of("Ana Ruiz", "Mike Pomer", "Lars Tandy"), entities.persons());
    }

    @Test
    void aPluralsPossessiveEndsTheNameBeforeIt() {
        assertEquals(List.of("Ada Brun"), recognize("She was beaten by Millbrook Heights' Ada Brun in the final.").persons());
    }

    @Test
    void studiosDesignFirmsAndNewspapersAreOrganisationsAndAKnownCompanysProductIsNoPerson() {
        Entities entities = recognize("Ada Brun, who founded Brun Design, writes for the Millbrook Gazette on Google Docs.");
        assertEquals(List.of("Ada Brun"), entities.persons());
        assertEquals(List.of("Brun Design", "Millbrook Gazette"), entities.organizations());
    }

    @Test
    void wellKnownClubsNeedNoCue() {
        assertEquals(List.of("Real Madrid", "Yankees"), recognize("A forward left Real Madrid, and a pitcher signed with Yankees scouts.").organizations());
    }

    @Test
    void teamsFaceEachOtherAcrossVs() {
        assertEquals(List.of("Otters", "Herons"), recognize("Best game ever? Otters vs. Herons, on a rainy night.").organizations());
    }

    @Test
    void aNameBeforeACommaAndALegalSuffixIsACompany() {
        assertEquals(List.of("Harbor Widgets"), recognize("The report was paid for by Harbor Widgets, Inc. last year.").organizations());
    }

    @Test
    void andJoinsOneBodysNameWhenItsCueWordEndsTheWordsAfterIt() {
        Entities entities = recognize("Filings went to the Harbor and Canal Commission, while Ada Brun and Tom Vale waited.");
        assertEquals(List.of("Harbor and Canal Commission"), entities.organizations());
        assertEquals(List.of("Ada Brun", "Tom Vale"), entities.persons());
        assertEquals(List.of("ACME", "Delta Bank"), recognize("Loans from ACME and Delta Bank rose.").organizations());
    }

    @Test
    void aGroupOfPeoplesPossessiveOpensABodysName() {
        assertEquals(List.of("Farmers' Savings Bank", "Children’s Hospital"),
                recognize("Loans from the Farmers' Savings Bank paid for a wing of the Children’s Hospital.").organizations());
    }

    @Test
    void anAcademyOrAHallIsABody() {
        assertEquals(List.of("Millbrook Academy"), recognize("Seniors at Millbrook Academy won the debate.").organizations());
        assertEquals(List.of("Harbor Music Hall"), recognize("The band played at the Harbor Music Hall on Friday.").organizations());
    }

    @Test
    void aStatesNewsAbbreviationAfterATownIsAPlace() {
        Entities entities = recognize("The mill in Dunmore, Pa. closed. Its owner moved to Alder Creek, Calif. last year.");
        assertEquals(List.of("Dunmore", "Pa.", "Alder Creek", "Calif."), entities.places());
        assertTrue(recognize("Mass. protests followed.").places().isEmpty(), "alone, the abbreviation may be a plain word");
    }

    @Test
    void aLawmakersPartyLabelNamesHerState() {
        Entities entities = recognize("The bill's sponsor, Rep. Ann Lindqvist, D-Minn., spoke first; Sen. Rob Tate, R-Texas, replied.");
        assertEquals(List.of("Ann Lindqvist", "Rob Tate"), entities.persons());
        assertEquals(List.of("Minn.", "Texas"), entities.places());
    }

    @Test
    void aCountrysInitialsOpenTheNameOfItsPublicBody() {
        Entities entities = recognize("A filing with the U.S. Maritime and Harbor Commission showed the loss. Growth in the U.S. slowed.");
        assertEquals(List.of("U.S. Maritime and Harbor Commission"), entities.organizations());
        assertEquals(List.of("U.S."), entities.places());
        assertEquals(List.of("U.S. Coral Islands"), recognize("Cruises to the U.S. Coral Islands resumed.").places());
        assertEquals(List.of("Ada Brun"), recognize("U.S. Ambassador Ada Brun arrived.").persons());
    }

    @Test
    void aSaintsNameWithoutABodysCueIsAPlace() {
        Entities entities = recognize("Ferries from St. Aubin carry visitors to the clinic of St. Brendan Hospital.");
        assertEquals(List.of("St. Aubin"), entities.places());
        assertEquals(List.of("St. Brendan Hospital"), entities.organizations());
        assertTrue(entities.persons().isEmpty(), entities.toString());
    }

    @Test
    void aPrefixedCompoundIsNoPersonsNameButAHongKongGivenNameIs() {
        assertTrue(recognize("He ate a Pre-Workout Snack before the race.").persons().isEmpty());
        assertEquals(List.of("Chan Ka-wing"), recognize("The shop owner, Chan Ka-wing, said sales fell.").persons());
    }

    @Test
    void aLoneWordNamedOftenAndIntroducedAsABodyIsAnOrganisation() {
        Entities entities = recognize("Sales at Quorvex rose. Analysts expect Quorvex to grow, and the Quorvex team agrees. "
                + "Prices at Brandt fell, said Lena Brandt. Brandt said more.");
        assertEquals(List.of("Quorvex"), entities.organizations());
        assertEquals(List.of("Lena Brandt"), entities.persons());
        assertTrue(recognize("Sales at Quorvex rose. Analysts expect more.").organizations().isEmpty(), "one mention does not tell");
    }

    @Test
    void aPostBeforeOfIsNoPartOfTheBodysName() {
        assertEquals(List.of("Harbor Field Solutions", "Ardent Group"),
                recognize("It was approved by the General Manager of Harbor Field Solutions and the CEO of Ardent Group.").organizations());
        assertEquals(List.of("Rina Oza"), recognize("Prices rose, said Rina Oza, Head of Applied Research.").persons());
    }

    @Test
    void aGreetingOrThanksOpensNoName() {
        assertTrue(recognize("The crew waved. Thanks Coach, they shouted, and Welcome Home hung over the gate.").persons().isEmpty());
    }

    @Test
    void aSentenceOpeningAdverbIsNoGivenName() {
        assertTrue(recognize("The dogs drank often. Even Biscuit had water in a cup.").persons().isEmpty());
        assertEquals(List.of("Biscuit Moreno"), recognize("The dogs drank often. Biscuit Moreno brought water.").persons());
    }

    @Test
    void aRepeatedWordAlsoWrittenInLowerCaseIsNoSupportForAPersonsName() {
        assertTrue(recognize("Farmers planted Golden Harvest this spring. Harvest came early. Harvest Fest drew crowds, "
                + "and the harvest was big.").persons().isEmpty());
        assertEquals(List.of("Ines Harrow"), recognize("Farmers met Ines Harrow this spring. Harrow came early. Harrow "
                + "spoke first.").persons());
    }

    @Test
    void aPaperNamedByItsTitlesLastWordAfterTheIsAnOrganisation() {
        assertEquals(List.of("Sentinel"), recognize("The mayor resigned, according to the Sentinel, on Friday.").organizations());
        assertTrue(recognize("A Courier arrived.").organizations().isEmpty(), "no article, no paper");
        assertEquals(List.of("Dunmore Star-Herald"), recognize("The Dunmore Star-Herald printed it first.").organizations());
    }

    @Test
    void aNameAfterAtIsNoPerson() {
        assertEquals(List.of("Rina Oza"), recognize("Prices rose, said Rina Oza, an analyst at Dunmore Lending.").persons());
    }

    @Test
    void aTitleCaseHeadlineNamesOnlyWhatTheBodyNamesToo() {
        Entities entities = recognizer.recognize("City Council Approves New Budget",
                "The city council voted 7-2 on Tuesday. Council member Tom Reyes said the plan keeps the buses running.", List.of());
        assertEquals(List.of(), entities.organizations(), "the headline's capitalised words are no body's name");
        assertEquals(List.of("Tom Reyes"), entities.persons());
        Entities school = recognizer.recognize("Orchard Valley School Wins Robotics Title",
                "Students from Orchard Valley School won the state title on Saturday.", List.of());
        assertEquals(List.of("Orchard Valley School"), school.organizations());
    }

    @Test
    void aSentenceCaseHeadlineKeepsItsNames() {
        Entities entities = recognizer.recognize("Dunmore Lending Corp opens a branch downtown",
                "The lender said the branch would hire 20 people.", List.of());
        assertEquals(List.of("Dunmore Lending Corp"), entities.organizations());
    }

    @Test
    void titleCaseIsEveryWordButTheSmallOnesCapitalised() {
        assertTrue(EnglishEntityRecognizer.isTitleCased("Harbor Town Bets on the Future With a New Ferry"));
        assertTrue(EnglishEntityRecognizer.isTitleCased("Rovers Sign £71.6m Keeper From Dunmore"), "a unit after a number is no word");
        assertFalse(EnglishEntityRecognizer.isTitleCased("Police arrest six in Dunmore drug case"));
        assertFalse(EnglishEntityRecognizer.isTitleCased("Dunmore Wins"), "too few words to tell");
    }

    private Entities recognize(String text) {
        return recognizer.recognize(text, List.of());
    }
}
