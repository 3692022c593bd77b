package qaf.auditdoc;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.docx.DocxDocument;
import qaf.render.docx.HouseStyle;
import qaf.render.docx.TableRow;

/** An audit overview as an editable Word document on the house style: the blocks in order. */
public final class AuditOverviewDocx implements Renderer<AuditOverviewDocument> {
    private final HouseStyle houseStyle;

    public AuditOverviewDocx() {
        this(HouseStyle.bundled());
    }

    public AuditOverviewDocx(HouseStyle houseStyle) {
        this.houseStyle = houseStyle;
    }

    @Override
    public void render(AuditOverviewDocument d, RenderContext context, OutputStream out) throws IOException {
        DocxDocument doc = DocxDocument.create(d.meta(), context, houseStyle);
        doc.title(d.meta().title());
        if (!d.meta().subtitle().isEmpty()) {
            doc.subtitle(d.meta().subtitle());
        }
        doc.paragraph(d.asAt());
        for (Block b : d.body()) {
            if (b instanceof Block.Heading h) {
                doc.heading(h.level(), h.text());
            } else if (b instanceof Block.Paragraph p) {
                doc.paragraph(p.text());
            } else if (b instanceof Block.Bullets l) {
                doc.bulletList(l.items());
            } else if (b instanceof Block.Table t) {
                doc.table(t.data().header(), t.data().rows().stream().map(TableRow::of).toList(),
                        Arrays.copyOf(t.layout().widths(), t.layout().columns()));
            } else if (b instanceof Block.Chart c) {
                doc.figure(c.figure());
            } else if (b instanceof Block.PageBreak) {
                doc.pageBreak();
            }
        }
        doc.save(out);
    }
}
