package qaf.returns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import qaf.document.Audience;
import qaf.document.DocumentMeta;
import qaf.render.RenderContext;
import qaf.render.docx.DocxDocument;
import qaf.store.ReturnsQueries.Agency;
import qaf.store.ReturnsQueries.SingleAgencyAudit;
import qaf.terms.Terms;

/**
 * Appendix E, the single-agency audit summary, as a Word form for one agency and year: every
 * answer a content control tagged {@code single_agency_audits.<column>}. Board audience: it carries
 * no case and no child.
 */
final class SingleAgencyForm {
    static final List<String> HOW_ACTIONED = List.of("author-attending", "discussion", "presentation", "workshop",
            "circulate");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", java.util.Locale.UK);

    private SingleAgencyForm() {
    }

    /** A stored answer as the field's text; blank when none (several ticked ways stay as stored, "a;b"). */
    private static String answer(Optional<SingleAgencyAudit> stored, String column) {
        return stored.map(a -> a.answers().get(column)).orElse("");
    }

    /** @param stored the agency's answers already held for the year, carried by the form's fields */
    static byte[] build(String partnership, Terms terms, String year, Agency agency, Optional<SingleAgencyAudit> stored,
            LocalDate issuedOn, String version) throws IOException {
        DocumentMeta meta = new DocumentMeta("single-agency-audit-return", partnership,
                "Single-agency audit summary " + year, agency.name(), Audience.BOARD, List.of(year, agency.code()));
        RenderContext context = new RenderContext(issuedOn.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                version);
        DocxDocument doc = DocxDocument.create(meta, context);
        String tag = CloseTheLoopForm.RETAG;
        FormWords words = new FormWords(terms);
        String board = words.board();
        doc.title(meta.title());
        doc.subtitle(agency.name() + " — for the " + board);
        doc.paragraph("Summarise the single-agency audits " + agency.name() + " completed in " + year + " for the "
                + words.auditSubgroup() + ", and return this form to the " + words.businessManager()
                + ". Fields to complete show a prompt in italics: click or tap one and type over it.");
        doc.heading(1, "Return details (do not change)");
        doc.formField("Year:", tag + "year", year, "The year, e.g. 2025-26.", false);
        doc.formField("Agency:", tag + "agency-code", agency.code(), "The agency code.", false);
        doc.formField("Date submitted (dd/mm/yyyy):", tag + "submitted-on", stored.map(SingleAgencyAudit::submittedOn)
                .map(DAY::format).orElse(""), "Click or tap to enter the date.", false);
        for (String[] field : List.of(
                new String[] {"Audit activity", "audit_activity"},
                new String[] {"Performance information", "performance_information"},
                new String[] {"Executive summary", "executive_summary"},
                new String[] {"Outcomes", "outcomes"},
                new String[] {"Message for the " + board, "board_message"},
                new String[] {"Recommendations", "recommendations"})) {
            doc.heading(1, field[0]);
            doc.formField("", tag + field[1].replace('_', '-'), answer(stored, field[1]), "Click or tap to enter: "
                    + field[0].substring(0, 1).toLowerCase(java.util.Locale.UK) + field[0].substring(1) + ".", true);
        }
        String how = answer(stored, "how_actioned");
        List<String> options = how.isEmpty() || HOW_ACTIONED.contains(how) ? HOW_ACTIONED
                : java.util.stream.Stream.concat(HOW_ACTIONED.stream(), java.util.stream.Stream.of(how)).toList();
        doc.heading(1, "How should the " + board + " action it?");
        doc.formChoice("Choose one:", tag + "how-actioned", options, how, "Choose from the list.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return CloseTheLoopForm.withKeys(out.toByteArray(), "single_agency_audits", Map.of("year", year,
                "agency_code", agency.code()));
    }
}
