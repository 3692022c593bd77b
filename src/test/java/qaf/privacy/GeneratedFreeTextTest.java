package qaf.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.calendar.StrictDates;
import qaf.generate.DatasetGenerator;
import qaf.ingest.FreeTextColumns;

/**
 * Generated partnerships draw their professionals' names from the same lists as their children's,
 * so agency leads and case workers share children's family names ("Neil Rahman, Named GP" beside
 * "Aisha Rahman"). Told who the professionals are, the screen finds no name in any free text but
 * the chronologies'; without that, each of those professionals would be a false positive.
 */
class GeneratedFreeTextTest {
    private static final String[][] PROFESSIONALS = {{"agencies.csv", "lead_person"}, {"cases.csv", "case_worker"},
        {"cases.csv", "supervising_manager"}, {"evaluations.csv", "chair"}, {"reviews.csv", "reviewer"},
        {"close_the_loop.csv", "lead_person"}};

    @TempDir
    Path dir;

    @Test
    void professionalsWhoShareAChildsFamilyNameAreNotTakenForTheChild() throws IOException {
        new DatasetGenerator(2018).write(dir, 5);
        Map<String, Integer> withoutProfessionals = new TreeMap<>();
        List<String> falsePositives = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            Path data = dir.resolve(String.format("partnership-%02d", p));
            List<ChildIdentity> children = new ArrayList<>();
            for (CSVRecord r : rows(data.resolve("children.csv"))) {
                children.add(new ChildIdentity(r.get("child_ref"), r.get("given_name"), r.get("family_name"),
                        StrictDates.parse(r.get("date_of_birth")), r.get("pseudonym")));
            }
            List<String> professionals = new ArrayList<>();
            for (String[] column : PROFESSIONALS) {
                for (CSVRecord r : rows(data.resolve(column[0]))) {
                    if (r.isMapped(column[1]) && !r.get(column[1]).isEmpty()) {
                        professionals.add(r.get(column[1]));
                    }
                }
            }
            ChildMatcher told = ChildMatcher.of(children, professionals);
            ChildMatcher untold = ChildMatcher.of(children);
            for (Map.Entry<String, List<String>> file : FreeTextColumns.byFile().entrySet()) {
                if (file.getKey().equals("chronology.csv") || !Files.exists(data.resolve(file.getKey()))) {
                    continue;
                }
                for (CSVRecord r : rows(data.resolve(file.getKey()))) {
                    for (String column : file.getValue()) {
                        String text = r.isMapped(column) ? r.get(column) : "";
                        String where = file.getKey() + "." + column;
                        for (Hit hit : untold.find(text)) {
                            if (hit.kind() != Hit.Kind.DATE_OF_BIRTH) {
                                withoutProfessionals.merge(where, 1, Integer::sum);
                            }
                        }
                        for (Hit hit : told.find(text)) {
                            if (hit.kind() != Hit.Kind.DATE_OF_BIRTH) { // a deadline may fall on a birthday
                                falsePositives.add("partnership " + p + " " + where + ": " + hit.describe());
                            }
                        }
                    }
                }
            }
        }
        System.out.println("generated free text, name hits without the professionals: " + withoutProfessionals);
        assertTrue(withoutProfessionals.values().stream().mapToInt(Integer::intValue).sum() > 20,
                "the generated data should hold professionals who share a child's family name: " + withoutProfessionals);
        assertEquals(List.of(), falsePositives);
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }
}
