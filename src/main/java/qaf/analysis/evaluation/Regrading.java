package qaf.analysis.evaluation;

import java.util.List;

/**
 * How the panel moved grades: how many it left {@code unchanged} and moved {@code up} or
 * {@code down}, the steps moved in each direction ({@code stepsUp}, {@code stepsDown}, both not
 * negative), and {@code byShift}: one entry per shift from -3 (three steps down) to +3 in that
 * order, zeros included (the 0 entry is the unchanged count).
 */
public record Regrading(int unchanged, int up, int down, int stepsUp, int stepsDown, List<ShiftCount> byShift) {

    /** {@code count} grades moved by {@code steps} (positive up, negative down). */
    public record ShiftCount(int steps, int count) {
    }

    public Regrading {
        byShift = List.copyOf(byShift);
    }

    public static Regrading of(Iterable<AgencyGrade> grades) {
        int max = Grade.values().length - 1;
        int[] n = new int[2 * max + 1];
        for (AgencyGrade g : grades) {
            n[g.stepsUp() + max]++;
        }
        int unchanged = n[max];
        int up = 0;
        int down = 0;
        int stepsUp = 0;
        int stepsDown = 0;
        ShiftCount[] shifts = new ShiftCount[n.length];
        for (int i = 0; i < n.length; i++) {
            int steps = i - max;
            shifts[i] = new ShiftCount(steps, n[i]);
            if (steps > 0) {
                up += n[i];
                stepsUp += steps * n[i];
            } else if (steps < 0) {
                down += n[i];
                stepsDown += -steps * n[i];
            }
        }
        return new Regrading(unchanged, up, down, stepsUp, stepsDown, List.of(shifts));
    }

    public int total() {
        return unchanged + up + down;
    }

    /** Grades the panel changed, out of all graded. */
    public Share regraded() {
        return new Share(up + down, total());
    }
}
