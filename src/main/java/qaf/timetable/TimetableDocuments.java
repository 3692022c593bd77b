package qaf.timetable;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.document.TableLayout;
import qaf.calendar.Nation;
import qaf.calendar.Timetable;
import qaf.document.Audience;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;

/**
 * An evaluation's timetable as a document ({@code qaf timetable --render}): the key dates, then every
 * step of appendix B or D with who does it and when. Public: it holds no personal data, so a
 * partnership can send it to every agency taking part.
 */
public final class TimetableDocuments {
    static final String KIND = "timetable";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.UK);

    /** Said wherever a timetable reaches past the published bank-holiday data (2030). */
    public static final String PROJECTED_NOTE = "Some dates fall after the published bank-holiday data: their"
            + " bank holidays are projected from the statutory rules, and a one-off holiday announced later"
            + " would move them.";

    private TimetableDocuments() {
    }

    /** Projected: whether a date rests on bank holidays projected past the published data. */
    public static BlockDocument compose(String partnershipName, Timetable t, Nation nation, boolean projected) {
        String title = t.kind().title() + " timetable from " + DATE.format(t.start());
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, title,
                t.kind().weeks() + " weeks; panel day " + DATE.format(t.panelDay()), Audience.PUBLIC,
                List.of(t.kind().id(), t.start().toString()));
        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(1, "Key dates"));
        body.add(new Block.Table(new DataTable("key-dates", List.of("Milestone", "Date"), List.of(
                List.of("Start (week 1, day 1)", DATE.format(t.start())),
                List.of("Chronologies due", DATE.format(t.chronologyDue())),
                List.of("Self-evaluations due", DATE.format(t.evaluationDue())),
                List.of("Health self-evaluations due", DATE.format(t.healthEvaluationDue())),
                List.of("Multi-agency panel day", DATE.format(t.panelDay())),
                List.of("Close-the-loop forms due (10 working days after the panel)",
                        DATE.format(t.closeTheLoopDue())))), TableLayout.TWO));
        body.add(new Block.Heading(1, "Every step"));
        List<List<String>> steps = new ArrayList<>();
        for (Timetable.Step s : t.steps()) {
            steps.add(List.of(s.what(), s.responsible(), DATE.format(s.due()), Integer.toString(s.day())));
        }
        body.add(new Block.Table(new DataTable("steps", List.of("Step", "Responsible", "Date", "Working day"),
                steps), TableLayout.FOUR));
        body.add(new Block.Paragraph("Working day 1 is the start. Days are counted in working days: weekends"
                + " and the bank holidays of " + nationName(nation) + " are skipped."));
        if (projected) {
            body.add(new Block.Paragraph(PROJECTED_NOTE));
        }
        return new BlockDocument(meta, "timetable-" + t.kind().id() + "-" + t.start(),
                "Dated in working days from the evaluation's start.", body);
    }

    private static String nationName(Nation nation) {
        return switch (nation) {
            case ENGLAND_AND_WALES -> "England and Wales";
            case SCOTLAND -> "Scotland";
            case NORTHERN_IRELAND -> "Northern Ireland";
        };
    }
}
