package qaf.analysis.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.Mean;
import qaf.analysis.audit.Total;
import qaf.analysis.training.TrainingYear.AgencyReach;
import qaf.analysis.training.TrainingYear.ConfidenceChange;
import qaf.analysis.training.TrainingYear.EventLine;
import qaf.analysis.training.TrainingYear.NeedCoverage;
import qaf.analysis.training.TrainingYear.RatingSummary;
import qaf.analysis.training.TrainingYear.Tally;
import qaf.calendar.ReportingYear;

/** Computes the Training subgroup's figures. Pure: records in, records out. */
public final class TrainingAnalysis {
    /** The kinds the dataset allows, in the order the report lists them. */
    public static final List<String> KINDS = List.of("briefing-session", "course", "conference", "webinar");

    private TrainingAnalysis() {
    }

    /**
     * @param events any events; only those held in the year count
     * @param attendance any attendance; only rows of the year's events count
     * @param feedback any feedback; only responses about the year's events count
     * @param agencies every agency listed (the denominator of reach)
     * @param needs the year's learning needs
     */
    public static TrainingYear analyse(ReportingYear year, List<LearningEvent> events, List<EventAttendance> attendance,
            List<FeedbackResponse> feedback, List<Agency> agencies, List<LearningNeed> needs) {
        List<LearningEvent> held = events.stream().filter(e -> year.contains(e.heldOn()))
                .sorted(Comparator.comparing(LearningEvent::heldOn).thenComparing(LearningEvent::ref)).toList();
        Set<String> refs = new HashSet<>();
        held.forEach(e -> refs.add(e.ref()));
        List<EventAttendance> att = attendance.stream().filter(a -> refs.contains(a.eventRef())).toList();
        List<FeedbackResponse> fb = feedback.stream().filter(f -> refs.contains(f.eventRef())).toList();
        List<AgencyReach> reach = attendanceByAgency(att, agencies);
        List<EventLine> perEvent = new ArrayList<>();
        for (LearningEvent e : held) {
            List<FeedbackResponse> mine = fb.stream().filter(f -> f.eventRef().equals(e.ref())).toList();
            int attendees = att.stream().filter(a -> a.eventRef().equals(e.ref())).mapToInt(EventAttendance::attendees)
                    .reduce(0, (x, y) -> Total.add(x, y, "the attendees of event " + e.ref() + " (attendance.csv)"));
            List<String> comments = mine.stream().sorted(Comparator.comparing(FeedbackResponse::respondentRef))
                    .map(FeedbackResponse::comment).filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
            perEvent.add(new EventLine(e, attendees, ratings(mine), confidence(mine), comments));
        }
        return new TrainingYear(held, byKind(held), byTheme(held), reach, absent(reach, agencies), agencies.size(),
                ratings(fb), confidence(fb), perEvent, coverage(needs, held));
    }

