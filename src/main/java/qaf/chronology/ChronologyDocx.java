package qaf.chronology;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import qaf.chronology.ChronologyDocument.AgencyCount;
import qaf.chronology.ChronologyDocument.Entry;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.docx.DocxDocument;
import qaf.render.docx.HouseStyle;
import qaf.render.docx.Span;
import qaf.render.docx.TableRow;

/**
 * The chronology as an editable Word document on the house style: summary, timeline picture, then
 * one table per year. Key events and a child's voice with no recorded action are shown by style AND
 * by a text marker, so the flags survive printing in black and white and reach screen-reader users.
 */
public final class ChronologyDocx implements Renderer<ChronologyDocument> {
    /** Leads the Event cell of a key event (whose row is also bold). */
    public static final String KEY_EVENT_MARKER = ChronologyWords.KEY_EVENT_MARKER;
    /** Leads the Action cell when the child's voice is recorded and no action is (row also shaded). */
    public static final String NO_ACTION_MARKER = ChronologyWords.NO_ACTION_MARKER;

    static final List<String> ENTRY_HEADER =
            List.of("Date", "Agency", "Source", "Event", "Child's voice", "Action", "Impact");
    private static final int[] ENTRY_WEIGHTS = {10, 12, 10, 28, 18, 14, 8};

    private final HouseStyle houseStyle;

    public ChronologyDocx() {
        this(HouseStyle.bundled());
    }

    public ChronologyDocx(HouseStyle houseStyle) {
        this.houseStyle = houseStyle;
    }

    @Override
    public void render(ChronologyDocument c, RenderContext context, OutputStream out) throws IOException {
        // Seven columns of free text need the width of a landscape page, as in the PDF.
        DocxDocument doc = DocxDocument.create(c.meta(), context, houseStyle).landscape();
        doc.title(c.meta().title());
        if (!c.meta().subtitle().isEmpty()) {
            doc.subtitle(c.meta().subtitle());
        }
        doc.paragraph(Span.strong("Child: "), Span.plain(c.childName()));
        doc.paragraph(Span.strong("Date of birth: "), Span.plain(ChronologyWords.dateOfBirth(c)));
        doc.paragraph(Span.strong("Context: "), Span.plain(c.context()));

        summary(doc, c);
        chronology(doc, c);
        doc.save(out);
    }

    private static void summary(DocxDocument doc, ChronologyDocument c) {
        doc.heading(1, ChronologyWords.SUMMARY);
        for (ChronologyWords.Fact fact : ChronologyWords.summary(c)) {
            paragraph(doc, fact);
        }
        paragraph(doc, ChronologyWords.voiceWithoutAction(c));

        doc.heading(2, ChronologyWords.PER_AGENCY);
        List<TableRow> perAgency = new ArrayList<>();
        for (AgencyCount a : c.agencies()) {
            perAgency.add(TableRow.of(a.name(), Integer.toString(a.entries())));
        }
        doc.table(List.of("Agency", "Entries"), perAgency, 4, 1);

        if (!c.notes().isEmpty()) {
            doc.heading(2, ChronologyWords.NOTES);
            doc.bulletList(c.notes());
        }
        if (c.timeline() != null) {
            doc.heading(2, ChronologyWords.TIMELINE);
            doc.figure(c.timeline());
        }
    }

    private static void chronology(DocxDocument doc, ChronologyDocument c) {
        doc.heading(1, ChronologyWords.CHRONOLOGY);
        if (c.entries().isEmpty()) {
            doc.paragraph(ChronologyWords.NO_ENTRIES);
            return;
        }
        doc.paragraph(ChronologyWords.ORDER);
        List<Entry> entries = c.entries();
        int from = 0;
        while (from < entries.size()) {
            int year = entries.get(from).year();
            int to = from;
            List<TableRow> rows = new ArrayList<>();
            while (to < entries.size() && entries.get(to).year() == year) {
                rows.add(row(entries.get(to)));
                to++;
            }
            doc.heading(2, Integer.toString(year));
            doc.table(ENTRY_HEADER, rows, ENTRY_WEIGHTS);
            from = to;
        }
    }

    private static void paragraph(DocxDocument doc, ChronologyWords.Fact fact) {
        if (fact.label() == null) {
            doc.paragraph(fact.value());
        } else {
            doc.paragraph(Span.strong(fact.label() + ": "), Span.plain(fact.value()));
        }
    }

    private static TableRow row(Entry e) {
        String event = e.keyEvent() ? KEY_EVENT_MARKER + "\n" + e.event() : e.event();
        String action = e.voiceWithoutAction()
                ? (e.action().isEmpty() ? NO_ACTION_MARKER : NO_ACTION_MARKER + "\n" + e.action())
                : e.action();
        return new TableRow(List.of(e.dateLabel(), e.agencyName(), e.source(), event, e.childVoice(), action,
                e.impact()), e.keyEvent(), e.voiceWithoutAction());
    }
}
