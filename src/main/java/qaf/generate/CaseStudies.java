package qaf.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import qaf.generate.Agencies.Agency;
import qaf.generate.ChronologyTexts.Template;
import qaf.generate.Draft.CaseRecord;
import qaf.generate.Draft.EvaluationPlan;

/**
 * The multi-agency case evaluations (framework section 5): the evaluations on the 2018-19
 * timetable, their children and cases, every involved agency's chronology and self-evaluation,
 * the panel's regrading, and the close-the-loop returns that follow.
 */
final class CaseStudies {
    private static final List<String> GRADES = List.of("outstanding", "good", "requires-improvement", "inadequate");
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private final Draft draft;
    private final Dice dice;

    CaseStudies(Draft draft, Dice dice) {
        this.draft = draft;
        this.dice = dice;
    }

    /**
     * Appendix B's table gives the dates actually issued for its two full evaluations (by start day):
     * cases sent, chronologies, evaluations, health's evaluations, overview, independent overview
     * (the last day of its two weeks) and briefings. Its third row says TBC, so it has none.
     */
    private static final java.util.Map<String, String[]> ISSUED = java.util.Map.of(
            "2018-05-07", new String[] {"2018-05-07", "2018-05-21", "2018-05-23", "2018-05-24", "2018-06-08",
                "2018-06-22", "2018-06-25"},
            "2018-11-05", new String[] {"2018-11-05", "2018-11-19", "2018-11-21", "2018-11-22", "2018-11-29",
                "2018-12-14", "2018-12-17"});

    void generate() {
        plan();
        for (EvaluationPlan plan : draft.evaluations) {
            Object[] row = new Object[13];
            Object[] given = {plan.ref(), plan.kind(), plan.theme().title(), plan.startsOn(), plan.panelOn(),
                plan.chair()};
            System.arraycopy(given, 0, row, 0, given.length);
            String[] issued = ISSUED.get(plan.startsOn().toString());
            if (issued != null) {
                System.arraycopy(issued, 0, row, given.length, issued.length);
            }
            draft.data.evaluations.add(row);
            int n = 0;
            for (String caseType : plan.caseTypes()) {
                n++;
                caseStudy(plan, caseType, n);
            }
        }
        closeTheLoop();
    }

    /**
     * The sample follows the framework's own 2018-19 timetable (appendix B): the first full
     * evaluation's panel slipped to 6 June; the second had no dates, so it follows the timetable
     * rule (panel on day 18). Other partnerships shift their start dates by up to two weeks.
     */
    private void plan() {
        boolean sample = draft.profile.sample();
        String chairFull = draft.names.professional() + ", Director of Early Help and Children's Social Care";
        String chairCondensed = draft.names.professional() + ", Head of Quality Assurance";
        LocalDate f1 = shift(LocalDate.of(2018, 5, 7), sample);
        addPlan("MACE-1819-F1", "full", Theme.EXPLOITATION, f1,
                sample ? LocalDate.of(2018, 6, 6) : WorkingDays.add(f1, 17), chairFull,
                List.of("cin", "cp", "cic", "early-help", "cp", "care-leaver"));
        LocalDate f2 = shift(LocalDate.of(2018, 8, 6), sample);
        addPlan("MACE-1819-F2", "full", Theme.ASSESSMENT, f2, WorkingDays.add(f2, 17), chairFull,
                List.of("assessment", "cin", "cp", "cic", "early-help", "adoption", "cin"));
        LocalDate c1 = shift(LocalDate.of(2018, 10, 1), sample);
        addPlan("MACE-1819-C1", "condensed", Theme.MISSING_EDUCATION, c1, WorkingDays.add(c1, 8), chairCondensed,
                List.of("cin", "early-help", "cp", "cic", "assessment"));
        LocalDate f3 = shift(LocalDate.of(2018, 11, 5), sample);
        addPlan("MACE-1819-F3", "full", Theme.FAMILIAL_CSA, f3, WorkingDays.add(f3, 17), chairFull,
                List.of("cp", "cp", "cic", "cin", "assessment", "early-help"));
        LocalDate c2 = shift(LocalDate.of(2019, 2, 4), sample);
        addPlan("MACE-1819-C2", "condensed", Theme.NEGLECT, c2, WorkingDays.add(c2, 8), chairCondensed,
                List.of("cp", "cin", "early-help", "cp", "cic"));
    }

