package qaf.actiontracker;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import qaf.analysis.audit.ActionRag;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.docx.DocxDocument;
import qaf.render.docx.HouseStyle;
import qaf.render.docx.Span;
import qaf.render.docx.TableRow;

/**
 * The action tracker as an editable Word document on the house style. The RAG is a word in its own
 * column; overdue rows are also bold, never coloured alone.
 */
public final class ActionTrackerDocx implements Renderer<ActionTrackerDocument> {
    static final List<String> ACTION_HEADER = List.of("Ref", "Source", "Owner", "Description", "Agreed", "Due",
            "Status", "RAG", "Days overdue", "Evidence / impact");
    private static final int[] ACTION_WEIGHTS = {7, 11, 11, 18, 9, 9, 9, 7, 7, 14};

    private final HouseStyle houseStyle;

    public ActionTrackerDocx() {
        this(HouseStyle.bundled());
    }

    public ActionTrackerDocx(HouseStyle houseStyle) {
        this.houseStyle = houseStyle;
    }

    @Override
    public void render(ActionTrackerDocument t, RenderContext context, OutputStream out) throws IOException {
        DocxDocument doc = DocxDocument.create(t.meta(), context, houseStyle).landscape();
        doc.title(t.meta().title());
        doc.subtitle(t.meta().subtitle());

        doc.heading(1, "How actions are rated");
        doc.paragraph("Statuses are as at " + t.asOfText() + ", the end of the reporting year.");
        doc.bulletList(t.ragRule());

        doc.heading(1, "Summary");
        doc.paragraph(Span.strong("Totals: "), Span.plain(t.totals()));
        doc.paragraph(Span.strong("Completion: "), Span.plain(t.completion()));
        doc.paragraph(Span.strong("Evidence of impact: "), Span.plain(t.impact()));
        counts(doc, "Actions by source", "Source", t.bySource());
        doc.figure(t.chart());
        counts(doc, "Actions by owner", "Owner", t.byAgency());
        counts(doc, "Actions by recorded status", "Status", t.byStatus());
        if (!t.notes().isEmpty()) {
            doc.heading(2, "Notes");
            doc.bulletList(t.notes());
        }

        doc.heading(1, "Actions");
        if (t.actions().isEmpty()) {
            doc.paragraph("No action is recorded.");
        } else {
            doc.paragraph("Overdue actions come first (most days overdue first), then the rest by source, owner"
                    + " and ref. Overdue rows are also in bold.");
        }
        List<ActionTrackerDocument.Row> rows = t.actions();
        int from = 0;
        while (from < rows.size()) {
            String section = rows.get(from).section();
            List<TableRow> table = new ArrayList<>();
            int to = from;
            while (to < rows.size() && rows.get(to).section().equals(section)) {
                table.add(row(rows.get(to)));
                to++;
            }
            doc.heading(2, section + " (" + (to - from) + ")");
            doc.table(ACTION_HEADER, table, ACTION_WEIGHTS);
            from = to;
        }
        doc.save(out);
    }

    private static void counts(DocxDocument doc, String heading, String first,
            List<ActionTrackerDocument.CountRow> rows) {
        doc.heading(2, heading);
        if (rows.isEmpty()) {
            doc.paragraph("No action to count.");
            return;
        }
        List<String> header = new ArrayList<>();
        header.add(first);
        header.addAll(ActionTrackerDocument.COUNT_HEADER);
        doc.table(header, rows.stream().map(r -> TableRow.of(r.cells())).toList(), 5, 1, 1, 1, 1, 1);
    }

    private static TableRow row(ActionTrackerDocument.Row r) {
        return new TableRow(List.of(r.ref(), r.source() + "\n" + r.sourceRef(), r.owner(), r.description(),
                r.agreed(), r.due(), r.status(), r.ragWord(), r.daysOverdue(),
                "Evidence: " + r.evidence() + "\nImpact: " + r.impact()), r.rag() == ActionRag.RED, false);
    }
}
