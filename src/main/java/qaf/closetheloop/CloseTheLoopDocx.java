package qaf.closetheloop;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import qaf.closetheloop.CloseTheLoopDocument.Field;
import qaf.closetheloop.CloseTheLoopDocument.Kind;
import qaf.closetheloop.CloseTheLoopDocument.Section;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.docx.DocxDocument;
import qaf.render.docx.HouseStyle;
import qaf.render.docx.Span;
import qaf.render.docx.TableRow;

/**
 * The close-the-loop form as a Word form to fill in: facts copied from the records in a table per
 * section, and every answer in a content control tagged with the field's name, showing a prompt until
 * the lead person types over it. Returned answers arrive already in their controls.
 */
public final class CloseTheLoopDocx implements Renderer<CloseTheLoopDocument> {
    private final HouseStyle houseStyle;

    public CloseTheLoopDocx() {
        this(HouseStyle.bundled());
    }

    public CloseTheLoopDocx(HouseStyle houseStyle) {
        this.houseStyle = houseStyle;
    }

    @Override
    public void render(CloseTheLoopDocument form, RenderContext context, OutputStream out) throws IOException {
        DocxDocument doc = DocxDocument.create(form.meta(), context, houseStyle);
        doc.title(form.meta().title());
        doc.subtitle(form.meta().subtitle());
        doc.paragraph(form.purpose());
        doc.paragraph(Span.strong("Status: "), Span.plain(form.status()));
        doc.paragraph(Span.emphasis(CloseTheLoopDocument.DOCX_INSTRUCTION));
        for (Section section : form.sections()) {
            doc.heading(1, section.heading());
            if (!section.guidance().isEmpty()) {
                doc.paragraph(section.guidance());
            }
            List<TableRow> facts = new ArrayList<>();
            for (Field field : section.fields()) {
                if (field.kind() == Kind.FACT) {
                    facts.add(TableRow.of(field.label(), field.value()));
                    continue;
                }
                flush(doc, facts);
                field(doc, section, field);
            }
            flush(doc, facts);
        }
        doc.save(out);
    }

    private static void flush(DocxDocument doc, List<TableRow> facts) {
        if (!facts.isEmpty()) {
            doc.table(List.of("Item", "Detail"), List.copyOf(facts), 2, 5);
            facts.clear();
        }
    }

    private static void field(DocxDocument doc, Section section, Field field) {
        String prompt = field.notRecorded()
                ? "Not recorded: enter the " + field.label().toLowerCase(Locale.UK) + "."
                : "Click or tap to enter: " + field.label().toLowerCase(Locale.UK) + ".";
        switch (field.kind()) {
            case TEXT -> doc.formField(field.label() + ":", field.tag(), field.value(), prompt, false);
            case AREA -> {
                // A section holding just this answer has the label as its heading already.
                String label = field.label().equals(section.heading()) ? "" : field.label();
                doc.formField(label, field.tag(), field.value(), prompt, true);
            }
            case CHOICE -> doc.formChoice(field.label(), field.tag(), field.options(), field.value(),
                    "Choose " + String.join(" or ", field.options()) + ".");
            case FACT -> throw new IllegalStateException("facts are written as a table");
        }
    }
}
