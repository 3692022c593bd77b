package qaf.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import qaf.generate.Agencies.Agency;
import qaf.generate.Draft.CaseRecord;
import qaf.generate.Draft.EvaluationPlan;

/**
 * The single action tracker: actions from every QA process, in every status, some overdue at the
 * year end (31 March 2019) and completed ones with evidence of completion and of impact.
 */
final class Actions {
    private static final List<String> EVALUATION = List.of(
            "Audit 10 cases in which the child was seen alone and report the percentage with the child's words recorded.",
            "Introduce a was-not-brought prompt in the electronic record and report compliance quarterly.",
            "Ensure every referral to the MASH is made within 24 hours of the concern; dip-sample 20 referrals.",
            "Deliver a practice session on analysing chronologies to all team managers.",
            "Include fathers and male carers in every assessment; audit 15 assessments for evidence.");
    private static final List<String> THEMATIC = List.of(
            "Revise the multi-agency exploitation screening tool and train 100 practitioners in its use.",
            "Publish a seven-minute briefing on the evaluation's findings and report cascade by agency.",
            "Agree a partnership standard for management oversight and audit against it in 6 months.",
            "Establish a multi-agency missing education panel meeting monthly.",
            "Add a section on the child's lived experience to the multi-agency meeting templates.");
    private static final List<String> CASE = List.of(
            "Convene a professionals' meeting within 10 working days to agree a single plan.",
            "Allocate a consistent worker and complete direct work with the child within 4 weeks.",
            "Complete an updated assessment including the father's views.",
            "Make the outstanding referral to CAMHS and confirm the appointment date to the lead professional.");
    private static final List<String> REVIEW = List.of(
            "Revise the bruising protocol for non-mobile babies and relaunch it across health and social care.",
            "Add safe storage checks to the recovery service's home visit template.",
            "Share DASH risk assessments with schools through Operation Encompass-style notifications.",
            "Deliver multi-agency learning events on the review's findings to 200 practitioners.",
            "Audit the timeliness of notifications to the partnership in 6 months.");
    private static final List<String> S11 = List.of(
            "Raise safeguarding training compliance to 95% and report to the board.",
            "Publish a child-friendly complaints leaflet and track its use.",
            "Add safeguarding questions to all interview panels and audit 10 recruitment files.",
            "Produce an information sharing guide for staff and test understanding by survey.");
    private static final List<String> SCHOOLS = List.of(
            "Designated safeguarding lead to complete refresher training and update the school's policy.",
            "Audit the single central record termly and report to governors.",
            "Introduce electronic safeguarding records (e.g. CPOMS) and train all staff.");
    private static final List<String> SINGLE = List.of(
            "Re-audit the themes of the single agency audit in 6 months and report to the subgroup.",
            "Present the agency's audit findings at the Audit and Scrutiny subgroup.",
            "Add performance indicators on the child's voice to the agency's scorecard.");
    private static final List<String> EVIDENCE = List.of(
            "Audit report presented to the subgroup; minutes record completion.",
            "Revised procedure published on the partnership website.",
            "Training register shows the sessions delivered.",
            "Updated template in use from the date shown.");
    private static final List<String> IMPACT = List.of(
            "Re-audit shows the child's voice recorded in 18 of 20 cases (was 11 of 20).",
            "Referrals to the MASH within 24 hours rose from 71% to 92%.",
            "Practitioners' confidence rose from 2.6 to 4.1 (out of 5) in the post-training survey.",
            "No repeat of the issue in the following quarter's dip sample.",
            "Impact not yet evidenced; re-audit planned.");

    private final Draft draft;
    private final Dice dice;
    private final List<Object[]> rows = new ArrayList<>();

    Actions(Draft draft, Dice dice) {
        this.draft = draft;
        this.dice = dice;
    }