    private LocalDate shift(LocalDate date, boolean sample) {
        return sample ? date : date.plusWeeks(dice.between(0, 2));
    }

    private void addPlan(String ref, String kind, Theme theme, LocalDate starts, LocalDate panel, String chair,
            List<String> types) {
        List<String> order = draft.profile.sample() ? types : dice.sample(types, types.size());
        draft.evaluations.add(new EvaluationPlan(draft.ref(ref), kind, theme, starts, panel, chair, order));
    }

    private void caseStudy(EvaluationPlan plan, String caseType, int n) {
        String gender = dice.chance(0.5) ? "Female" : "Male";
        Names.Person child = draft.names.child(gender);
        int age = age(plan.theme(), caseType);
        LocalDate dob = plan.startsOn().minusYears(age).minusDays(dice.between(20, 350));
        String childRef = draft.addChild(child, dob);
        LocalDate earliest = dob.isAfter(plan.startsOn().minusYears(4)) ? dob : plan.startsOn().minusYears(4);
        LocalDate opened = caseType.equals("care-leaver") ? dob.plusYears(18)
                : dice.dateBetween(earliest.isAfter(plan.startsOn().minusYears(3)) ? earliest
                        : plan.startsOn().minusYears(3), plan.startsOn().minusMonths(2));
        if (opened.isBefore(dob)) {
            opened = dob;
        }
        LocalDate closed = dice.chance(0.2) && !caseType.equals("care-leaver")
                ? dice.dateBetween(plan.startsOn().minusMonths(3), plan.startsOn().minusDays(10)) : null;
        if (closed != null && !closed.isAfter(opened)) {
            closed = null;
        }
        String caseRef = draft.ref(String.format("CASE-%04d", draft.cases.size() + 201));
        draft.data.cases.add(caseRef, childRef, caseType, opened, closed, draft.names.professional(),
                draft.names.professional(), team(caseType, plan.theme()));

        Agency lead = switch (caseType) {
            case "early-help" -> draft.agency("EH");
            case "care-leaver" -> draft.agency("LCS");
            default -> draft.agency("CSC");
        };
        List<Agency> involved = involved(plan.theme(), caseType, age, lead);
        CaseRecord record = new CaseRecord(plan.ref(), caseRef, childRef, draft.pseudonymOf(childRef), plan.theme(),
                caseType, age, involved.stream().map(Agency::code).toList());
        draft.cases.add(record);

        int voices = chronology(plan, record, child, dob, opened, involved, lead);
        List<String> finals = agencyEvaluations(plan, record, involved);
        evaluationCase(plan, record, finals, voices);
    }

    private int age(Theme theme, String caseType) {
        return switch (caseType) {
            case "care-leaver" -> dice.between(18, 20);
            case "adoption" -> dice.between(1, 4);
            default -> switch (theme) {
                case EXPLOITATION -> dice.between(12, 17);
                case FAMILIAL_CSA -> dice.between(4, 15);
                case MISSING_EDUCATION -> dice.between(6, 15);
                case NEGLECT -> dice.between(0, 11);
                case ASSESSMENT -> dice.between(0, 15);
            };
        };
    }

    private String team(String caseType, Theme theme) {
        return switch (caseType) {
            case "early-help" -> "Early Help Locality Team " + dice.pick("North", "South", "East", "West");
            case "care-leaver" -> "Leaving Care Team";
            case "cic" -> "Children in Care Team " + dice.between(1, 2);
            case "adoption" -> "Adoption and Permanence Team";
            case "assessment" -> "Assessment Team " + dice.between(1, 3);
            case "cp" -> theme == Theme.EXPLOITATION ? "Complex Safeguarding Team" : "Child Protection Team "
                    + dice.between(1, 2);
            default -> theme == Theme.EXPLOITATION ? "Complex Safeguarding Team" : "Children in Need Team "
                    + dice.pick("North", "South");
        };
    }

