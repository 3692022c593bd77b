package qaf.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The Word package's bytes made to depend on its content only: a fixed entry order and timestamp, and
 * each XML part's root namespaces in sorted order. What makes a DOCX byte-identical from run to run.
 * Public for the board pack, which takes documents' packages apart and writes one of them.
 */
public final class DocxZip {
    /** DOS time has no zone; a fixed local time keeps entries identical whatever the machine's zone. */
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private DocxZip() {
    }

    private static final java.util.regex.Pattern ATTRIBUTE =
            java.util.regex.Pattern.compile("\\s+([^\\s=]+)=\"([^\"]*)\"");

    /**
     * docx4j heads the document part with {@code <!-- Modified by docx4j VERSION ... in JVM on OS -->}.
     * Its version is read by an unsynchronised lazy initialiser, so two DOCX renders starting together
     * in a fresh JVM could write "docx4j null" in one file and the version in the other (seen in the
     * kill-safety test); it also names the JVM, which no document needs. Removed, and the root element
     * it hid from the namespace sorting below is then sorted too.
     */
    private static final java.util.regex.Pattern TOOL_COMMENT =
            java.util.regex.Pattern.compile("<!--\\s*Modified by docx4j[^>]*-->");

    /**
     * JAXB writes a root element's namespace declarations in an order that depends on what the JVM
     * marshalled before (it differed between a serial and a parallel build of the same data). Sorting
     * them makes a part's bytes depend on its content only.
     */
    static byte[] canonicalNamespaces(byte[] xmlBytes) {
        String xml = TOOL_COMMENT.matcher(new String(xmlBytes, StandardCharsets.UTF_8)).replaceFirst("");
        int start = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0);
        int end = start < 0 ? -1 : xml.indexOf('>', start);
        if (end < 0) {
            return xmlBytes;
        }
        boolean empty = xml.charAt(end - 1) == '/';
        String tag = xml.substring(start, empty ? end - 1 : end);
        java.util.regex.Matcher m = ATTRIBUTE.matcher(tag);
        int nameEnd = tag.length();
        java.util.TreeMap<String, String> namespaces = new java.util.TreeMap<>();
        StringBuilder others = new StringBuilder();
        while (m.find()) {
            nameEnd = Math.min(nameEnd, m.start());
            if (m.group(1).startsWith("xmlns")) {
                namespaces.put(m.group(1), m.group(2));
            } else {
                others.append(' ').append(m.group(1)).append("=\"").append(m.group(2)).append('"');
            }
        }
        StringBuilder root = new StringBuilder(tag.substring(0, nameEnd));
        namespaces.forEach((name, uri) -> root.append(' ').append(name).append("=\"").append(uri).append('"'));
        root.append(others).append(empty ? "/" : "");
        return (xml.substring(0, start) + root + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    /** A package's entries by name (directories left out). */
    public static Map<String, byte[]> read(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    interface EntryContent {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Content types first (some readers expect it), then the package relationships, then every other
     * entry by name; all with the same timestamp and no extra fields.
     */
    static void write(Map<String, byte[]> entries, OutputStream out, String streamed, EntryContent content)
            throws IOException {
        List<String> names = new ArrayList<>();
        names.add("[Content_Types].xml");
        names.add("_rels/.rels");
        for (String name : new TreeMap<>(entries).keySet()) {
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        for (String name : names) {
            byte[] bytes = entries.get(name);
            if (bytes == null) {
                throw new IllegalStateException("the Word package has no " + name);
            }
            ZipEntry entry = new ZipEntry(name);
            entry.setTimeLocal(ZIP_TIME);
            zip.putNextEntry(entry);
            if (name.equals(streamed)) {
                content.write(zip);
            } else {
                zip.write(bytes);
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** Writes a package of {@code entries} as {@link #write(Map, OutputStream, String, EntryContent)} orders it. */
    public static void write(Map<String, byte[]> entries, OutputStream out) throws IOException {
        write(entries, out, null, null);
    }

    /** The house-style generator's clean-up: same entries, fixed order and timestamps. */
    static byte[] normaliseZip(byte[] docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(read(docx), out, null, null);
        return out.toByteArray();
    }

    /** Lets a writer over one zip entry be flushed without closing the zip or the caller's stream. */
    static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
