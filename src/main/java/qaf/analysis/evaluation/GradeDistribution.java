package qaf.analysis.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Counts per grade, one entry for every grade in grade order (outstanding first), zeros included. */
public record GradeDistribution(List<GradeCount> counts) {

    public record GradeCount(Grade grade, int count) {
    }

    public GradeDistribution {
        counts = List.copyOf(counts);
        if (counts.size() != Grade.values().length) {
            throw new IllegalArgumentException("a distribution has one count per grade");
        }
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i).grade() != Grade.values()[i] || counts.get(i).count() < 0) {
                throw new IllegalArgumentException("counts must be in grade order and not negative");
            }
        }
    }

    public static GradeDistribution of(Collection<Grade> grades) {
        int[] n = new int[Grade.values().length];
        for (Grade g : grades) {
            n[g.ordinal()]++;
        }
        List<GradeCount> counts = new ArrayList<>();
        for (Grade g : Grade.values()) {
            counts.add(new GradeCount(g, n[g.ordinal()]));
        }
        return new GradeDistribution(counts);
    }

    public int count(Grade grade) {
        return counts.get(grade.ordinal()).count();
    }

    public int total() {
        return counts.stream().mapToInt(GradeCount::count).sum();
    }

    /** Outstanding or good, out of all counted. */
    public Share goodOrBetter() {
        return new Share(count(Grade.OUTSTANDING) + count(Grade.GOOD), total());
    }
}
