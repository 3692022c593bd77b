package qaf.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests' contract check must catch broken data, or the sample tests prove nothing. */
class ContractCheckTest {
    @TempDir
    Path dir;

    @BeforeEach
    void writeValidDataset() {
        new DatasetGenerator(3).write(dir, 1);
        assertEquals(List.of(), ContractCheck.of(dir).problems());
    }

    private void replaceLine(String file, int line, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        String old = lines.get(line);
        assertTrue(old.contains(from), old);
        lines.set(line, old.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    private void assertProblem(String fragment) {
        List<String> problems = ContractCheck.of(dir).problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains(fragment)), "expected '" + fragment + "' in " + problems);
    }

    @Test
    void impossibleDateIsCaught() throws IOException {
        String line = Files.readAllLines(dir.resolve("children.csv"), StandardCharsets.UTF_8).get(1);
        String dob = line.split(",")[3];
        replaceLine("children.csv", 1, dob, "2017-02-29");
        assertProblem("children.csv:2:date_of_birth");
    }

    @Test
    void unknownAgencyIsCaught() throws IOException {
        replaceLine("s11_returns.csv", 1, ",", ",NOPE");
        assertProblem("does not resolve");
    }

    @Test
    void duplicateKeyIsCaught() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("evaluations.csv"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("evaluations.csv"), String.join("\n", lines) + "\n" + lines.get(1) + "\n",
                StandardCharsets.UTF_8);
        assertProblem("duplicate key");
    }

    @Test
    void wrongHeaderIsCaught() throws IOException {
        replaceLine("cases.csv", 0, "case_type", "type");
        assertProblem("header");
    }

    @Test
    void badEnumIsCaught() throws IOException {
        replaceLine("evaluations.csv", 1, ",full,", ",complete,");
        assertProblem("not one of");
    }

    @Test
    void missingRegradeRationaleIsCaught() throws IOException {
        Path file = dir.resolve("agency_evaluations.csv");
        String header = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        String[] first = Files.readAllLines(dir.resolve("evaluation_cases.csv"), StandardCharsets.UTF_8).get(1)
                .split(",");
        String agency = Files.readAllLines(dir.resolve("chronology.csv"), StandardCharsets.UTF_8).get(1).split(",")[1];
        Files.writeString(file, header + "\n" + first[0] + "," + first[1] + "," + agency
                + ",good,inadequate,,,,,\n", StandardCharsets.UTF_8);
        assertProblem("regrade without rationale");
    }

    @Test
    void completedActionWithoutDateIsCaught() throws IOException {
        Path file = dir.resolve("actions.csv");
        String header = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        String evaluation = Files.readAllLines(dir.resolve("evaluations.csv"), StandardCharsets.UTF_8).get(1)
                .split(",")[0];
        Files.writeString(file, header + "\nX1,thematic," + evaluation + ",,Do it,2018-06-01,2018-07-01,complete,,,\n",
                StandardCharsets.UTF_8);
        assertProblem("complete without completed_on");
    }
}
