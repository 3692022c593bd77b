package qaf.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import qaf.generate.Agencies.Agency;
import qaf.generate.ChronologyTexts.Template;
import qaf.generate.Draft.ChildRecord;
import qaf.generate.Draft.ReviewRecord;
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

    ReviewCases(Draft draft, Dice dice) {
        this.draft = draft;
        this.dice = dice;
    }

    /** One scripted or routine entry, parsed: see {@link ReviewStories} for the format. */
    private record Line(String agency, char base, int from, int to, String flags, String event, String action,
            String voice) {
        static Line parse(String spec) {
            String[] p = spec.split("\\|", -1);
            if (p.length != 6) {
                throw new IllegalArgumentException("a story entry has 6 parts: " + spec);
            }
            String when = p[1];
            char base = when.isEmpty() || Character.isDigit(when.charAt(0)) || when.charAt(0) == '-'
                    || when.charAt(0) == '+' ? 'I' : when.charAt(0);
            String range = base == 'I' && !when.startsWith("I") ? when : when.substring(1);
            int from = 0;
            int to = 0;
            if (!range.isEmpty()) {
                String[] ends = range.split("\\.\\.");
                from = ends[0].isEmpty() ? 0 : Integer.parseInt(ends[0]);
                to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
            }
            return new Line(p[0], base, from, to, p[2], p[3], p[4], p[5]);
        }

        Template template() {
            return Template.parse(flags + "|" + event + "|" + action);
        }
    }

    /** One dated entry before it is numbered. */
    private record Entry(Agency agency, LocalDate date, String precision, String time, String approximate,
            String event, String source, String voice, String action, String impact, String key) {
    }

    /** Everything one child's chronology is written from. */
    private record Setting(ChildRecord child, Plan plan, LocalDate anchor, LocalDate aware, LocalDate opened,
            Map<String, Agency> agencies, Map<String, String> words) {
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
                "{setting}", ageAt(dob, anchor) >= 4 ? "the school" : "the nursery");

        Line openedLine = Line.parse("|" + plan.opened() + "||||");
        LocalDate opened = base(openedLine.base(), anchor, aware, dob, null)
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
            Line line = Line.parse(spec);
            if (agencies.containsKey(line.agency())) {
                entries.add(scripted(s, line));
            }
        }
        // Routine contacts fill the chronology out; each happens at most twice, on random dates, so
        // the story is not drowned in repeats. The agencies' general templates are not used: they
        // would mention conferences and referrals that are not part of this child's story.
        List<Line> routine = new ArrayList<>();
        for (String spec : plan.routine()) {
            Line line = Line.parse(spec);
            if (agencies.containsKey(line.agency())) {
                routine.add(line);
                routine.add(line);
            }
        }
        int target = Math.min(MAX_ENTRIES, Math.max(MIN_ENTRIES + 5, entries.size() + dice.between(12, 40)));
        for (Line line : dice.sample(routine, routine.size())) {
            if (entries.size() >= target) {
                break;
            }
            entries.add(routine(s, line));
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
                int age = ageAt(dob, anchor.minusDays(180));
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

    private static LocalDate base(char base, LocalDate anchor, LocalDate aware, LocalDate dob, LocalDate opened) {
        return switch (base) {
            case 'A' -> aware;
            case 'D' -> dob;
            case 'O' -> opened;
            default -> anchor;
        };
    }

    /**
     * The entry's date, kept inside the story: after birth when it names the child, before the
     * incident when it counts from a birth or case opening that came before it.
     */
    private LocalDate date(Setting s, Line line) {
        LocalDate base = base(line.base(), s.anchor(), s.aware(), s.child().dateOfBirth(), s.opened());
        LocalDate lo = base.plusDays(line.from());
        LocalDate hi = base.plusDays(line.to());
        if ((line.base() == 'D' || line.base() == 'O') && base.isBefore(s.anchor())) {
            hi = min(hi, s.anchor().minusDays(1));
        }
        if (line.event().contains("{name}") || line.base() == 'O') {
            lo = max(lo, s.child().dateOfBirth());
        }
        Agency agency = s.agencies().get(line.agency());
        if (agency.phase() != null) {
            lo = max(lo, s.child().dateOfBirth().plusYears(schoolAge(agency.phase())));
        }
        hi = min(hi, Draft.YEAR_END);
        lo = min(lo, hi);
        return dice.dateBetween(lo, hi);
    }

    private static int schoolAge(Agencies.Phase phase) {
        return switch (phase) {
            case PRIMARY -> 4;
            case SECONDARY, PRU -> 11;
            case COLLEGE -> 16;
            case SPECIAL -> 5;
        };
    }

    private Entry scripted(Setting s, Line line) {
        return entry(s, line.agency(), line.template(), date(s, line), line.flags(), line.voice());
    }

    /** A routine entry; sometimes it is a contact at which the child's voice was recorded instead. */
    private Entry routine(Setting s, Line line) {
        LocalDate date = date(s, line);
        Entry voiced = maybeVoice(s, line.agency(), date);
        return voiced != null ? voiced : entry(s, line.agency(), line.template(), date, line.flags(), "");
    }

    private Entry maybeVoice(Setting s, String code, LocalDate date) {
        Agency agency = s.agencies().get(code);
        int age = ageAt(s.child().dateOfBirth(), date);
        boolean contact = switch (agency.role()) {
            case POLICE, SOCIAL_CARE, EARLY_HELP, HOSPITAL, COMMUNITY_HEALTH, CAMHS, GP, YOUTH_JUSTICE,
                    DOMESTIC_ABUSE, YOUTH_PROJECT, SCHOOL -> true;
            default -> false;
        };
        if (!contact || date.isBefore(s.child().dateOfBirth()) || !dice.chance(0.13)) {
            return null;
        }
        Names.Person child = s.child().person();
        String voice = age < 3 ? dice.pick(ReviewStories.INFANT_VOICES)
                : dice.pick(ChronologyTexts.voices(age, s.plan().theme()));
        String event = age < 3 ? "{name} seen with Mother by the " + switch (agency.role()) {
            case HOSPITAL -> "paediatric nurse";
            case COMMUNITY_HEALTH -> "health visitor";
            case GP -> "GP";
            case SOCIAL_CARE -> "social worker at home";
            default -> "family support worker at home";
        } + "." : ChronologyTexts.contact(agency.role());
        // Some voices are recorded and nothing is done with them: the chronology must show that.
        String action = dice.chance(0.45) ? "" : dice.pick("Shared with the lead professional.",
                "Discussed with the manager/DSL; added to the plan.", "Views recorded for the next meeting.",
                "Passed to the allocated worker the same day.");
        String e = fill(s, event);
        return new Entry(agency, date, "day", officeTime(), "", e, ChronologyTexts.source(agency.role(), e, false),
                fill(s, voice), action, "", "");
    }

    private Entry entry(Setting s, String code, Template t, LocalDate date, String flags, String voice) {
        Agency agency = s.agencies().get(code);
        String precision = "day";
        String approximate = "";
        boolean pinned = t.key() || t.timed();
        if (flags.contains("y")) {
            precision = "year";
            approximate = "yes";
        } else if (flags.contains("m")) {
            precision = "month";
            approximate = dice.chance(0.7) ? "yes" : "";
        } else if (!pinned && date.isBefore(s.anchor().minusYears(1))) {
            // Older history is often known only to the month or year, as agencies' records hold it.
            int r = dice.between(1, 100);
            precision = r <= 40 ? "day" : r <= 80 || date.isAfter(s.anchor().minusYears(2)) ? "month" : "year";
            approximate = !precision.equals("day") && dice.chance(0.5) ? "yes" : "";
        } else if (!pinned && dice.chance(0.03)) {
            approximate = "yes";
        } else if (dice.chance(0.04)) {
            approximate = "no";
        }
        String time = "";
        if (precision.equals("day")) {
            time = t.timed() ? String.format("%02d:%02d", dice.between(0, 23), dice.between(0, 59))
                    : dice.chance(0.12) ? officeTime() : "";
        }
        String event = fill(s, t.event());
        String key = t.key() ? "yes" : dice.chance(0.08) ? "no" : "";
        return new Entry(agency, date, precision, time, approximate, event,
                ChronologyTexts.source(agency.role(), event, t.timed()), fill(s, voice), fill(s, t.action()),
                t.impact(), key);
    }

    private String officeTime() {
        return String.format("%02d:%02d", dice.between(8, 17), dice.pick(0, 10, 15, 30, 45));
    }

    private static String fill(Setting s, String text) {
        String out = text;
        for (Map.Entry<String, String> w : s.words().entrySet()) {
            out = out.replace(w.getKey(), w.getValue());
        }
        return EntryWording.fill(out, s.child().person());
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

    private static int ageAt(LocalDate dob, LocalDate date) {
        return date.isBefore(dob) ? -1 : (int) ChronoUnit.YEARS.between(dob, date);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
