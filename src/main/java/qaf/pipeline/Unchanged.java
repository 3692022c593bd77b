package qaf.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import qaf.kind.DocumentKind;
import qaf.publish.AtomicFiles;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;

/**
 * The nightly no-op. A build whose inputs are all as they were at the end of the last successful one
 * (the store's data, by {@link qaf.store.Database#contentDigest}; qaf's code, templates and libraries;
 * the version; the year, as-at day, kinds, formats and board pack) would compose every document only to
 * find every fingerprint equal. So the last build records a key of those inputs and of its output
 * files (path, size and modification time of every file its manifest lists, and the manifest itself),
 * and a build that finds both unchanged publishes nothing, keeps the manifest and the front page, and
 * writes a report of the same documents as unchanged. Any difference, {@code --full}, or a previous
 * build with a failure, and the build runs as usual.
 */
final class Unchanged {
    /** Beside the manifest; not a document, so never listed or pruned. */
    static final String FILE = ".qaf-build-key";

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
     * The previous report, as this build's, when the key and the output folder are as the last build left
     * them; empty otherwise (then the build runs).
     */
    static Optional<BuildReport> previous(Path out, String key, String startedAt, long durationMs) {
        try {
            Path file = out.resolve(FILE);
            Optional<Manifest> manifest = Manifest.read(out);
            Path report = out.resolve(BuildReport.FILE_NAME);
            if (!Files.isRegularFile(file) || manifest.isEmpty() || !manifest.get().failures().isEmpty()
                    || !Files.isRegularFile(report)) {
                return Optional.empty();
            }
            if (!Files.readString(file, StandardCharsets.UTF_8).equals(key + "\n" + outputs(out, manifest.get()) + "\n")) {
                return Optional.empty();
            }
            BuildReport last = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(report.toFile(), BuildReport.class);
            List<BuildReport.Entry> entries = new ArrayList<>();
            for (BuildReport.Entry e : last.documents()) {
                if (e.failed()) {
                    return Optional.empty();
                }
                entries.add(new BuildReport.Entry(e.kind(), e.name(), BuildReport.SKIPPED, e.formats(), 0, null));
            }
            // The privacy findings and unplaced narrative are the last build's: the same inputs give the same.
            return Optional.of(new BuildReport(last.tool(), last.version(), last.period(), startedAt, durationMs, 0,
                    entries.size(), 0, entries, last.privacy(), last.narrative()));
        } catch (IOException | RuntimeException e) {
            // Anything unreadable or odd: build as usual, which rewrites all of it.
            return Optional.empty();
        }
    }

    /** After a build with no failure: the key its successor compares. */
    static void record(Path out, String key, Manifest manifest) throws IOException {
        String text = key + "\n" + outputs(out, manifest) + "\n";
        AtomicFiles.write(out.resolve(FILE), false, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
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
    private static String outputs(Path out, Manifest manifest) throws IOException {
        MessageDigest digest = sha256();
        digest.update(Files.readAllBytes(out.resolve(Manifest.FILE_NAME)));
        Path index = out.resolve("index.html");
        if (Files.isRegularFile(index)) {
            digest.update(Files.readAllBytes(index));
        }
        for (Manifest.Document d : manifest.documents()) {
            stat(digest, out, d.path());
            for (Manifest.DataFile f : d.data()) {
                stat(digest, out, f.path());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void stat(MessageDigest digest, Path out, String path) throws IOException {
        Path file = out.resolve(path);
        String line = path + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis() + "\n";
        digest.update(line.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

}
