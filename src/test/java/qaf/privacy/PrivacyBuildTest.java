package qaf.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.calendar.ReportingYear;
import qaf.catalogue.Catalogue;
import qaf.ingest.FreeTextColumns;
import qaf.ingest.Ingest;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKind;
import qaf.pipeline.Build;
import qaf.pipeline.BuildProgress;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;
import qaf.render.Format;
import qaf.scan.OutputScan;
import qaf.store.ChildQueries;
import qaf.store.Database;

/**
 * The privacy screen in the build, over every board and public kind: the sample with the corpus's
 * children added to children.csv and every variant of the generated corpus (every family: Unicode
 * forms, no accents, no-break spaces and line breaks, every dash in double-barrelled names,
 * apostrophes, possessives, letter case, family name first, a given or family name alone, common-word
 * names, dates of birth numeric and with month names, ordinals) typed into the free-text columns of
 * the dataset (regrade rationales, case strengths, action descriptions, review learning, audit
 * sections, briefing titles and sections, feedback comments…). What is published is read back as
 * an outsider would ({@link OutputScan}): no board or public file holds any of them; the build
 * report records each hit without its text; the public briefings and QA programme, which got variants too,
 * failed.
 */
class PrivacyBuildTest {
    /** Columns that name the partnership's professionals or the agencies themselves: not text about a child. */
    private static final Set<String> NOT_FREE_TEXT = Set.of("agencies.csv", "partnership.csv", "chronology.csv",
            "cases.csv.case_worker", "cases.csv.supervising_manager", "evaluations.csv.chair",
            "reviews.csv.reviewer", "close_the_loop.csv.lead_person");
    /** Case documents may name their child; the screen leaves them alone, so they are not built here. */
    private static final Set<String> CASE_KINDS = Set.of("chronology", "close-the-loop", "single-agency-review");
    private static final String YEAR = "2018-19";
    /** The public kinds: their documents are refused, not replaced. */
    private static final String PUBLIC_KIND = "seven-minute-briefing";
    private static final Set<String> PUBLIC_KINDS = Set.of(PUBLIC_KIND, "qa-programme");

    @TempDir
    static Path dir;

    private static Path out;
    private static Build.Result result;
    private static ChildMatcher matcher;
    private static Set<String> onRecordDates;
    private static int variantCount;
    private static int cellsWithVariants;
    /** "file.column" of every cell a variant was typed into. */
    private static final Set<String> typedInto = new TreeSet<>();

