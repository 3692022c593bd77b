package qaf.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A digest of everything besides the data that decides a document's bytes: qaf's own classes and
 * resources (composers, audience rules, renderers, compiled templates, the house style, bank holidays)
 * the file names of the libraries on the class path, which carry their versions (the launcher's
 * thin jar names them in its META-INF/MANIFEST.MF, which is digested with the other entries), and the
 * JDK's version with the locale, zone and encoding the run is pinned to. A document built
 * by a different qaf is never taken as unchanged, even when the version string stayed the same (a
 * developer's build).
 *
 * <p>Jar entries are digested by name and content, not the jar's bytes, so repackaging the same
 * classes (new entry timestamps) changes nothing.
 */
public final class Implementation {
    private Implementation() {
    }

    /**
     * The digest (hex) of the code this class was loaded from and of the class path's library names.
     *
     * @param clock only to tell whether the jar has settled (see {@link #jarDigest})
     */
    public static String fingerprint(Clock clock) {
        MessageDigest digest = sha256();
        Path location = codeLocation();
        try {
            if (Files.isDirectory(location)) {
                digestDirectory(location, digest);
            } else {
                digest.update(jarDigest(location, clock));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read qaf's own code at " + location, e);
        }
        List<String> libraries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            libraries.add(Path.of(entry).getFileName() == null ? entry : Path.of(entry).getFileName().toString());
        }
        Collections.sort(libraries);
        for (String library : libraries) {
            digest.update(("L" + library + "\n").getBytes(StandardCharsets.UTF_8));
        }
        // The JDK draws the charts and deflates the files, and the launcher pins locale and zone.
        for (String property : List.of("java.vendor", "java.version", "user.language", "user.country",
                "user.timezone", "file.encoding")) {
            digest.update(("P" + property + "=" + System.getProperty(property, "") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Path codeLocation() {
        try {
            return Path.of(Implementation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("qaf's code location is not a file", e);
        }
    }

    private static void digestDirectory(Path root, MessageDigest digest) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            entry(digest, root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
    }

    /**
     * The digest of the jar's entries, remembered beside the jar ({@code qaf.jar.fingerprint}) with the
     * jar's size and modification time: reading and hashing the 2.8 MB jar was an eighth of the nightly
     * no-op. Any new jar (a rebuild, a copy) has another time or size and is read again. A jar modified
     * within the last seconds is not remembered, since a second change within the file system's time
     * granularity could keep both the same (git's "racy" rule). A folder that cannot be written just
     * means no memory.
     */
    static byte[] jarDigest(Path jar, Clock clock) throws IOException {
        Path memory = jar.resolveSibling(jar.getFileName() + ".fingerprint");
        String stamp = "qaf-implementation 1 " + Files.size(jar) + " "
                + Files.getLastModifiedTime(jar).to(TimeUnit.NANOSECONDS);
        try {
            List<String> lines = Files.readAllLines(memory, StandardCharsets.UTF_8);
            if (lines.size() == 2 && lines.get(0).equals(stamp) && lines.get(1).matches("[0-9a-f]{64}")) {
                return HexFormat.of().parseHex(lines.get(1));
            }
        } catch (IOException e) {
            // Not remembered yet, or unreadable: read the jar.
        }
        long startedAt = clock.millis();
        MessageDigest digest = sha256();
        digestJar(jar, digest);
        byte[] value = digest.digest();
        boolean settled = startedAt - Files.getLastModifiedTime(jar).toMillis() > SETTLED_MILLIS;
        if (settled && stamp.equals("qaf-implementation 1 " + Files.size(jar) + " "
                + Files.getLastModifiedTime(jar).to(TimeUnit.NANOSECONDS))) {
            remember(memory, stamp + "\n" + HexFormat.of().formatHex(value) + "\n");
        }
        return value;
    }

    /** How long ago a jar must have been written for its digest to be remembered. */
    private static final long SETTLED_MILLIS = 3_000;

    private static void remember(Path memory, String text) {
        Path temporary = memory.resolveSibling(memory.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, memory, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A read-only application folder: the next run reads the jar again, nothing else changes.
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Nothing more to do.
            }
        }
    }

    private static void digestJar(Path jar, MessageDigest digest) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = file.stream().filter(e -> !e.isDirectory())
                    .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
            for (JarEntry e : entries) {
                try (InputStream in = file.getInputStream(e)) {
                    entry(digest, e.getName(), in.readAllBytes());
                }
            }
        }
    }

    private static void entry(MessageDigest digest, String name, byte[] content) {
        digest.update(("F" + name + "\n" + content.length + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(content);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
