package qaf.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import qaf.generate.Agencies.Agency;
import qaf.generate.Draft.CaseRecord;
import qaf.generate.Draft.EvaluationPlan;

/**
 * The multi-agency case evaluations (framework section 5): the evaluations on the 2018-19
 * timetable, their children and cases, every involved agency's chronology and self-evaluation,
 * the panel's regrading, and the close-the-loop returns that follow.
 */
final class CaseStudies {
    private final Draft draft;
    private final Dice dice;
    // These share this step's Dice rather than split it: the draws stay in the order they always
    // came, so the generated files do not change.
    private final CaseChronology chronology;
    private final CaseGrading grading;
    private final CloseTheLoopReturns closeTheLoop;

    CaseStudies(Draft draft, Dice dice) {
        this.draft = draft;
        this.dice = dice;
        this.chronology = new CaseChronology(draft, dice);
        this.grading = new CaseGrading(draft, dice);
        this.closeTheLoop = new CloseTheLoopReturns(draft, dice);
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
        closeTheLoop.generate();
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

        int voices = chronology.write(plan, record, child, dob, opened, involved, lead);
        List<String> finals = grading.agencyEvaluations(plan, record, involved);
        grading.evaluationCase(plan, record, finals, voices);
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
}
