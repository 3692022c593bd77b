package qaf.singleagencyoverview;

import java.util.List;
import java.util.Objects;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.ReportDocument;

/**
 * A reporting year's single agency audits (framework section 7, appendix E) for the board: the
 * return table, then each agency's audit in full. Format-free and already worded; free text is kept
 * whole (never truncated) and missing text is "–".
 *
 * @param year the reporting year label, e.g. "2018-19"
 * @param dueRule the due date and the rule it comes from, as a sentence
 * @param asOf e.g. "Statuses are as at 31 March 2019, the end of the reporting year."
 * @param rates lines such as "Submitted: 12 of 13 (92%)."
 * @param returns one row per agency asked for an audit (by code), then agencies with none recorded
 * @param howActioned how agencies asked the board to action their audits, "Not stated" last
 * @param notes plain sentences about gaps, printed in full
 * @param audits one per agency asked for an audit, by code
 */
public record SingleAgencyOverviewDocument(DocumentMeta meta, String year, String dueRule, String asOf,
        List<String> rates, List<ReturnRow> returns, List<HowRow> howActioned, List<String> notes,
        List<AgencyAudit> audits) implements ReportDocument {
    public SingleAgencyOverviewDocument {
        Objects.requireNonNull(meta, "meta");
        rates = List.copyOf(rates);
        returns = List.copyOf(returns);
        howActioned = List.copyOf(howActioned);
        notes = List.copyOf(notes);
        audits = List.copyOf(audits);
    }

    static final List<String> RETURN_HEADER = List.of("Agency", "Submitted on", "Return", "How to be actioned");

    /** One line of the return table; every cell is display text. */
    public record ReturnRow(String agencyCode, String agency, String submittedOn, String status, String howActioned) {
        List<String> cells() {
            return List.of(agency, submittedOn, status, howActioned);
        }
    }

    public record HowRow(String how, int audits) {
    }

    /**
     * One agency's audit under its own heading.
     *
     * @param heading e.g. "Police (POL)"
     * @param status e.g. "Submitted 25/09/2018, on time. To be actioned by: workshop."
     * @param sections appendix E's six sections in order, or none when no audit was received
     */
    public record AgencyAudit(String agencyCode, String heading, String status, List<Section> sections) {
        public AgencyAudit {
            sections = List.copyOf(sections);
        }
    }

    /** @param text the agency's words in full, or "–" when the section is blank */
    public record Section(String title, String text) {
    }

    @Override
    public String name() {
        return ReportDocument.safeName("single-agency-overview-" + year);
    }

    @Override
    public List<DataTable> dataTables() {
        return List.of(
                new DataTable("returns", List.of("agency_code", "agency", "submitted_on", "return", "how_actioned"),
                        returns.stream().map(r -> List.of(r.agencyCode(), r.agency(), r.submittedOn(), r.status(),
                                r.howActioned())).toList()),
                new DataTable("how-actioned", List.of("how_actioned", "audits"),
                        howActioned.stream().map(h -> List.of(h.how(), Integer.toString(h.audits()))).toList()));
    }
}
