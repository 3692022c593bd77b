package qaf.returns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.EvaluationTimetable;
import qaf.calendar.WorkingDays;
import qaf.store.Database;
import qaf.store.EvaluationQueries;
import qaf.store.ProgrammeQueries;
import qaf.store.ReturnsQueries;
import qaf.store.ReturnsQueries.Agency;
import qaf.terms.Terms;

/**
 * Issues the forms of one process into a folder, one file per agency (per agency and case for
 * close-the-loop forms). Every file is made in memory first, so a failure writes nothing; the files
 * are then moved in under their final names.
 */
public final class ReturnsIssue {
    private final Database db;
    private final String partnership;
    private final WorkingDays workingDays;
    private final LocalDate issuedOn;
    private final String version;
    private final Terms terms;

    /**
     * @param issuedOn the day the forms are issued (the clock, injected): dated in the files and the
     *     day close-the-loop statuses are as at
     */
    public ReturnsIssue(Database db, String partnership, WorkingDays workingDays, LocalDate issuedOn, String version) {
        this.db = db;
        this.partnership = partnership;
        this.workingDays = workingDays;
        this.issuedOn = issuedOn;
        this.version = version;
        this.terms = ProgrammeQueries.terms(db);
    }

    /** The evaluation is not in the database, or no form is due from anyone. */
    public static final class NothingToIssue extends Exception {
        private static final long serialVersionUID = 1L;

        NothingToIssue(String message) {
            super(message);
        }
    }

