package qaf.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.catalogue.Catalogue;
import qaf.ingest.Ingest;
import qaf.pipeline.Build;
import qaf.pipeline.BuildProgress;
import qaf.render.Format;
import qaf.render.docx.DocxProjection;
import qaf.store.Database;
import qaf.testing.PdfText;

/**
 * A Working Together 2023 partnership (datasets/terms-2023: its terms.csv and its name) builds every
 * kind of the catalogue, the board pack and the front page, and not one of the framework's 2018 words
 * is left in any file: PDF text and metadata, every XML part of each DOCX, every table's CSV.
 */
class PartnershipTermsBuildTest {
    /**
     * The 2018 words checked, each as the pattern it is looked for with. "board" alone is not among
     * them: the board audience, its marking and the board pack name the framework's classes of
     * document, not the body; "the board" in prose is.
     */
    static final Map<String, Pattern> WORDS_2018 = words2018();

    /**
     * A WT2023 partnership's records use its own words too: the sample's free text is rewritten with
     * them, so that whatever 2018 word a document shows came from qaf, not from the data.
     */
    private static final Map<Pattern, String> RECORDS_IN_2023_WORDS = recordsIn2023Words();

    @TempDir
    static Path dir;

    private static final Map<String, String> TEXT = new TreeMap<>();

