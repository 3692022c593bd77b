package qaf.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import qaf.generate.Agencies.Agency;
import qaf.generate.Draft.CaseRecord;
import qaf.generate.Draft.EvaluationPlan;

/**
 * The grades of one evaluated case: each involved agency's self-evaluation and the panel's
 * regrading of it (noting where a close-the-loop form falls due), then the panel's grade for the
 * case as a whole.
 */
final class CaseGrading {
    private static final List<String> GRADES = List.of("outstanding", "good", "requires-improvement", "inadequate");

    private final Draft draft;
    private final Dice dice;

    CaseGrading(Draft draft, Dice dice) {
        this.draft = draft;
        this.dice = dice;
    }

    /** Self-evaluations and the panel's regrading; returns the final grade of each agency. */
    List<String> agencyEvaluations(EvaluationPlan plan, CaseRecord record, List<Agency> involved) {
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

    void evaluationCase(EvaluationPlan plan, CaseRecord record, List<String> finals, int voices) {
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
}
