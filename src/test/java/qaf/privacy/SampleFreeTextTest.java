package qaf.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import qaf.calendar.StrictDates;
import qaf.ingest.FreeTextColumns;

/**
 * The false-positive rate on real-looking text: every free-text cell of the sample dataset,
 * screened against the sample's own children. Only a chronology (a case document, which may name
 * its child) is allowed to name one, and there every name must belong to a child of that case's
 * family — a hit on anyone else would be a false positive.
 */
class SampleFreeTextTest {
    private static final Path SAMPLE = Path.of("sample-data");
    /** Columns that reach case documents only. */
    private static final Set<String> CASE_ONLY = Set.of("chronology.csv.event", "chronology.csv.source",
            "chronology.csv.child_voice", "chronology.csv.action");

    @Test
    void noFreeTextOutsideTheChronologyNamesAChildAndChronologiesNameOnlyTheirOwnChild() throws IOException {
        List<ChildIdentity> children = sampleChildren();
        ChildMatcher matcher = ChildMatcher.of(children);
        Map<String, String> familyOf = new HashMap<>();
        children.forEach(c -> familyOf.put(c.childRef(), c.familyName()));
        Map<String, String> childOfCase = childOfCase();

        Map<String, Integer> cells = new TreeMap<>();
        Map<String, Integer> hits = new TreeMap<>();
        List<String> falsePositives = new ArrayList<>();
        for (Map.Entry<String, List<String>> file : FreeTextColumns.byFile().entrySet()) {
            Path csv = SAMPLE.resolve(file.getKey());
            if (!Files.exists(csv)) {
                continue;
            }
            for (CSVRecord row : rows(csv)) {
                for (String column : file.getValue()) {
                    if (!row.isMapped(column) || row.get(column).isEmpty()) {
                        continue;
                    }
                    String where = file.getKey() + "." + column;
                    cells.merge(where, 1, Integer::sum);
                    for (Hit hit : matcher.find(row.get(column))) {
                        hits.merge(where, 1, Integer::sum);
                        boolean ownFamily = CASE_ONLY.contains(where) && hit.kind() != Hit.Kind.DATE_OF_BIRTH
                                && hit.childRefs().stream().anyMatch(ref -> familyOf.get(ref)
                                        .equals(familyOf.get(childOfCase.get(row.get("case_ref")))));
                        if (!ownFamily) {
                            falsePositives.add(where + " line " + row.getParser().getCurrentLineNumber() + ": "
                                    + hit.describe());
                        }
                    }
                }
            }
        }
        System.out.println("sample free text: cells per column " + cells);
        System.out.println("sample free text: hits per column " + hits + "; false positives " + falsePositives.size());
        assertTrue(cells.values().stream().mapToInt(Integer::intValue).sum() > 3000, "too few cells read: " + cells);
        assertTrue(hits.getOrDefault("chronology.csv.event", 0) > 100,
                "the sample's chronologies name their children; the screen must see them: " + hits);
        assertEquals(List.of(), falsePositives);
    }

    static List<ChildIdentity> sampleChildren() throws IOException {
        List<ChildIdentity> children = new ArrayList<>();
        for (CSVRecord r : rows(SAMPLE.resolve("children.csv"))) {
            children.add(new ChildIdentity(r.get("child_ref"), r.get("given_name"), r.get("family_name"),
                    StrictDates.parse(r.get("date_of_birth")), r.get("pseudonym")));
        }
        return children;
    }

    private static Map<String, String> childOfCase() throws IOException {
        Map<String, String> child = new HashMap<>();
        for (CSVRecord r : rows(SAMPLE.resolve("cases.csv"))) {
            child.put(r.get("case_ref"), r.get("child_ref"));
        }
        return child;
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }
}
