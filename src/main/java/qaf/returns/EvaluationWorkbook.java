package qaf.returns;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationTimetable;
import qaf.ingest.workbook.WorkbookReader;
import qaf.returns.ReturnSheet.Column;
import qaf.store.ReturnsQueries.Agency;
import qaf.store.ReturnsQueries.ChronologyEntry;
import qaf.terms.Terms;

/**
 * One agency's return for a multi-agency case evaluation: an instructions sheet (its due dates, how
 * to fill in, a worked example that is not read back), the self-evaluation table (one row per case,
 * the grade from a drop-down) and a chronology table per case. The workbook goes to an agency that
 * knows the child, but it names each case by its ref and the child's pseudonym only.
 */
final class EvaluationWorkbook {
    static final List<String> GRADES = List.of("outstanding", "good", "requires-improvement", "inadequate");
    private static final List<String> YES_NO = List.of("yes", "no");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    static final List<Column> SELF_EVALUATION = List.of(
            Column.key("evaluation_ref", 16), Column.key("case_ref", 12), Column.key("agency_code", 12),
            Column.choice("self_grade", GRADES, 22), Column.date("chronology_submitted_on"),
            Column.date("evaluation_submitted_on"), Column.text("strengths", 40), Column.text("improvements", 40));
    static final List<Column> CHRONOLOGY = List.of(
            Column.key("case_ref", 12), Column.key("agency_code", 12), Column.text("entry_ref", 10),
            Column.partialDate("date"), Column.time("time"), Column.choice("approximate", YES_NO, 12),
            Column.text("event", 48), Column.text("source", 20), Column.text("child_voice", 36),
            Column.text("action", 30), Column.choice("impact", List.of("positive", "negative", "neutral"), 12),
            Column.choice("key_event", YES_NO, 10));

    private EvaluationWorkbook() {
    }

    /** The table holding the chronology of the n-th case (from 1) of the workbook. */
    static String chronologyTable(int n) {
        return "chronology." + n;
    }

