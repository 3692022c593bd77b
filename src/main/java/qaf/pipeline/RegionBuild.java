package qaf.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import qaf.publish.OutputLock;
import qaf.store.Database;
import qaf.store.RegionStore;

/**
 * Builds partnerships of a region store one after another, each into {@code <out>/<CODE>/} exactly as a
 * single build writes it (its own manifest, report and lock). The caller holds the lock on
 * {@code <out>}. Partnerships build independently: one that cannot build at all (its folder locked by
 * another build, no dated activity) is recorded and the others go on.
 */
public final class RegionBuild {

    /** Told about each partnership as it starts and ends, so the command line can print as it goes. */
    public interface Listener {
        /** The progress display for this partnership's build. */
        BuildProgress starting(String code, Path database, Path outputDir);

        void finished(Partnership outcome);
    }

    /**
     * One partnership: built ({@code result}), or not built at all ({@code failure}: the output folder
     * was busy, or the build could not start).
     */
    public record Partnership(String code, Path outputDir, Build.Result result, Exception failure) {
        public boolean failed() {
            return failure != null || result.failed();
        }
    }

    /** Every partnership built, in code order, and the whole run's wall time. */
    public record Result(List<Partnership> partnerships, Duration elapsed) {
        public Result {
            partnerships = List.copyOf(partnerships);
        }

        public int built() {
            return built(p -> p.result().report().built());
        }

        public int unchanged() {
            return built(p -> p.result().report().skipped());
        }

        public int failedDocuments() {
            return built(p -> p.result().report().failed());
        }

        public int files() {
            return built(p -> p.result().published());
        }

        public List<String> failing() {
            return partnerships.stream().filter(Partnership::failed).map(Partnership::code).toList();
        }

        private int built(java.util.function.ToIntFunction<Partnership> count) {
            return partnerships.stream().filter(p -> p.result() != null).mapToInt(count).sum();
        }
    }

    private RegionBuild() {
    }

    /**
     * @param options the options of every partnership's build; its output folder is the region's, each
     *     partnership building into {@code <out>/<CODE>}
     * @throws java.time.format.DateTimeParseException when the options' year is not a year: that is the
     *     command line's mistake, not a partnership's
     */
    public static Result run(RegionStore region, List<String> codes, Build.Options options, String version,
            Path nativeLibraries, Clock clock, Listener listener) {
        Instant start = clock.instant();
        List<Partnership> done = new ArrayList<>();
        for (String code : codes) {
            Build.Options own = options.withOutputDir(options.outputDir().resolve(code));
            BuildProgress progress = listener.starting(code, region.database(code), own.outputDir());
            Partnership outcome;
            // Its own lock too: a single build may have been pointed at <out>/<CODE> directly.
            try (OutputLock ownLock = OutputLock.acquire(own.outputDir(), clock);
                    Database database = Database.open(region.database(code), nativeLibraries)) {
                outcome = new Partnership(code, own.outputDir(),
                        new Build(database, own, version, progress, clock).run(), null);
            } catch (java.time.format.DateTimeParseException e) {
                throw e;
            } catch (OutputLock.Busy | IOException | RuntimeException e) {
                outcome = new Partnership(code, own.outputDir(), null, e);
            }
            done.add(outcome);
            listener.finished(outcome);
        }
        try {
            qaf.frontpage.RegionIndex.write(region, options.outputDir(), nativeLibraries);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the region's front page in " + options.outputDir(), e);
        }
        return new Result(done, Duration.between(start, clock.instant()));
    }
}