    void generate() {
        for (EvaluationPlan plan : draft.evaluations) {
            List<CaseRecord> cases = draft.cases.stream().filter(c -> c.evaluationRef().equals(plan.ref())).toList();
            for (int i = 0; i < 3; i++) {
                CaseRecord c = dice.pick(cases);
                add("evaluation", plan.ref(), dice.pick(c.agencyCodes()), dice.pick(EVALUATION), plan.panelOn());
            }
            for (int i = 0; i < 2; i++) {
                add("thematic", plan.ref(), null, dice.pick(THEMATIC), WorkingDays.add(plan.panelOn(), 20));
            }
            CaseRecord c = dice.pick(cases);
            add("case", c.caseRef(), c.agencyCodes().get(0), dice.pick(CASE), plan.panelOn());
            CaseRecord c2 = dice.pick(cases);
            add("case", c2.caseRef(), dice.pick(c2.agencyCodes()), dice.pick(CASE), plan.panelOn());
        }
        for (Draft.ReviewRecord r : draft.reviews) {
            if (r.completedOn() == null || r.type().equals("child-death-review") && !r.ref().endsWith("01")) {
                continue;
            }
            int n = r.type().equals("scr") || r.type().equals("macr") ? 3 : 1;
            for (int i = 0; i < n; i++) {
                add("review", r.ref(), dice.chance(0.3) ? null : dice.pick(draft.nonSchools()).code(),
                        dice.pick(REVIEW), r.completedOn().plusDays(dice.between(7, 30)));
            }
        }
        List<Agency> nonSchools = draft.nonSchools();
        for (int i = 0; i < 5; i++) {
            add("s11", "2018", dice.pick(nonSchools).code(), dice.pick(S11), LocalDate.of(2018, 11, dice.between(5, 28)));
        }
        for (int i = 0; i < 4; i++) {
            add("school-audit", "2018", dice.pick(draft.schools()).code(), dice.pick(SCHOOLS),
                    LocalDate.of(2018, 9, dice.between(10, 28)));
        }
        for (int i = 0; i < 3; i++) {
            add("single-agency-audit", "2018-19", dice.pick(nonSchools).code(), dice.pick(SINGLE),
                    LocalDate.of(2018, 12, dice.between(3, 14)));
        }
        ensureEveryStatus();
        int n = 0;
        for (Object[] row : rows) {
            n++;
            row[0] = draft.ref(String.format("ACT-%03d", n));
            draft.data.actions.add(row);
        }
    }

    private void add(String kind, String sourceRef, String agency, String description, LocalDate agreedOn) {
        LocalDate agreed = agreedOn.isAfter(Draft.YEAR_END) ? Draft.YEAR_END : agreedOn;
        LocalDate due = agreed.plusMonths(dice.between(1, 6));
        String status = status(due);
        Object[] row = new Object[11];
        row[1] = kind;
        row[2] = sourceRef;
        row[3] = agency;
        row[4] = description;
        row[5] = agreed;
        row[6] = due;
        setStatus(row, status);
        rows.add(row);
    }

    private String status(LocalDate due) {
        int roll = dice.between(1, 100);
        if (due.isAfter(Draft.YEAR_END)) {
            return roll <= 20 ? "complete" : roll <= 60 ? "in-progress" : roll <= 95 ? "open" : "cancelled";
        }
        return roll <= 55 ? "complete" : roll <= 75 ? "in-progress" : roll <= 90 ? "open" : "cancelled";
    }

    private void setStatus(Object[] row, String status) {
        LocalDate agreed = (LocalDate) row[5];
        LocalDate due = (LocalDate) row[6];
        row[7] = status;
        row[8] = null;
        row[9] = "";
        row[10] = "";
        if (status.equals("complete")) {
            LocalDate latest = due.plusDays(30).isAfter(Draft.YEAR_END) ? Draft.YEAR_END : due.plusDays(30);
            LocalDate earliest = agreed.plusDays(7).isAfter(latest) ? latest : agreed.plusDays(7);
            row[8] = dice.dateBetween(earliest, latest);
            row[9] = dice.pick(EVIDENCE);
            row[10] = dice.pick(IMPACT);
        } else if (status.equals("cancelled")) {
            row[9] = "Superseded by a partnership-wide action agreed at the subgroup.";
        } else if (status.equals("in-progress")) {
            row[9] = "Update to subgroup: " + dice.pick("draft completed", "half of the sessions delivered",
                    "audit under way", "awaiting sign-off");
        }
    }

    /** Small datasets can miss a status by chance; the tracker is meant to show all of them. */
    private void ensureEveryStatus() {
        List<String> statuses = List.of("open", "in-progress", "complete", "cancelled");
        for (String status : statuses) {
            if (rows.stream().noneMatch(r -> r[7].equals(status))) {
                Object[] victim = rows.stream()
                        .filter(r -> rows.stream().filter(o -> o[7].equals(r[7])).count() > 1)
                        .findFirst().orElseThrow();
                setStatus(victim, status);
            }
        }
    }
}