    /**
     * @param chronology the agency's stored entries by case ref (a case without any: absent), so that
     *     a workbook issued again carries what the agency already returned
     */
    static XSSFWorkbook build(String partnership, Terms terms, EvaluationData data, EvaluationTimetable timetable,
            Agency agency, Map<String, List<ChronologyEntry>> chronology, LocalDate issuedOn) {
        XSSFWorkbook wb = new XSSFWorkbook();
        ReturnSheet sheets = new ReturnSheet(wb);
        String ref = data.evaluation().ref();
        List<EvaluationCase> cases = data.cases();
        List<String> tables = new ArrayList<>();
        var props = wb.getProperties();
        props.getCoreProperties().setCreator("qaf");
        props.getCoreProperties().setTitle("Evaluation " + ref + " — return from " + agency.name());
        props.getCoreProperties().setCreated(Optional.of(java.util.Date.from(
                issuedOn.atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant())));
        var custom = props.getCustomProperties();

        instructions(wb.createSheet("Instructions"), sheets, partnership, terms, data, timetable, agency);

        XSSFSheet self = wb.createSheet("Self-evaluation");
        sheets.line(self, 0, "Self-evaluation — " + agency.name() + ", evaluation " + ref, sheets.title);
        sheets.line(self, 1, "One row per case: choose the grade from the list; leave a case you were not involved"
                + " in blank.", null);
        List<List<Object>> rows = new ArrayList<>();
        for (EvaluationCase c : cases) {
            Optional<AgencyGrade> g = data.grades().stream()
                    .filter(x -> x.caseRef().equals(c.caseRef()) && x.agencyCode().equals(agency.code())).findFirst();
            rows.add(Arrays.asList(ref, c.caseRef(), agency.code(), g.map(x -> x.selfGrade().id()).orElse(null),
                    g.map(AgencyGrade::chronologySubmittedOn).orElse(null),
                    g.map(AgencyGrade::evaluationSubmittedOn).orElse(null),
                    g.map(AgencyGrade::strengths).orElse(null), g.map(AgencyGrade::improvements).orElse(null)));
        }
        sheets.table(self, "agency_evaluations", 3, SELF_EVALUATION, rows);
        tables.add("agency_evaluations");
        custom.addProperty(WorkbookReader.KEY_PROPERTY + "agency_evaluations.evaluation_ref", ref);
        custom.addProperty(WorkbookReader.KEY_PROPERTY + "agency_evaluations.agency_code", agency.code());
        custom.addProperty(WorkbookReader.PREFILLED_PROPERTY + "agency_evaluations", "evaluation_ref case_ref agency_code");
        ReturnSheet.protect(self);

        for (int i = 0; i < cases.size(); i++) {
            EvaluationCase c = cases.get(i);
            String table = chronologyTable(i + 1);
            XSSFSheet sheet = wb.createSheet(sheetName("Chronology " + c.caseRef()));
            sheets.line(sheet, 0, "Chronology — case " + c.caseRef() + pseudonym(c) + ", " + agency.name(),
                    sheets.title);
            sheets.line(sheet, 1, "One row per event, oldest first. Add rows below the table as you need them;"
                    + " give each entry its own ref (1, 2, 3 …).", null);
            List<List<Object>> entries = new ArrayList<>();
            for (ChronologyEntry x : chronology.getOrDefault(c.caseRef(), List.of())) {
                entries.add(Arrays.asList(c.caseRef(), agency.code(), x.entryRef(), x.date(),
                        x.time() == null ? null : LocalTime.parse(x.time()), yesNo(x.approximate()), x.event(),
                        x.source(), x.childVoice(), x.action(), x.impact(), yesNo(x.keyEvent())));
            }
            if (entries.isEmpty()) {
                entries.add(Arrays.asList(c.caseRef(), agency.code(), null, null, null, null, null, null, null, null,
                        null, null));
            }
            sheets.table(sheet, table, 3, CHRONOLOGY, entries);
            tables.add(table);
            custom.addProperty(WorkbookReader.KEY_PROPERTY + table + ".case_ref", c.caseRef());
            custom.addProperty(WorkbookReader.KEY_PROPERTY + table + ".agency_code", agency.code());
            ReturnSheet.protect(sheet);
        }
        custom.addProperty(WorkbookReader.TABLES_PROPERTY, String.join(" ", tables));
        custom.addProperty("qaf.return", "evaluation " + ref + " " + agency.code());
        return wb;
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String pseudonym(EvaluationCase c) {
        return c.pseudonym() == null || c.pseudonym().isBlank() ? "" : " (" + c.pseudonym().strip() + ")";
    }

    /** Excel's sheet names: at most 31 characters, none of []:*?/\. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "-");
        return clean.length() <= 31 ? clean : clean.substring(0, 31);
    }

    private static void instructions(XSSFSheet sheet, ReturnSheet s, String partnership, Terms terms,
            EvaluationData data, EvaluationTimetable timetable, Agency agency) {
        var e = data.evaluation();
        int r = 0;
        s.line(sheet, r++, partnership + " — multi-agency case evaluation " + e.ref(), s.title);
        s.line(sheet, r++, "Return from: " + agency.name() + " (" + agency.code() + ")", null);
        s.line(sheet, r++, "Theme: " + e.theme(), null);
        r++;
        s.line(sheet, r++, "Due dates", s.header);
        boolean health = "health".equals(agency.sector());
        var chronology = timetable.chronologyDue();
        var evaluation = health ? timetable.healthEvaluationDue() : timetable.evaluationDue();
        if (chronology.isPresent() && evaluation.isPresent()) {
            s.line(sheet, r++, "Chronology: " + DAY.format(chronology.get().date()), null);
            s.line(sheet, r++, "Self-evaluation: " + DAY.format(evaluation.get().date())
                    + (health ? " (health's collated return)" : ""), null);
            s.line(sheet, r++, "Panel day: " + DAY.format(e.panelOn()), null);
        } else {
            s.line(sheet, r++, "Panel day: " + DAY.format(e.panelOn()) + " (ask the "
                    + new FormWords(terms).businessManager() + " for the other due dates: the timetable could not be"
                    + " worked out)", null);
        }
        r++;
        s.line(sheet, r++, "How to fill in", s.header);
        for (String line : List.of(
                "1. On Self-evaluation, choose a grade for each case you were involved in; leave the others blank.",
                "2. On each Chronology sheet, give one row per event: a ref, the date (a day, or just a month or"
                        + " year if that is all you know, with approximate = yes), what happened and the source.",
                "3. Grey cells are filled in for you and locked. Do not rename the sheets' tables or this file's"
                        + " tables: qaf reads them by name.",
                "4. Save as Excel Workbook (.xlsx), with no password, and send it back to the "
                        + new FormWords(terms).businessManager() + ".")) {
            s.line(sheet, r++, line, null);
        }
        r++;
        s.line(sheet, r++, "Worked example of a chronology row (an example only: it is not read)", s.header);
        var head = sheet.createRow(r++);
        var ex = sheet.createRow(r++);
        List<String> example = List.of("C-0000", agency.code(), "1", "14/03/2025", "21:40", "no",
                "Police attended a report of shouting at the home; the child was seen.", "Incident log",
                "Said she felt safe at her nan's.", "Referral to children's social care", "neutral", "yes");
        for (int c = 0; c < CHRONOLOGY.size(); c++) {
            var h = head.createCell(c);
            h.setCellValue(CHRONOLOGY.get(c).name());
            h.setCellStyle(s.example);
            var v = ex.createCell(c);
            v.setCellValue(example.get(c));
            v.setCellStyle(s.exampleWrapped);
            if (c > 0) {
                sheet.setColumnWidth(c, ReturnSheet.width(CHRONOLOGY.get(c)) * 256);
            }
        }
        ReturnSheet.fitHeight(sheet, ex, CHRONOLOGY.stream().map(ReturnSheet::width).toList(), example);
        sheet.setColumnWidth(0, 30 * 256);
        ReturnSheet.protect(sheet);
    }
}
