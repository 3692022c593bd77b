package qaf.returns;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles and table machinery shared by every issued workbook: an Excel Table whose key
 * columns are locked and filled in, whose other cells (and the rows below, where an agency adds
 * entries) are open, with drop-down lists and date cells where the column wants them.
 */
final class ReturnSheet {
    /** Rows left open below an issued table for entries the agency adds. */
    static final int ROWS_BELOW = 200;

    /** One column of an issued table. */
    record Column(String name, Type type, List<String> choices, int width) {
        static Column key(String name, int width) {
            return new Column(name, Type.KEY, List.of(), width);
        }

        static Column text(String name, int width) {
            return new Column(name, Type.TEXT, List.of(), width);
        }

        static Column date(String name) {
            return new Column(name, Type.DATE, List.of(), 12);
        }

        /** A day, a month or a year ("2016"): a text cell, since a date cell would turn 2016 into a day in 1905. */
        static Column partialDate(String name) {
            return new Column(name, Type.PARTIAL_DATE, List.of(), 12);
        }

        static Column time(String name) {
            return new Column(name, Type.TIME, List.of(), 8);
        }

        static Column choice(String name, List<String> choices, int width) {
            return new Column(name, Type.CHOICE, choices, width);
        }
    }

    enum Type { KEY, TEXT, DATE, PARTIAL_DATE, TIME, CHOICE }

    private final XSSFWorkbook wb;
    final CellStyle header;
    final CellStyle locked;
    final CellStyle open;
    final CellStyle openWrapped;
    final CellStyle date;
    final CellStyle time;
    final CellStyle textCell;
    final CellStyle title;
    final CellStyle example;
    final CellStyle exampleWrapped;

    ReturnSheet(XSSFWorkbook wb) {
        this.wb = wb;
        var format = wb.getCreationHelper().createDataFormat();
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        locked = wb.createCellStyle();
        locked.setLocked(true);
        locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        locked.setDataFormat(format.getFormat("@"));
        locked.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        open = wb.createCellStyle();
        open.setLocked(false);
        open.setBorderBottom(BorderStyle.HAIR);
        open.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        openWrapped = wb.createCellStyle();
        openWrapped.cloneStyleFrom(open);
        openWrapped.setWrapText(true);
        date = wb.createCellStyle();
        date.cloneStyleFrom(open);
        date.setDataFormat(format.getFormat("dd/mm/yyyy"));
        time = wb.createCellStyle();
        time.cloneStyleFrom(open);
        time.setDataFormat(format.getFormat("hh:mm"));
        textCell = wb.createCellStyle();
        textCell.cloneStyleFrom(open);
        textCell.setDataFormat(format.getFormat("@"));
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        Font italic = wb.createFont();
        italic.setItalic(true);
        italic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        example = wb.createCellStyle();
        example.setFont(italic);
        exampleWrapped = wb.createCellStyle();
        exampleWrapped.cloneStyleFrom(example);
        exampleWrapped.setWrapText(true);
        exampleWrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
    }

