package qaf.ingest.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.xml.sax.SAXException;

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
        } catch (EmptyFileException e) {
            return SourceFile.refused(name, "the file is empty — save the workbook again as Excel Workbook (.xlsx)");
        } catch (IOException | RuntimeException e) {
            return damaged(name);
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
            if (isMacroEnabled(pkg)) {
                return SourceFile.refused(name, macros());
            }
            return tables(name, pkg);
        } catch (IOException | OpenXML4JException | SAXException | XmlException | RuntimeException e) {
            // POI's own message is not shown: it may quote the file's content.
            return damaged(name);
        } finally {
            if (pkg != null) {
                pkg.revert(); // read only: closes the file without writing to it
            }
        }
    }

    private static SourceFile damaged(String name) {
        return SourceFile.refused(name, "the workbook is damaged and cannot be read — open it in Excel or"
                + " LibreOffice, let it repair the file, and save it again as Excel Workbook (.xlsx)");
    }

    private static boolean isMacroEnabled(OPCPackage pkg) {
        var core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.size() == 0) {
            return false;
        }
        PackagePart part = pkg.getPart(core.getRelationship(0));
        return part != null && XSSFRelation.MACROS_WORKBOOK.getContentType().equals(part.getContentType());
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

    /**
     * Reads only the sheets that hold a table, each by streaming its XML; a sheet without one (the
     * instructions) is never parsed.
     */
    private static SourceFile tables(String name, OPCPackage pkg)
            throws IOException, OpenXML4JException, SAXException, XmlException {
        Map<String, String> properties = customProperties(pkg);
        XSSFReader reader = new XSSFReader(pkg);
        SheetCells.Strings strings = new SheetCells.Strings(new ReadOnlySharedStringsTable(pkg, false));
        StylesTable styles = null;
        List<Grid> grids = new ArrayList<>();
        List<SourceFile.Issue> issues = new ArrayList<>();
        Map<String, String> found = new HashMap<>();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream xml = sheets.next()) {
                List<TableDef> defs = TableDef.of(sheets.getSheetPart());
                if (defs.isEmpty()) {
                    continue;
                }
                if (styles == null) {
                    styles = reader.getStylesTable();
                }
                String sheetName = sheets.getSheetName();
                SheetCells cells = SheetCells.read(xml, strings, styles);
                for (TableDef table : defs) {
                    found.put(table.name().toLowerCase(Locale.ROOT), sheetName);
                    grids.add(grid(name, sheetName, cells, defs, table, properties, issues));
                }
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

    private static Map<String, String> customProperties(OPCPackage pkg)
            throws IOException, OpenXML4JException, XmlException {
        Map<String, String> out = new LinkedHashMap<>();
        var custom = new POIXMLProperties(pkg).getCustomProperties();
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

    private static Grid grid(String origin, String sheetName, SheetCells sheet, List<TableDef> tables, TableDef table,
            Map<String, String> properties, List<SourceFile.Issue> issues) {
        int first = table.firstRow();
        int last = table.lastRow() - table.totalsRowCount();
        int left = table.firstColumn();
        int right = table.lastColumn();
        List<String> header = new ArrayList<>();
        List<String> headerPlaces = new ArrayList<>();
        int headerRow = first + table.headerRowCount() - 1;
        for (int c = left; c <= right; c++) {
            headerPlaces.add(place(sheetName, headerRow, c));
            Object v = table.headerRowCount() == 0 ? null : value(sheet, headerRow, c, null, null, "");
            header.add(v == null ? "" : text(v));
        }
        if (table.headerRowCount() == 0) {
            issues.add(new SourceFile.Issue(place(sheetName, first, left), "", "the table " + table.name()
                    + " has no header row — turn on its Header Row (Table Design) and name its columns"));
        }
        List<Grid.GridRow> rows = new ArrayList<>();
        int r = headerRow + 1;
        // Past the table's end, rows count while they hold something and no other table starts there.
        int end = table.totalsRowCount() > 0 ? last : Integer.MAX_VALUE;
        for (; r <= Math.min(end, sheet.lastRow()); r++) {
            if (r > last && (isBlank(sheet, r, left, right) || inOtherTable(tables, table, r, left, right))) {
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
        String prefix = KEY_PROPERTY + table.name().toLowerCase(Locale.ROOT) + ".";
        Map<String, String> keys = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (k.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                keys.put(k.substring(prefix.length()), v);
            }
        });
        java.util.Set<String> prefilled = new java.util.HashSet<>(keys.keySet());
        String listed = properties.getOrDefault(PREFILLED_PROPERTY + table.name().toLowerCase(Locale.ROOT), "");
        for (String column : listed.strip().split(" ")) {
            if (!column.isEmpty()) {
                prefilled.add(column);
            }
        }
        return new Grid(origin, table.name(), header, headerPlaces, rows, keys, prefilled);
    }

    private static boolean inOtherTable(List<TableDef> tables, TableDef self, int r, int left, int right) {
        for (TableDef t : tables) {
            if (t != self && r >= t.firstRow() && r <= t.lastRow() && t.firstColumn() <= right
                    && t.lastColumn() >= left) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(SheetCells sheet, int r, int left, int right) {
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

    private static Object value(SheetCells sheet, int r, int c, String place, List<SourceFile.Issue> issues,
            String column) {
        Object v = sheet.get(r, c);
        if (v == SheetCells.ERROR) {
            if (issues != null) {
                issues.add(new SourceFile.Issue(place, column, "the cell shows an error (a formula that cannot"
                        + " be worked out) — correct the formula or type the value"));
            }
            return null;
        }
        return v;
    }

    private static String text(Object v) {
        return v instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : v.toString();
    }
}
