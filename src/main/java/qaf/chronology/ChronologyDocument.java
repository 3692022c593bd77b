package qaf.chronology;

import java.time.LocalDate;
import java.util.List;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Chart;
import qaf.document.ReportDocument;

/**
 * The merged multi-agency chronology of one child: a {@code case}-audience document, so it names the
 * child. Format-free: both renderers take exactly this.
 *
 * @param meta title, partnership, audience and refs
 * @param childName the child's full name (case audience only)
 * @param dateOfBirth the child's date of birth
 * @param context what the chronology was merged for, e.g. "Case C-0101, evaluation MACE-2018-01"
 * @param firstDate the earliest entry's date, null when there are no entries
 * @param lastDate the latest entry's date, null when there are no entries
 * @param agencies entries per agency, every involved agency listed, including those with none
 * @param voiceWithoutAction entries recording the child's voice with no recorded action
 * @param keyEvents entries marked as key events
 * @param entries in date order (then time, agency, entry ref)
 * @param timeline one lane per agency across the months
 * @param notes plain statements about gaps, e.g. "Probation Service submitted no entries."
 */
public record ChronologyDocument(
        DocumentMeta meta,
        String childName,
        LocalDate dateOfBirth,
        String context,
        LocalDate firstDate,
        LocalDate lastDate,
        List<AgencyCount> agencies,
        int voiceWithoutAction,
        int keyEvents,
        List<Entry> entries,
        Chart timeline,
        List<String> notes) implements ReportDocument {

    public ChronologyDocument {
        agencies = List.copyOf(agencies);
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
    }

    /** How many entries one agency contributed. */
    public record AgencyCount(String code, String name, int entries) {
    }

    /**
     * One merged entry, already formatted for display.
     *
     * @param year the year heading it falls under
     * @param dateLabel e.g. "14/05/2018 09:30", "May 2018", "c. 2016"
     * @param agencyName the contributing agency's name
     * @param impact "positive", "negative", "neutral" or empty
     * @param keyEvent emphasised when rendered
     * @param voiceWithoutAction the child's voice is recorded and no action is: highlighted
     */
    public record Entry(
            int year,
            String dateLabel,
            String agencyCode,
            String agencyName,
            String source,
            String event,
            String childVoice,
            String action,
            String impact,
            boolean keyEvent,
            boolean voiceWithoutAction) {
    }

    /** The scope (evaluation or review) and the case: the composer puts them first in the refs. */
    @Override
    public String name() {
        return ReportDocument.safeName(meta.refs().get(0)) + "_" + ReportDocument.safeName(meta.refs().get(1));
    }

    @Override
    public List<DataTable> dataTables() {
        DataTable perAgency = new DataTable(
                "entries-per-agency",
                List.of("agency_code", "agency", "entries"),
                agencies.stream()
                        .map(a -> List.of(a.code(), a.name(), Integer.toString(a.entries())))
                        .toList());
        DataTable all = new DataTable(
                "entries",
                List.of("date", "agency", "source", "event", "child_voice", "action", "impact", "key_event",
                        "voice_without_action"),
                entries.stream()
                        .map(e -> List.of(e.dateLabel(), e.agencyName(), e.source(), e.event(), e.childVoice(),
                                e.action(), e.impact(), e.keyEvent() ? "yes" : "no",
                                e.voiceWithoutAction() ? "yes" : "no"))
                        .toList());
        return List.of(perAgency, all);
    }
}
