package qaf.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The close-the-loop returns (appendix C) for every agency whose final grade made one due. */
final class CloseTheLoopReturns {
    private final Draft draft;
    private final Dice dice;

    CloseTheLoopReturns(Draft draft, Dice dice) {
        this.draft = draft;
        this.dice = dice;
    }

    /**
     * Appendix C forms, due 10 working days after the panel: most on time, some late, some never
     * returned. Where three or more are due, each outcome occurs at least once.
     */
    void generate() {
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
