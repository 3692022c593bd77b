package qaf.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;
import qaf.render.Format;

/**
 * What a build has published and what failed, so far. Takes finished renders in submission order, so
 * the log reads the same whatever the timing.
 */
final class Collector {
    final List<Manifest.Document> published = new ArrayList<>();
    final List<Manifest.Failure> failures = new ArrayList<>();
    final List<BuildReport.Entry> entries = new ArrayList<>();
    private final BuildProgress progress;
    private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    /** Every document's file stem claimed so far, case-folded (shared file systems ignore case). */
    private final Map<String, String> claimed = new HashMap<>();
    private final Set<String> collided = new HashSet<>();

    Collector(BuildProgress progress) {
        this.progress = progress;
    }

    /** One format of one document: published (rendered, or kept as it was), or failed with its reason. */
    record Outcome(Format format, Manifest.Document entry, Manifest.Failure failure, long nanos,
            boolean kept) {
        Outcome withFingerprint(String fingerprint) {
            return entry == null ? this : new Outcome(format, entry.withFingerprint(fingerprint), null, nanos, kept);
        }
    }

    /** A document whose formats are rendering, or that failed to compose (no renders, a failure). */
    record Pending(String kind, String name, long composeNanos, List<Future<Outcome>> renders,
            Manifest.Failure composeFailure) {
    }

    /**
     * Claims {@code period/kind/name} for one document; false if another document of the build has
     * claimed it (ignoring case), which makes both fail: the first when the renders are in.
     */
    boolean claim(String stem) {
        String folded = stem.toLowerCase(Locale.ROOT);
        if (claimed.putIfAbsent(folded, stem) == null) {
            return true;
        }
        collided.add(folded);
        return false;
    }

    /** The first documents of colliding names are unpublished too: their files go with the prune. */
    void failCollisions() {
        if (collided.isEmpty()) {
            return;
        }
        Set<String> names = new TreeSet<>();
        published.removeIf(d -> {
            String stem = EarlierFiles.stem(d.path());
            String folded = stem.toLowerCase(Locale.ROOT);
            if (collided.contains(folded)) {
                names.add(d.kind() + "\u0000" + stem.substring(stem.lastIndexOf('/') + 1));
                return true;
            }
            return false;
        });
        String why = "IllegalStateException: another document of this build has the same file name, compared"
                + " ignoring letter case: neither is published";
        for (String n : names) {
            String[] kindAndName = n.split("\u0000", 2);
            failures.add(new Manifest.Failure(kindAndName[0], kindAndName[1], "all", why));
            entries.replaceAll(e -> e.kind().equals(kindAndName[0]) && e.name().equals(kindAndName[1])
                    ? new BuildReport.Entry(e.kind(), e.name(), BuildReport.FAILED, List.of(), e.durationMs(),
                            "all: " + why) : e);
        }
    }

    void add(Pending pending) {
        inFlight.addLast(pending);
    }

    void drainBeyond(int limit) {
        while (inFlight.size() > limit) {
            take(inFlight.removeFirst());
        }
    }

    void drainAll() {
        drainBeyond(0);
    }

    private void take(Pending pending) {
        List<String> formats = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        boolean allKept = !pending.renders().isEmpty();
        long nanos = pending.composeNanos();
        if (pending.composeFailure() != null) {
            failures.add(pending.composeFailure());
            errors.add("all: " + pending.composeFailure().reason());
        }
        for (Future<Outcome> future : pending.renders()) {
            Outcome outcome = await(future);
            nanos += outcome.nanos();
            allKept &= outcome.kept();
            if (outcome.entry() != null) {
                published.add(outcome.entry());
                formats.add(outcome.format().extension());
            } else {
                failures.add(outcome.failure());
                errors.add(outcome.format().extension() + ": " + outcome.failure().reason());
            }
        }
        String status = !errors.isEmpty() ? BuildReport.FAILED : allKept ? BuildReport.SKIPPED : BuildReport.BUILT;
        BuildReport.Entry entry = new BuildReport.Entry(pending.kind(), pending.name(), status, formats,
                nanos / 1_000_000,
                errors.isEmpty() ? null : String.join("; ", errors));
        entries.add(entry);
        progress.documentDone(entry);
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        } catch (ExecutionException e) {
            // render() catches what a document can throw; anything else (an Error) is the JVM's trouble.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a render task failed unexpectedly", e.getCause());
        }
    }
}
