package qaf.chronology;

import qaf.document.Chart;

import qaf.compose.Charts;

import qaf.analysis.chronology.ChronologySource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import qaf.calendar.PartialDate;
import qaf.document.Audience;
import qaf.document.DocumentMeta;

/**
 * Merges every agency's entries for one child into the chronology model. Pure: no I/O, so every
 * ordering and labelling rule is unit-tested on hand-made rows.
 */
public final class ChronologyComposer {
    static final String KIND = "chronology";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /**
     * Date order, with a month- or year-only date at the start of its period; then undated-time
     * entries before timed ones on the same day, then time, agency and the agency's own entry ref.
     */
    static final Comparator<ChronologySource.Row> MERGE_ORDER = Comparator
            .comparing((ChronologySource.Row r) -> r.date().start())
            .thenComparing(r -> r.time(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ChronologySource.Row::agencyCode)
            .thenComparing(ChronologySource.Row::entryRef);

    public ChronologyDocument compose(ChronologySource source) {
        Map<String, String> agencyNames = new LinkedHashMap<>();
        for (ChronologySource.Agency a : source.agencies()) {
            agencyNames.put(a.code(), a.name());
        }
        List<ChronologySource.Row> rows = source.entries().stream().sorted(MERGE_ORDER).toList();
        for (ChronologySource.Row r : rows) {
            // An agency with entries but not in the involvement list still belongs in the summary.
            agencyNames.putIfAbsent(r.agencyCode(), r.agencyCode());
        }

        List<ChronologyDocument.Entry> entries = new ArrayList<>(rows.size());
        Map<String, List<Chart.Mark>> marks = new LinkedHashMap<>();
        agencyNames.keySet().forEach(code -> marks.put(code, new ArrayList<>()));
        int voiceWithoutAction = 0;
        int keyEvents = 0;
        for (ChronologySource.Row r : rows) {
            boolean flagged = !r.childVoice().isBlank() && r.action().isBlank();
            voiceWithoutAction += flagged ? 1 : 0;
            keyEvents += r.keyEvent() ? 1 : 0;
            entries.add(new ChronologyDocument.Entry(
                    r.date().start().getYear(),
                    dateLabel(r),
                    r.agencyCode(),
                    agencyNames.get(r.agencyCode()),
                    r.source(),
                    r.event(),
                    r.childVoice(),
                    r.action(),
                    r.impact(),
                    r.keyEvent(),
                    flagged));
            marks.get(r.agencyCode()).add(new Chart.Mark(r.date().start(), r.keyEvent()));
        }

        List<ChronologyDocument.AgencyCount> counts = new ArrayList<>();
        List<Chart.Lane> lanes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, String> a : agencyNames.entrySet()) {
            int n = marks.get(a.getKey()).size();
            counts.add(new ChronologyDocument.AgencyCount(a.getKey(), a.getValue(), n));
            lanes.add(new Chart.Lane(a.getValue(), marks.get(a.getKey())));
            if (n == 0) {
                notes.add(a.getValue() + " is involved but submitted no chronology entries.");
            }
        }
        if (rows.isEmpty()) {
            notes.add(0, "No chronology entries have been received for this case.");
        }

        LocalDate first = rows.isEmpty() ? null : rows.get(0).date().start();
        LocalDate last = rows.isEmpty() ? null : rows.stream().map(r -> r.date().start())
                .max(LocalDate::compareTo).orElseThrow();
        DocumentMeta meta = new DocumentMeta(
                KIND,
                source.partnershipName(),
                "Multi-agency chronology: " + source.subjectLabel(),
                "Merged for " + source.scopeLabel(),
                Audience.CASE,
                refs(source, agencyNames.keySet()));
        return new ChronologyDocument(
                meta,
                source.childName(),
                source.dateOfBirth(),
                capitalise(source.subjectLabel()) + ", " + source.scopeLabel(),
                first,
                last,
                counts,
                voiceWithoutAction,
                keyEvents,
                entries,
                Charts.timeline("Entries by agency over time", lanes),
                notes);
    }

    /** The scope and case come first: the file name is built from them. */
    private static List<String> refs(ChronologySource source, Iterable<String> agencyCodes) {
        // A review's subject is the child, so the same ref may come twice: list each once.
        java.util.Set<String> refs = new java.util.LinkedHashSet<>();
        refs.add(source.scopeRef());
        refs.add(source.subjectRef());
        refs.add(source.childRef());
        agencyCodes.forEach(refs::add);
        return List.copyOf(refs);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String dateLabel(ChronologySource.Row r) {
        PartialDate d = r.date();
        String label = d.display();
        if (r.time() != null && d.precision() == PartialDate.Precision.DAY) {
            label += " " + TIME.format(r.time());
        }
        return r.approximate() ? "c. " + label : label;
    }
}
