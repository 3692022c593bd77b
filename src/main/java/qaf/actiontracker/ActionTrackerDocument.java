package qaf.actiontracker;

import java.util.List;
import java.util.Objects;
import qaf.analysis.audit.ActionRag;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Chart;
import qaf.document.ReportDocument;

/**
 * The one register of actions from every QA process (board audience: actions name agencies, never a
 * child). Format-free and already worded: both renderers show exactly these strings.
 *
 * @param asOfText the date statuses are measured at, e.g. "31 March 2019"
 * @param ragRule the RAG rule as sentences, printed so the reader can check any row
 * @param totals one line, e.g. "40 actions: 6 red, 9 amber, 22 green, 3 not rated (cancelled)."
 * @param chart actions by source and RAG
 * @param bySource every source, zeros included, in tracker order
 * @param byAgency each owning agency with an action, partnership-wide last
 * @param byStatus every recorded status, zeros included
 * @param completion e.g. "22 of 37 actions not cancelled are complete (59%)."
 * @param impact e.g. "15 of 22 complete actions record evidence of impact (68%)."
 * @param actions in tracker order: overdue first, then by source, owner and ref
 * @param notes plain sentences about gaps (partnership-wide and cancelled actions, an empty register)
 */
public record ActionTrackerDocument(DocumentMeta meta, String asOfText, List<String> ragRule, String totals,
        Chart chart, List<CountRow> bySource, List<CountRow> byAgency, List<CountRow> byStatus, String completion,
        String impact, List<Row> actions, List<String> notes) implements ReportDocument {
    public static final String NAME = "action-tracker";

    public ActionTrackerDocument {
        Objects.requireNonNull(meta, "meta");
        ragRule = List.copyOf(ragRule);
        bySource = List.copyOf(bySource);
        byAgency = List.copyOf(byAgency);
        byStatus = List.copyOf(byStatus);
        actions = List.copyOf(actions);
        notes = List.copyOf(notes);
    }

    /** Counts of one source, agency or status by RAG. */
    public record CountRow(String label, int red, int amber, int green, int notRated) {
        public int total() {
            return red + amber + green + notRated;
        }

        List<String> cells() {
            return List.of(label, Integer.toString(red), Integer.toString(amber), Integer.toString(green),
                    Integer.toString(notRated), Integer.toString(total()));
        }
    }

    /**
     * One action as displayed; missing text is already "–".
     *
     * @param section the heading it is listed under: "Overdue (red)" or the source's name
     * @param rag decides the cell colour; {@code ragWord} carries the same meaning in words
     * @param daysOverdue a number when overdue, otherwise "–"
     */
    public record Row(String section, String ref, String source, String sourceRef, String owner,
            String description, String agreed, String due, String status, ActionRag rag, String ragWord,
            String daysOverdue, String evidence, String impact) {
    }

    @Override
    public String name() {
        return NAME;
    }

    static final List<String> COUNT_HEADER = List.of("Red", "Amber", "Green", "Not rated", "Total");

    @Override
    public List<DataTable> dataTables() {
        return List.of(
                counts("actions-by-source", "source", bySource),
                counts("actions-by-agency", "owner", byAgency),
                counts("actions-by-status", "status", byStatus),
                new DataTable("actions", List.of("action_ref", "source", "source_ref", "owner", "description",
                        "agreed_on", "due_on", "status", "rag", "days_overdue", "evidence", "impact"),
                        actions.stream().map(r -> List.of(r.ref(), r.source(), r.sourceRef(), r.owner(),
                                r.description(), r.agreed(), r.due(), r.status(), r.ragWord(), r.daysOverdue(),
                                r.evidence(), r.impact())).toList()));
    }

    private static DataTable counts(String name, String first, List<CountRow> rows) {
        return new DataTable(name, List.of(first, "red", "amber", "green", "not_rated", "total"),
                rows.stream().map(CountRow::cells).toList());
    }
}