    private List<Agency> involved(Theme theme, String caseType, int age, Agency lead) {
        List<Agency> out = new ArrayList<>();
        out.add(lead);
        if (lead.role() != Role.SOCIAL_CARE && (caseType.equals("care-leaver") || dice.chance(0.45))) {
            out.add(draft.agency("CSC"));
        }
        List<Agency> schools = draft.schools().stream().filter(s -> s.takesAge(age)).toList();
        if (!schools.isEmpty()) {
            out.add(dice.pick(schools));
        }
        out.add(draft.agency("GP"));
        boolean violent = theme == Theme.EXPLOITATION || theme == Theme.FAMILIAL_CSA;
        if (violent || dice.chance(0.6)) {
            out.add(draft.agency("POL"));
        }
        if (age < 12 || dice.chance(0.4)) {
            out.add(draft.agency("CHS"));
        }
        if (dice.chance(0.7)) {
            out.add(draft.agency("HOSP"));
        }
        if (age >= 8 && (violent || dice.chance(0.35))) {
            out.add(draft.agency("CAMHS"));
        }
        if (theme == Theme.EXPLOITATION && age >= 10 && age < 18 && dice.chance(0.75)) {
            out.add(draft.agency("YJS"));
        }
        if (theme == Theme.EXPLOITATION && dice.chance(0.5)) {
            out.add(draft.agency("YPR"));
        }
        if (lead.role() == Role.SOCIAL_CARE && dice.chance(0.35)) {
            out.add(draft.agency("EH"));
        }
        if (dice.chance(0.3)) {
            out.add(draft.agency("HSG"));
        }
        if (dice.chance(theme == Theme.NEGLECT || theme == Theme.ASSESSMENT ? 0.45 : 0.25)) {
            out.add(draft.agency("DAS"));
        }
        if (dice.chance(theme == Theme.NEGLECT ? 0.5 : 0.2)) {
            out.add(draft.agency("DARS"));
        }
        if (dice.chance(0.2)) {
            out.add(draft.agency(dice.pick("NPS", "CRC")));
        }
        if (dice.chance(0.08)) {
            out.add(draft.agency("AMB"));
        }
        return out.stream().distinct().toList();
    }

    /** One dated entry before it is numbered. */
    private record Entry(PartialDateText date, String time, String approximate, String event, String source,
            String voice, String action, String impact, String key) {
    }

    private record PartialDateText(LocalDate start, String precision) {
    }

    /** Writes every involved agency's chronology for the case; returns how many entries record the child's voice. */
    private int chronology(EvaluationPlan plan, CaseRecord record, Names.Person child, LocalDate dob, LocalDate opened,
            List<Agency> involved, Agency lead) {
        int base = switch (record.caseType()) {
            case "cp", "cic" -> dice.between(70, 150);
            case "cin", "care-leaver", "adoption" -> dice.between(50, 100);
            default -> dice.between(35, 70);
        };
        int total = Math.max(30, Math.min(200, plan.full() ? base : base * 3 / 4));
        int[] counts = allocate(involved, lead, total);
        LocalDate recentTo = plan.startsOn().minusDays(3);
        LocalDate recentFrom = plan.startsOn().minusMonths(6);
        LocalDate historyFrom = dob.isAfter(plan.startsOn().minusYears(6)) ? dob : plan.startsOn().minusYears(6);
        int voices = 0;
        for (int i = 0; i < involved.size(); i++) {
            Agency agency = involved.get(i);
            List<Entry> entries = new ArrayList<>();
            LocalDate from = historyFrom;
            if (agency == lead) {
                entries.addAll(lifecycle(record, child, dob, opened, lead));
                from = opened.isAfter(historyFrom) ? opened : historyFrom;
                if (opened.isAfter(historyFrom.plusMonths(6))) {
                    entries.add(previousReferral(historyFrom, opened.minusMonths(3), lead));
                }
            }
            from = earliestFor(agency, dob, from, recentFrom);
            List<Template> pool = ChronologyTexts.templates(agency.role(), record.theme());
            List<Template> deck = new ArrayList<>();
            while (entries.size() < counts[i]) {
                Template t = null;
                LocalDate date = recentTo;
                // Draw a date, then an entry that fits the child's age on that date; older history
                // may not fit an agency's entries (no arrests at six), so fall back to recent dates.
                for (int attempt = 0; attempt < 6 && t == null; attempt++) {
                    boolean recent = attempt >= 3 || !from.isBefore(recentFrom) || dice.chance(0.7);
                    date = recent ? dice.dateBetween(from.isAfter(recentFrom) ? from : recentFrom, recentTo)
                            : dice.dateBetween(from, recentFrom.minusDays(1));
                    t = draw(deck, pool, ageAt(dob, date));
                }
                if (t == null) {
                    t = Template.parse("=|Information about {name} shared with the lead professional.|");
                }
                entries.add(entry(agency, record, child, t, date, recentFrom, ageAt(dob, date)));
            }
            entries.sort(Comparator.comparing((Entry e) -> e.date().start()));
            String local = agency.code().substring(draft.profile.prefix().length());
            int n = 0;
            for (Entry e : entries) {
                n++;
                if (!e.voice().isEmpty()) {
                    voices++;
                }
                draft.data.chronology.add(record.caseRef(), agency.code(), String.format("%s-%03d", local, n),
                        dateText(agency, e.date()), e.time(), e.approximate(), e.event(), e.source(), e.voice(),
                        e.action(), e.impact(), e.key());
            }
        }
        return voices;
    }

