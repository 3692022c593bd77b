package qaf.agencyfeedback;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.docx.DocxDocument;
import qaf.render.docx.HouseStyle;
import qaf.render.docx.Span;
import qaf.render.docx.TableRow;

/**
 * Agency feedback as an editable Word document, so the business manager can add a personal line to
 * the covering note before sending it. Regraded rows are bold and carry a written ▲/▼ marker.
 */
public final class AgencyFeedbackDocx implements Renderer<AgencyFeedbackDocument> {
    private final HouseStyle houseStyle;

    public AgencyFeedbackDocx() {
        this(HouseStyle.bundled());
    }

    public AgencyFeedbackDocx(HouseStyle houseStyle) {
        this.houseStyle = houseStyle;
    }

    @Override
    public void render(AgencyFeedbackDocument f, RenderContext context, OutputStream out) throws IOException {
        DocxDocument doc = DocxDocument.create(f.meta(), context, houseStyle);
        doc.title(f.meta().title());
        doc.subtitle(f.meta().subtitle());
        doc.heading(1, "Covering note");
        doc.paragraph(f.covering());
        for (AgencyFeedbackDocument.Fact fact : f.facts()) {
            doc.paragraph(Span.strong(fact.label() + ": "), Span.plain(fact.value()));
        }

        doc.heading(1, "Grades per case");
        if (f.grades().isEmpty()) {
            doc.paragraph("The agency graded no case.");
        } else {
            doc.paragraph("Self-grade is the agency's own; final grade is the panel's, or the self-grade where the"
                    + " panel left it unchanged. Regraded rows are in bold and marked \u25B2 (up) or \u25BC (down).");
            doc.table(List.of("Case", "Child", "Case type", "Self-grade", "Final grade", "Change", "Rationale"),
                    f.grades().stream().map(g -> new TableRow(List.of(g.caseRef(), g.pseudonym(), g.caseType(),
                            g.selfGrade(), g.finalGrade(), g.change(), g.rationale()), g.regraded(), false)).toList(),
                    12, 8, 12, 14, 14, 12, 21);
        }

        doc.heading(1, "Position against the partnership");
        doc.table(List.of("Measure", f.agencyName(), "All other agencies"),
                f.position().stream().map(p -> TableRow.of(p.measure(), p.agency(), p.others())).toList(), 3, 2, 2);
        doc.paragraph(f.positionNote());

        doc.heading(1, "Actions");
        if (f.actions().isEmpty()) {
            doc.paragraph("The evaluation's action plan holds no action for " + f.agencyName() + ".");
        } else {
            doc.table(List.of("Action", "Description", "Due", "Status", "Completed"),
                    f.actions().stream().map(a -> TableRow.of(a.actionRef(), a.description(), a.due(), a.status(),
                            a.completed())).toList(), 8, 30, 10, 10, 10);
        }

        doc.heading(1, "Close-the-loop returns");
        if (f.returns().isEmpty()) {
            doc.paragraph("No close-the-loop form was due: no final grade of " + f.agencyName()
                    + " was requires improvement or inadequate.");
        } else {
            doc.paragraph("A form is due 10 working days after the panel day for every case whose final grade is"
                    + " requires improvement or inadequate.");
            doc.table(List.of("Case", "Child", "Final grade", "Due", "Returned", "Status"),
                    f.returns().stream().map(r -> TableRow.of(r.caseRef(), r.pseudonym(), r.finalGrade(), r.due(),
                            r.returned(), r.status())).toList(), 12, 8, 14, 12, 12, 18);
        }

        if (!f.notes().isEmpty()) {
            doc.heading(1, "Notes");
            doc.bulletList(f.notes());
        }
        doc.save(out);
    }
}