    @BeforeAll
    static void buildTheCorpus() throws IOException {
        Path data = copySample(dir.resolve("dataset"));
        addCorpusChildren(data.resolve("children.csv"));
        List<PrivacyCorpus.Variant> variants = PrivacyCorpus.variants();
        variantCount = variants.size();
        cellsWithVariants = typeIntoFreeText(data, variants);
        out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(data, db);
            matcher = ChildMatcher.of(ChildQueries.identities(db), ChildQueries.professionals(db));
            onRecordDates = BuildContext.birthdaysOnRecordDates(db, ReportingYear.parse(YEAR, 4));
            Set<String> kinds = new TreeSet<>();
            Catalogue.ALL.stream().map(DocumentKind::id).filter(k -> !CASE_KINDS.contains(k)).forEach(kinds::add);
            Build.Options options = new Build.Options(out, YEAR, kinds, EnumSet.allOf(Format.class), 2);
            result = new Build(db, options, "test", BuildProgress.SILENT, Clock.systemUTC()).run();
        }
        System.out.println("privacy build corpus: " + variantCount + " variants in " + cellsWithVariants
                + " free-text cells; " + result.report().privacy().replaced() + " hits replaced, "
                + result.report().privacy().refused() + " refused");
    }

    @Test
    void noPublishedBoardOrPublicFileHoldsAnyVariant() throws IOException {
        assertTrue(variantCount > 1000, "the corpus has shrunk: " + variantCount);
        assertTrue(PrivacyCorpus.CHILDREN.stream().noneMatch(c -> onRecordDates.contains(c.ref())),
                "a corpus child's date of birth is a record date: its dates would not count");
        Manifest manifest = Manifest.read(out).orElseThrow();
        OutputScan.Result scan = new OutputScan(out, matcher, onRecordDates).scan(manifest);
        assertTrue(scan.filesScanned() > 50, "scanned " + scan.filesScanned());
        assertEquals(List.of(), scan.findings().stream().map(f -> f.file() + " | " + f.format()).toList());
        assertEquals(List.of(), scan.unreadable());
    }

    @Test
    void everyBoardKindHadVariantsReplacedAndPublishedAndEveryHitIsRecordedWithoutItsText() throws IOException {
        BuildReport.Privacy privacy = result.report().privacy();
        Manifest manifest = Manifest.read(out).orElseThrow();
        Set<String> boardKinds = new TreeSet<>();
        manifest.documents().stream().filter(d -> d.audience().equals("board")).forEach(d -> boardKinds.add(d.kind()));
        Set<String> replacedIn = new TreeSet<>();
        privacy.hits().stream().filter(h -> h.action().equals(BuildReport.PrivacyHit.REPLACED))
                .forEach(h -> replacedIn.add(h.kind()));
        Set<String> expected = new TreeSet<>();
        Catalogue.ALL.stream().map(DocumentKind::id).filter(k -> !CASE_KINDS.contains(k) && !PUBLIC_KINDS.contains(k))
                .forEach(expected::add);
        assertEquals(expected, boardKinds, "every board kind published");
        assertEquals(boardKinds, replacedIn, "every board kind had variants replaced");
        assertTrue(privacy.replaced() > 500, "replaced " + privacy.replaced());
        int pointedToOne = 0;
        for (BuildReport.PrivacyHit hit : privacy.hits()) {
            assertFalse(hit.where().isEmpty(), hit.toString());
            assertFalse(hit.children().isEmpty(), hit.toString());
            // Every variant was typed into a free-text cell: each hit points back to one, or to candidates.
            assertTrue(hit.sourceCandidates() > 0, hit.toString());
            assertEquals(Math.min(hit.sourceCandidates(), qaf.privacy.SourceCells.LISTED), hit.sources().size());
            for (BuildReport.Source source : hit.sources()) {
                assertTrue(typedInto.contains(source.file() + "." + source.column()), source.toString());
                assertFalse(source.row().isEmpty(), source.toString());
            }
            pointedToOne += hit.sourceCandidates() == 1 ? 1 : 0;
        }
        System.out.println("privacy build corpus: " + pointedToOne + " of " + privacy.hits().size()
                + " hits pointed to one cell, the others to candidates; screen " + privacy.durationMs() + " ms, of which"
                + " finding the cells " + privacy.sourcesMs() + " ms");
        // The report and the manifest point to places and refs, never the text found.
        for (String file : List.of(BuildReport.FILE_NAME, "manifest.json")) {
            String text = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
            assertEquals(List.of(), matcher.find(text), file);
        }
    }

    @Test
    void everyPublicDocumentGivenAVariantFailedAndNothingWasPublishedUnderItsName() throws IOException {
        Manifest manifest = Manifest.read(out).orElseThrow();
        List<Manifest.Failure> refused = result.failures().stream().filter(f -> PUBLIC_KINDS.contains(f.kind()))
                .toList();
        assertTrue(refused.stream().anyMatch(f -> f.kind().equals(PUBLIC_KIND)));
        // The QA programme prints the evaluations' themes and the programme's notes, which got variants too.
        assertTrue(refused.stream().anyMatch(f -> f.kind().equals("qa-programme")));
        for (Manifest.Failure f : refused) {
            assertTrue(f.reason().contains("the privacy screen found"), f.reason());
            assertTrue(manifest.documents().stream().noneMatch(d -> d.kind().equals(f.kind())
                    && d.path().contains("/" + f.name() + ".")), f.name());
            assertFalse(Files.exists(out.resolve(YEAR + "/" + f.kind() + "/" + f.name() + ".pdf")), f.name());
        }
        assertTrue(result.report().privacy().refused() > 0);
        assertTrue(result.failures().stream().allMatch(f -> PUBLIC_KINDS.contains(f.kind())),
                "only the public documents failed: " + result.failures());
    }

    private static Path copySample(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
        return to;
    }

    /** The corpus's children, with pseudonyms of their own (the sample's "Child A".. are taken). */
    private static void addCorpusChildren(Path children) throws IOException {
        StringBuilder rows = new StringBuilder();
        int n = 1;
        for (PrivacyCorpus.Child c : PrivacyCorpus.CHILDREN) {
            rows.append(c.ref()).append(',').append(c.given()).append(',').append(csv(c.family())).append(',')
                    .append(c.born()).append(",,,,").append(String.format("Corpus child %02d", n++)).append('\n');
        }
        String text = Files.readString(children, StandardCharsets.UTF_8);
        Files.writeString(children, (text.endsWith("\n") ? text : text + "\n") + rows, StandardCharsets.UTF_8);
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /**
     * Deals the variants round the free-text cells of every row, one sentence each ("The panel
     * discussed … with the agencies.": mid-sentence, so a common-word name counts), until every
     * variant is typed somewhere and every cell holds one. Returns how many cells got one.
     */
    private static int typeIntoFreeText(Path data, List<PrivacyCorpus.Variant> variants) throws IOException {
        Map<String, List<String>> columns = new TreeMap<>(FreeTextColumns.byFile());
        Map<String, List<CSVRecord>> records = new TreeMap<>();
        Map<String, List<String>> headers = new TreeMap<>();
        List<int[]> cells = new ArrayList<>(); // file index, row, column index
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : columns.entrySet()) {
            String file = e.getKey();
            if (NOT_FREE_TEXT.contains(file) || !Files.exists(data.resolve(file))) {
                continue;
            }
            try (Reader in = Files.newBufferedReader(data.resolve(file), StandardCharsets.UTF_8);
                    CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                            .parse(in)) {
                records.put(file, parser.getRecords());
                headers.put(file, parser.getHeaderNames());
            }
            files.add(file);
            List<String> header = headers.get(file);
            for (int r = 0; r < records.get(file).size(); r++) {
                for (String column : e.getValue()) {
                    if (!NOT_FREE_TEXT.contains(file + "." + column) && header.contains(column)) {
                        cells.add(new int[] {files.size() - 1, r, header.indexOf(column)});
                    }
                }
            }
        }
        Map<String, List<List<String>>> rows = new TreeMap<>();
        records.forEach((file, list) -> rows.put(file, new ArrayList<>(list.stream()
                .map(r -> new ArrayList<>(r.toList())).map(l -> (List<String>) l).toList())));
        int deals = Math.max(variants.size(), cells.size());
        Set<Integer> used = new LinkedHashSet<>();
        for (int i = 0; i < deals; i++) {
            int[] cell = cells.get(i % cells.size());
            used.add(i % cells.size());
            List<String> row = rows.get(files.get(cell[0])).get(cell[1]);
            typedInto.add(files.get(cell[0]) + "." + headers.get(files.get(cell[0])).get(cell[2]));
            String before = row.get(cell[2]);
            String sentence = "The panel discussed " + variants.get(i % variants.size()).text() + " with the agencies.";
            row.set(cell[2], before.isBlank() ? sentence : before + " " + sentence);
        }
        for (String file : files) {
            try (Writer w = Files.newBufferedWriter(data.resolve(file), StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180)) {
                printer.printRecord(headers.get(file));
                for (List<String> row : rows.get(file)) {
                    printer.printRecord(row);
                }
            }
        }
        return used.size();
    }
}