    /**
     * Writes the table at {@code firstRow} (its header row), one row per entry of {@code rows} (a
     * null cell left blank; key cells are given for every row), and returns it named {@code name}.
     */
    XSSFTable table(XSSFSheet sheet, String name, int firstRow, List<Column> columns, List<List<Object>> rows) {
        // Rows above the table get plain cells, or the key columns' grey style would show through.
        for (int r = 0; r < firstRow; r++) {
            Row above = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            for (int c = 0; c < columns.size(); c++) {
                if (above.getCell(c) == null) {
                    above.createCell(c).setCellStyle(wb.getCellStyleAt(0));
                }
            }
        }
        Row head = sheet.createRow(firstRow);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c).name());
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, width(columns.get(c)) * 256);
        }
        int last = firstRow + Math.max(rows.size(), 1);
        // Below the table, column styles rather than cells: what an agency types there takes the
        // column's style (open, a date, a time) without the file carrying thousands of empty cells.
        for (int c = 0; c < columns.size(); c++) {
            sheet.setDefaultColumnStyle(c, style(columns.get(c)));
        }
        for (int r = firstRow + 1; r <= last; r++) {
            Row row = sheet.createRow(r);
            List<Object> values = r - firstRow - 1 < rows.size() ? rows.get(r - firstRow - 1) : null;
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                Cell cell = row.createCell(c);
                cell.setCellStyle(style(column));
                Object v = values == null ? null : values.get(c);
                if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof java.time.LocalDate d) {
                    cell.setCellValue(d);
                } else if (v instanceof java.time.LocalTime t) {
                    // A time of day is a fraction of a day in a cell formatted as a time.
                    cell.setCellValue(t.toSecondOfDay() / 86400.0);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                }
            }
            if (values != null) {
                fitHeight(sheet, row, columns.stream().map(ReturnSheet::width).toList(), values);
            }
        }
        XSSFTable table = sheet.createTable(new AreaReference(new CellReference(firstRow, 0),
                new CellReference(last, columns.size() - 1), SpreadsheetVersion.EXCEL2007));
        table.setName(name);
        table.setDisplayName(name);
        var info = table.getCTTable().addNewTableStyleInfo();
        info.setName("TableStyleLight9");
        info.setShowRowStripes(true);
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).type() == Type.CHOICE) {
                DataValidationConstraint list = helper.createExplicitListConstraint(
                        columns.get(c).choices().toArray(String[]::new));
                DataValidation v = helper.createValidation(list,
                        new CellRangeAddressList(firstRow + 1, last + ROWS_BELOW, c, c));
                v.setSuppressDropDownArrow(true);
                v.setShowErrorBox(true);
                v.setErrorStyle(DataValidation.ErrorStyle.STOP);
                v.createErrorBox("Choose from the list", "Choose one of: " + String.join(", ",
                        columns.get(c).choices()));
                sheet.addValidationData(v);
            }
        }
        return table;
    }

    /** A column's width in characters: its own, or its header's when that is longer. */
    static int width(Column column) {
        return Math.max(column.width(), column.name().length() + 2);
    }

    /**
     * A row tall enough for its wrapped text: neither Excel nor LibreOffice sizes a row written by
     * POI, and pre-filled text would otherwise run over the rows below it.
     */
    static void fitHeight(XSSFSheet sheet, Row row, List<Integer> widths, List<?> values) {
        int lines = 1;
        for (int c = 0; c < values.size() && c < widths.size(); c++) {
            if (values.get(c) instanceof String text) {
                int perLine = Math.max(1, widths.get(c) - 2);
                int n = 0;
                for (String part : text.split("\n", -1)) {
                    n += Math.max(1, (part.length() + perLine - 1) / perLine);
                }
                lines = Math.max(lines, n);
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(409, lines * sheet.getDefaultRowHeightInPoints()));
        }
    }

    private CellStyle style(Column column) {
        return switch (column.type()) {
            case KEY -> locked;
            case DATE -> date;
            case TIME -> time;
            case PARTIAL_DATE -> textCell;
            case TEXT -> column.width() > 24 ? openWrapped : open;
            case CHOICE -> open;
        };
    }

    /** A line of text at {@code row}, column A. */
    void line(XSSFSheet sheet, int row, String text, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(wb.getCellStyleAt(0));
        // Plain cells across the line, or the columns' styles (grey key columns) would show through.
        for (int c = 1; c < 16; c++) {
            if (r.getCell(c) == null) {
                r.createCell(c).setCellStyle(wb.getCellStyleAt(0));
            }
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Key columns cannot be changed; everything else stays editable, and the drop-downs still work. */
    static void protect(XSSFSheet sheet) {
        // Printed landscape, one page wide: the tables are wider than tall.
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.protectSheet("");
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    XSSFWorkbook workbook() {
        return wb;
    }
}
