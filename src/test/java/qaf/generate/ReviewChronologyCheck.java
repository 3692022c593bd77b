package qaf.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import qaf.calendar.PartialDate;
import qaf.calendar.StrictDates;

/**
 * What a generated dataset must hold for the build to render a useful chronology for every review
 * child: a case opened before the review's incident, and a multi-agency chronology of realistic
 * size and shape. Child death reviews are left out: no chronology is produced for them.
 */
final class ReviewChronologyCheck {
    private ReviewChronologyCheck() {
    }

    /** Every problem found, naming the review; empty when every review child has a proper chronology. */
    static List<String> problems(ContractCheck data) {
        List<String> problems = new ArrayList<>();
        Map<String, List<Map<String, String>>> casesByChild = new HashMap<>();
        for (Map<String, String> c : data.rows("cases.csv")) {
            casesByChild.computeIfAbsent(c.get("child_ref"), k -> new ArrayList<>()).add(c);
        }
        Map<String, List<Map<String, String>>> entriesByCase = new HashMap<>();
        for (Map<String, String> e : data.rows("chronology.csv")) {
            entriesByCase.computeIfAbsent(e.get("case_ref"), k -> new ArrayList<>()).add(e);
        }
        boolean unansweredVoice = false;
        int reviewsChecked = 0;
        for (Map<String, String> review : data.rows("reviews.csv")) {
            if (review.get("type").equals("child-death-review") || review.get("child_ref").isEmpty()) {
                continue;
            }
            reviewsChecked++;
            String ref = review.get("review_ref");
            LocalDate aware = StrictDates.parse(review.get("aware_on"));
            LocalDate incident = review.get("incident_on").isEmpty() ? aware
                    : StrictDates.parse(review.get("incident_on"));
            List<Map<String, String>> cases = casesByChild.getOrDefault(review.get("child_ref"), List.of());
            if (cases.isEmpty()) {
                problems.add(ref + ": the child has no case");
                continue;
            }
            if (cases.stream().noneMatch(c -> StrictDates.parse(c.get("opened_on")).isBefore(aware))) {
                problems.add(ref + ": no case opened before the aware date");
            }
            List<Map<String, String>> entries = new ArrayList<>();
            cases.forEach(c -> entries.addAll(entriesByCase.getOrDefault(c.get("case_ref"), List.of())));
            Set<String> agencies = new TreeSet<>();
            entries.forEach(e -> agencies.add(e.get("agency_code")));
            if (entries.size() < 30 || entries.size() > 120) {
                problems.add(ref + ": " + entries.size() + " chronology entries (expected 30-120)");
            }
            if (agencies.size() < 3 || agencies.size() > 6) {
                problems.add(ref + ": entries from " + agencies.size() + " agencies (expected 3-6)");
            }
            if (!review.get("agency_code").isEmpty() && !agencies.contains(review.get("agency_code"))) {
                problems.add(ref + ": the reviewed agency " + review.get("agency_code") + " has no entries");
            }
            long before = entries.stream().filter(e -> start(e).isBefore(incident)).count();
            if (before < entries.size() / 2) {
                problems.add(ref + ": only " + before + " entries before the incident");
            }
            if (entries.stream().noneMatch(e -> e.get("date").matches("\\d{4}(-\\d{2})?")
                    || e.get("approximate").equals("yes"))) {
                problems.add(ref + ": no month-only, year-only or approximate date in the history");
            }
            // Single agency reviews record no incident; the practice they examine came up to two months before.
            LocalDate from = review.get("incident_on").isEmpty() ? aware.minusDays(60) : incident.minusDays(1);
            if (entries.stream().noneMatch(e -> e.get("key_event").equals("yes")
                    && !start(e).isBefore(from) && !start(e).isAfter(aware.plusDays(7)))) {
                problems.add(ref + ": no key event around the incident");
            }
            if (entries.stream().noneMatch(e -> !e.get("child_voice").isEmpty())) {
                problems.add(ref + ": the child's voice is never recorded");
            }
            for (String impact : List.of("positive", "negative", "neutral")) {
                if (entries.stream().noneMatch(e -> e.get("impact").equals(impact))) {
                    problems.add(ref + ": no " + impact + " entry");
                }
            }
            unansweredVoice |= entries.stream().anyMatch(e -> !e.get("child_voice").isEmpty()
                    && e.get("action").isEmpty());
        }
        if (reviewsChecked == 0) {
            problems.add("no review with a child to check");
        }
        if (!unansweredVoice) {
            problems.add("no review chronology records a child's voice without an action");
        }
        return problems;
    }

    private static LocalDate start(Map<String, String> entry) {
        PartialDate d = StrictDates.parsePartial(entry.get("date"));
        return d.start();
    }
}
