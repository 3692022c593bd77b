package qaf.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The generator's only source of chance: a seeded {@link SplittableRandom}, so output is reproducible. */
final class Dice {
    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private Dice(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so one part of the dataset can change without reshuffling the others. */
    Dice split() {
        return new Dice(random.split());
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Inclusive at both ends. */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** A date in [from, to], both inclusive. */
    LocalDate dateBetween(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return from.plusDays(span <= 0 ? 0 : random.nextLong(span + 1));
    }

    /** {@code n} distinct items in a random order (all of them if there are fewer). */
    <T> List<T> sample(List<T> items, int n) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy.subList(0, Math.min(n, copy.size()));
    }
}
