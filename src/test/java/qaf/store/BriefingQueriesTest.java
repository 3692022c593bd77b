package qaf.store;

import qaf.testing.Kinds;

import qaf.analysis.briefing.BriefingRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.briefing.BriefingKind;
import qaf.analysis.briefing.BriefingSource;
import qaf.briefing.SevenMinuteBriefing;
import qaf.analysis.briefing.BriefingUse;
import qaf.briefinguses.BriefingUsesKind;
import qaf.calendar.ReportingYear;
import qaf.ingest.Ingest;

/**
 * Briefings as a partnership sends them, through the store, into the years they belong to. (Ingest
 * refuses a briefing whose source ref does not exist; the composer tests cover that case.)
 */
class BriefingQueriesTest {
    @TempDir
    Path dir;

    private Database db;

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void ingest() throws IOException {
        Path data = dir.resolve("dataset");
        Files.createDirectories(data);
        write(data, "partnership.csv", "name,short_name,area\n"
                + "Kestrel Vale Safeguarding Children Partnership,Kestrel Vale SCP,Kestrel Vale\n");
        write(data, "agencies.csv", "code,name,sector\nKVP,Kestrel Vale Police,police\n"
                + "CSC,Children's Social Care,social-care\nYJS,Youth Justice Service,youth-justice\n");
        write(data, "children.csv", "child_ref,given_name,family_name,date_of_birth\nCH1,Zoë,Wiśniewska,14/03/2009\n");
        write(data, "cases.csv", "case_ref,child_ref,case_type,opened_on\nC1,CH1,cp,2017-01-10\n");
        write(data, "evaluations.csv", "evaluation_ref,kind,theme,starts_on,panel_on\n"
                + "E1,condensed,Neglect,2018-10-01,2018-10-11\n");
        write(data, "evaluation_cases.csv", "evaluation_ref,case_ref\nE1,C1\n");
        write(data, "agency_evaluations.csv", "evaluation_ref,case_ref,agency_code,self_grade,improvements\n"
                + "E1,C1,KVP,good,Plans drifted.\nE1,C1,CSC,inadequate,\n");
        write(data, "reviews.csv", "review_ref,type,aware_on,completed_on\nR1,scr,2017-08-14,2019-05-12\n");
        write(data, "briefings.csv", "briefing_ref,title,source_kind,source_ref,published_on\n"
                + "B1,Published,evaluation,E1,2019-04-02\n"
                + "B2,Unpublished from E1,evaluation,E1,\n"
                + "B3,Unpublished from R1,review,R1,\n"
                + "B5,Theme,theme,Contextual safeguarding,\n");
        write(data, "briefing_sections.csv", "briefing_ref,number,heading,text\n"
                + "B2,2,Key messages,Zoë Wiśniewska was seen on 14/03/2018.\nB2,1,Background,Why.\n");
        write(data, "briefing_uses.csv", "briefing_ref,agency_code,delivered_on,team,attendees,actions_agreed\n"
                + "B2,KVP,2019-03-01,,10,Audit\nB1,CSC,2019-04-10,Team 1,5,No actions agreed.\n");
        db = Database.open(dir.resolve("qaf.db"));
        try {
            Ingest.ingest(data, db);
        } catch (qaf.ingest.IngestRejected e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void readsBriefingsWithTheirSourcesDates() {
        assertEquals(List.of(
                new BriefingRecord("B1", "Published", "evaluation", "E1", LocalDate.of(2019, 4, 2),
                        LocalDate.of(2018, 10, 11)),
                new BriefingRecord("B2", "Unpublished from E1", "evaluation", "E1", null,
                        LocalDate.of(2018, 10, 11)),
                new BriefingRecord("B3", "Unpublished from R1", "review", "R1", null,
                        LocalDate.of(2019, 5, 12)),
                new BriefingRecord("B5", "Theme", "theme", "Contextual safeguarding", null, null)),
                BriefingQueries.all(db));
        assertEquals(List.of(new BriefingSource.Section(1, "Background", "Why."),
                new BriefingSource.Section(2, "Key messages", "Zoë Wiśniewska was seen on 14/03/2018.")),
                BriefingQueries.sections(db, "B2"));
        assertEquals("scr", BriefingQueries.reviewType(db, "R1").orElseThrow());
        assertTrue(BriefingQueries.reviewType(db, "R9").isEmpty());
        assertEquals(List.of(new BriefingUse("B2", "KVP", LocalDate.of(2019, 3, 1), "", 10, "Audit")),
                BriefingQueries.uses(db, new ReportingYear(2018, 4)));
    }

    @Test
    void eachBriefingIsBuiltInOneYear() {
        BriefingKind kind = new BriefingKind();
        // The latest year with data is 2019-20 (B1's publication): drafts without a dated source go there.
        assertEquals(List.of("B2"), Kinds.labels(kind, db, new ReportingYear(2018, 4)));
        assertEquals(List.of("B1", "B3", "B5"), Kinds.labels(kind, db, new ReportingYear(2019, 4)));
        assertEquals(List.of(), Kinds.labels(kind, db, new ReportingYear(2017, 4)));
    }

    @Test
    void composesFromTheStoreWithoutPersonalData() {
        SevenMinuteBriefing b2 = Kinds.compose(new BriefingKind(), db, new ReportingYear(2018, 4), "B2");
        assertEquals("[name withheld] was seen on [date withheld].", b2.panels().get(1).text());
        assertEquals(1, b2.findings().cases());
        assertEquals(2, b2.findings().agencies());
        // Ingest refuses a source ref that does not exist, so that case is the composer's test; a
        // briefing with no sections at all still composes.
        SevenMinuteBriefing b5 = Kinds.compose(new BriefingKind(), db, new ReportingYear(2019, 4), "B5");
        assertTrue(b5.notes().get(0).startsWith("This briefing has 0 of its seven sections"), b5.notes().toString());

        qaf.document.BlockDocument uses = Kinds.compose(new BriefingUsesKind(), db, new ReportingYear(2018, 4),
                "2018-19");
        // B2 belongs to 2018-19 and was used then; B1's session falls in 2019-20.
        List<List<String>> byBriefing = uses.dataTables().get(0).rows();
        assertEquals("by-briefing", uses.dataTables().get(0).name());
        assertEquals(List.of("B2: Unpublished from E1", "1", "1", "1", "10", "1"), byBriefing.get(0));
        assertEquals(2, byBriefing.size());
        assertEquals("agencies-without-use", uses.dataTables().get(2).name());
        assertEquals(List.of("Children's Social Care", "Youth Justice Service"),
                uses.dataTables().get(2).rows().stream().map(r -> r.get(1)).toList());
    }
}
