package qaf.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import qaf.calendar.StrictDates;

/** The sample checked against the contract and against what the framework says a year holds. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDatasetTest {
    /** England and Wales bank holidays of the months checked here, written out independently of the generator. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2018, 5, 7), LocalDate.of(2018, 5, 28),
            LocalDate.of(2018, 8, 27), LocalDate.of(2018, 12, 25), LocalDate.of(2018, 12, 26),
            LocalDate.of(2019, 1, 1), LocalDate.of(2019, 4, 19), LocalDate.of(2019, 4, 22));

    private ContractCheck sample;

    @BeforeAll
    void generate(@TempDir Path dir) {
        new DatasetGenerator(2018).writeSample(dir);
        sample = ContractCheck.of(dir);
    }

    private List<Map<String, String>> rows(String file) {
        return sample.rows(file);
    }

    private long count(String file, Predicate<Map<String, String>> p) {
        return rows(file).stream().filter(p).count();
    }

    private static LocalDate date(String text) {
        return StrictDates.parse(text);
    }

    private static LocalDate plusWorkingDays(LocalDate from, int n) {
        LocalDate d = from;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !HOLIDAYS.contains(d)) {
                left--;
            }
        }
        return d;
    }

    @Test
    void sampleMeetsTheContract() {
        assertEquals(List.of(), sample.problems());
    }

    @Test
    void agenciesIncludeEveryKindAndTwentySchools() {
        Map<String, Long> bySector = rows("agencies.csv").stream()
                .collect(Collectors.groupingBy(a -> a.get("sector"), TreeMap::new, Collectors.counting()));
        assertTrue(bySector.getOrDefault("education", 0L) >= 21, "at least 20 schools plus the schools lead");
        long nonSchools = rows("agencies.csv").size() - count("agencies.csv",
                a -> a.get("sector").equals("education") && !a.get("parent_code").isEmpty());
        assertTrue(nonSchools >= 15, "non-school agencies: " + nonSchools);
        assertTrue(rows("agencies.csv").size() >= 35);
        for (String sector : List.of("police", "social-care", "health", "probation", "youth-justice", "housing",
                "early-help", "voluntary")) {
            assertTrue(bySector.containsKey(sector), "no " + sector + " agency");
        }
        assertTrue(count("agencies.csv", a -> a.get("sector").equals("health") && !a.get("parent_code").isEmpty()) >= 4,
                "health providers collated under the CCG");
    }

    @Test
    void evaluationsFollowTheFrameworkTimetable() {
        List<Map<String, String>> evaluations = rows("evaluations.csv");
        assertEquals(3, evaluations.stream().filter(e -> e.get("kind").equals("full")).count());
        assertEquals(2, evaluations.stream().filter(e -> e.get("kind").equals("condensed")).count());
        Map<String, String> first = evaluations.get(0);
        assertEquals("Children associated with gangs and at risk of exploitation", first.get("theme"));
        assertEquals(LocalDate.of(2018, 5, 7), date(first.get("starts_on")));
        assertEquals(LocalDate.of(2018, 6, 6), date(first.get("panel_on")));
        assertTrue(evaluations.stream().anyMatch(e -> e.get("theme").equals("Child sexual abuse within a familial context")
                && date(e.get("starts_on")).equals(LocalDate.of(2018, 11, 5))
                && date(e.get("panel_on")).equals(LocalDate.of(2018, 11, 28))));
        for (Map<String, String> e : evaluations) {
            long cases = count("evaluation_cases.csv", c -> c.get("evaluation_ref").equals(e.get("evaluation_ref")));
            assertTrue(cases >= 5 && cases <= 7, e.get("evaluation_ref") + " has " + cases + " cases");
        }
        Set<String> types = rows("cases.csv").stream().map(c -> c.get("case_type")).collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of("early-help", "assessment", "cin", "cp", "cic", "care-leaver")), types.toString());
    }

    @Test
    void everyCaseHasAChronologyFromEveryInvolvedAgency() {
        Map<String, Long> perCase = rows("chronology.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("case_ref"), Collectors.counting()));
        for (Map<String, String> c : rows("evaluation_cases.csv")) {
            long n = perCase.getOrDefault(c.get("case_ref"), 0L);
            assertTrue(n >= 30 && n <= 200, c.get("case_ref") + " has " + n + " chronology entries");
        }
        Set<String> withEntries = rows("chronology.csv").stream()
                .map(r -> r.get("case_ref") + "|" + r.get("agency_code")).collect(Collectors.toSet());
        for (Map<String, String> a : rows("agency_evaluations.csv")) {
            assertTrue(withEntries.contains(a.get("case_ref") + "|" + a.get("agency_code")),
                    a.get("agency_code") + " evaluated " + a.get("case_ref") + " without a chronology");
        }
        int total = rows("chronology.csv").size();
        assertTrue(total >= 1500 && total <= 6000, "a few thousand chronology rows, not " + total);
    }

    @Test
    void everyReviewChildExceptChildDeathsHasACaseAndAMultiAgencyChronology() {
        assertEquals(List.of(), ReviewChronologyCheck.problems(sample));
    }

    @Test
    void reviewsOfOneChildShareOneCase() {
        Map<String, Long> reviewsPerChild = rows("reviews.csv").stream()
                .filter(r -> !r.get("type").equals("child-death-review"))
                .collect(Collectors.groupingBy(r -> r.get("child_ref"), Collectors.counting()));
        assertTrue(reviewsPerChild.values().stream().anyMatch(n -> n >= 2), "no child with two reviews");
        for (String child : reviewsPerChild.keySet()) {
            assertEquals(1, count("cases.csv", c -> c.get("child_ref").equals(child)), child + " cases");
        }
    }

    @Test
    void chronologiesUseEveryFeatureOfTheFormat() {
        List<Map<String, String>> c = rows("chronology.csv");
        assertTrue(c.stream().anyMatch(r -> r.get("date").matches("\\d{4}-\\d{2}")), "month-only dates");
        assertTrue(c.stream().anyMatch(r -> r.get("date").matches("\\d{4}")), "year-only dates");
        assertTrue(c.stream().anyMatch(r -> r.get("date").matches("\\d{2}/\\d{2}/\\d{4}")), "UK dates");
        assertTrue(c.stream().anyMatch(r -> r.get("date").matches("\\d{4}-\\d{2}-\\d{2}")), "ISO dates");
        assertTrue(c.stream().anyMatch(r -> !r.get("time").isEmpty()), "times");
        assertTrue(c.stream().anyMatch(r -> r.get("approximate").equals("yes")), "approximate dates");
        assertTrue(c.stream().anyMatch(r -> r.get("key_event").equals("yes")), "key events");
        assertTrue(c.stream().anyMatch(r -> !r.get("child_voice").isEmpty() && r.get("action").isEmpty()),
                "a child's voice with no recorded action");
        assertTrue(c.stream().anyMatch(r -> !r.get("child_voice").isEmpty() && !r.get("action").isEmpty()));
        Set<String> impacts = c.stream().map(r -> r.get("impact")).collect(Collectors.toSet());
        assertTrue(impacts.containsAll(Set.of("positive", "negative", "neutral")));
        String all = c.stream().map(r -> r.get("event") + r.get("action") + r.get("child_voice"))
                .collect(Collectors.joining());
        for (String s : List.of("&", "<", ">", "\"", ",", "\n")) {
            assertTrue(all.contains(s), "no chronology text contains " + s);
        }
    }

    @Test
    void childrenHaveDiverseNamesAndPlausibleAges() {
        List<Map<String, String>> children = rows("children.csv");
        long nonAscii = children.stream().filter(ch -> !(ch.get("given_name") + ch.get("family_name"))
                .chars().allMatch(ch2 -> ch2 < 128)).count();
        assertTrue(nonAscii >= 3, "names with diacritics: " + nonAscii);
        assertTrue(children.stream().map(ch -> ch.get("ethnicity")).distinct().count() >= 6);
        Map<String, Map<String, String>> byRef = new HashMap<>();
        children.forEach(ch -> byRef.put(ch.get("child_ref"), ch));
        Map<String, LocalDate> starts = new HashMap<>();
        rows("evaluations.csv").forEach(e -> starts.put(e.get("evaluation_ref"), date(e.get("starts_on"))));
        for (Map<String, String> ec : rows("evaluation_cases.csv")) {
            Map<String, String> kase = rows("cases.csv").stream().filter(k -> k.get("case_ref").equals(ec.get("case_ref")))
                    .findFirst().orElseThrow();
            LocalDate dob = date(byRef.get(kase.get("child_ref")).get("date_of_birth"));
            long age = ChronoUnit.YEARS.between(dob, starts.get(ec.get("evaluation_ref")));
            assertTrue(age >= 0 && age <= 21, "age " + age);
            if (kase.get("case_type").equals("care-leaver")) {
                assertTrue(age >= 18, "a care leaver aged " + age);
            }
            assertTrue(!date(kase.get("opened_on")).isBefore(dob), "case opened before birth");
            assertTrue(ec.get("summary").contains(byRef.get(kase.get("child_ref")).get("pseudonym")));
            assertTrue(!ec.get("summary").contains(byRef.get(kase.get("child_ref")).get("given_name")),
                    "case summary must use the pseudonym only");
        }
    }

    @Test
    void panelRegradesMostlyByOneStepWithRationales() {
        List<String> order = List.of("outstanding", "good", "requires-improvement", "inadequate");
        int unchanged = 0;
        int down = 0;
        int up = 0;
        int twoSteps = 0;
        for (Map<String, String> a : rows("agency_evaluations.csv")) {
            if (a.get("panel_grade").isEmpty()) {
                unchanged++;
                continue;
            }
            int step = order.indexOf(a.get("panel_grade")) - order.indexOf(a.get("self_grade"));
            unchanged += step == 0 ? 1 : 0;
            down += step > 0 ? 1 : 0;
            up += step < 0 ? 1 : 0;
            twoSteps += Math.abs(step) >= 2 ? 1 : 0;
        }
        int total = rows("agency_evaluations.csv").size();
        assertTrue(unchanged > total / 2, "most grades unchanged");
        assertTrue(down > up && up > 0 && twoSteps > 0 && twoSteps < down, down + " down, " + up + " up, " + twoSteps);
    }

    @Test
    void submissionsAreSomeOnTimeAndSomeLate() {
        Map<String, LocalDate> starts = new HashMap<>();
        rows("evaluations.csv").stream().filter(e -> e.get("kind").equals("full"))
                .forEach(e -> starts.put(e.get("evaluation_ref"), date(e.get("starts_on"))));
        int onTime = 0;
        int late = 0;
        for (Map<String, String> a : rows("agency_evaluations.csv")) {
            LocalDate start = starts.get(a.get("evaluation_ref"));
            if (start == null || a.get("chronology_submitted_on").isEmpty()) {
                continue;
            }
            boolean isLate = date(a.get("chronology_submitted_on")).isAfter(plusWorkingDays(start, 10));
            late += isLate ? 1 : 0;
            onTime += isLate ? 0 : 1;
        }
        assertTrue(onTime > late && late > 0, onTime + " on time, " + late + " late");
    }

    @Test
    void closeTheLoopReturnsAreOnTimeLateAndMissing() {
        List<String> order = List.of("outstanding", "good", "requires-improvement", "inadequate");
        Map<String, LocalDate> panels = new HashMap<>();
        rows("evaluations.csv").forEach(e -> panels.put(e.get("evaluation_ref"), date(e.get("panel_on"))));
        Map<String, Map<String, String>> returns = new HashMap<>();
        rows("close_the_loop.csv").forEach(r -> returns.put(r.get("evaluation_ref") + "|" + r.get("case_ref") + "|"
                + r.get("agency_code"), r));
        int onTime = 0;
        int late = 0;
        int missing = 0;
        int expected = 0;
        for (Map<String, String> a : rows("agency_evaluations.csv")) {
            String finalGrade = a.get("panel_grade").isEmpty() ? a.get("self_grade") : a.get("panel_grade");
            if (order.indexOf(finalGrade) < 2) {
                continue;
            }
            expected++;
            Map<String, String> r = returns.get(a.get("evaluation_ref") + "|" + a.get("case_ref") + "|"
                    + a.get("agency_code"));
            if (r == null) {
                missing++;
            } else if (date(r.get("returned_on")).isAfter(plusWorkingDays(panels.get(a.get("evaluation_ref")), 10))) {
                late++;
            } else {
                onTime++;
            }
        }
        assertEquals(expected - missing, rows("close_the_loop.csv").size(), "returns only where one is expected");
        assertTrue(onTime > 0 && late > 0 && missing > 0, onTime + " on time, " + late + " late, " + missing + " missing");
    }

    @Test
    void reviewsOfEveryTypeWithClocksMetMissedAndOpen() {
        List<Map<String, String>> reviews = rows("reviews.csv");
        Set<String> types = reviews.stream().map(r -> r.get("type")).collect(Collectors.toSet());
        assertEquals(Set.of("scr", "lcspr", "rapid-review", "macr", "single-agency-review", "child-death-review"), types);
        assertTrue(reviews.stream().anyMatch(r -> !r.get("notified_on").isEmpty()
                && date(r.get("notified_on")).isAfter(plusWorkingDays(date(r.get("aware_on")), 5))), "late notification");
        assertTrue(reviews.stream().anyMatch(r -> r.get("type").equals("rapid-review") && !r.get("completed_on").isEmpty()
                && date(r.get("completed_on")).isAfter(plusWorkingDays(date(r.get("aware_on")), 15))), "late rapid review");
        assertTrue(reviews.stream().anyMatch(r -> r.get("type").equals("single-agency-review")
                && !r.get("completed_on").isEmpty()
                && date(r.get("completed_on")).isAfter(date(r.get("letter_on")).plusWeeks(3))), "late SAR");
        assertTrue(reviews.stream().anyMatch(r -> r.get("type").equals("scr") && !r.get("completed_on").isEmpty()
                && date(r.get("completed_on")).isAfter(date(r.get("started_on")).plusMonths(6))), "SCR over 6 months");
        assertTrue(reviews.stream().anyMatch(r -> r.get("type").equals("scr") && !r.get("completed_on").isEmpty()
                && !date(r.get("completed_on")).isAfter(date(r.get("started_on")).plusMonths(6))), "SCR within 6 months");
        assertTrue(reviews.stream().anyMatch(r -> r.get("completed_on").isEmpty()), "some reviews still open");
    }

    @Test
    void section11CycleHasLateMissingAndFourModerated() {
        List<Map<String, String>> returns = rows("s11_returns.csv").stream().filter(r -> r.get("cycle").equals("2018"))
                .toList();
        long nonSchools = rows("agencies.csv").size() - count("agencies.csv",
                a -> a.get("sector").equals("education") && !a.get("parent_code").isEmpty());
        assertEquals(nonSchools, returns.size(), "every non-school agency is asked");
        assertTrue(returns.stream().anyMatch(r -> r.get("submitted_on").isEmpty()), "a missing return");
        assertTrue(returns.stream().anyMatch(r -> !r.get("submitted_on").isEmpty()
                && date(r.get("submitted_on")).isAfter(date(r.get("due_on")))), "a late return");
        List<String> moderated = returns.stream().filter(r -> r.get("moderation").equals("yes"))
                .map(r -> r.get("agency_code")).toList();
        assertEquals(4, moderated.size());
        for (String agency : moderated) {
            List<Map<String, String>> scores = rows("s11_scores.csv").stream()
                    .filter(s -> s.get("cycle").equals("2018") && s.get("agency_code").equals(agency)).toList();
            assertEquals(8, scores.size());
            assertTrue(scores.stream().allMatch(s -> !s.get("moderated_score").isEmpty()));
        }
        assertTrue(rows("s11_returns.csv").stream().anyMatch(r -> r.get("cycle").equals("2016")), "previous cycle");
    }

    @Test
    void schoolAuditsHaveFourteenAreasAndSchoolsNeedingSupport() {
        Map<String, List<Map<String, String>>> bySchool = rows("school_audits.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("agency_code"), TreeMap::new, Collectors.toList()));
        assertTrue(bySchool.size() >= 18);
        bySchool.values().forEach(areas -> assertEquals(14, areas.size()));
        assertTrue(bySchool.values().stream().anyMatch(a -> a.stream().anyMatch(r -> r.get("rating").equals("red"))));
        assertTrue(bySchool.values().stream().anyMatch(a -> a.stream().filter(r -> r.get("rating").equals("amber"))
                .count() >= 3));
    }

    @Test
    void singleAgencyAuditsHaveSomeMissing() {
        List<Map<String, String>> audits = rows("single_agency_audits.csv");
        assertTrue(audits.stream().allMatch(a -> a.get("year").equals("2018-19")));
        assertTrue(audits.stream().anyMatch(a -> a.get("submitted_on").isEmpty()));
        assertTrue(audits.stream().filter(a -> !a.get("submitted_on").isEmpty())
                .allMatch(a -> !a.get("executive_summary").isEmpty() && !a.get("how_actioned").isEmpty()));
    }

    @Test
    void actionsCoverEverySourceAndStatusAndSomeAreOverdue() {
        List<Map<String, String>> actions = rows("actions.csv");
        assertEquals(Set.of("evaluation", "case", "review", "s11", "school-audit", "single-agency-audit", "thematic"),
                actions.stream().map(a -> a.get("source_kind")).collect(Collectors.toSet()));
        assertEquals(Set.of("open", "in-progress", "complete", "cancelled"),
                actions.stream().map(a -> a.get("status")).collect(Collectors.toSet()));
        LocalDate yearEnd = LocalDate.of(2019, 3, 31);
        assertTrue(actions.stream().anyMatch(a -> Set.of("open", "in-progress").contains(a.get("status"))
                && date(a.get("due_on")).isBefore(yearEnd)), "an overdue action");
        assertTrue(actions.stream().filter(a -> a.get("status").equals("complete"))
                .allMatch(a -> !a.get("evidence").isEmpty() && !a.get("impact").isEmpty()));
    }

    @Test
    void briefingsHaveSevenSectionsAndAreCascaded() {
        List<Map<String, String>> briefings = rows("briefings.csv");
        assertTrue(briefings.size() >= 6);
        for (Map<String, String> b : briefings) {
            List<String> numbers = rows("briefing_sections.csv").stream()
                    .filter(s -> s.get("briefing_ref").equals(b.get("briefing_ref"))).map(s -> s.get("number")).toList();
            assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), numbers, b.get("briefing_ref"));
        }
        assertTrue(rows("briefing_sections.csv").stream().map(s -> s.get("heading")).distinct().count() > 7,
                "headings vary between briefings");
        assertEquals(Set.of("evaluation", "review", "theme"),
                briefings.stream().map(b -> b.get("source_kind")).collect(Collectors.toSet()));
        assertTrue(rows("briefing_uses.csv").stream().map(u -> u.get("agency_code")).distinct().count() >= 5);
    }

    @Test
    void learningEventsOfEveryKindWithAttendanceAndFeedback() {
        assertEquals(Set.of("briefing-session", "course", "conference", "webinar"),
                rows("learning_events.csv").stream().map(e -> e.get("kind")).collect(Collectors.toSet()));
        for (Map<String, String> e : rows("learning_events.csv")) {
            assertTrue(count("attendance.csv", a -> a.get("event_ref").equals(e.get("event_ref"))) > 0);
            assertTrue(count("event_feedback.csv", f -> f.get("event_ref").equals(e.get("event_ref"))) > 0);
        }
        assertTrue(rows("event_feedback.csv").stream().anyMatch(f -> !f.get("confidence_before").isEmpty()
                && !f.get("confidence_after").isEmpty()
                && Integer.parseInt(f.get("confidence_after")) > Integer.parseInt(f.get("confidence_before"))));
    }
}
