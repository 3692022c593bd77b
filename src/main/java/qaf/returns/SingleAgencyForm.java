package qaf.returns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import qaf.document.Audience;
import qaf.document.DocumentMeta;
import qaf.render.RenderContext;
import qaf.render.docx.DocxDocument;
import qaf.store.ReturnsQueries.Agency;

/**
 * Appendix E, the single-agency audit summary, as a Word form for one agency and year: every
 * answer a content control tagged {@code single_agency_audits.<column>}. Board audience: it carries
 * no case and no child.
 */
final class SingleAgencyForm {
    static final List<String> HOW_ACTIONED = List.of("author-attending", "discussion", "presentation", "workshop",
            "circulate");

    private SingleAgencyForm() {
    }

    static byte[] build(String partnership, String year, Agency agency, LocalDate issuedOn, String version)
            throws IOException {
        DocumentMeta meta = new DocumentMeta("single-agency-audit-return", partnership,
                "Single-agency audit summary " + year, agency.name(), Audience.BOARD, List.of(year, agency.code()));
        RenderContext context = new RenderContext(issuedOn.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                version);
        DocxDocument doc = DocxDocument.create(meta, context);
        String tag = CloseTheLoopForm.RETAG;
        doc.title(meta.title());
        doc.subtitle(agency.name());
        doc.paragraph("Summarise the single-agency audits " + agency.name() + " completed in " + year + " for the"
                + " partnership's quality assurance subgroup, and return this form to the business manager."
                + " Fields to complete show a prompt in italics: click or tap one and type over it.");
        doc.heading(1, "Return details (do not change)");
        doc.formField("Year:", tag + "year", year, "The year, e.g. 2025-26.", false);
        doc.formField("Agency:", tag + "agency-code", agency.code(), "The agency code.", false);
        doc.formField("Date submitted (dd/mm/yyyy):", tag + "submitted-on", "", "Click or tap to enter the date.",
                false);
        for (String[] field : List.of(
                new String[] {"Audit activity", "audit-activity"},
                new String[] {"Performance information", "performance-information"},
                new String[] {"Executive summary", "executive-summary"},
                new String[] {"Outcomes", "outcomes"},
                new String[] {"Message for the board", "board-message"},
                new String[] {"Recommendations", "recommendations"})) {
            doc.heading(1, field[0]);
            doc.formField("", tag + field[1], "", "Click or tap to enter: " + field[0].toLowerCase(java.util.Locale.UK)
                    + ".", true);
        }
        doc.heading(1, "How should the board action it?");
        doc.formChoice("Choose one:", tag + "how-actioned", HOW_ACTIONED, "", "Choose from the list.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return CloseTheLoopForm.withKeys(out.toByteArray(), "single_agency_audits", Map.of("year", year,
                "agency_code", agency.code()));
    }
}