    private static int ageAt(LocalDate dob, LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.YEARS.between(dob, date);
    }

    /** Schools know a child from school age, the leaving care service from sixteen. */
    private static LocalDate earliestFor(Agency agency, LocalDate dob, LocalDate from, LocalDate recentFrom) {
        int minimum = agency.role() == Role.LEAVING_CARE ? 16 : agency.phase() == null ? 0 : switch (agency.phase()) {
            case PRIMARY -> 4;
            case SECONDARY, PRU -> 11;
            case COLLEGE -> 16;
            case SPECIAL -> 5;
        };
        LocalDate earliest = dob.plusYears(minimum);
        if (earliest.isAfter(recentFrom)) {
            return recentFrom;
        }
        return earliest.isAfter(from) ? earliest : from;
    }

    /** Takes the next template in the shuffled deck that fits the age, refilling the deck once. */
    private Template draw(List<Template> deck, List<Template> pool, int age) {
        for (int round = 0; round < 2; round++) {
            for (int k = deck.size() - 1; k >= 0; k--) {
                if (deck.get(k).fits(age)) {
                    return deck.remove(k);
                }
            }
            deck.addAll(dice.sample(pool, pool.size()));
        }
        return null;
    }

    /** Spreads the case's entries over its agencies: the lead agency most, every agency at least two. */
    private int[] allocate(List<Agency> involved, Agency lead, int total) {
        double[] weights = new double[involved.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            Role r = involved.get(i).role();
            weights[i] = involved.get(i) == lead ? 6 : switch (r) {
                case POLICE, SCHOOL, YOUTH_JUSTICE -> 3;
                case HOSPITAL, GP, COMMUNITY_HEALTH, CAMHS, SOCIAL_CARE, EARLY_HELP -> 2;
                default -> 1;
            } * (0.7 + dice.between(0, 6) / 10.0);
            sum += weights[i];
        }
        int[] counts = new int[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            counts[i] = Math.max(involved.get(i) == lead ? 8 : 2, (int) Math.round(total * weights[i] / sum));
            assigned += counts[i];
        }
        // Rounding and minimums can overshoot the 200-entry ceiling; trim the largest agency.
        while (assigned > 200) {
            int largest = 0;
            for (int i = 1; i < counts.length; i++) {
                largest = counts[i] > counts[largest] ? i : largest;
            }
            counts[largest]--;
            assigned--;
        }
        while (assigned < 30) {
            counts[0]++;
            assigned++;
        }
        return counts;
    }

