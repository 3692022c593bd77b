package qaf.chronology;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    public static final String KEY_EVENT_MARKER = "\u2605 Key event";
    /** Leads the Action cell when the child's voice is recorded and no action is (row also shaded). */
    public static final String NO_ACTION_MARKER = "\u2691 No action recorded";

    static final List<String> ENTRY_HEADER =
            List.of("Date", "Agency", "Source", "Event", "Child's voice", "Action", "Impact");
    private static final int[] ENTRY_WEIGHTS = {10, 12, 10, 28, 18, 14, 8};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

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
        doc.paragraph(Span.strong("Date of birth: "),
                Span.plain(c.dateOfBirth() == null ? "not recorded" : DAY.format(c.dateOfBirth())));
        doc.paragraph(Span.strong("Context: "), Span.plain(c.context()));

        summary(doc, c);
        chronology(doc, c);
        doc.save(out);
    }

    private static void summary(DocxDocument doc, ChronologyDocument c) {
        doc.heading(1, "Summary");
        int total = c.entries().size();
        long contributing = c.agencies().stream().filter(a -> a.entries() > 0).count();
        if (total == 0) {
            doc.paragraph("No agency submitted any entries.");
        } else {
            doc.paragraph(Span.strong("Period: "), Span.plain(DAY.format(c.firstDate()) + " to " + DAY.format(c.lastDate())));
            doc.paragraph(Span.strong("Entries: "), Span.plain(java.text.NumberFormat.getIntegerInstance(java.util.Locale.UK).format(total) + " from " + contributing + " of "
                    + c.agencies().size() + (c.agencies().size() == 1 ? " agency" : " agencies")));
        }
        doc.paragraph(Span.strong("Key events: "), Span.plain(Integer.toString(c.keyEvents())));
        doc.paragraph(Span.strong("Child's voice with no recorded action: "),
                Span.plain(Integer.toString(c.voiceWithoutAction())));

        doc.heading(2, "Entries per agency");
        List<TableRow> perAgency = new ArrayList<>();
        for (AgencyCount a : c.agencies()) {
            perAgency.add(TableRow.of(a.name(), Integer.toString(a.entries())));
        }
        doc.table(List.of("Agency", "Entries"), perAgency, 4, 1);

        if (!c.notes().isEmpty()) {
            doc.heading(2, "Notes");
            doc.bulletList(c.notes());
        }
        if (c.timeline() != null) {
            doc.heading(2, "Timeline");
            doc.figure(c.timeline());
        }
    }

    private static void chronology(DocxDocument doc, ChronologyDocument c) {
        doc.heading(1, "Chronology");
        if (c.entries().isEmpty()) {
            doc.paragraph("There are no entries to show.");
            return;
        }
        doc.paragraph("Entries are in date order. Key events are in bold and marked \u201c" + KEY_EVENT_MARKER
                + "\u201d. Where the child's voice is recorded and no action is, the row is shaded and marked \u201c"
                + NO_ACTION_MARKER + "\u201d.");
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

    private static TableRow row(Entry e) {
        String event = e.keyEvent() ? KEY_EVENT_MARKER + "\n" + e.event() : e.event();
        String action = e.voiceWithoutAction()
                ? (e.action().isEmpty() ? NO_ACTION_MARKER : NO_ACTION_MARKER + "\n" + e.action())
                : e.action();
        return new TableRow(List.of(e.dateLabel(), e.agencyName(), e.source(), event, e.childVoice(), action,
                e.impact()), e.keyEvent(), e.voiceWithoutAction());
    }
}
