package qaf.closetheloop;

import java.util.List;
import java.util.Objects;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.ReportDocument;

/**
 * The close-the-loop form (framework appendix C) for one agency on one case, pre-filled: a
 * {@code case}-audience document, so it names the child. The form is a list of sections of fields,
 * in the appendix's order; renderers turn facts into text and the rest into things to fill in (Word
 * content controls, boxes on the printable PDF).
 *
 * @param meta title, partnership, audience (case) and refs (evaluation, case, agency, child)
 * @param purpose what the form is for, from the appendix's preamble
 * @param status when the form is due and whether it has been returned, as at the year end
 * @param sections in the appendix's order
 */
public record CloseTheLoopDocument(DocumentMeta meta, String purpose, String status, List<Section> sections)
        implements ReportDocument {
    /** How to fill in the printable PDF: its only words that the DOCX does not print. */
    public static final String PDF_INSTRUCTION =
            "Write in the boxes, or fill in the Word version of this form, and return it to the partnership.";
    /** How to fill in the Word form: its only words (besides each field's prompt) that the PDF does not print. */
    public static final String DOCX_INSTRUCTION =
            "Fields to complete show a prompt in italics: click or tap one and type over it.";

    public CloseTheLoopDocument {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(status, "status");
        sections = List.copyOf(sections);
    }

    /** How a field is answered. */
    public enum Kind {
        /** Copied from the records: printed, not filled in. */
        FACT,
        /** A short answer on one line. */
        TEXT,
        /** A longer answer over several lines (a large box on paper). */
        AREA,
        /** One of {@link Field#options()}. */
        CHOICE
    }

    /**
     * @param tag a stable machine name, e.g. {@code reflections} (the content control's tag)
     * @param value the pre-filled answer (from the records or a returned form); empty for none
     * @param notRecorded the records lack what should pre-fill this field: say "not recorded"
     * @param options the choices of a {@link Kind#CHOICE} field; empty otherwise
     */
    public record Field(String label, String tag, Kind kind, String value, boolean notRecorded,
            List<String> options) {
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
            options = List.copyOf(options);
            if ((kind == Kind.CHOICE) == options.isEmpty()) {
                throw new IllegalArgumentException("field " + tag + ": only a choice field has options");
            }
        }
    }

    /** @param guidance a line under the heading; may be empty */
    public record Section(String heading, String guidance, List<Field> fields) {
        public Section {
            fields = List.copyOf(fields);
        }
    }

    /** {@code <evaluation>_<case>_<agency>}: the composer puts those refs first. */
    @Override
    public String name() {
        return ReportDocument.safeName(meta.refs().get(0)) + "_" + ReportDocument.safeName(meta.refs().get(1)) + "_"
                + ReportDocument.safeName(meta.refs().get(2));
    }

    /** Every field as shown, one row each (case audience: the folder is owner-only). */
    @Override
    public List<DataTable> dataTables() {
        return List.of(new DataTable("form", List.of("section", "field", "tag", "answer"),
                sections.stream().flatMap(s -> s.fields().stream().map(f -> List.of(s.heading(), f.label(), f.tag(),
                        f.notRecorded() ? "not recorded" : f.value()))).toList()));
    }
}