    private Entry entry(Agency agency, CaseRecord record, Names.Person child, Template t, LocalDate date,
            LocalDate recentFrom, int ageAtDate) {
        String precision = "day";
        String approximate = "";
        if (date.isBefore(recentFrom)) {
            double r = dice.between(0, 99) / 100.0;
            if (r >= 0.45) {
                precision = r < 0.8 || date.getYear() >= recentFrom.getYear() - 1 ? "month" : "year";
            }
            if (!precision.equals("day") && dice.chance(0.5) || precision.equals("day") && dice.chance(0.04)) {
                approximate = "yes";
            }
        } else if (dice.chance(0.05)) {
            approximate = "no";
        }
        String time = "";
        if (precision.equals("day")) {
            if (t.timed()) {
                time = String.format("%02d:%02d", dice.between(0, 23), dice.between(0, 59));
            } else if (dice.chance(0.15)) {
                time = String.format("%02d:%02d", dice.between(8, 17), dice.pick(0, 15, 30, 45));
            }
        }
        boolean contact = switch (agency.role()) {
            case PROBATION, REHABILITATION, HOUSING, SUBSTANCE_MISUSE, ADULT_SOCIAL_CARE, CCG, AMBULANCE -> false;
            default -> true;
        };
        if (contact && ageAtDate >= 3 && dice.chance(0.14)) {
            // The child's voice: recorded on a contact, sometimes with nothing done about it.
            String voice = fill(dice.pick(ChronologyTexts.voices(ageAtDate, record.theme())), child);
            String event = fill(ChronologyTexts.contact(agency.role()), child);
            String action = dice.chance(0.4) ? "" : dice.pick("Shared with the lead professional.",
                    "Discussed with the DSL/manager; added to the plan.", "Views recorded for the next review meeting.",
                    "Passed to the allocated worker the same day.");
            return new Entry(new PartialDateText(date, precision), time, approximate, event,
                    ChronologyTexts.source(agency.role(), event, false), voice, action, "", "");
        }
        String event = fill(t.event(), child);
        String key = t.key() ? "yes" : dice.chance(0.1) ? "no" : "";
        return new Entry(new PartialDateText(date, precision), time, approximate, event,
                ChronologyTexts.source(agency.role(), event, t.timed()), "", fill(t.action(), child), t.impact(), key);
    }

    private Entry previousReferral(LocalDate from, LocalDate to, Agency lead) {
        LocalDate date = dice.dateBetween(from, to.isAfter(from) ? to : from);
        return new Entry(new PartialDateText(date, "month"), "", dice.chance(0.5) ? "yes" : "",
                "Previous referral from " + dice.pick("the police", "the school", "the health visitor", "a neighbour")
                        + " regarding " + dice.pick("home conditions", "an incident of domestic abuse",
                                "an unexplained bruise", "parental alcohol use") + ".",
                ChronologyTexts.mainRecord(lead.role()), "", "No further action after checks.", "neutral", "");
    }

    /** The lead agency's milestones for the case type, on the dates the case record implies. */
    private List<Entry> lifecycle(CaseRecord record, Names.Person child, LocalDate dob, LocalDate opened, Agency lead) {
        List<Entry> out = new ArrayList<>();
        String source = ChronologyTexts.mainRecord(lead.role());
        String referrer = dice.pick("the school", "the police", "the health visitor", "the GP", "an anonymous caller",
                "Mother");
        switch (record.caseType()) {
            case "early-help" -> out.add(milestone(opened, "Early Help request received from " + referrer + ".",
                    "Lead professional allocated; Early Help assessment started.", "neutral", true, source));
            case "care-leaver" -> out.add(milestone(dob.plusYears(18), fill("{name} turned 18; the case transferred"
                    + " from the Children in Care Team to the leaving care service.", child),
                    "Personal adviser allocated; pathway plan reviewed.", "neutral", true, source));
            default -> out.add(milestone(opened, "Referral received from " + referrer + "; case opened to Children's"
                    + " Social Care.", "Allocated for a child and family assessment.", "neutral", true, source));
        }
        switch (record.caseType()) {
            case "cp" -> out.add(milestone(WorkingDays.add(opened, 15), fill("Initial child protection conference:"
                    + " {name} made subject to a child protection plan under the category of "
                    + dice.pick("neglect", "emotional abuse", "physical abuse", "sexual abuse") + ".", child),
                    "Core group to meet within 10 working days.\nReview conference in 3 months.", "negative", true,
                    "ICPC minutes"));
            case "cic" -> out.add(milestone(opened.plusDays(dice.between(14, 90)), fill("{name} became looked after "
                    + dice.pick("under section 20 (voluntary accommodation)", "under an interim care order",
                            "following police protection"), child) + ".",
                    "Placed with " + dice.pick("local authority foster carers", "an independent fostering agency",
                            "connected carers (maternal grandmother)") + ".", "neutral", true, source));
            case "adoption" -> {
                LocalDate order = opened.plusDays(dice.between(120, 300));
                out.add(milestone(order, "Placement order granted by the family court.", "", "neutral", true, source));
                out.add(milestone(order.plusDays(dice.between(30, 120)), fill("{name} placed with prospective"
                        + " adopters.", child), "Adoption support plan agreed.", "positive", true, source));
            }
            default -> {
            }
        }
        return out.stream().filter(e -> !e.date().start().isBefore(dob)).toList();
    }

