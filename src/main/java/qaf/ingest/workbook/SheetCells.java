package qaf.ingest.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The typed values of one worksheet, read by streaming its XML (SAX) rather than building POI's
 * object model of every cell: a returned evaluation workbook holds thousands of cells, and the
 * model costs several times the reading. Values are typed exactly as {@code XSSFCell} would type
 * them: a shared or inline string, a boolean, a number, a date where the cell's number format is a
 * date format, a formula's cached value (a formula never calculated reads as 0, as in POI), and an
 * error as {@link #ERROR}. Blank strings are blank.
 */
final class SheetCells {
    /** The value of a cell showing an error (#DIV/0!, #REF! …). */
    static final Object ERROR = new Object();

    private final Map<Long, Object> cells = new HashMap<>();
    private int lastRow = -1;

    private SheetCells() {
    }

    /** The cell's value, null when blank or absent. */
    Object get(int row, int column) {
        return cells.get(key(row, column));
    }

    /** The last row holding a row element, from 0; -1 for an empty sheet. */
    int lastRow() {
        return lastRow;
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | column;
    }

    static SheetCells read(InputStream sheetXml, Strings strings, StylesTable styles)
            throws IOException, SAXException {
        SheetCells sheet = new SheetCells();
        XMLReader reader;
        try {
            reader = XMLHelper.getSaxParserFactory().newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
        reader.setContentHandler(sheet.new Handler(strings, styles));
        reader.parse(new InputSource(sheetXml));
        return sheet;
    }

    /** Whether a number format (by style) shows a date; asked once per style. */
    private static final class DateFormats {
        private final StylesTable styles;
        private final Map<Integer, String> formats = new HashMap<>();

        DateFormats(StylesTable styles) {
            this.styles = styles;
        }

        /** The style's date format string, or null when it does not show a date. */
        String dateFormat(int style) {
            if (styles == null || style < 0 || style >= styles.getNumCellStyles()) {
                return null;
            }
            return formats.computeIfAbsent(style, s -> {
                XSSFCellStyle cs = styles.getStyleAt(s);
                String f = cs.getDataFormatString();
                return f != null && DateUtil.isADateFormat(cs.getDataFormat(), f) ? f : "";
            });
        }
    }

    /**
     * The workbook's shared strings as plain text, each made once: POI builds a rich-text object per
     * look-up, which cost a fifth of reading a returned workbook.
     */
    static final class Strings {
        private final SharedStrings table;
        private final Map<Integer, String> made = new HashMap<>();

        Strings(SharedStrings table) {
            this.table = table;
        }

        String get(int index) {
            return made.computeIfAbsent(index, i -> table.getItemAt(i).getString());
        }
    }

    private final class Handler extends DefaultHandler {
        private final Strings strings;
        private final DateFormats dates;
        private final StringBuilder text = new StringBuilder();
        private int row = -1;
        private int column = -1;
        private String type;
        private int style;
        private boolean formula;
        private boolean hasValue;
        private boolean collecting;
        private boolean inInline;
        private boolean inPhonetic;
        private final StringBuilder inline = new StringBuilder();

        Handler(Strings strings, StylesTable styles) {
            this.strings = strings;
            this.dates = new DateFormats(styles);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (local(localName, qName)) {
                case "row" -> {
                    String r = atts.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    lastRow = Math.max(lastRow, row);
                    column = -1;
                }
                case "c" -> {
                    String r = atts.getValue("r");
                    if (r == null) {
                        column++;
                    } else {
                        CellReference ref = new CellReference(r);
                        column = ref.getCol();
                        if (ref.getRow() >= 0 && ref.getRow() != row) {
                            row = ref.getRow();
                            lastRow = Math.max(lastRow, row);
                        }
                    }
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    hasValue = false;
                    inline.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> {
                    hasValue = true;
                    collecting = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    hasValue = true;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> {
                    if (inInline && !inPhonetic) {
                        collecting = true;
                        text.setLength(0);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (local(localName, qName)) {
                case "v" -> collecting = false;
                case "t" -> {
                    if (collecting && inInline) {
                        inline.append(text);
                        collecting = false;
                    }
                }
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> {
                    Object v = value();
                    if (v != null) {
                        cells.put(key(row, column), v);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        private Object value() {
            String t = type == null ? "n" : type;
            switch (t) {
                case "s": {
                    if (!hasValue) {
                        return null;
                    }
                    String s = strings.get(Integer.parseInt(text.toString().strip()));
                    return s.isBlank() ? null : s;
                }
                case "inlineStr": {
                    String s = inline.length() > 0 || !hasValue ? inline.toString() : text.toString();
                    return s.isBlank() ? null : s;
                }
                case "str": {
                    String s = hasValue ? text.toString() : "";
                    return s.isBlank() ? null : s;
                }
                case "b":
                    return hasValue && (text.toString().equals("1") || text.toString().equalsIgnoreCase("true"));
                case "e":
                    return ERROR;
                case "d":
                    return hasValue ? isoDate(text.toString()) : null;
                default: {
                    if (!hasValue || text.length() == 0) {
                        // A numeric cell without a value is blank; a formula's is 0, as POI reads it.
                        return formula ? (Object) 0.0 : null;
                    }
                    double d = Double.parseDouble(text.toString());
                    String format = dates.dateFormat(style);
                    if (format != null && !format.isEmpty() && DateUtil.isValidExcelDate(d)) {
                        return dateValue(d, format);
                    }
                    return d;
                }
            }
        }
    }

    private static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** A cell of ISO 8601 date type ({@code t="d"}, strict OOXML): a date, a date and time, or its text. */
    private static Object isoDate(String iso) {
        try {
            LocalDateTime at = LocalDateTime.parse(iso).truncatedTo(ChronoUnit.MINUTES);
            return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate() : at;
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(iso);
            } catch (DateTimeParseException again) {
                return iso.isBlank() ? null : iso;
            }
        }
    }

    /**
     * A date cell as the kind of value its format shows: a time of day, a date, a date and time, or a
     * month and year when the format has no day (an agency that typed "Mar 2025" meant the month).
     */
    static Object dateValue(double serial, String format) {
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
}
