package qaf.briefing;

import qaf.analysis.briefing.BriefingYear;

import qaf.analysis.briefing.BriefingSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.briefing.SevenMinuteBriefing.ImprovementTheme;
import qaf.briefing.SevenMinuteBriefing.Panel;
import qaf.calendar.ReportingYear;
import qaf.document.Audience;

class BriefingComposerTest {
    private final BriefingComposer composer = new BriefingComposer();

    @Test
    void sevenSectionsFromAnEvaluationWithWholeEvaluationFigures() {
        SevenMinuteBriefing b = composer.compose(BriefingFixtures.evaluationBriefing(BriefingFixtures.sevenSections()));
        assertEquals(Audience.PUBLIC, b.meta().audience());
        assertEquals("", b.meta().marking());
        assertEquals("Was not brought", b.meta().title());
        assertEquals(List.of("7MB-T-01", "E1"), b.meta().refs());
        assertEquals("7MB-T-01", b.name());
        assertEquals("From a condensed multi-agency case evaluation (E1)", b.sourceLine());
        assertEquals("Published 25 February 2019", b.publishedLine());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), b.panels().stream().map(Panel::number).toList());
        assertEquals(new Panel(2, "Key messages", "Missed appointments are a sign.\nAsk why.", false), b.panels().get(1));
        assertEquals(List.of(), b.notes());

        SevenMinuteBriefing.Findings f = b.findings();
        assertEquals(3, f.cases());
        assertEquals(2, f.agencies());
        assertEquals(6, f.gradings());
        // Final grades: C1 good, RI; C2 outstanding, inadequate; C3 good (regraded up), good.
        assertEquals(4, f.goodOrBetter().numerator());
        assertEquals(6, f.goodOrBetter().denominator());
        // "Only once." is one case's detail and stays out; a date inside a recurring statement is withheld.
        assertEquals(List.of(new ImprovementTheme("Late referral on [date withheld]", 3),
                new ImprovementTheme("Plans drifted", 3)), f.improvementThemes());
        assertEquals(List.of("Theme: Neglect and missed health appointments.", "3 cases evaluated; 2 agencies took part.",
                "67% of agency involvement graded good or better after the panel (4 of 6 gradings).",
                "Areas for improvement in 3 or more cases:"), f.statements());
        assertEquals(List.of("Late referral on [date withheld] (3 cases)", "Plans drifted (3 cases)"), f.themeItems());
        assertEquals(List.of(List.of("cases", "3"), List.of("agencies", "2"), List.of("agency_gradings", "6"),
                List.of("final_good_or_better", "4"), List.of("final_good_or_better_percent", "67")),
                b.dataTables().get(0).rows());
    }

    @Test
    void fewerThanSevenSectionsAndAnEmptyOneArePlaceholdersWithNotes() {
        List<BriefingSource.Section> sections = List.of(
                new BriefingSource.Section(1, "Background", "Text."),
                new BriefingSource.Section(3, "Why it matters", "  \n "),
                new BriefingSource.Section(5, " ", "Five."));
        SevenMinuteBriefing b = composer.compose(BriefingFixtures.evaluationBriefing(sections));
        assertEquals(7, b.panels().size());
        assertEquals(new Panel(2, "Section 2", "This section has not been written.", true), b.panels().get(1));
        assertEquals(new Panel(3, "Why it matters", "This section is empty.", true), b.panels().get(2));
        assertEquals(new Panel(5, "Section 5", "Five.", false), b.panels().get(4));
        assertEquals(List.of("This briefing has 3 of its seven sections: sections 2, 4, 6 and 7 are missing.",
                "Section 3 (Why it matters) has no text."), b.notes());
    }

    @Test
    void noSectionsAtAllStillGivesSevenPanels() {
        SevenMinuteBriefing b = composer.compose(BriefingFixtures.evaluationBriefing(List.of()));
        assertTrue(b.panels().stream().allMatch(Panel::placeholder));
        assertEquals("This briefing has 0 of its seven sections: sections 1, 2, 3, 4, 5, 6 and 7 are missing.",
                b.notes().get(0));
    }

    @Test
    void aSourceEvaluationThatDoesNotExistIsSaidAndShowsNoFigures() {
        BriefingSource s = new BriefingSource("P", "7MB-X", "Title", "evaluation", "MACE-NOPE", null,
                BriefingFixtures.sevenSections(), null, null, List.of());
        SevenMinuteBriefing b = composer.compose(s);
        assertNull(b.findings());
        assertEquals("From evaluation MACE-NOPE", b.sourceLine());
        assertEquals("Not yet published", b.publishedLine());
        assertEquals(List.of("The source evaluation MACE-NOPE is not in the data, so no figures from it are shown."),
                b.notes());
        assertEquals(List.of("7MB-X"), b.meta().refs());
        assertEquals(List.of(), b.dataTables());
    }

    @Test
    void reviewThemeAndMissingSources() {
        BriefingSource review = new BriefingSource("P", "7MB-R", "T", "review", "SCR-1", null,
                BriefingFixtures.sevenSections(), null, "scr", List.of());
        assertEquals("From a serious case review (SCR-1)", composer.compose(review).sourceLine());
        BriefingSource gone = new BriefingSource("P", "7MB-R", "T", "review", "SCR-9", null,
                BriefingFixtures.sevenSections(), null, null, List.of());
        assertEquals(List.of("The source review SCR-9 is not in the data."), composer.compose(gone).notes());
        BriefingSource theme = new BriefingSource("P", "7MB-T", "T", "theme", "Contextual safeguarding", null,
                BriefingFixtures.sevenSections(), null, null, List.of());
        assertEquals("On the theme: Contextual safeguarding", composer.compose(theme).sourceLine());
        BriefingSource none = new BriefingSource("P", "7MB-N", "T", null, null, null,
                BriefingFixtures.sevenSections(), null, null, List.of());
        assertEquals("Source not recorded", composer.compose(none).sourceLine());
    }

    @Test
    void exactDatesAndChildrensNamesAreWithheldFromAuthoredText() {
        List<BriefingSource.Section> sections = List.of(
                new BriefingSource.Section(1, "Background", "Born 14/03/2009; seen 2018-04-03, on 3rd March 2019"
                        + " and on March 4, 2019; file 20180403. Guidance of March 2019 (2018) stays; so does 01632 960192."),
                new BriefingSource.Section(2, "About zoë  WIŚNIEWSKA", "Ó Súilleabháin, Ruairí said so. Zoë alone stays."));
        BriefingSource s = new BriefingSource("P", "7MB-D", "Title", null, null, null, sections, null, null,
                BriefingFixtures.CHILDREN);
        SevenMinuteBriefing b = composer.compose(s);
        assertEquals("Born [date withheld]; seen [date withheld], on [date withheld] and on [date withheld]; file"
                + " [date withheld]. Guidance of March 2019 (2018) stays; so does 01632 960192.", b.panels().get(0).text());
        assertEquals("About [name withheld]", b.panels().get(1).heading());
        assertEquals("[name withheld] said so. Zoë alone stays.", b.panels().get(1).text());
        assertEquals(List.of(
                "Exact dates were withheld from section 1 (5 places): a public briefing gives no dates of a child or"
                        + " a case.",
                "A child's name was withheld from section 2 (2 places)."),
                b.notes().subList(1, b.notes().size()));
        assertFalse(b.notes().toString().contains("Zoë"));
    }

    @Test
    void aBriefingBelongsToItsPublicationYearElseItsSourcesElseTheLatest() {
        ReportingYear latest = new ReportingYear(2019, 4);
        assertEquals(new ReportingYear(2017, 4), BriefingYear.of(LocalDate.of(2018, 3, 31), LocalDate.of(2019, 6, 1),
                latest));
        assertEquals(new ReportingYear(2018, 4), BriefingYear.of(null, LocalDate.of(2018, 4, 1), latest));
        assertEquals(latest, BriefingYear.of(null, null, latest));
    }

    @Test
    void tidyFoldsLineEndsAndBlankRuns() {
        assertEquals("a\nb\n\nc", BriefingComposer.tidy(" a  \r\nb\r\n\r\n\r\n\nc \n"));
    }
}
