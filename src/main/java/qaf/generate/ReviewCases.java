package qaf.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qaf.generate.Agencies.Agency;
import qaf.generate.Draft.ChildRecord;
import qaf.generate.Draft.ReviewRecord;
import qaf.generate.ReviewEntries.Entry;
import qaf.generate.ReviewEntries.Setting;
import qaf.generate.ReviewStories.Plan;
import qaf.generate.ReviewStories.Story;

/**
 * The case and multi-agency chronology of every child a review is about, so that each review has a
 * chronology to render. A child two reviews share (a rapid review, then the practice review it led
 * to) has one case and one chronology serving both. Child death reviews get none: the reports only
 * count them.
 */
final class ReviewCases {
    /** The fewest and most entries one child's chronology has, over all its agencies. */
    static final int MIN_ENTRIES = 30;
    static final int MAX_ENTRIES = 120;

    private final Draft draft;
    private final Dice dice;
    private final ReviewEntries entryMaker;

    ReviewCases(Draft draft, Dice dice) {
        this.draft = draft;
        this.dice = dice;
        // Shares this step's Dice rather than splitting it: the draws stay in the order they always
        // came, so the generated files do not change.
        this.entryMaker = new ReviewEntries(dice);
    }

    void generate() {
        Map<String, ReviewRecord> firstByChild = new LinkedHashMap<>();
        for (ReviewRecord r : draft.reviews) {
            if (r.story() != Story.CHILD_DEATH && r.childRef() != null) {
                firstByChild.putIfAbsent(r.childRef(), r);
            }
        }
        int n = 0;
        for (ReviewRecord r : firstByChild.values()) {
            n++;
            caseAndChronology(r, draft.ref(String.format("CASE-%04d", 400 + n)));
        }
    }

    private void caseAndChronology(ReviewRecord review, String caseRef) {
        ChildRecord child = draft.children.get(review.childRef());
        Plan plan = ReviewStories.plan(review.story());
        LocalDate aware = review.awareOn();
        // Single agency reviews record no incident: the practice they look at came weeks earlier.
        LocalDate anchor = review.incidentOn() != null ? review.incidentOn() : aware.minusDays(dice.between(25, 45));
        LocalDate dob = child.dateOfBirth();
        Map<String, Agency> agencies = agencies(plan, anchor, dob);
        Map<String, String> words = Map.of("{partner}", dice.pick(ReviewStories.PARTNERS),
                "{setting}", ReviewEntries.ageAt(dob, anchor) >= 4 ? "the school" : "the nursery");

        StoryLine openedLine = StoryLine.parse("|" + plan.opened() + "||||");
        LocalDate opened = ReviewEntries.base(openedLine.base(), anchor, aware, dob, null)
                .plusDays(dice.between(openedLine.from(), openedLine.to()));
        opened = opened.isBefore(dob) ? dob : opened;
        opened = opened.isBefore(aware) ? opened : aware.minusDays(1);
        LocalDate closed = plan.closedAfterAware() < 0 ? null : aware.plusDays(plan.closedAfterAware()
                + dice.between(0, 14));
        draft.data.cases.add(caseRef, child.ref(), plan.caseType(), opened, closed, draft.names.professional(),
                draft.names.professional(), team(plan.team()));

        Setting s = new Setting(child, plan, anchor, aware, opened, agencies, words);
        List<Entry> entries = new ArrayList<>();
        for (String spec : plan.script()) {
            StoryLine line = StoryLine.parse(spec);
            if (agencies.containsKey(line.agency())) {
                entries.add(entryMaker.scripted(s, line));
            }
        }
        // Routine contacts fill the chronology out; each happens at most twice, on random dates, so
        // the story is not drowned in repeats. The agencies' general templates are not used: they
        // would mention conferences and referrals that are not part of this child's story.
        List<StoryLine> routine = new ArrayList<>();
        for (String spec : plan.routine()) {
            StoryLine line = StoryLine.parse(spec);
            if (agencies.containsKey(line.agency())) {
                routine.add(line);
                routine.add(line);
            }
        }
        int target = Math.min(MAX_ENTRIES, Math.max(MIN_ENTRIES + 5, entries.size() + dice.between(12, 40)));
        for (StoryLine line : dice.sample(routine, routine.size())) {
            if (entries.size() >= target) {
                break;
            }
            entries.add(entryMaker.routine(s, line));
        }
        write(caseRef, entries);
    }

    /** The story's agencies that exist for this child; the school is the one for the child's age. */
    private Map<String, Agency> agencies(Plan plan, LocalDate anchor, LocalDate dob) {
        Map<String, Agency> out = new LinkedHashMap<>();
        for (String spec : plan.script()) {
            String code = spec.substring(0, spec.indexOf('|'));
            if (out.containsKey(code)) {
                continue;
            }
            if (code.equals("SCH")) {
                int age = ReviewEntries.ageAt(dob, anchor.minusDays(180));
                List<Agency> schools = draft.schools().stream().filter(a -> a.takesAge(age))
                        .filter(a -> a.phase() != Agencies.Phase.PRU && a.phase() != Agencies.Phase.SPECIAL).toList();
                if (!schools.isEmpty()) {
                    out.put(code, dice.pick(schools));
                }
            } else {
                out.put(code, draft.agency(code));
            }
        }
        return out;
    }

    /** Each agency's entries in date order, numbered as the agency's own rows. */
    private void write(String caseRef, List<Entry> entries) {
        Map<Agency, List<Entry>> byAgency = new LinkedHashMap<>();
        for (Entry e : entries) {
            byAgency.computeIfAbsent(e.agency(), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<Agency, List<Entry>> a : byAgency.entrySet()) {
            List<Entry> list = new ArrayList<>(a.getValue());
            list.sort(Comparator.comparing(Entry::date));
            String local = a.getKey().code().substring(draft.profile.prefix().length());
            int n = 0;
            for (Entry e : list) {
                n++;
                draft.data.chronology.add(caseRef, a.getKey().code(), String.format("%s-%03d", local, n),
                        EntryWording.dateText(a.getKey(), e.date(), e.precision()), e.time(), e.approximate(),
                        e.event(), e.source(), e.voice(), e.action(), e.impact(), e.key());
            }
        }
    }

    private String team(String team) {
        return switch (team) {
            case "Early Help Locality Team" -> team + " " + dice.pick("North", "South", "East", "West");
            case "Children in Need Team" -> team + " " + dice.pick("North", "South");
            case "Assessment Team" -> team + " " + dice.between(1, 3);
            default -> team;
        };
    }
}
