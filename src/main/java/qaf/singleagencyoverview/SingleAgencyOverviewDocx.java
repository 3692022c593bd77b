package qaf.singleagencyoverview;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.docx.DocxDocument;
import qaf.render.docx.HouseStyle;
import qaf.render.docx.Span;
import qaf.render.docx.TableRow;

/** The single agency audit overview as an editable Word document on the house style (portrait). */
public final class SingleAgencyOverviewDocx implements Renderer<SingleAgencyOverviewDocument> {
    private final HouseStyle houseStyle;

    public SingleAgencyOverviewDocx() {
        this(HouseStyle.bundled());
    }

    public SingleAgencyOverviewDocx(HouseStyle houseStyle) {
        this.houseStyle = houseStyle;
    }

    @Override
    public void render(SingleAgencyOverviewDocument o, RenderContext context, OutputStream out) throws IOException {
        DocxDocument doc = DocxDocument.create(o.meta(), context, houseStyle);
        doc.title(o.meta().title());
        doc.subtitle(o.meta().subtitle());

        doc.heading(1, "Returns");
        doc.paragraph(o.dueRule());
        doc.paragraph(o.asOf());
        doc.bulletList(o.rates());
        if (o.returns().isEmpty()) {
            doc.paragraph("No agency is listed for the year.");
        } else {
            doc.table(SingleAgencyOverviewDocument.RETURN_HEADER,
                    o.returns().stream().map(r -> TableRow.of(r.cells())).toList(), 4, 2, 4, 2);
        }
        doc.heading(2, "How agencies asked the board to action their audits");
        doc.table(List.of("How to be actioned", "Audits"),
                o.howActioned().stream().map(h -> TableRow.of(h.how(), Integer.toString(h.audits()))).toList(),
                4, 1);
        if (!o.notes().isEmpty()) {
            doc.heading(2, "Notes");
            doc.bulletList(o.notes());
        }

        doc.heading(1, "Audits by agency");
        if (o.audits().isEmpty()) {
            doc.paragraph("No single agency audit was asked for in " + o.year() + ".");
        }
        for (SingleAgencyOverviewDocument.AgencyAudit a : o.audits()) {
            doc.heading(2, a.heading());
            doc.paragraph(Span.strong("Return: "), Span.plain(a.status()));
            if (a.sections().isEmpty()) {
                doc.paragraph("No audit was received, so there is nothing to summarise.");
            }
            for (SingleAgencyOverviewDocument.Section s : a.sections()) {
                doc.heading(3, s.title());
                doc.paragraph(s.text());
            }
        }
        doc.save(out);
    }
}
