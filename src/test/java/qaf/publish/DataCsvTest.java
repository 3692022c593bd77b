package qaf.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.document.DataTable;

class DataCsvTest {
    @Test
    void escapesCellsASpreadsheetWouldRunAsFormulasButNotPlainNumbers() throws IOException {
        DataTable table = new DataTable("t", List.of("a", "b"), List.of(
                List.of("=HYPERLINK(\"x\")", "+1+2"),
                List.of("-2", "@SUM(A1)"),
                List.of("\tx", "Zoë, \"quoted\""),
                List.of("-12.5", "-x")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataCsv.write(table, out);
        assertEquals("a,b\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\",'+1+2\r\n"
                        + "-2,'@SUM(A1)\r\n"
                        + "'\tx,\"Zoë, \"\"quoted\"\"\"\r\n"
                        + "-12.5,'-x\r\n",
                out.toString(StandardCharsets.UTF_8));
    }
}
