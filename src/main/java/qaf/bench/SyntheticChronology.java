package qaf.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A large, invented dataset (agencies, children, cases, chronology) for measuring and crash-testing
 * the ingest; deterministic for a given seed. Revision 1 rewrites every other entry's text and adds
 * a tenth more entries, so it differs from revision 0 across the whole chronology.
 */
public final class SyntheticChronology {
    private static final List<String> AGENCIES = List.of("POL,Northvale Constabulary,police",
            "CSC,Children's Social Care,social-care", "ICB,Integrated Care Board,health", "HV,Health Visiting,health",
            "SCH,Brookside Primary School,education", "PRB,Probation Service,probation",
            "YJS,Youth Justice Service,youth-justice", "HSG,Housing Options,housing");
    private static final List<String> GIVEN = List.of("Zoë", "Łukasz", "Siobhán", "Amara", "Kai", "Noor", "Mateo",
            "Aisling", "Thành", "Olamide");
    private static final List<String> FAMILY = List.of("Nguyễn", "Kowalski", "O'Neill", "Okafor", "Ahmed",
            "Silva", "Brennan", "Jones", "Müller", "Ó Briain");
    private static final List<String> EVENTS = List.of(
            "Home visit; child seen alone and said \"I like my new school\".",
            "Strategy discussion held with police, health and school.",
            "Missed health appointment, follow-up letter sent.",
            "Referral received from school about attendance, 3 days absent.",
            "Police attended a report of a disturbance at the address, no arrests.");

    private SyntheticChronology() {
    }

    public static void write(Path dir, int entries, long seed, int revision) {
        int children = Math.max(1, entries / 100);
        try {
            Files.createDirectories(dir);
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("agencies.csv"), StandardCharsets.UTF_8)) {
                out.write("code,name,sector\n");
                for (String a : AGENCIES) {
                    out.write(a + "\n");
                }
            }
            SplittableRandom random = new SplittableRandom(seed);
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("children.csv"), StandardCharsets.UTF_8);
                    BufferedWriter cases = Files.newBufferedWriter(dir.resolve("cases.csv"), StandardCharsets.UTF_8)) {
                out.write("child_ref,given_name,family_name,date_of_birth\n");
                cases.write("case_ref,child_ref,case_type,opened_on\n");
                for (int c = 0; c < children; c++) {
                    LocalDate born = LocalDate.of(2004, 1, 1).plusDays(random.nextInt(5000));
                    out.write(String.format(Locale.UK, "CH-%06d,%s,\"%s\",%s%n", c, GIVEN.get(random.nextInt(10)),
                            FAMILY.get(random.nextInt(10)), born));
                    cases.write(String.format(Locale.UK, "C-%06d,CH-%06d,cp,%s%n", c, c, born.plusYears(2)));
                }
            }
            int total = revision == 0 ? entries : entries + entries / 10;
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("chronology.csv"), StandardCharsets.UTF_8)) {
                out.write("case_ref,agency_code,entry_ref,date,time,event,source,child_voice,impact,key_event\n");
                for (int e = 0; e < total; e++) {
                    String line = AGENCIES.get(e % AGENCIES.size());
                    String agency = line.substring(0, line.indexOf(','));
                    LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(1400));
                    String event = EVENTS.get(random.nextInt(EVENTS.size()));
                    if (revision > 0 && e % 2 == 0) {
                        event = event + " Updated in revision " + revision + ".";
                    }
                    out.write(String.format(Locale.UK, "C-%06d,%s,E-%07d,%s,%02d:%02d,\"%s\",Record %d,%s,%s,%s%n",
                            e % children, agency, e, date, random.nextInt(24), random.nextInt(60),
                            event.replace("\"", "\"\""), random.nextInt(100_000),
                            e % 7 == 0 ? "Said she feels safe at nan's" : "",
                            List.of("positive", "negative", "neutral", "").get(e % 4), e % 11 == 0 ? "yes" : "no"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic dataset to " + dir, e);
        }
    }
}
