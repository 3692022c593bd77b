package qaf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qaf.ingest.TestDatasets.copy;
import static qaf.ingest.TestDatasets.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.HowActioned;
import qaf.analysis.audit.SingleAgencyAudit;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.IssuedDates;
import qaf.analysis.review.Review;
import qaf.store.AuditQueries;
import qaf.store.Database;
import qaf.store.EvaluationQueries;
import qaf.store.ReviewQueries;

/** DATA-FORMAT.md, Version 2's added columns: read, stored, returned; a version 1 dataset stays valid. */
class FormatVersion2Test {
    @TempDir
    Path tmp;

    @Test
    void theAddedColumnsReachTheDomainRecords() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "evaluations.csv", "evaluation_ref,kind,theme,starts_on,panel_on,cases_sent_on,"
                + "chronologies_due,evaluations_due,health_evaluations_due,overview_due,independent_overview_due,"
                + "briefings_due\nMACE-2018-01,full,Gangs,2018-09-03,2018-10-17,2018-08-31,2018-09-14,"
                + "28/09/2018,2018-09-21,2018-10-05,,2018-10-31\nMACE-2018-02,condensed,Neglect,2018-11-05,2018-11-16,,,,,,,\n");
        write(dataset, "reviews.csv", "review_ref,type,aware_on,follows_ref,lines_of_enquiry\n"
                + "LCSPR-1,lcspr,2018-05-25,RR-2018-01,\nRR-2018-01,rapid-review,2018-05-02,,\n"
                + "SAR-2018-01,single-agency-review,2018-06-01,,Was the referral shared within 24 hours?\n");
        write(dataset, "actions.csv", "action_ref,source_kind,source_ref,description,agreed_on,due_on,status,"
                + "completed_on,impact,impact_evidenced\n"
                + "A-1,evaluation,MACE-2018-01,Brief officers,2018-10-17,2018-12-31,complete,2018-12-01,Audit,no\n"
                + "A-2,evaluation,MACE-2018-01,Train staff,2018-10-17,2018-12-31,open,,,\n");
        write(dataset, "single_agency_audits.csv", "year,agency_code,how_actioned,completed_by,main_body,appendices,"
                + "moderation\n2018-19,PRB, Workshop ;discussion,Małgorzata Wiśniewska,Findings,Audit tool,yes\n");
        write(dataset, "school_audits.csv", "cycle,agency_code,area,rating,moderation\n2018,SCH1,1,green,yes\n");
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            try {
                Ingest.ingest(dataset, db);
            } catch (IngestRejected r) {
                throw new AssertionError(r.problems().toString(), r);
            }
            Evaluation e = EvaluationQueries.evaluation(db, "MACE-2018-01").orElseThrow().evaluation();
            assertEquals(new IssuedDates(LocalDate.of(2018, 8, 31), LocalDate.of(2018, 9, 14), LocalDate.of(2018, 9, 28),
                    LocalDate.of(2018, 9, 21), LocalDate.of(2018, 10, 5), null, LocalDate.of(2018, 10, 31)), e.issued());
            assertEquals(IssuedDates.NONE, EvaluationQueries.evaluation(db, "MACE-2018-02").orElseThrow().evaluation()
                    .issued());
            List<Review> reviews = ReviewQueries.reviews(db);
            assertEquals("RR-2018-01", reviews.get(0).followsRef());
            assertNull(reviews.get(1).followsRef());
            assertEquals("Was the referral shared within 24 hours?", reviews.get(2).linesOfEnquiry());
            List<ActionRecord> actions = AuditQueries.actions(db);
            assertEquals(Boolean.FALSE, actions.get(0).impactEvidenced());
            assertNull(actions.get(1).impactEvidenced(), "blank is not no");
            SingleAgencyAudit audit = AuditQueries.singleAgencyAudits(db, "2018-19").audits().get(0);
            assertEquals(List.of(HowActioned.DISCUSSION, HowActioned.WORKSHOP), audit.howActionedAll());
            assertEquals(HowActioned.DISCUSSION, audit.howActioned());
            assertEquals("Małgorzata Wiśniewska", audit.completedBy());
            assertEquals("Findings", audit.mainBody());
            assertEquals("Audit tool", audit.appendices());
            assertTrue(audit.moderation());
            assertTrue(AuditQueries.schoolAudits(db, "2018").ratings().get(0).moderation());
        }
    }

    @Test
    void aVersion1DatasetStaysValidAndItsRowsKeepTheirDefaults() {
        Path dataset = copy("full", tmp.resolve("d"));
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            Ingest.ingest(dataset, db);
            assertEquals(IssuedDates.NONE, EvaluationQueries.all(db).get(0).evaluation().issued());
            SingleAgencyAudit audit = AuditQueries.singleAgencyAudits(db, "2018-19").audits().get(0);
            assertEquals(List.of(HowActioned.WORKSHOP), audit.howActionedAll());
            assertFalse(audit.moderation());
        }
    }

    @Test
    void badVersion2CellsAreRefusedAtTheirCell() {
        Path dataset = copy("full", tmp.resolve("d"));
        write(dataset, "reviews.csv", "review_ref,type,aware_on,follows_ref\nRR-1,rapid-review,2018-05-02,RR-1\n"
                + "RR-2,rapid-review,2018-05-02,RR-404\n");
        write(dataset, "single_agency_audits.csv", "year,agency_code,how_actioned\n2018-19,PRB,workshop;email\n");
        List<String> messages;
        try (Database db = Database.open(tmp.resolve("qaf.db"))) {
            messages = assertThrows(IngestRejected.class, () -> Ingest.ingest(dataset, db)).problems().stream()
                    .map(Problem::format).filter(m -> m.startsWith("reviews") || m.startsWith("single")).toList();
        }
        assertEquals(List.of(
                "reviews.csv:2:4: follows_ref: the review follows itself — give the ref of the review it came out of,"
                        + " or leave follows_ref blank",
                "reviews.csv:3:4: follows_ref: unknown follows_ref 'RR-404' — it is in neither reviews.csv nor the"
                        + " database; add it to reviews.csv or correct the ref",
                "single_agency_audits.csv:2:3: how_actioned: unknown value 'email' — use one of: author-attending,"
                        + " discussion, presentation, workshop, circulate"), messages);
    }
}
