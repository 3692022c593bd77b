package qaf.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matcher's rules one by one, and above all what it must not match. */
class ChildMatcherTest {
    private static final ChildMatcher CORPUS = ChildMatcher.of(PrivacyCorpus.identities());

    private static final ChildIdentity ZAINAB = new ChildIdentity("CH21", "Zainab", "Bashir", LocalDate.of(2009, 4, 25),
            "Child U");
    private static final ChildIdentity AYAAN = new ChildIdentity("CH22", "Ayaan", "Bashir", LocalDate.of(2009, 4, 25),
            "Child V");
    private static final ChildIdentity NAYEEM = new ChildIdentity("CH23", "Nayeem", "Islam", LocalDate.of(2013, 6, 1),
            "Child W");

    @Test
    void aNameInsideALongerWordIsNotAName() {
        assertNoHit(CORPUS, "Malice aforethought; Alison and Alistair; quality, Kali and Alibi; Bellamy; Hopeful;"
                + " Longitude; Willow; Kowalskas; Tranquil; Davieson; Aliyah; Chloés; Brienne; Weißer; Zoëtrope");
    }

    @Test
    void aCommonWordNameInLowerCaseOrAtTheStartOfASentenceOrLineIsTheWord() {
        assertNoHit(CORPUS, "There is hope that the bell will ring for a long time. We will review it.");
        assertNoHit(CORPUS, "Hope was expressed by the panel. Will the actions be complete? Long delays followed.");
        assertNoHit(CORPUS, "Summary:\nHope for the family\n• Bell rung at the door");
        assertNoHit(CORPUS, "THE PANEL WILL HOPE FOR A LONG BELL"); // all capitals: a heading, not a name
        assertNoHit(CORPUS, "Please hang on; Hang back (\"Hang on\").");
        assertNoHit(CORPUS, "in May 2019, on 14 May 2019 and by May; May the panel agree?");
    }

    @Test
    void aCommonWordNameCountsCapitalisedMidSentenceAfterATitleOrBesideTheOtherName() {
        assertEquals(List.of("CH07: given or family name"), describe(CORPUS, "The worker saw Hope at school."));
        assertEquals(List.of("CH13: given or family name"), describe(CORPUS, "The worker spoke to Ms May."));
        assertEquals(List.of("CH08: full name"), describe(CORPUS, "will long attended"));
    }

    @Test
    void aNameThatIsAlwaysCapitalisedCountsOnlyAfterATitleOrAsAFullName() {
        ChildMatcher matcher = ChildMatcher.of(List.of(NAYEEM));
        assertNoHit(matcher, "Religion recorded: Islam. Ramadan and Islam were discussed at the meeting.");
        assertEquals(List.of("CH23: given or family name"), describe(matcher, "Mr Islam attended."));
        assertEquals(List.of("CH23: full name"), describe(matcher, "NAYEEM ISLAM attended."));
    }

    @Test
    void aDateThatIsNotADateOfBirthIsNotFound() {
        assertNoHit(CORPUS, "15/02/2009, 14/02/2010, 2009-02-15, 14/03/2009, February 2009, 14 February, 14/02,"
                + " 02/14/2010, 3.14159, version 14.2.1, 1402 2009, 214/02/2009, 14/02/20090, 31/02/2009, 14/13/2009");
    }

    @Test
    void codesAndPseudonymsAreNotNames() {
        assertNoHit(CORPUS, "CH01 CH15 CASE-0214 MACE-1819-C1 Child A Child O 2018-19 (SCR-1718-02)");
    }

    @Test
    void aNameSharedBySiblingsIsWithheldAndEachFullNameGetsItsOwnPseudonym() {
        ChildMatcher matcher = ChildMatcher.of(List.of(AYAAN, ZAINAB));
        List<Hit> hits = new ArrayList<>();
        String text = matcher.replaceForBoard("Zainab Bashir and Ayaan Bashir's mother, Mrs Bashir.",
                LocalDate.of(2019, 3, 31), hits::add);
        assertEquals("Child U and Child V's mother, Mrs [name withheld].", text);
        assertEquals(List.of("CH21: full name", "CH22: full name", "CH21, CH22: given or family name"),
                hits.stream().map(Hit::describe).toList());
    }

