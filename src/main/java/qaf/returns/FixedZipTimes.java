package qaf.returns;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * POI and docx4j stamp every part of a package with the time it was written; the same database must
 * give the same bytes, so the parts are rewritten, in their order, stamped with the day of issue.
 */
final class FixedZipTimes {
    private FixedZipTimes() {
    }

    static byte[] of(byte[] zip, LocalDate day) throws IOException {
        long time = day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(time);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