    /** Events per kind: the four known kinds always (0 when none), then any other kind met, by name. */
    public static List<Tally> byKind(List<LearningEvent> events) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        KINDS.forEach(k -> counts.put(k, 0));
        Map<String, Integer> others = new TreeMap<>();
        for (LearningEvent e : events) {
            (counts.containsKey(e.kind()) ? counts : others).merge(e.kind(), 1, Integer::sum);
        }
        counts.putAll(others);
        return counts.entrySet().stream().map(x -> new Tally(x.getKey(), x.getValue())).toList();
    }

    /**
     * Events per theme, most first then by theme. Themes typed differently in case or surrounding
     * space are one theme, shown as first met; "" is the events with no theme.
     */
    public static List<Tally> byTheme(List<LearningEvent> events) {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (LearningEvent e : events) {
            String key = fold(e.theme());
            shown.putIfAbsent(key, e.theme());
            counts.merge(key, 1, Integer::sum);
        }
        return counts.entrySet().stream().map(x -> new Tally(shown.get(x.getKey()), x.getValue()))
                .sorted(Comparator.comparing(Tally::count).reversed().thenComparing(Tally::label)).toList();
    }

    /**
     * Agencies with at least one attendee, most attendees first then by name and code. An agency
     * missing from the list is still counted, under its code.
     */
    public static List<AgencyReach> attendanceByAgency(List<EventAttendance> attendance, List<Agency> agencies) {
        Map<String, Agency> byCode = new LinkedHashMap<>();
        agencies.forEach(a -> byCode.putIfAbsent(a.code(), a));
        Map<String, Set<String>> events = new TreeMap<>();
        Map<String, Integer> people = new TreeMap<>();
        for (EventAttendance a : attendance) {
            if (a.attendees() > 0) {
                events.computeIfAbsent(a.agencyCode(), c -> new HashSet<>()).add(a.eventRef());
                people.merge(a.agencyCode(), a.attendees(), (x, y) -> Total.add(x, y,
                        "the attendees from agency " + a.agencyCode() + " (attendance.csv)"));
            }
        }
        List<AgencyReach> reach = new ArrayList<>();
        for (Map.Entry<String, Integer> e : people.entrySet()) {
            Agency agency = byCode.getOrDefault(e.getKey(), new Agency(e.getKey(), e.getKey(), "other", null));
            reach.add(new AgencyReach(agency, events.get(e.getKey()).size(), e.getValue()));
        }
        reach.sort(Comparator.comparing(AgencyReach::attendees).reversed()
                .thenComparing(r -> r.agency().name()).thenComparing(r -> r.agency().code()));
        return reach;
    }

    /** Listed agencies not reached, by name then code. */
    public static List<Agency> absent(List<AgencyReach> reach, List<Agency> agencies) {
        Set<String> reached = new HashSet<>();
        reach.forEach(r -> reached.add(r.agency().code()));
        return agencies.stream().filter(a -> !reached.contains(a.code()))
                .sorted(Comparator.comparing(Agency::name).thenComparing(Agency::code)).toList();
    }

    public static RatingSummary ratings(List<FeedbackResponse> feedback) {
        int[] counts = new int[5];
        int sum = 0;
        for (FeedbackResponse f : feedback) {
            counts[f.rating() - 1]++;
            sum += f.rating();
        }
        return new RatingSummary(list(counts), new Mean(sum, feedback.size()));
    }

    public static ConfidenceChange confidence(List<FeedbackResponse> feedback) {
        int[] before = new int[5];
        int[] after = new int[5];
        int sumBefore = 0;
        int sumAfter = 0;
        int pairs = 0;
        int rose = 0;
        int same = 0;
        int fell = 0;
        for (FeedbackResponse f : feedback) {
            if (!f.hasConfidencePair()) {
                continue;
            }
            int b = f.confidenceBefore();
            int a = f.confidenceAfter();
            before[b - 1]++;
            after[a - 1]++;
            sumBefore += b;
            sumAfter += a;
            pairs++;
            if (a > b) {
                rose++;
            } else if (a == b) {
                same++;
            } else {
                fell++;
            }
        }
        return new ConfidenceChange(feedback.size(), new Mean(sumBefore, pairs), new Mean(sumAfter, pairs), rose, same,
                fell, list(before), list(after));
    }

    /**
     * For each need, the events that address it (see the package contract for the rule), in the
     * events' order.
     */
    public static List<NeedCoverage> coverage(List<LearningNeed> needs, List<LearningEvent> events) {
        List<NeedCoverage> lines = new ArrayList<>();
        for (LearningNeed n : needs) {
            List<String> refs = events.stream().filter(e -> addresses(e, n)).map(LearningEvent::ref).toList();
            lines.add(new NeedCoverage(n, refs));
        }
        return lines;
    }

    /** The matching rule: same source ref, or (for an evaluation) the same theme. */
    public static boolean addresses(LearningEvent event, LearningNeed need) {
        if (!event.sourceRef().isEmpty() && fold(event.sourceRef()).equals(fold(need.ref()))) {
            return true;
        }
        return need.source() == LearningNeed.Source.EVALUATION && !event.theme().isEmpty()
                && fold(event.theme()).equals(fold(need.description()));
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.UK);
    }

    private static List<Integer> list(int[] counts) {
        List<Integer> l = new ArrayList<>();
        for (int c : counts) {
            l.add(c);
        }
        return l;
    }
}
