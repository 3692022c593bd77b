package qaf.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImplementationTest {
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path tmp;
    private int jars;

    @Test
    void aSettledJarsDigestIsRememberedBesideItAndUsedWhileItsStampHolds() throws IOException {
        Path jar = jar("a.class", "one");
        Files.setLastModifiedTime(jar, FileTime.from(NOW.minusSeconds(60)));
        byte[] first = Implementation.jarDigest(jar, CLOCK);
        Path memory = tmp.resolve("qaf.jar.fingerprint");
        assertTrue(Files.isRegularFile(memory));
        assertEquals(HexFormat.of().formatHex(first), Files.readAllLines(memory).get(1));

        // The memory is what a second run reads: a planted digest under the same stamp is returned as it is.
        List<String> lines = Files.readAllLines(memory);
        String planted = "ab".repeat(32);
        Files.write(memory, List.of(lines.get(0), planted));
        assertEquals(planted, HexFormat.of().formatHex(Implementation.jarDigest(jar, CLOCK)));
    }

    @Test
    void aNewJarIsReadAgainWhateverWasRemembered() throws IOException {
        Path jar = jar("a.class", "one");
        Files.setLastModifiedTime(jar, FileTime.from(NOW.minusSeconds(60)));
        byte[] before = Implementation.jarDigest(jar, CLOCK);

        Files.delete(jar);
        jar("a.class", "two");
        Files.setLastModifiedTime(jar, FileTime.from(NOW.minusSeconds(30)));
        byte[] after = Implementation.jarDigest(jar, CLOCK);
        assertFalse(java.util.Arrays.equals(before, after), "other content, other digest");
        assertEquals(HexFormat.of().formatHex(after), Files.readAllLines(tmp.resolve("qaf.jar.fingerprint")).get(1));
    }

    @Test
    void aJarWrittenJustNowIsDigestedButNotRemembered() throws IOException {
        Path jar = jar("a.class", "one");
        Files.setLastModifiedTime(jar, FileTime.from(NOW.minusMillis(500)));
        byte[] digest = Implementation.jarDigest(jar, CLOCK);
        assertFalse(Files.exists(tmp.resolve("qaf.jar.fingerprint")),
                "a change within the file system's time granularity could keep the stamp");

        Files.setLastModifiedTime(jar, FileTime.from(NOW.minusSeconds(60)));
        assertArrayEquals(digest, Implementation.jarDigest(jar, CLOCK), "the digest does not depend on the time");
    }

    @Test
    void entriesAreDigestedByNameAndContentNotByTheirTimes() throws IOException {
        Path jar = jar("a.class", "one");
        Files.setLastModifiedTime(jar, FileTime.from(NOW.minusMillis(10)));
        byte[] first = Implementation.jarDigest(jar, CLOCK);
        Files.delete(jar);
        jar("a.class", "one");
        Files.setLastModifiedTime(jar, FileTime.from(NOW.minusMillis(10)));
        assertArrayEquals(first, Implementation.jarDigest(jar, CLOCK));
    }

    private Path jar(String entry, String content) throws IOException {
        Path jar = tmp.resolve("qaf.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            JarEntry e = new JarEntry(entry);
            e.setTime(NOW.toEpochMilli() - 86_400_000L * ++jars); // each jar a day older: times must not matter
            out.putNextEntry(e);
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
