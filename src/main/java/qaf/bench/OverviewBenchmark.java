package qaf.bench;

import qaf.evaluationoverview.EvaluationOverviewComposer;

import qaf.evaluationoverview.EvaluationOverviewKind;

import qaf.document.BlockDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.ChildVoice;
import qaf.analysis.evaluation.CloseTheLoopReturn;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Grade;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.Timetable;
import qaf.calendar.WorkingDays;
import qaf.render.Format;
import qaf.render.RenderContext;

/**
 * Times the overview of an evaluation of {@code cases} cases, each graded by every one of
 * {@code agencies} agencies (issue target: 7 x 25 in at most 1 s per format after the first
 * document). The same overview is rendered once in each format first (the "first document": class
 * loading, template loading, font set-up), then each format {@code rounds} times, interleaved
 * because the machine is shared, and the median is printed.
 *
 * <p>Run as {@code qaf bench overview [--cases 7] [--agencies 25] [--rounds 5]}.
 */
public final class OverviewBenchmark {
    private static final LocalDate PANEL = LocalDate.of(2018, 11, 28);

    private OverviewBenchmark() {
    }

    /** Renders into {@code outDir} (the caller owns and removes it) and reports on {@code out}. */
    public static void run(int cases, int agencies, int rounds, Path outDir, java.io.PrintWriter out)
            throws IOException {
        Files.createDirectories(outDir);
        RenderContext context = new RenderContext(Instant.parse("2019-04-01T08:00:00Z"), "qaf benchmark");
        WorkingDays wd = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));

        long composeStart = System.nanoTime();
        BlockDocument doc = compose(synthetic(cases, agencies), wd);
        long composed = System.nanoTime() - composeStart;
        // The first document: class loading, template loading, font set-up and JIT warm-up.
        for (Format f : Format.values()) {
            long first = render(doc, f, context, outDir.resolve("first." + f.extension()));
            out.printf(Locale.UK, "first document: %s=%.2fs%n", f.extension(), first / 1e9);
        }
        long[][] times = new long[Format.values().length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (Format f : Format.values()) {
                Path file = outDir.resolve("overview-" + cases + "x" + agencies + "." + f.extension());
                times[f.ordinal()][r] = render(doc, f, context, file);
            }
            out.printf(Locale.UK, "round %d: pdf=%.2fs docx=%.2fs%n", r + 1, times[0][r] / 1e9,
                    times[1][r] / 1e9);
        }
        out.printf(Locale.UK, "cases=%d agencies=%d rounds=%d compose=%.3fs median pdf=%.2fs docx=%.2fs%n",
                cases, agencies, rounds, composed / 1e9, median(times[0]) / 1e9, median(times[1]) / 1e9);
    }

    private static BlockDocument compose(EvaluationData data, WorkingDays wd) {
        Map<String, String> names = new TreeMap<>();
        data.grades().forEach(g -> names.put(g.agencyCode(), g.agencyName()));
        return new EvaluationOverviewComposer().compose("Benchmark Safeguarding Children Partnership",
                EvaluationFindings.of(data, wd, LocalDate.of(2019, 3, 31)), names);
    }

    private static long render(BlockDocument doc, Format format, RenderContext context, Path file)
            throws IOException {
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            new EvaluationOverviewKind().renderer(format).render(doc, context, out);
        }
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Every agency grades every case; a quarter are regraded (one in five of those without a
     * rationale), some agencies send no chronology, and the requires-improvement finals return their
     * close-the-loop forms on time, late or never in turn.
     */
    static EvaluationData synthetic(int cases, int agencies) {
        Evaluation e = new Evaluation("MACE-BENCH", Timetable.Kind.FULL, "Synthetic theme for timing",
                LocalDate.of(2018, 11, 5), PANEL, "Synthetic chair");
        Grade[] scale = Grade.values();
        List<EvaluationCase> sample = new ArrayList<>();
        List<AgencyGrade> grades = new ArrayList<>();
        List<CloseTheLoopReturn> returns = new ArrayList<>();
        List<ActionRecord> actions = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            String ref = String.format(Locale.UK, "CASE-%04d", c + 1);
            sample.add(new EvaluationCase("MACE-BENCH", ref, "cp", "CH-" + c, "Child " + (c + 1),
                    LocalDate.of(2006 + c, 1, 1), scale[c % 4], ChildVoice.values()[c % 3],
                    "Synthetic summary " + c, "Agencies shared information promptly in case " + ref + ".",
                    "Plans for case " + ref + " did not say who would do what by when.", LocalDate.of(2017, 1, 1),
                    null, null, null));
            for (int a = 0; a < agencies; a++) {
                String code = String.format(Locale.UK, "AG%02d", a + 1);
                Grade self = scale[(a + c) % 4];
                int n = a * cases + c;
                Grade panel = n % 4 == 0 ? scale[(self.ordinal() + 1) % 4] : null;
                String rationale = panel != null && n % 5 != 0
                        ? "The panel found that the agency's records for " + ref + " did not support its grade; "
                                + "evidence presented on the day showed a different picture."
                        : null;
                LocalDate sent = LocalDate.of(2018, 11, 12 + n % 10);
                grades.add(new AgencyGrade("MACE-BENCH", ref, code, "Synthetic agency number " + (a + 1), "police",
                        null, self, panel, rationale, sent, sent.plusDays(2), null, null, n % 7 == 0 ? 0 : 3));
                Grade fin = panel == null ? self : panel;
                if (fin.needsCloseTheLoop() && n % 3 != 2) {
                    returns.add(new CloseTheLoopReturn("MACE-BENCH", ref, code, "Lead",
                            PANEL.plusDays(n % 3 == 0 ? 7 : 30), true, null, null, null, null, null));
                }
            }
        }
        for (int i = 0; i < 12; i++) {
            actions.add(new ActionRecord(String.format(Locale.UK, "ACT-%03d", i + 1), ActionSource.EVALUATION,
                    "MACE-BENCH",
                    String.format(Locale.UK, "AG%02d", i % Math.max(1, agencies) + 1),
                    "Synthetic action " + (i + 1) + ": audit a sample of cases and report to the subgroup.", PANEL,
                    PANEL.plusMonths(2 + i % 6), ActionStatus.values()[i % 4], i % 4 == 2 ? PANEL.plusMonths(3) : null,
                    null, null));
        }
        return new EvaluationData(e, sample, grades, returns, actions);
    }
}