    private Entry milestone(LocalDate date, String event, String action, String impact, boolean key, String source) {
        return new Entry(new PartialDateText(date, "day"), "", "", event, source, "", action, impact,
                key ? "yes" : "");
    }

    /** Most agencies export ISO dates; schools and housing send UK dates, as the contract allows. */
    private static String dateText(Agency agency, PartialDateText d) {
        return dateText(agency, d.start(), d.precision());
    }

    /** A chronology date at {@code precision} ("day", "month" or "year") as the agency would export it. */
    static String dateText(Agency agency, LocalDate date, String precision) {
        return switch (precision) {
            case "year" -> Integer.toString(date.getYear());
            case "month" -> date.toString().substring(0, 7);
            default -> agency.role() == Role.SCHOOL || agency.role() == Role.HOUSING ? UK.format(date)
                    : date.toString();
        };
    }

    static String fill(String text, Names.Person child) {
        boolean girl = child.gender().equals("Female");
        return text.replace("{name}", child.given())
                .replace("{he}", girl ? "she" : "he")
                .replace("{He}", girl ? "She" : "He")
                .replace("{him}", girl ? "her" : "him")
                .replace("{his}", girl ? "her" : "his")
                .replace("{His}", girl ? "Her" : "His");
    }

    /** Self-evaluations and the panel's regrading; returns the final grade of each agency. */
    private List<String> agencyEvaluations(EvaluationPlan plan, CaseRecord record, List<Agency> involved) {
        List<String> finals = new ArrayList<>();
        for (Agency agency : involved) {
            int self = weighted(10, 58, 27, 5);
            int panel = self;
            int roll = dice.between(1, 100);
            if (roll <= 19) {
                panel = Math.min(3, self + 1);
            } else if (roll <= 26) {
                panel = Math.max(0, self - 1);
            } else if (roll <= 29) {
                panel = Math.min(3, self + 2);
            }
            String panelText = panel != self ? GRADES.get(panel) : dice.chance(0.5) ? GRADES.get(self) : "";
            String rationale = panel > self ? dice.pick(PanelTexts.DOWN) : panel < self ? dice.pick(PanelTexts.UP) : "";
            boolean health = agency.role().isHealth();
            LocalDate chronologyDue = WorkingDays.add(plan.startsOn(), plan.full() ? 10 : 5);
            LocalDate evaluationDue = WorkingDays.add(plan.startsOn(), plan.full() ? (health ? 13 : 12) : 5);
            String strengths = panel <= 1 || dice.chance(0.6) ? dice.pick(PanelTexts.AGENCY_STRENGTHS) : "";
            String improvements = panel >= 1 || dice.chance(0.3) ? dice.pick(PanelTexts.AGENCY_IMPROVEMENTS) : "";
            draft.data.agencyEvaluations.add(plan.ref(), record.caseRef(), agency.code(), GRADES.get(self), panelText,
                    rationale, submitted(chronologyDue), submitted(evaluationDue), strengths, improvements);
            finals.add(GRADES.get(panel));
            int[] counts = draft.gradingCounts.computeIfAbsent(plan.ref(), k -> new int[3]);
            counts[0]++;
            counts[1] += panel != self ? 1 : 0;
            counts[2] += panel > self ? 1 : 0;
            if (panel >= 2) {
                draft.loopsDue.add(new Draft.LoopDue(plan, record, agency, GRADES.get(panel)));
            }
        }
        return finals;
    }

