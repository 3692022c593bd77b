package qaf.bench;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The running figures of a timed build every N partnerships: all so far, and the last N alone. The
 * last N tell a rate that falls as the region grows (memory, a cache that grows) from one that
 * merely starts slow (the JIT warming up) or a machine whose speed changed during the run.
 */
final class RegionCheckpoints {
    private final int every;
    private final long start;
    private final PrintWriter out;
    private int partnerships;
    private long documents;
    private long documentsAtLast;
    private long nanosAtLast;

    RegionCheckpoints(int every, long start, PrintWriter out) {
        this.every = every;
        this.start = start;
        this.nanosAtLast = start;
        this.out = out;
    }

    void after(int partnershipDocuments) {
        partnerships++;
        documents += partnershipDocuments;
        if (every < 1 || partnerships % every != 0) {
            return;
        }
        long now = System.nanoTime();
        double seconds = (now - start) / 1e9;
        double lastSeconds = (now - nanosAtLast) / 1e9;
        out.printf(Locale.UK, "  after %d %s: %,d documents in %.1f s = %.2f documents/s;"
                        + " the last %d: %.2f documents/s%n", partnerships,
                partnerships == 1 ? "partnership" : "partnerships", documents, seconds,
                documents / seconds, every, (documents - documentsAtLast) / lastSeconds);
        out.flush();
        documentsAtLast = documents;
        nanosAtLast = now;
    }
}
