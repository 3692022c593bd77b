package qaf.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import qaf.kind.DocumentKind;
import qaf.publish.AtomicFiles;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;
import qaf.store.Database;

/**
 * The nightly no-op. A build whose inputs are all as they were at the end of the last successful one
 * (the store's data, by {@link Database#contentDigest}; qaf's code, templates and libraries; the
 * version; the year, as-at day, kinds, formats and board pack) would compose every document only to
 * find every fingerprint equal. So the last build records a key of those inputs and of its output
 * files (path, size and modification time of every file its manifest lists, and the manifest itself),
 * and a build that finds both unchanged publishes nothing, keeps the manifest and the front page, and
 * writes a report of the same documents as unchanged. Any difference, {@code --full}, or a previous
 * build with a failure, and the build runs as usual.
 *
 * <p>The record ({@value #FILE}) is plain text holding everything the no-op needs — the list of
 * files to check, each document's kind, name and formats for the progress lines, and the report it
 * will write with only its start time and duration left to fill — so the no-op parses no JSON:
 * starting the JSON library and reading the manifest and report with it was a sixth of its time. It
 * also remembers the data's digest with the database file's size and modification time (see
 * {@link Database#fileStamp}), so an untouched database is not read row by row again; a stamp taken
 * within {@link #SETTLED_MILLIS} of a write is not remembered, since a second write within the file
 * system's time granularity could keep it (git's "racy" rule).
 */
final class Unchanged {
    /** Beside the manifest; not a document, so never listed or pruned. */
    static final String FILE = ".qaf-build-key";
    private static final String HEADER = "qaf-build-key 2";
    /** Stand-ins in the prepared report, replaced by the no-op's own start time and duration. */
    private static final String STARTED_AT = "qaf-unchanged-started-at";
    private static final long DURATION = -7_777_777_777L;
    /** How long before the build's start the database must have been written for its digest to be kept. */
    static final long SETTLED_MILLIS = 3_000;

    private Unchanged() {
    }

