package qaf.briefinguses;

import qaf.analysis.briefing.BriefingUseRollup;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.docx.DocxDocument;
import qaf.render.docx.HouseStyle;
import qaf.render.docx.TableRow;

/** The 7MB action plan roll-up as an editable Word document: summary, two roll-up tables, the appendix. */
public final class BriefingUsesDocx implements Renderer<BriefingUsesDocument> {
    private final HouseStyle houseStyle;

    public BriefingUsesDocx() {
        this(HouseStyle.bundled());
    }

    public BriefingUsesDocx(HouseStyle houseStyle) {
        this.houseStyle = houseStyle;
    }

    @Override
    public void render(BriefingUsesDocument d, RenderContext context, OutputStream out) throws IOException {
        DocxDocument doc = DocxDocument.create(d.meta(), context, houseStyle).landscape();
        doc.title(d.meta().title());
        doc.subtitle(d.meta().subtitle());
        doc.heading(1, "Summary");
        d.summary().forEach(doc::paragraph);
        doc.heading(1, "How each briefing was used");
        doc.table(BriefingUsesDocument.BRIEFING_HEADER, rows(d.briefingRows()), 8, 2, 2, 2, 2, 3);
        doc.heading(1, "How each agency used the briefings");
        doc.table(BriefingUsesDocument.AGENCY_HEADER, rows(d.agencyRows()), 8, 2, 2, 2, 2, 3);
        doc.heading(1, "Agencies that used no briefing");
        if (d.rollup().agenciesWithoutUse().isEmpty()) {
            doc.paragraph("Every agency cascaded at least one briefing.");
        } else {
            doc.bulletList(d.rollup().agenciesWithoutUse().stream().map(BriefingUseRollup.Named::name).toList());
        }
        doc.heading(1, "Notes");
        doc.bulletList(d.notes());
        doc.heading(1, "Appendix: the 7MB action plan");
        if (d.sessions().isEmpty()) {
            doc.paragraph("No sessions were reported.");
        } else {
            doc.paragraph("Each session as the agency reported it, by briefing, agency and day.");
            doc.table(BriefingUsesDocument.SESSION_HEADER, d.sessionRows().stream().map(TableRow::of).toList(),
                    3, 6, 3, 5, 2, 11);
        }
        doc.save(out);
    }

    /** Rows as shown; the last row of a roll-up table is its total, in bold. */
    private static List<TableRow> rows(List<List<String>> rows) {
        List<TableRow> out = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new TableRow(rows.get(i), i == rows.size() - 1, false));
        }
        return out;
    }
}
