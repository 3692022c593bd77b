package qaf.render.docx;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import qaf.chronology.ChronologyDocument;
import qaf.chronology.ChronologyDocument.AgencyCount;
import qaf.chronology.ChronologyDocument.Entry;
import qaf.chronology.ChronologyDocx;
import qaf.render.RenderContext;
import qaf.report.Audience;
import qaf.report.DocumentMeta;
import qaf.report.Figure;

/**
 * Times the chronology DOCX on an invented chronology of N entries: one small warm-up document first
 * (docx4j's JAXB start-up is a once-per-JVM cost the nightly build pays once), then the large one twice.
 * {@code java -Xmx512m -cp target/classes:target/lib/* qaf.render.docx.ChronologyDocxBenchmark 100000 [out.docx]}
 */
public final class ChronologyDocxBenchmark {
    private static final String[][] AGENCIES = {
            {"CSC", "Children's Social Care"}, {"POL", "Police"}, {"HV", "Health Visiting"}, {"SCH", "School"},
            {"GP", "General Practice"}, {"ED", "Emergency Department"}, {"CAMHS", "Child and Adolescent Mental Health"},
            {"PRB", "Probation Service"}};

    private ChronologyDocxBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path file = Path.of(args.length > 1 ? args[1] : System.getProperty("java.io.tmpdir") + "/qaf-chronology-" + n + ".docx");
        RenderContext context = new RenderContext(Instant.parse("2019-04-01T08:00:00Z"), "qaf benchmark");
        ChronologyDocx renderer = new ChronologyDocx();

        long t0 = System.nanoTime();
        render(renderer, chronology(20), context, file);
        long warm = System.nanoTime() - t0;
        ChronologyDocument big = chronology(n);
        long[] times = new long[2];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            render(renderer, big, context, file);
            times[i] = System.nanoTime() - start;
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.UK, "entries=%d first(20 entries, JAXB start-up)=%.2fs run1=%.2fs run2=%.2fs"
                        + " size=%.1f MB peakHeap=%d MB maxHeap=%d MB file=%s%n",
                n, warm / 1e9, times[0] / 1e9, times[1] / 1e9, Files.size(file) / 1e6, peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20, file);
    }

    private static void render(ChronologyDocx renderer, ChronologyDocument doc, RenderContext context, Path file)
            throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            renderer.render(doc, context, out);
        }
    }

    /** Deterministic invented entries, about the length of real ones, spread over twelve years. */
    static ChronologyDocument chronology(int n) {
        List<Entry> entries = new ArrayList<>(n);
        int[] counts = new int[AGENCIES.length];
        LocalDate start = LocalDate.of(2008, 1, 1);
        long days = 12L * 365;
        for (int i = 0; i < n; i++) {
            LocalDate date = start.plusDays(i * days / Math.max(n, 1));
            int a = (i * 7 + i / 3) % (AGENCIES.length - 1); // the last agency never contributes
            counts[a]++;
            boolean voice = i % 5 == 0;
            boolean voiceWithoutAction = voice && i % 3 == 0;
            entries.add(new Entry(date.getYear(), String.format(Locale.UK, "%02d/%02d/%d", date.getDayOfMonth(),
                    date.getMonthValue(), date.getYear()), AGENCIES[a][0], AGENCIES[a][1], "Case note " + (i % 97),
                    "Entry " + i + ": home visit; the family were seen together and the plan was discussed with"
                            + " both parents, who agreed to the next steps.",
                    voice ? "Said they like school and want to see their grandmother more often." : "",
                    voiceWithoutAction ? "" : "Follow-up visit booked within ten working days.",
                    i % 4 == 0 ? "positive" : i % 4 == 1 ? "negative" : "neutral", i % 50 == 0, voiceWithoutAction));
        }
        List<AgencyCount> agencies = new ArrayList<>();
        for (int a = 0; a < AGENCIES.length; a++) {
            agencies.add(new AgencyCount(AGENCIES[a][0], AGENCIES[a][1], counts[a]));
        }
        Figure timeline = new Figure("Entries per agency over time", "Timeline of " + n + " entries by agency.",
                480, 200, (g, area) -> {
                    g.setColor(new Color(0x1F3864));
                    for (int a = 0; a < AGENCIES.length; a++) {
                        g.fill(new Rectangle2D.Double(area.getX() + 10, area.getY() + 10 + a * 22,
                                (area.getWidth() - 20) * counts[a] / Math.max(n, 1), 14));
                    }
                });
        DocumentMeta meta = new DocumentMeta("chronology", "Benchmark Safeguarding Children Partnership",
                "Multi-agency chronology", "Benchmark", Audience.CASE, List.of("BENCH"));
        return new ChronologyDocument(meta, "Invented Child", LocalDate.of(2006, 6, 1), "Benchmark",
                n == 0 ? null : start,
                n == 0 ? null : start.plusDays((n - 1) * days / Math.max(n, 1)), agencies,
                (int) entries.stream().filter(Entry::voiceWithoutAction).count(),
                (int) entries.stream().filter(Entry::keyEvent).count(), entries, timeline,
                List.of("Probation Service submitted no entries."));
    }
}
