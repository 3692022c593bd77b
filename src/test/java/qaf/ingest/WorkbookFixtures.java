package qaf.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/**
 * Workbooks and forms holding the same cells as a CSV file, typed as an agency's spreadsheet types
 * them: ISO dates become date cells, hh:mm times time cells, yes/no booleans, whole numbers numbers;
 * everything else (dd/mm/yyyy dates, "Y", refs) stays text.
 */
final class WorkbookFixtures {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern HHMM = Pattern.compile("\\d{2}:\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}");

    private WorkbookFixtures() {
    }

    static List<List<String>> csv(Path file) {
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(Files.readString(file)))) {
                List<String> cells = new ArrayList<>();
                r.forEach(cells::add);
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code rows} (header first) as an Excel Table named {@code table} at {@code topLeft} of a new sheet. */
    static XSSFTable table(XSSFWorkbook wb, String sheetName, String table, String topLeft, List<List<String>> rows,
            boolean keepText) {
        XSSFSheet sheet = wb.getSheet(sheetName) == null ? wb.createSheet(sheetName) : wb.getSheet(sheetName);
        CellReference start = new CellReference(topLeft);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle time = wb.createCellStyle();
        time.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("hh:mm"));
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.getRow(start.getRow() + i) == null ? sheet.createRow(start.getRow() + i)
                    : sheet.getRow(start.getRow() + i);
            List<String> cells = rows.get(i);
            for (int c = 0; c < cells.size(); c++) {
                String v = cells.get(c);
                if (v.isEmpty()) {
                    continue;
                }
                Cell cell = row.createCell(start.getCol() + c);
                if (i == 0 || keepText) {
                    cell.setCellValue(v);
                } else if (ISO.matcher(v).matches()) {
                    cell.setCellValue(LocalDate.parse(v));
                    cell.setCellStyle(date);
                } else if (HHMM.matcher(v).matches()) {
                    cell.setCellValue(LocalTime.parse(v).toSecondOfDay() / 86400.0);
                    cell.setCellStyle(time);
                } else if (v.equals("yes") || v.equals("no")) {
                    cell.setCellValue(v.equals("yes"));
                } else if (NUMBER.matcher(v).matches()) {
                    cell.setCellValue(Double.parseDouble(v));
                } else {
                    cell.setCellValue(v);
                }
            }
        }
        int width = rows.get(0).size();
        AreaReference area = new AreaReference(start, new CellReference(start.getRow() + rows.size() - 1,
                start.getCol() + width - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable t = sheet.createTable(area);
        t.setName(table);
        t.setDisplayName(table);
        return t;
    }

    static void save(XSSFWorkbook wb, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word form: one inline content control per (tag, value); a null value leaves the prompt showing. */
    static void form(Path file, List<String[]> controls) {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
            for (String[] control : controls) {
                pkg.getMainDocumentPart().getContent().add(XmlUtils.unmarshalString(paragraph(control[0], control[1],
                        control.length > 2 ? control[2] : "text")));
            }
            pkg.save(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String paragraph(String tag, String value, String kind) {
        String ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"";
        String pr = "<w:tag w:val=\"" + tag + "\"/>" + (value == null ? "<w:showingPlcHdr/>" : "");
        String text = value == null ? "Click to enter" : value;
        switch (kind) {
            case "checkbox" -> {
                pr += "<w14:checkbox><w14:checked w14:val=\"" + ("yes".equals(value) ? "1" : "0") + "\"/></w14:checkbox>";
                text = "yes".equals(value) ? "\u2612" : "\u2610";
            }
            case "date" -> {
                pr += "<w:date" + (value == null ? "" : " w:fullDate=\"" + value + "T00:00:00Z\"")
                        + "><w:dateFormat w:val=\"dd/MM/yyyy\"/></w:date>";
                text = value == null ? text : LocalDate.parse(value).format(java.time.format.DateTimeFormatter
                        .ofPattern("dd/MM/yyyy"));
            }
            default -> pr += "<w:text w:multiLine=\"1\"/>";
        }
        StringBuilder runs = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            runs.append(i == 0 ? "" : "<w:br/>").append("<w:t xml:space=\"preserve\">").append(escape(lines[i]))
                    .append("</w:t>");
        }
        return "<w:p " + ns + "><w:sdt><w:sdtPr>" + pr + "</w:sdtPr><w:sdtContent><w:r>" + runs
                + "</w:r></w:sdtContent></w:sdt></w:p>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