    @Test
    void twinsShareTheirDateOfBirthAndItsAgeBand() {
        ChildMatcher matcher = ChildMatcher.of(List.of(AYAAN, ZAINAB));
        Screened screened = matcher.screenForBoard("Both born on 25th April 2009.", LocalDate.of(2019, 3, 31));
        assertEquals("Both born on aged 5–10.", screened.text());
        assertEquals(List.of("CH21, CH22: date of birth"), screened.hits().stream().map(Hit::describe).toList());
    }

    @Test
    void anUnbornChildsExpectedDateBecomesUnborn() {
        ChildIdentity unborn = new ChildIdentity("CH30", "Baby", "Nowak", LocalDate.of(2019, 6, 1), "Child X");
        assertEquals("Due unborn.", ChildMatcher.of(List.of(unborn))
                .replaceForBoard("Due 01/06/2019.", LocalDate.of(2019, 3, 31), h -> { }));
    }

    @Test
    void aNameAndADateOfBirthInOneTextAreBothReplaced() {
        Screened screened = CORPUS.screenForBoard("Zoë Kowalska’s birthday (14.02.2009) and Łukasz’s.",
                PrivacyCorpus.AS_AT);
        assertEquals("Child A’s birthday (aged 5–10) and Child B’s.", screened.text());
        assertEquals(3, screened.hits().size());
        assertTrue(screened.changed());
        assertFalse(CORPUS.screenForBoard("Nothing here.", PrivacyCorpus.AS_AT).changed());
    }

    @Test
    void hitsAndIdentitiesDescribeThemselvesWithoutTheText() {
        List<Hit> hits = CORPUS.find("Siobhán O’Brien, born 9 May 2010");
        assertEquals(2, hits.size());
        for (Hit hit : hits) {
            for (String s : List.of(hit.describe(), hit.toString())) {
                assertFalse(s.contains("Siobh") || s.contains("Brien") || s.contains("May") || s.contains("2010"), s);
            }
        }
        String identity = PrivacyCorpus.identities().get(4).toString();
        assertEquals("ChildIdentity[CH05]", identity);
    }

    @Test
    void aProfessionalWhoSharesAChildsFamilyNameIsNotTheChildWhenWrittenInFull() {
        ChildIdentity aisha = new ChildIdentity("CH31", "Aisha", "Rahman", LocalDate.of(2008, 1, 5), "Child Y");
        ChildMatcher matcher = ChildMatcher.of(List.of(aisha),
                List.of("Dr Neil Rahman, Named GP Safeguarding Lead", "Jasmine Doyle (independent reviewer)"));
        assertNoHit(matcher, "Neil Rahman attended; Dr Neil Rahman’s note; NEIL RAHMAN, Named GP.");
        assertEquals(List.of("CH31: given or family name"), describe(matcher, "Dr Rahman attended."));
        assertEquals(List.of("CH31: full name"), describe(matcher, "Aisha Rahman attended."));
        assertEquals(List.of("CH31: given or family name"), describe(ChildMatcher.of(List.of(aisha)),
                "Neil Rahman attended."));
    }

    @Test
    void aChildGivenTwiceIsABug() {
        assertThrows(IllegalArgumentException.class, () -> ChildMatcher.of(List.of(ZAINAB, ZAINAB)));
    }

    @Test
    void nullAndEmptyTextHaveNoHits() {
        assertEquals(List.of(), CORPUS.find(""));
        assertEquals(List.of(), CORPUS.find((String) null));
        assertEquals(null, CORPUS.screenForBoard(null, PrivacyCorpus.AS_AT).text());
    }

    private static void assertNoHit(ChildMatcher matcher, String text) {
        assertEquals(List.of(), matcher.find(text), text);
    }

    private static List<String> describe(ChildMatcher matcher, String text) {
        return matcher.find(text).stream().map(Hit::describe).toList();
    }
}
