package qaf.ingest.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Reads the Excel Tables of an {@code .xlsx} workbook (Apache POI). Cells are taken with their types:
 * a date cell is a date, a formula its cached value (what Excel or LibreOffice last showed; POI
 * never recalculates). Rows typed directly below a table, which Excel adds to the table but
 * LibreOffice and older tools do not, are read as the table's, up to the first blank row. Hidden rows
 * are read: hiding (or filtering) a row is a view, not a deletion.
 */
public final class WorkbookReader {
    /** Custom document property listing, space-separated, the tables qaf issued the workbook with. */
    public static final String TABLES_PROPERTY = "qaf.tables";
    /** Prefix of the custom properties {@code qaf.key.<table>.<column>} holding an issued return's keys. */
    public static final String KEY_PROPERTY = "qaf.key.";
    /** Prefix of the custom properties {@code qaf.prefilled.<table>} listing, space-separated, its pre-filled columns. */
    public static final String PREFILLED_PROPERTY = "qaf.prefilled.";

    private WorkbookReader() {
    }

    public static SourceFile read(Path path) {
        String name = path.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsm")) {
            return SourceFile.refused(name, macros());
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OLE2) {
                return SourceFile.refused(name, ole2(in));
            }
            if (magic != FileMagic.OOXML) {
                return SourceFile.refused(name, "not an Excel workbook that can be opened — save it again from Excel"
                        + " or LibreOffice as Excel Workbook (.xlsx)");
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
                if (wb.isMacroEnabled()) {
                    return SourceFile.refused(name, macros());
                }
                return tables(name, wb);
            }
        } catch (EmptyFileException e) {
            return SourceFile.refused(name, "the file is empty — save the workbook again as Excel Workbook (.xlsx)");
        } catch (IOException | RuntimeException e) {
            if (e instanceof UncheckedIOException u && !(u.getCause() instanceof IOException)) {
                throw u;
            }
            // POI's own message is not shown: it may quote the file's content.
            return SourceFile.refused(name, "the workbook is damaged and cannot be read — open it in Excel or"
                    + " LibreOffice, let it repair the file, and save it again as Excel Workbook (.xlsx)");
        }
    }

    private static String macros() {
        return "a macro-enabled workbook — qaf does not open files that carry macros; save it as Excel Workbook"
                + " (.xlsx) and ingest that";
    }

    private static String ole2(InputStream in) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(in)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return "encrypted (protected with a password to open) — qaf cannot read it; remove the password"
                        + " (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, clear it) and save again";
            }
        }
        return "an Excel 97-2003 workbook (.xls) — save it as Excel Workbook (.xlsx)";
    }

    private static SourceFile tables(String name, XSSFWorkbook wb) {
        Map<String, String> properties = customProperties(wb);
        List<Grid> grids = new ArrayList<>();
        List<SourceFile.Issue> issues = new ArrayList<>();
        Map<String, String> found = new HashMap<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            XSSFSheet sheet = wb.getSheetAt(s);
            for (XSSFTable table : sheet.getTables()) {
                found.put(table.getName().toLowerCase(Locale.ROOT), sheet.getSheetName());
                grids.add(grid(name, sheet, table, properties, issues));
            }
        }
        String expected = properties.getOrDefault(TABLES_PROPERTY, "").strip();
        for (String table : expected.isEmpty() ? new String[0] : expected.split(" ")) {
            if (!found.containsKey(table.toLowerCase(Locale.ROOT))) {
                issues.add(new SourceFile.Issue("", "", "the table " + table + " is missing: it was renamed or deleted"
                        + " — qaf issued this workbook with it; give the table its name back (Table Design ▸ Table"
                        + " Name) or ask the partnership for a new form"));
            }
        }
        return new SourceFile(name, grids, issues);
    }

    private static Map<String, String> customProperties(XSSFWorkbook wb) {
        Map<String, String> out = new LinkedHashMap<>();
        var custom = wb.getProperties().getCustomProperties();
        if (custom.getUnderlyingProperties() == null) {
            return out;
        }
        for (CTProperty p : custom.getUnderlyingProperties().getPropertyList()) {
            if (p.getName() != null && p.getName().startsWith("qaf.") && p.isSetLpwstr()) {
                out.put(p.getName().toLowerCase(Locale.ROOT), p.getLpwstr());
            }
        }
        return out;
    }

    private static Grid grid(String origin, XSSFSheet sheet, XSSFTable table, Map<String, String> properties,
            List<SourceFile.Issue> issues) {
        String sheetName = sheet.getSheetName();
        int first = table.getStartCellReference().getRow();
        int last = table.getEndCellReference().getRow() - table.getTotalsRowCount();
        int left = table.getStartCellReference().getCol();
        int right = table.getEndCellReference().getCol();
        List<String> header = new ArrayList<>();
        List<String> headerPlaces = new ArrayList<>();
        int headerRow = first + table.getHeaderRowCount() - 1;
        for (int c = left; c <= right; c++) {
            headerPlaces.add(place(sheetName, headerRow, c));
            Object v = table.getHeaderRowCount() == 0 ? null : value(sheet, headerRow, c, null, null);
            header.add(v == null ? "" : text(v));
        }
        if (table.getHeaderRowCount() == 0) {
            issues.add(new SourceFile.Issue(place(sheetName, first, left), "", "the table " + table.getName()
                    + " has no header row — turn on its Header Row (Table Design) and name its columns"));
        }
        List<Grid.GridRow> rows = new ArrayList<>();
        int r = headerRow + 1;
        // Past the table's end, rows count while they hold something and no other table starts there.
        int end = table.getTotalsRowCount() > 0 ? last : Integer.MAX_VALUE;
        for (; r <= Math.min(end, sheet.getLastRowNum()); r++) {
            if (r > last && (isBlank(sheet, r, left, right) || inOtherTable(sheet, table, r, left, right))) {
                break;
            }
            List<Object> cells = new ArrayList<>();
            List<String> places = new ArrayList<>();
            boolean any = false;
            for (int c = left; c <= right; c++) {
                String place = place(sheetName, r, c);
                Object v = value(sheet, r, c, place, issues, header.get(c - left));
                any |= v != null;
                cells.add(v);
                places.add(place);
            }
            if (any) {
                rows.add(new Grid.GridRow(place(sheetName, r, left), places, cells));
            }
        }
        String prefix = KEY_PROPERTY + table.getName().toLowerCase(Locale.ROOT) + ".";
        Map<String, String> keys = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (k.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                keys.put(k.substring(prefix.length()), v);
            }
        });
        java.util.Set<String> prefilled = new java.util.HashSet<>(keys.keySet());
        String listed = properties.getOrDefault(PREFILLED_PROPERTY + table.getName().toLowerCase(Locale.ROOT), "");
        for (String column : listed.strip().split(" ")) {
            if (!column.isEmpty()) {
                prefilled.add(column);
            }
        }
        return new Grid(origin, table.getName(), header, headerPlaces, rows, keys, prefilled);
    }

    private static boolean inOtherTable(XSSFSheet sheet, XSSFTable self, int r, int left, int right) {
        for (XSSFTable t : sheet.getTables()) {
            if (t != self && r >= t.getStartCellReference().getRow() && r <= t.getEndCellReference().getRow()
                    && t.getStartCellReference().getCol() <= right && t.getEndCellReference().getCol() >= left) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(XSSFSheet sheet, int r, int left, int right) {
        for (int c = left; c <= right; c++) {
            if (value(sheet, r, c, null, null, "") != null) {
                return false;
            }
        }
        return true;
    }

    static String place(String sheet, int row, int column) {
        return sheet + "!" + CellReference.convertNumToColString(column) + (row + 1);
    }

    private static Object value(XSSFSheet sheet, int r, int c, String place, List<SourceFile.Issue> issues) {
        return value(sheet, r, c, place, issues, "");
    }

    private static Object value(XSSFSheet sheet, int r, int c, String place, List<SourceFile.Issue> issues,
            String column) {
        XSSFRow row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING: {
                String s = cell.getStringCellValue();
                return s.isBlank() ? null : s;
            }
            case BOOLEAN:
                return cell.getBooleanCellValue();
            case NUMERIC:
                return DateUtil.isCellDateFormatted(cell)
                        ? dateValue(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString())
                        : (Object) cell.getNumericCellValue();
            case ERROR:
                if (issues != null) {
                    issues.add(new SourceFile.Issue(place, column, "the cell shows an error (a formula that cannot"
                            + " be worked out) — correct the formula or type the value"));
                }
                return null;
            default:
                return null;
        }
    }

    /**
     * A date cell as the kind of value its format shows: a time of day, a date, a date and time, or a
     * month and year when the format has no day (an agency that typed "Mar 2025" meant the month).
     */
    private static Object dateValue(double serial, String format) {
        String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "");
        LocalDateTime at = DateUtil.getLocalDateTime(serial, false, true).truncatedTo(ChronoUnit.MINUTES);
        boolean hasTime = f.contains("h") || f.contains("s");
        boolean hasDate = f.contains("d") || f.contains("y");
        if (hasTime && (!hasDate || serial < 1)) {
            return at.toLocalTime();
        }
        if (hasTime && serial != Math.floor(serial)) {
            return at;
        }
        if (!f.contains("d") && f.contains("y")) {
            return YearMonth.from(at);
        }
        return at.toLocalDate();
    }

    private static String text(Object v) {
        return v instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : v.toString();
    }
}
