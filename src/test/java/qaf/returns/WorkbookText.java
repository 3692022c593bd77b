package qaf.returns;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Every sheet name and text cell of a workbook, one per line: what an agency reading it would see. */
final class WorkbookText {
    private WorkbookText() {
    }

    static String of(Path file) {
        StringBuilder b = new StringBuilder();
        try (XSSFWorkbook wb = AgencyFilling.open(file)) {
            for (Sheet sheet : wb) {
                b.append("# ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            b.append(cell.getStringCellValue()).append('\n');
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return b.toString();
    }
}