    @BeforeAll
    static void buildEveryKindForA2023Partnership() throws IOException {
        Path data = dataset(dir.resolve("dataset"));
        Path out = dir.resolve("out");
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(data, db);
            Build.Options options = new Build.Options(out, null, Set.of(), EnumSet.allOf(Format.class), 2, true,
                    List.of(), true);
            Build.Result result = new Build(db, options, "test", BuildProgress.SILENT, Clock.systemUTC()).run();
            assertEquals(List.of(), result.failures());
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = out.relativize(f).toString();
                byte[] bytes = Files.readAllBytes(f);
                if (name.endsWith(".pdf")) {
                    TEXT.put(name, PdfText.textAndMetadata(bytes));
                } else if (name.endsWith(".docx")) {
                    TEXT.put(name, DocxProjection.allText(bytes));
                } else if (name.endsWith(".csv") || name.endsWith(".html")) {
                    TEXT.put(name, new String(bytes, StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Test
    void everyKindIsBuiltInBothFormats() {
        for (var kind : Catalogue.ALL) {
            for (Format format : Format.values()) {
                assertTrue(TEXT.keySet().stream().anyMatch(n -> n.contains("/" + kind.id() + "/")
                        && n.endsWith("." + format.extension())), kind.id() + " has no " + format + " file");
            }
        }
        assertTrue(TEXT.keySet().stream().anyMatch(n -> n.contains("/board-pack/")), TEXT.keySet().toString());
        assertTrue(TEXT.containsKey("index.html"), TEXT.keySet().toString());
    }

    @Test
    void noDocumentShowsAnyOfTheFrameworks2018Words() {
        // One line per kind and word (its first file, in context, and how many files), so a miss reads at once.
        Map<String, String> first = new TreeMap<>();
        Map<String, Integer> files = new TreeMap<>();
        TEXT.forEach((file, text) -> WORDS_2018.forEach((word, pattern) -> {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                String key = kindOf(file) + ": " + word;
                files.merge(key, 1, Integer::sum);
                int from = Math.max(0, m.start() - 50);
                first.putIfAbsent(key, file + ": \u2026" + text.substring(from, Math.min(text.length(), m.end() + 50))
                        .replaceAll("\\s+", " ") + "\u2026");
            }
        }));
        List<String> found = new ArrayList<>();
        first.forEach((key, where) -> found.add(key + " (" + files.get(key) + " files), e.g. " + where));
        assertEquals(List.of(), found, String.join("\n", found));
    }

    private static String kindOf(String file) {
        String[] parts = file.split("/");
        return parts.length > 2 ? parts[1] : file;
    }

    @Test
    void theDocumentsNameThePartnershipsOwnBodies() {
        assertShows("annual-report-reviews", "Practice Review Group");
        assertShows("annual-report-audit", "Quality and Learning Group");
        assertShows("annual-report-training", "Workforce Development Group");
        assertShows("annual-report-reviews", "Child Safeguarding Practice Review Panel");
        assertShows("single-agency-overview", "Safeguarding Children Partnership");
        assertShows("index.html", "Practice Review Group");
    }

    private static void assertShows(String where, String words) {
        List<String> files = TEXT.keySet().stream().filter(n -> n.contains(where)).toList();
        assertTrue(!files.isEmpty(), where);
        for (String f : files) {
            if (f.endsWith(".pdf") || f.endsWith(".docx") || f.endsWith(".html")) {
                assertTrue(TEXT.get(f).replaceAll("\\s+", " ").contains(words), f + " does not show " + words);
            }
        }
    }

    /** The sample dataset, its records in the partnership's 2023 words, with its terms.csv and name. */
    static Path dataset(Path target) throws IOException {
        Path sample = Path.of("sample-data");
        Path fixture = Path.of("src/test/resources/datasets/terms-2023");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Path to = target.resolve(sample.relativize(f).toString());
                Files.createDirectories(to.getParent());
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (Map.Entry<Pattern, String> e : RECORDS_IN_2023_WORDS.entrySet()) {
                    text = e.getKey().matcher(text).replaceAll(e.getValue());
                }
                Files.writeString(to, text, StandardCharsets.UTF_8);
            }
        }
        Files.copy(fixture.resolve("terms.csv"), target.resolve("terms.csv"));
        Files.copy(fixture.resolve("partnership.csv"), target.resolve("partnership.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static Map<String, Pattern> words2018() {
        Map<String, Pattern> w = new LinkedHashMap<>();
        w.put("Local Safeguarding Children Board", ci("Local\\s+Safeguarding\\s+Children\\s+Boards?"));
        w.put("LSCB", ci("\\bLSCBs?\\b"));
        w.put("Serious Case Review", ci("Serious\\s+Case\\s+Reviews?"));
        w.put("SCR", Pattern.compile("\\bSCRs?\\b"));
        w.put("Audit and Scrutiny (subgroup)", ci("Audit\\s+(and|&amp;|&)\\s+Scrutiny"));
        w.put("Training subgroup", ci("Training\\s+sub-?group"));
        w.put("Independent Chair", ci("Independent\\s+Chair"));
        w.put("National Panel", ci("National\\s+Panel"));
        w.put("Quality Assurance Service manager", ci("(Quality\\s+Assurance|QA)\\s+Service\\s+Manager"));
        w.put("business manager / performance analyst of the LSCB", ci("LSCB\\s+(business\\s+manager|performance\\s+analyst)"));
        w.put("the board (in prose)", ci("\\bthe\\s+board\\b(?![\\s-]+pack)"));
        return w;
    }

    private static Pattern ci(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Map<Pattern, String> recordsIn2023Words() {
        Map<Pattern, String> r = new LinkedHashMap<>();
        r.put(ci("Local Safeguarding Children Board"), "Safeguarding Children Partnership");
        r.put(Pattern.compile("\\bLSCB"), "SCP");
        r.put(Pattern.compile("\\blscb"), "scp");
        r.put(ci("(Serious Case Review|SCR) sub-?group"), "Practice Review Group");
        r.put(ci("serious case review"), "child safeguarding practice review");
        r.put(Pattern.compile("\\bSCR"), "CSPR");
        r.put(ci("Audit (and|&) Scrutiny sub-?group"), "Quality and Learning Group");
        r.put(ci("Audit (and|&) Scrutiny"), "Quality and Learning");
        r.put(ci("Training sub-?group"), "Workforce Development Group");
        r.put(ci("Independent Chair"), "independent scrutineer");
        r.put(ci("National Panel"), "Child Safeguarding Practice Review Panel");
        r.put(ci("(Quality Assurance|QA) Service Manager"), "Quality Assurance Lead");
        r.put(Pattern.compile("\\bthe board\\b"), "the partnership");
        r.put(Pattern.compile("\\bThe board\\b"), "The partnership");
        return r;
    }
}
