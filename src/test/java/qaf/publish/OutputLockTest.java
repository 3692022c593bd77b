package qaf.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.testing.ChildJvm;

class OutputLockTest {
    private static final Instant NOON = Instant.parse("2026-11-26T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aLockHeldByAnotherProcessNamesItAndDiesWithIt() throws IOException, InterruptedException, OutputLock.Busy {
        Path out = dir.resolve("out");
        Process holder = ChildJvm.start(HoldOutputLock.class, dir, dir.resolve("holder.err"), out.toString());
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", said.readLine(), () -> stderr());

            OutputLock.Busy busy = assertThrows(OutputLock.Busy.class,
                    () -> OutputLock.acquire(out, Clock.fixed(NOON, ZoneOffset.UTC)));
            OutputLock.Holder named = busy.holder().orElseThrow();
            assertEquals(holder.pid(), named.pid());
            assertFalse(named.host().isBlank());
            assertTrue(!named.since().isAfter(Instant.now(Clock.systemUTC())), named.toString());
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
        // SIGKILL gave the holder no chance to clean up: its record is still there, and must not matter.
        assertTrue(Files.exists(out.resolve(OutputLock.HOLDER_FILE)));
        try (OutputLock next = OutputLock.acquire(out, Clock.fixed(NOON, ZoneOffset.UTC))) {
            assertEquals(ProcessHandle.current().pid(), OutputLock.readHolder(out.resolve(OutputLock.HOLDER_FILE))
                    .orElseThrow().pid());
            assertEquals(NOON, OutputLock.readHolder(out.resolve(OutputLock.HOLDER_FILE)).orElseThrow().since());
        }
        assertFalse(Files.exists(out.resolve(OutputLock.HOLDER_FILE)), "a released lock leaves no holder record");
        assertTrue(Files.exists(out.resolve(OutputLock.LOCK_FILE)), "the lock file stays, see OutputLock");
    }

    private String stderr() {
        try {
            return Files.readString(dir.resolve("holder.err"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no stderr: " + e + ")";
        }
    }

    @Test
    void aSecondLockInTheSameProcessIsBusyToo() throws IOException, OutputLock.Busy {
        try (OutputLock first = OutputLock.acquire(dir, Clock.fixed(NOON, ZoneOffset.UTC))) {
            OutputLock.Busy busy = assertThrows(OutputLock.Busy.class, () -> OutputLock.acquire(dir, Clock.systemUTC()));
            assertEquals(ProcessHandle.current().pid(), busy.holder().orElseThrow().pid());
            assertEquals(NOON, busy.holder().orElseThrow().since());
        }
        try (OutputLock again = OutputLock.acquire(dir, Clock.systemUTC())) {
            assertTrue(Files.exists(dir.resolve(OutputLock.HOLDER_FILE)));
        }
    }

    @Test
    void anUnreadableHolderRecordIsReportedAsUnknownNotAnError() throws IOException {
        Path record = dir.resolve(OutputLock.HOLDER_FILE);
        assertTrue(OutputLock.readHolder(record).isEmpty(), "no record");
        Files.writeString(record, "pid=twelve\nsince=yesterday\n", StandardCharsets.UTF_8);
        assertTrue(OutputLock.readHolder(record).isEmpty(), "a hand-edited record");
    }
}
