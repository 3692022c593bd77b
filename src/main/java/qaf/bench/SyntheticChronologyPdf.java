package qaf.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import qaf.chronology.ChronologyDocument;
import qaf.chronology.ChronologyDocument.AgencyCount;
import qaf.chronology.ChronologyDocument.Entry;
import qaf.document.Audience;
import qaf.document.DocumentMeta;
import qaf.compose.Charts;
import qaf.document.Chart;

/**
 * Invented chronologies of any size for the benchmark, tests and samples. All names are fictional;
 * the same size and seed give the same document.
 */
public final class SyntheticChronologyPdf {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);
    private static final String[][] AGENCIES = {
        {"CSC", "Children's Social Care"}, {"POL", "Police"}, {"HLT", "Community Health"},
        {"EDU", "Education"}, {"HSG", "Housing"}, {"PRB", "Probation Service"}};
    private static final String[] SOURCES = {"Case note", "Strategy meeting", "Home visit", "School report",
        "Referral", "Health visit"};
    private static final String[] EVENTS = {
        "Home visit by the allocated worker; the home was tidy and the child was seen alone in their bedroom.",
        "Referral received from school about repeated absence and a change in the child's presentation.",
        "Strategy discussion held with police and health; agreed to progress to a section 47 enquiry.",
        "Child attended the emergency department with a minor injury; explanation consistent with the injury.",
        "Housing officer reported rent arrears and a notice of seeking possession on the family's tenancy.",
        "Core group meeting; plan reviewed, two actions outstanding from the previous meeting."};
    private static final String[] VOICES = {"\"I like it when Nan picks me up.\"", "Said they feel safe at school.",
        "Did not want to talk about home.", "\"Mum shouts when she is tired.\"", ""};

    private SyntheticChronologyPdf() {
    }

    /** A chronology of {@code entries} ordinary entries over about three years. */
    public static ChronologyDocument of(int entries, long seed) {
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2016, 1, 4);
        List<Entry> list = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            LocalDate date = start.plusDays((long) i * 1100 / Math.max(entries, 1));
            String[] agency = AGENCIES[random.nextInt(AGENCIES.length - 1)];
            String voice = VOICES[random.nextInt(VOICES.length)];
            boolean noAction = !voice.isEmpty() && random.nextInt(6) == 0;
            list.add(new Entry(date.getYear(), DAY_TIME.format(date.atTime(9 + random.nextInt(8), 15 * random.nextInt(4))),
                    agency[0], agency[1], SOURCES[random.nextInt(SOURCES.length)],
                    EVENTS[random.nextInt(EVENTS.length)] + " (entry " + (i + 1) + ")", voice,
                    noAction ? "" : "Worker to follow up with the family within five working days.",
                    new String[] {"positive", "negative", "neutral", ""}[random.nextInt(4)],
                    random.nextInt(25) == 0, noAction));
        }
        DocumentMeta meta = new DocumentMeta("chronology", "Northbridge Safeguarding Children Partnership",
                "Multi-agency chronology: case C-0101", "Evaluation MACE-2018-01", Audience.CASE,
                List.of("MACE-2018-01", "C-0101"));
        return document(meta, "Zoë Łukasz-Nguyễn", LocalDate.of(2009, 3, 14),
                "Merged for multi-agency case evaluation MACE-2018-01, case C-0101", list,
                List.of("Probation Service submitted no entries."));
    }

    /** Assembles a document and its derived figures from entries in date order. */
    public static ChronologyDocument document(DocumentMeta meta, String child, LocalDate dob, String context,
            List<Entry> entries, List<String> notes) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] agency : AGENCIES) {
            names.put(agency[0], agency[1]);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        names.keySet().forEach(code -> counts.put(code, 0));
        int keyEvents = 0;
        int noAction = 0;
        for (Entry e : entries) {
            names.putIfAbsent(e.agencyCode(), e.agencyName());
            counts.merge(e.agencyCode(), 1, Integer::sum);
            keyEvents += e.keyEvent() ? 1 : 0;
            noAction += e.voiceWithoutAction() ? 1 : 0;
        }
        List<AgencyCount> agencies = counts.entrySet().stream()
                .map(c -> new AgencyCount(c.getKey(), names.get(c.getKey()), c.getValue())).toList();
        LocalDate first = entries.isEmpty() ? null : LocalDate.of(entries.get(0).year(), 1, 1);
        LocalDate last = entries.isEmpty() ? null : LocalDate.of(entries.get(entries.size() - 1).year(), 12, 31);
        return new ChronologyDocument(meta, child, dob, context, first, last, agencies, noAction, keyEvents,
                entries, timeline(agencies, entries), notes);
    }

    /** Agency swim-lanes over the years: one mark per entry, key events marked. */
    static Chart timeline(List<AgencyCount> agencies, List<Entry> entries) {
        java.util.Map<String, List<Chart.Mark>> marks = new java.util.LinkedHashMap<>();
        agencies.forEach(a -> marks.put(a.code(), new java.util.ArrayList<>()));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            // The synthetic entries carry a year only: spread them over it deterministically.
            marks.get(e.agencyCode()).add(new Chart.Mark(LocalDate.of(e.year(), 1, 1).plusDays(i % 365), e.keyEvent()));
        }
        List<Chart.Lane> lanes = agencies.stream().map(a -> new Chart.Lane(a.name(), marks.get(a.code()))).toList();
        return Charts.timeline("Timeline of entries by agency", lanes);
    }
}
