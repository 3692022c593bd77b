package qaf.returns;

import jakarta.xml.bind.JAXBElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.docx4j.TraversalUtil;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.R;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.Text;

/** Fills in an issued workbook or form as an agency would: with POI and docx4j, not with qaf. */
final class AgencyFilling {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern HHMM = Pattern.compile("\\d{2}:\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    private AgencyFilling() {
    }

    static XSSFWorkbook open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void save(XSSFWorkbook wb, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet row index (0-based) of the table's header, found by its first header cell. */
    static int headerRow(XSSFSheet sheet, String firstColumn) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(firstColumn)) {
                return r;
            }
        }
        throw new AssertionError("no header " + firstColumn + " on " + sheet.getSheetName());
    }

    /**
     * Types {@code value} into the cell under header {@code column} of sheet row {@code r}: as a date,
     * time or number where a spreadsheet would make one, as text where {@code asText}.
     */
    static void type(XSSFSheet sheet, int header, int r, String column, String value, boolean asText) {
        XSSFRow head = sheet.getRow(header);
        int c = -1;
        for (Cell h : head) {
            if (h.getStringCellValue().equals(column)) {
                c = h.getColumnIndex();
            }
        }
        if (c < 0) {
            throw new AssertionError("no column " + column);
        }
        XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.getCell(c);
        if (cell == null) {
            // A new cell takes its column's style, as when typed in Excel or LibreOffice.
            cell = row.createCell(c);
            if (sheet.getColumnStyle(c) != null) {
                cell.setCellStyle(sheet.getColumnStyle(c));
            }
        }
        // A text-formatted cell keeps what is typed as text, as Excel and LibreOffice do.
        asText |= "@".equals(cell.getCellStyle().getDataFormatString());
        if (value.isEmpty()) {
            cell.setBlank();
        } else if (!asText && ISO.matcher(value).matches()) {
            cell.setCellValue(LocalDate.parse(value));
        } else if (!asText && HHMM.matcher(value).matches()) {
            cell.setCellValue(LocalTime.parse(value).toSecondOfDay() / 86400.0);
        } else if (!asText && NUMBER.matcher(value).matches()) {
            cell.setCellValue(Double.parseDouble(value));
        } else {
            cell.setCellValue(value);
        }
    }

    /** Types {@code value} over the content control tagged {@code tag}, clearing its prompt. */
    static void fillControl(WordprocessingMLPackage pkg, String tag, String value) {
        fillControl(pkg, tag, value, false);
    }

    /**
     * As {@link #fillControl(WordprocessingMLPackage, String, String)}; with {@code nonBreakingHyphens},
     * each hyphen typed as Word's non-breaking hyphen (Ctrl+Shift+hyphen), an element of its own.
     */
    static void fillControl(WordprocessingMLPackage pkg, String tag, String value, boolean nonBreakingHyphens) {
        List<SdtElement> found = new ArrayList<>();
        new TraversalUtil(pkg.getMainDocumentPart().getContent(), new TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                if (o instanceof SdtElement sdt && sdt.getSdtPr() != null && sdt.getSdtPr().getTag() != null
                        && tag.equals(sdt.getSdtPr().getTag().getVal())) {
                    found.add(sdt);
                }
                return null;
            }
        });
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " controls tagged " + tag);
        }
        SdtElement sdt = found.get(0);
        sdt.getSdtPr().getRPrOrAliasOrLock().removeIf(o -> o instanceof JAXBElement<?> je
                && je.getName().getLocalPart().equals("showingPlcHdr"));
        ObjectFactory f = new ObjectFactory();
        R run = f.createR();
        String[] pieces = nonBreakingHyphens ? value.split("-", -1) : new String[] {value};
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                run.getContent().add(f.createRNoBreakHyphen(f.createRNoBreakHyphen()));
            }
            Text t = f.createText();
            t.setValue(pieces[i]);
            t.setSpace("preserve");
            run.getContent().add(f.createRT(t));
        }
        sdt.getSdtContent().getContent().clear();
        sdt.getSdtContent().getContent().add(run);
    }
}
