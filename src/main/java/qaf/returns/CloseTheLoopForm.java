package qaf.returns;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.TraversalUtil;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.wml.SdtElement;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.CloseTheLoopReturn;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.closetheloop.CloseTheLoopComposer;
import qaf.closetheloop.CloseTheLoopDocument;
import qaf.closetheloop.CloseTheLoopDocument.Field;
import qaf.closetheloop.CloseTheLoopDocument.Kind;
import qaf.closetheloop.CloseTheLoopDocument.Section;
import qaf.closetheloop.CloseTheLoopDocx;
import qaf.ingest.workbook.WorkbookReader;
import qaf.render.RenderContext;

/**
 * Appendix C, the close-the-loop form, as a return: the form qaf publishes, with its answers' content
 * controls tagged {@code close_the_loop.<column>} so the returned form is read back as a row of
 * close_the_loop.csv, and the return's keys (evaluation, case, agency) in controls of their own.
 * The child is named by pseudonym only: the form travels by email between agencies.
 */
final class CloseTheLoopForm {
    /** The published form's tags and the close_the_loop.csv columns they become. */
    private static final Map<String, String> COLUMNS = Map.of("lead-person", "lead_person", "date-completed",
            "returned_on", "worker-notified", "worker_notified", "present", "present", "overview", "overview",
            "reflections", "reflections", "learning", "learning", "actions", "actions");
    /** Facts about the child beyond the ref and pseudonym: left out of a return. */
    private static final Set<String> PERSONAL = Set.of("child-name", "child-dob", "child-age", "gender", "ethnicity",
            "religion");

    /**
     * The published form's tags are kebab words (the house renderer's rule); answers are rendered under
     * this prefix and retagged {@code close_the_loop.<column>} afterwards.
     */
    static final String RETAG = "return-";

    private CloseTheLoopForm() {
    }

    static byte[] build(String partnership, EvaluationFindings findings, CloseTheLoopItem item, LocalDate issuedOn,
            String version) throws IOException {
        String caseRef = item.grade().caseRef();
        String agency = item.grade().agencyCode();
        String ref = findings.evaluation().ref();
        // No children passed: the composer then has no name to print, and the personal facts are dropped below.
        CloseTheLoopDocument published = new CloseTheLoopComposer().compose(partnership, findings, caseRef, agency,
                List.of());
        EvaluationCase c = findings.cases().stream().map(x -> x.evaluationCase())
                .filter(x -> x.caseRef().equals(caseRef)).findFirst().orElseThrow();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Return details (do not change)", "These identify the return; qaf reads them back.",
                List.of(new Field("Evaluation", RETAG + "evaluation-ref", Kind.TEXT, ref, false, List.of()),
                        new Field("Case", RETAG + "case-ref", Kind.TEXT, caseRef, false, List.of()),
                        new Field("Agency", RETAG + "agency-code", Kind.TEXT, agency, false, List.of()))));
        for (Section s : published.sections()) {
            List<Field> fields = new ArrayList<>();
            for (Field f : s.fields()) {
                if (PERSONAL.contains(f.tag())) {
                    if (f.tag().equals("child-name") && c.pseudonym() != null && !c.pseudonym().isBlank()) {
                        fields.add(new Field("Child (pseudonym)", "child-pseudonym", Kind.FACT, c.pseudonym().strip(),
                                false, List.of()));
                    }
                    continue;
                }
                String column = COLUMNS.get(f.tag());
                if (column == null) {
                    fields.add(f);
                } else if (column.equals("returned_on")) {
                    String iso = item.returned().map(CloseTheLoopReturn::returnedOn).map(LocalDate::toString).orElse("");
                    fields.add(new Field("Date completed (dd/mm/yyyy)", RETAG + "returned-on", Kind.TEXT, iso,
                            false, List.of()));
                } else {
                    fields.add(new Field(f.label(), RETAG + column.replace('_', '-'), f.kind(), f.value(), f.notRecorded(),
                            f.options()));
                }
            }
            sections.add(new Section(s.heading(), s.guidance(), fields));
        }
        CloseTheLoopDocument form = new CloseTheLoopDocument(published.meta(), published.purpose(), published.status(),
                sections);
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        new CloseTheLoopDocx().render(form, new RenderContext(issuedOn.atStartOfDay(ZoneId.of("Europe/London"))
                .toInstant(), version), rendered);
        return withKeys(rendered.toByteArray(), "close_the_loop", Map.of("evaluation_ref", ref, "case_ref", caseRef,
                "agency_code", agency));
    }

    /**
     * The form's {@code return-…} tags retagged {@code <file>.<column>}, and the keys as custom
     * properties, so a return whose key controls were changed is refused.
     */
    static byte[] withKeys(byte[] docx, String file, Map<String, String> keys) throws IOException {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            new TraversalUtil(pkg.getMainDocumentPart().getContent(), new TraversalUtil.CallbackImpl() {
                @Override
                public List<Object> apply(Object o) {
                    if (o instanceof SdtElement sdt && sdt.getSdtPr() != null && sdt.getSdtPr().getTag() != null
                            && sdt.getSdtPr().getTag().getVal().startsWith(RETAG)) {
                        String column = sdt.getSdtPr().getTag().getVal().substring(RETAG.length()).replace('-', '_');
                        sdt.getSdtPr().getTag().setVal(file + "." + column);
                    }
                    return null;
                }
            });
            if (pkg.getDocPropsCustomPart() == null) {
                pkg.addDocPropsCustomPart();
            }
            for (String column : new java.util.TreeSet<>(keys.keySet())) {
                pkg.getDocPropsCustomPart().setProperty(WorkbookReader.KEY_PROPERTY + file + "." + column,
                        keys.get(column));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new IOException("cannot add the return's keys to the form", e);
        }
    }

    static void write(byte[] bytes, OutputStream out) throws IOException {
        out.write(bytes);
    }
}
