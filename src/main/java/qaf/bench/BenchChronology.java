package qaf.bench;

import qaf.app.ExitCode;

import qaf.app.AppPaths;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qaf.chronology.ChronologyDocument;
import qaf.chronology.ChronologyDocx;
import qaf.chronology.ChronologyPdf;
import qaf.render.RenderContext;
import qaf.render.Renderer;

/**
 * Times one synthetic chronology in both formats and the plain-PDFBox lower bound, in the same JVM,
 * after a warm-up on a smaller document, interleaving the three in each round so they share the
 * machine's background load; prints every round, then the medians and the PDF's ratio to the bound.
 */
@Command(name = "chronology", mixinStandardHelpOptions = true,
        description = "Render an N-entry synthetic chronology as PDF and DOCX, and the same text with plain"
                + " PDFBox (the lower bound); report medians and the PDF's ratio to the bound.")
final class BenchChronology implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--entries", defaultValue = "10000", description = "Entries (default: 10000).")
    int entries;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds (default: 3).")
    int rounds;

    @Option(names = "--formats", split = ",", defaultValue = "pdf,docx", description = "pdf, docx or both.")
    java.util.List<String> formats;

    private static final int WARM_UP_ENTRIES = 2_000;
    private static final RenderContext CONTEXT = new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf bench");

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        boolean pdf = formats.contains("pdf");
        boolean docx = formats.contains("docx");
        Path scratch = Files.createDirectories(AppPaths.fromSystem().home().resolve(".qaf"));
        Path work = Files.createTempDirectory(scratch, "bench-chronology");
        try {
            // Large enough to take the same path as the measured document (large documents take the
            // memory-bounded one), so that the first round does not pay for compiling it.
            ChronologyDocument warm = SyntheticChronologyPdf.of(Math.min(entries, WARM_UP_ENTRIES), 1);
            if (pdf) {
                time(() -> render(new ChronologyPdf(), warm, work.resolve("warm.pdf")));
                time(() -> PlainPdfLowerBound.plain(warm, work.resolve("warm-plain.pdf")));
            }
            if (docx) {
                time(() -> render(new ChronologyDocx(), warm, work.resolve("warm.docx")));
            }
            ChronologyDocument doc = SyntheticChronologyPdf.of(entries, 1);
            BenchCommand.resetPeaks();
            long[] pdfTimes = new long[rounds];
            long[] plainTimes = new long[rounds];
            long[] docxTimes = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                if (pdf) {
                    pdfTimes[r] = time(() -> render(new ChronologyPdf(), doc, work.resolve("chronology.pdf")));
                    plainTimes[r] = time(() -> PlainPdfLowerBound.plain(doc, work.resolve("plain.pdf")));
                }
                if (docx) {
                    docxTimes[r] = time(() -> render(new ChronologyDocx(), doc, work.resolve("chronology.docx")));
                }
                out.printf(Locale.UK, "round %d: pdf %.2f s, plain PDFBox %.2f s, docx %.2f s%n", r + 1,
                        pdfTimes[r] / 1e9, plainTimes[r] / 1e9, docxTimes[r] / 1e9);
            }
            out.printf(Locale.UK, "chronology of %,d entries, median of %d: pdf %.2f s (%,d KB),"
                            + " plain PDFBox %.2f s, ratio %.2f; docx %.2f s (%,d KB); peak heap %d MiB of %d MiB%n",
                    entries, rounds, median(pdfTimes) / 1e9, size(work.resolve("chronology.pdf")),
                    median(plainTimes) / 1e9, pdf ? (double) median(pdfTimes) / median(plainTimes) : Double.NaN,
                    median(docxTimes) / 1e9, size(work.resolve("chronology.docx")), BenchCommand.peakHeapMiB(),
                    Runtime.getRuntime().maxMemory() >> 20);
            return ExitCode.OK;
        } finally {
            BenchCommand.deleteTree(work);
        }
    }

    private static void render(Renderer<ChronologyDocument> renderer, ChronologyDocument doc, Path file)
            throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            renderer.render(doc, CONTEXT, stream);
        }
    }

    private static long size(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) >> 10 : 0;
    }

    private interface Job {
        void run() throws IOException;
    }

    private static long time(Job job) throws IOException {
        long start = System.nanoTime();
        job.run();
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
