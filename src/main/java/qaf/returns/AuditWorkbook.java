package qaf.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import qaf.analysis.audit.AuditLabels;
import qaf.ingest.workbook.WorkbookReader;
import qaf.returns.ReturnSheet.Column;
import qaf.store.ReturnsQueries.Agency;
import qaf.store.ReturnsQueries.S11Score;
import qaf.store.ReturnsQueries.SchoolArea;
import qaf.terms.Terms;

/**
 * An agency's audit return as a workbook: the Section 11 self-assessment (eight standards, a score
 * 0–3 from a drop-down, the evidence) or a school's safeguarding audit (14 areas, a red, amber or
 * green rating). One row per standard or area, its number filled in and locked; the standard's or
 * area's name beside the table, outside it, so it is never read back.
 */
final class AuditWorkbook {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    static final List<Column> S11 = List.of(Column.key("cycle", 8), Column.key("agency_code", 12),
            Column.key("standard", 10), Column.choice("self_score", List.of("0", "1", "2", "3"), 11),
            Column.text("evidence", 48), Column.text("improvement", 40), Column.text("deadline", 14));
    static final List<Column> SCHOOLS = List.of(Column.key("cycle", 8), Column.key("agency_code", 12),
            Column.key("area", 8), Column.choice("rating", List.of("red", "amber", "green"), 10),
            Column.date("submitted_on"), Column.text("action", 48));

    private AuditWorkbook() {
    }

    /** @param scores the agency's stored scores of the cycle, carried by the rows of their standards */
    static XSSFWorkbook s11(String partnership, Terms terms, String cycle, Agency agency, Optional<LocalDate> due,
            List<S11Score> scores, LocalDate issuedOn) {
        Map<Integer, List<Object>> stored = new HashMap<>();
        for (S11Score x : scores) {
            stored.put(x.standard(), Arrays.asList(Integer.toString(x.selfScore()), x.evidence(), x.improvement(),
                    x.deadline()));
        }
        return build(partnership, terms, "Section 11 self-assessment", "s11_scores", "standard", S11, cycle, agency,
                due, issuedOn, AuditLabels.STANDARDS, n -> "Standard " + n + ": " + AuditLabels.standardName(n),
                "Score each standard 0 (not met) to 3 (fully met) from the list, and give the evidence.", stored);
    }

    /** @param areas the school's stored ratings of the cycle, carried by the rows of their areas */
    static XSSFWorkbook schools(String partnership, Terms terms, String cycle, Agency agency, Optional<LocalDate> due,
            List<SchoolArea> areas, LocalDate issuedOn) {
        Map<Integer, List<Object>> stored = new HashMap<>();
        for (SchoolArea x : areas) {
            stored.put(x.area(), Arrays.asList(x.rating(), x.submittedOn(), x.action()));
        }
        return build(partnership, terms, "Schools safeguarding audit", "school_audits", "area", SCHOOLS, cycle, agency,
                due, issuedOn, AuditLabels.AREAS, n -> "Area " + n + ": " + AuditLabels.areaName(n),
                "Rate each area red, amber or green from the list; give an action for every red or amber.", stored);
    }

    private static XSSFWorkbook build(String partnership, Terms terms, String title, String table, String numberColumn,
            List<Column> columns, String cycle, Agency agency, Optional<LocalDate> due, LocalDate issuedOn,
            int count, java.util.function.IntFunction<String> label, String how, Map<Integer, List<Object>> stored) {
        XSSFWorkbook wb = new XSSFWorkbook();
        ReturnSheet sheets = new ReturnSheet(wb);
        var props = wb.getProperties();
        props.getCoreProperties().setCreator("qaf");
        props.getCoreProperties().setTitle(title + " " + cycle + " — " + agency.name());
        props.getCoreProperties().setCreated(Optional.of(java.util.Date.from(
                issuedOn.atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant())));
        XSSFSheet sheet = wb.createSheet(EvaluationWorkbook.sheetName(title));
        sheets.line(sheet, 0, partnership + " — " + title + " " + cycle + ": " + agency.name() + " (" + agency.code()
                + ")", sheets.title);
        sheets.line(sheet, 1, how + due.map(d -> " Due " + DAY.format(d) + ".").orElse("")
                + " Grey cells are filled in and locked; do not rename the table. Send the workbook back to the "
                + new FormWords(terms).businessManager() + ".", null);
        List<List<Object>> rows = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Object[] row = new Object[columns.size()];
            row[0] = cycle;
            row[1] = agency.code();
            row[2] = (long) n;
            List<Object> given = stored.getOrDefault(n, List.of());
            for (int i = 0; i < given.size(); i++) {
                row[3 + i] = given.get(i);
            }
            rows.add(Arrays.asList(row));
        }
        sheets.table(sheet, table, 3, columns, rows);
        // The names sit to the right of the table, outside it: read by people, not by the ingest.
        int nameColumn = columns.size() + 1;
        sheet.setColumnWidth(nameColumn, 60 * 256);
        sheet.getRow(3).createCell(nameColumn).setCellValue("(for reference: not read)");
        for (int n = 1; n <= count; n++) {
            sheet.getRow(3 + n).createCell(nameColumn).setCellValue(label.apply(n));
        }
        var custom = props.getCustomProperties();
        custom.addProperty(WorkbookReader.KEY_PROPERTY + table + ".cycle", cycle);
        custom.addProperty(WorkbookReader.KEY_PROPERTY + table + ".agency_code", agency.code());
        custom.addProperty(WorkbookReader.PREFILLED_PROPERTY + table, "cycle agency_code " + numberColumn);
        custom.addProperty(WorkbookReader.TABLES_PROPERTY, table);
        custom.addProperty("qaf.return", table + " " + cycle + " " + agency.code());
        ReturnSheet.protect(sheet);
        return wb;
    }
}