    /** The key of a build's inputs. */
    static String key(String implementation, String version, String data, String period, LocalDate asAt,
            List<DocumentKind<?, ?>> kinds, Build.Options options) {
        MessageDigest digest = sha256();
        TreeSet<String> formats = new TreeSet<>();
        options.formats().forEach(f -> formats.add(f.extension()));
        for (String part : List.of("qaf-build-key 1", implementation, version, data, period, asAt.toString(),
                String.join(",", kinds.stream().map(DocumentKind::id).toList()), String.join(",", formats),
                Boolean.toString(options.boardPack()), String.join(",", options.include()))) {
            digest.update((part.length() + ":" + part + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * What the last successful build left: empty when there is none, it is of another format, or
     * anything in it is odd (then the build runs as usual, which rewrites it).
     */
    static Optional<Memory> read(Path out) {
        try {
            Path file = out.resolve(FILE);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int split = text.indexOf("\nreport\n");
            if (split < 0) {
                return Optional.empty();
            }
            Memory memory = new Memory(null, null, null, null, -1, new ArrayList<>(), new ArrayList<>(),
                    text.substring(split + "\nreport\n".length()));
            List<String> lines = Arrays.asList(text.substring(0, split).split("\n", -1));
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            for (String line : lines.subList(1, lines.size())) {
                memory = memory.with(line);
            }
            return memory.key() == null || memory.outputs() == null || memory.published() < 0 ? Optional.empty()
                    : Optional.of(memory);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The last build's record, read once.
     *
     * @param dataStamp the database file's stamp its data digest was taken at, or null if not kept
     * @param published the documents' files the manifest listed (as {@link Build.Result#published})
     * @param files every file the manifest listed (documents and their data files), in its order
     * @param report the no-op's report with {@link #STARTED_AT} and {@link #DURATION} to fill
     */
    record Memory(String key, String dataStamp, String dataDigest, String outputs, int published, List<String> files,
            List<BuildReport.Entry> entries, String report) {
        private Memory with(String line) {
            int space = line.indexOf(' ');
            String tag = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : line.substring(space + 1);
            switch (tag) {
                case "key" -> {
                    return new Memory(rest, dataStamp, dataDigest, outputs, published, files, entries, report);
                }
                case "data" -> {
                    int last = rest.lastIndexOf(' ');
                    return new Memory(key, rest.substring(0, last), rest.substring(last + 1), outputs, published, files,
                            entries, report);
                }
                case "outputs" -> {
                    return new Memory(key, dataStamp, dataDigest, rest, published, files, entries, report);
                }
                case "published" -> {
                    return new Memory(key, dataStamp, dataDigest, outputs, Integer.parseInt(rest), files, entries,
                            report);
                }
                case "file" -> files.add(rest);
                case "entry" -> {
                    String[] parts = rest.split("\t", -1);
                    entries.add(new BuildReport.Entry(parts[0], parts[1], BuildReport.SKIPPED,
                            parts[2].isEmpty() ? List.of() : List.of(parts[2].split(",")), 0, null));
                }
                default -> throw new IllegalArgumentException("unknown line in " + FILE);
            }
            return this;
        }

        /** The data digest remembered for this stamp of the database file, if it is the one recorded. */
        Optional<String> dataDigest(Optional<Database.FileStamp> stamp) {
            return stamp.isPresent() && dataStamp != null && dataStamp.equals(stamp.get().toString())
                    ? Optional.of(dataDigest) : Optional.empty();
        }

        /** Whether the build's inputs and the output folder are exactly as the last build left them. */
        boolean holds(Path out, String buildKey) {
            try {
                return key.equals(buildKey) && outputs.equals(Unchanged.outputs(out, files));
            } catch (IOException e) {
                return false;
            }
        }

        /** The report the no-op writes: the last build's documents, each unchanged. */
        byte[] report(Instant startedAt, long durationMs) {
            return report.replace("\"" + STARTED_AT + "\"", "\"" + startedAt + "\"")
                    .replace(Long.toString(DURATION), Long.toString(durationMs)).getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * After a build with no failure: the record its successor compares. Not written when a document's
     * kind or name could not be kept on a line (never so far: names are refs), so that build's
     * successor simply runs.
     *
     * @param dataStamp the database file's stamp taken before its digest, or empty
     * @param startedAt the build's start, to tell whether the stamp had settled
     */
    static void record(Path out, String key, Optional<Database.FileStamp> dataStamp, String dataDigest,
            Instant startedAt, Manifest manifest, BuildReport report) throws IOException {
        if (!manifest.failures().isEmpty() || report.documents().stream().anyMatch(BuildReport.Entry::failed)) {
            return;
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("key ").append(key).append('\n');
        if (dataStamp.isPresent() && settled(dataStamp.get(), startedAt)) {
            text.append(dataLine(dataStamp.get(), dataDigest));
        }
        List<String> files = new ArrayList<>();
        for (Manifest.Document d : manifest.documents()) {
            files.add(d.path());
            d.data().forEach(f -> files.add(f.path()));
        }
        text.append("outputs ").append(outputs(out, files)).append('\n');
        text.append("published ").append(manifest.documents().size()).append('\n');
        for (String file : files) {
            if (!plain(file)) {
                return;
            }
            text.append("file ").append(file).append('\n');
        }
        List<BuildReport.Entry> entries = new ArrayList<>();
        for (BuildReport.Entry e : report.documents()) {
            String formats = String.join(",", e.formats());
            if (!plain(e.kind()) || !plain(e.name()) || !plain(formats)) {
                return;
            }
            text.append("entry ").append(e.kind()).append('\t').append(e.name()).append('\t').append(formats)
                    .append('\n');
            entries.add(new BuildReport.Entry(e.kind(), e.name(), BuildReport.SKIPPED, e.formats(), 0, null));
        }
        // The privacy findings and unplaced narrative are the last build's: the same inputs give the same.
        BuildReport unchanged = new BuildReport(report.tool(), report.version(), report.period(), STARTED_AT, DURATION,
                0, entries.size(), 0, entries, report.privacy(), report.narrative());
        text.append("report\n").append(new String(unchanged.json(), StandardCharsets.UTF_8));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out.resolve(FILE), false, o -> o.write(bytes));
    }

    /**
     * After a no-op that had to read the data for its digest (the last build ran within seconds of the
     * ingest, so its stamp had not settled, or the file was only touched): remembers the digest now, if
     * the stamp has settled, so the next night's no-op need not read it again. The record is otherwise
     * kept as it was, and rewritten whole, atomically.
     */
    static void rememberData(Path out, Database.FileStamp stamp, String dataDigest, Instant startedAt)
            throws IOException {
        if (!settled(stamp, startedAt)) {
            return;
        }
        Path file = out.resolve(FILE);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int split = text.indexOf("\nreport\n");
        int keyEnd = text.indexOf('\n', HEADER.length() + 1);
        if (split < 0 || keyEnd < 0 || keyEnd > split) {
            return;
        }
        StringBuilder rest = new StringBuilder();
        for (String line : text.substring(keyEnd + 1, split + 1).split("\n")) {
            if (!line.startsWith("data ") && !line.isEmpty()) {
                rest.append(line).append('\n');
            }
        }
        byte[] bytes = (text.substring(0, keyEnd + 1) + dataLine(stamp, dataDigest) + rest
                + text.substring(split + 1)).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, false, o -> o.write(bytes));
    }

    /** Whether the file was last written long enough before the build's start for its stamp to be trusted. */
    private static boolean settled(Database.FileStamp stamp, Instant startedAt) {
        return startedAt.toEpochMilli() - stamp.modifiedNanos() / 1_000_000 > SETTLED_MILLIS;
    }

    private static String dataLine(Database.FileStamp stamp, String dataDigest) {
        return "data " + stamp + " " + dataDigest + "\n";
    }

    /** Fits on one line of the record, between tabs and commas. */
    private static boolean plain(String value) {
        return value.indexOf('\n') < 0 && value.indexOf('\r') < 0 && value.indexOf('\t') < 0;
    }

    /** Forgets the key, before a build changes the folder, so a build killed midway is never taken as done. */
    static void forget(Path out) throws IOException {
        Files.deleteIfExists(out.resolve(FILE));
    }

    /**
     * A digest of the output folder as the manifest describes it: each listed file's path, size and
     * modification time, and the manifest's and front page's own bytes. Cheap (no file is read but
     * the manifest), and any edit, deletion or replacement of a file changes it.
     */
    private static String outputs(Path out, List<String> files) throws IOException {
        MessageDigest digest = sha256();
        digest.update(Files.readAllBytes(out.resolve(Manifest.FILE_NAME)));
        Path index = out.resolve("index.html");
        if (Files.isRegularFile(index)) {
            digest.update(Files.readAllBytes(index));
        }
        for (String path : files) {
            Path file = out.resolve(path);
            String line = path + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis() + "\n";
            digest.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