    private int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = dice.between(1, total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Most agencies submit by the deadline; some are a few working days late; a few never submit. */
    private LocalDate submitted(LocalDate due) {
        int roll = dice.between(1, 100);
        if (roll <= 72) {
            return WorkingDays.minus(due, dice.between(0, 3));
        }
        if (roll <= 96) {
            return WorkingDays.add(due, dice.between(1, 6));
        }
        return null;
    }

    private void evaluationCase(EvaluationPlan plan, CaseRecord record, List<String> finals, int voices) {
        double mean = finals.stream().mapToInt(GRADES::indexOf).average().orElse(1);
        // The panel's view of joint working is usually close to the agencies' average, and more
        // often harsher than kinder: good single-agency work does not make good joint working.
        int grade = (int) Math.round(mean + (dice.chance(0.2) ? 1 : dice.chance(0.05) ? -1 : 0));
        grade = Math.max(0, Math.min(3, grade));
        String voice = voices >= 6 ? "evidenced" : voices >= 2 ? "partly" : "not-evidenced";
        // Rotate through the findings so that cases in one evaluation read differently.
        int n = (int) draft.cases.stream().filter(c -> c.evaluationRef().equals(plan.ref())).count();
        int offset = dice.between(0, 5);
        draft.data.evaluationCases.add(plan.ref(), record.caseRef(), GRADES.get(grade), voice,
                CaseSummaries.summary(record, n + offset),
                PanelTexts.CASE_STRENGTHS.get((n + offset) % PanelTexts.CASE_STRENGTHS.size()),
                PanelTexts.CASE_IMPROVEMENTS.get((n + 2 * offset) % PanelTexts.CASE_IMPROVEMENTS.size()));
    }

    /**
     * Appendix C forms, due 10 working days after the panel: most on time, some late, some never
     * returned. Where three or more are due, each outcome occurs at least once.
     */
    private void closeTheLoop() {
        List<Draft.LoopDue> due = draft.loopsDue;
        int[] outcome = new int[due.size()];
        for (int i = 0; i < due.size(); i++) {
            int roll = dice.between(1, 100);
            outcome[i] = roll <= 55 ? 0 : roll <= 80 ? 1 : 2;
        }
        boolean allPresent = true;
        for (int k = 0; k < 3; k++) {
            final int kind = k;
            allPresent &= java.util.Arrays.stream(outcome).anyMatch(o -> o == kind);
        }
        if (due.size() >= 3 && !allPresent) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < due.size(); i++) {
                indexes.add(i);
            }
            List<Integer> chosen = dice.sample(indexes, 3);
            for (int k = 0; k < 3; k++) {
                outcome[chosen.get(k)] = k;
            }
        }
        for (int i = 0; i < due.size(); i++) {
            if (outcome[i] == 2) {
                continue;
            }
            Draft.LoopDue d = due.get(i);
            LocalDate deadline = WorkingDays.add(d.evaluation().panelOn(), 10);
            LocalDate returned = outcome[i] == 0 ? WorkingDays.minus(deadline, dice.between(0, 5))
                    : WorkingDays.add(deadline, dice.between(1, 15));
            draft.data.closeTheLoop.add(d.evaluation().ref(), d.caseRecord().caseRef(), d.agency().code(),
                    d.agency().lead(), returned, dice.chance(0.85) ? "yes" : "no",
                    "Lead person; allocated worker; " + dice.pick("team manager", "practice supervisor",
                            "designated safeguarding lead"),
                    dice.pick(PanelTexts.LOOP_OVERVIEW) + " " + d.caseRecord().pseudonym() + "'s case was graded "
                            + d.grade().replace('-', ' ') + ".",
                    dice.pick(PanelTexts.LOOP_REFLECTIONS), dice.pick(PanelTexts.LOOP_LEARNING),
                    "1. " + dice.pick(PanelTexts.LOOP_ACTIONS) + "\n2. " + dice.pick(PanelTexts.LOOP_ACTIONS));
        }
    }
}