    /**
     * Per agency involved (graded on a case, or holding chronology entries on one; every agency when
     * none is yet), {@code <evaluation>-<agency>.xlsx}.
     *
     * @return the files written, by name
     */
    public List<Path> evaluation(String ref, Path out) throws IOException, NothingToIssue {
        EvaluationData data = evaluationData(ref);
        TreeSet<String> involved = new TreeSet<>(ReturnsQueries.chronologyAgencies(db, ref));
        data.grades().stream().map(AgencyGrade::agencyCode).forEach(involved::add);
        List<Agency> agencies = ReturnsQueries.agencies(db).stream()
                .filter(a -> involved.isEmpty() || involved.contains(a.code())).toList();
        if (data.cases().isEmpty()) {
            throw new NothingToIssue("evaluation " + ref + " has no cases in evaluation_cases — add its cases first");
        }
        var timetable = EvaluationTimetable.of(data.evaluation(), workingDays);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Agency a : agencies) {
            Map<String, List<ReturnsQueries.ChronologyEntry>> entries = new LinkedHashMap<>();
            for (var c : data.cases()) {
                List<ReturnsQueries.ChronologyEntry> stored = ReturnsQueries.chronology(db, c.caseRef(), a.code());
                if (!stored.isEmpty()) {
                    entries.put(c.caseRef(), stored);
                }
            }
            try (XSSFWorkbook wb = EvaluationWorkbook.build(partnership, terms, data, timetable, a, entries,
                    issuedOn)) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                wb.write(bytes);
                files.put(ref + "-" + a.code() + ".xlsx", bytes.toByteArray());
            }
        }
        return write(files, out);
    }

    /** Per agency whose Section 11 return of the cycle is opened (s11_returns), {@code s11-<cycle>-<agency>.xlsx}. */
    public List<Path> s11(String cycle, Path out) throws IOException, NothingToIssue {
        List<ReturnsQueries.S11Return> opened = ReturnsQueries.s11Returns(db, cycle);
        if (opened.isEmpty()) {
            throw new NothingToIssue("no Section 11 return is opened for cycle " + cycle + " — add the agencies' rows"
                    + " to s11_returns.csv (opened_on, due_on) and ingest it first");
        }
        Map<String, Agency> agencies = new LinkedHashMap<>();
        ReturnsQueries.agencies(db).forEach(a -> agencies.put(a.code(), a));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (ReturnsQueries.S11Return r : opened) {
            try (XSSFWorkbook wb = AuditWorkbook.s11(partnership, terms, cycle, agencies.get(r.agencyCode()),
                    Optional.of(r.dueOn()), ReturnsQueries.s11Scores(db, cycle, r.agencyCode()), issuedOn)) {
                files.put("s11-" + cycle + "-" + r.agencyCode() + ".xlsx", bytes(wb));
            }
        }
        return write(files, out);
    }

    /** Per school (an education agency, or one audited in the cycle), {@code schools-<cycle>-<agency>.xlsx}. */
    public List<Path> schools(String cycle, Path out) throws IOException, NothingToIssue {
        TreeSet<String> codes = new TreeSet<>(ReturnsQueries.schoolAuditAgencies(db, cycle));
        List<Agency> schools = ReturnsQueries.agencies(db).stream()
                .filter(a -> a.sector().equals("education") || codes.contains(a.code())).toList();
        if (schools.isEmpty()) {
            throw new NothingToIssue("no school to audit: no agency has sector education in agencies.csv");
        }
        Optional<LocalDate> due = ProgrammeQueries.programme(db, "school-audit", cycle).map(p -> p.dueOn());
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Agency a : schools) {
            try (XSSFWorkbook wb = AuditWorkbook.schools(partnership, terms, cycle, a, due,
                    ReturnsQueries.schoolAudit(db, cycle, a.code()), issuedOn)) {
                files.put("schools-" + cycle + "-" + a.code() + ".xlsx", bytes(wb));
            }
        }
        return write(files, out);
    }

    /** Appendix E per agency, {@code single-agency-<year>-<agency>.docx}. */
    public List<Path> singleAgency(String year, Path out) throws IOException, NothingToIssue {
        List<Agency> agencies = ReturnsQueries.agencies(db);
        if (agencies.isEmpty()) {
            throw new NothingToIssue("no agencies in the database — ingest agencies.csv first");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Agency a : agencies) {
            files.put("single-agency-" + year + "-" + a.code() + ".docx",
                    SingleAgencyForm.build(partnership, terms, year, a, ReturnsQueries.singleAgencyAudit(db, year,
                            a.code()), issuedOn, version));
        }
        return write(files, out);
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    /** Per agency and case due a close-the-loop form, {@code <evaluation>-<case>-<agency>-close-the-loop.docx}. */
    public List<Path> closeTheLoop(String ref, Path out) throws IOException, NothingToIssue {
        EvaluationData data = evaluationData(ref);
        EvaluationFindings findings = EvaluationFindings.of(data, workingDays, issuedOn);
        List<CloseTheLoopItem> due = findings.closeTheLoop().expected();
        if (due.isEmpty()) {
            throw new NothingToIssue("no close-the-loop form is due in evaluation " + ref + ": no agency's final grade"
                    + " on a case is requires improvement or inadequate");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (CloseTheLoopItem item : due) {
            files.put(ref + "-" + item.grade().caseRef() + "-" + item.grade().agencyCode() + "-close-the-loop.docx",
                    CloseTheLoopForm.build(partnership, findings, item, issuedOn, version));
        }
        return write(files, out);
    }

    private EvaluationData evaluationData(String ref) throws NothingToIssue {
        Optional<EvaluationData> data = EvaluationQueries.evaluation(db, ref);
        if (data.isEmpty()) {
            throw new NothingToIssue("no evaluation " + ref + " in the database — check the ref (qaf ingest the"
                    + " dataset that holds it first)");
        }
        return data.get();
    }

    private List<Path> write(Map<String, byte[]> files, Path out) throws IOException {
        Files.createDirectories(out);
        List<Path> written = new java.util.ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = out.resolve(f.getKey());
            Path part = out.resolve("." + f.getKey() + ".part");
            Files.write(part, FixedZipTimes.of(f.getValue(), issuedOn));
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(target);
        }
        return written;
    }
}
