package qaf.publish;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * One build at a time per output folder. The lock is an operating-system lock on
 * {@code <out>/.qaf-build.lock}, so it dies with its process: a build killed with SIGKILL, or a
 * machine that rebooted, never leaves a lock that blocks the next build. Beside it,
 * {@code <out>/.qaf-build.pid} says who holds it, only so the second build can say so; that file may
 * outlive a killed holder and is never trusted to decide anything.
 *
 * <p>The lock file itself is left in place on release: deleting it would let a third process lock a
 * fresh file while a second still waits on the old one.
 */
public final class OutputLock implements AutoCloseable {
    public static final String LOCK_FILE = ".qaf-build.lock";
    public static final String HOLDER_FILE = ".qaf-build.pid";

    /** Who holds the lock: the process id, when it took the lock, and the machine it runs on. */
    public record Holder(long pid, Instant since, String host) {
        String toFileText() {
            return "pid=" + pid + "\nsince=" + since + "\nhost=" + host + "\n";
        }
    }

    /** The output folder is locked by another build. */
    public static final class Busy extends Exception {
        @java.io.Serial
        private static final long serialVersionUID = 1L;
        private final transient Holder holder;

        Busy(Path outputDir, Holder holder) {
            super("the output folder " + outputDir + " is in use by another qaf build");
            this.holder = holder;
        }

        /** Empty when the holder has not yet recorded itself, or its record is unreadable. */
        public Optional<Holder> holder() {
            return Optional.ofNullable(holder);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;
    private final Path holderFile;

    private OutputLock(FileChannel channel, FileLock lock, Path holderFile) {
        this.channel = channel;
        this.lock = lock;
        this.holderFile = holderFile;
    }

    /**
     * Takes the lock without waiting: a nightly run that finds the previous one still going should
     * say so and stop, not queue behind it.
     */
    public static OutputLock acquire(Path outputDir, Clock clock) throws IOException, Busy {
        Files.createDirectories(outputDir);
        Path holderFile = outputDir.resolve(HOLDER_FILE);
        FileChannel channel = FileChannel.open(outputDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // This JVM already holds it (two builds in one process): as busy as another process holding it.
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new Busy(outputDir, readHolder(holderFile).orElse(null));
        }
        try {
            Holder me = new Holder(ProcessHandle.current().pid(), clock.instant(), hostName());
            AtomicFiles.write(holderFile, false, me.toFileText().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new OutputLock(channel, lock, holderFile);
    }

    /** The holder as recorded, or empty if there is no readable record. */
    static Optional<Holder> readHolder(Path holderFile) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(holderFile, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Holder(Long.parseLong(p.getProperty("pid", "")),
                    Instant.parse(p.getProperty("since", "")), p.getProperty("host", "unknown host")));
        } catch (NumberFormatException | DateTimeParseException e) {
            // Written atomically, so only a hand-edited file gets here; the message then says "unknown".
            return Optional.empty();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // Only for the message: a machine without a resolvable name still builds.
            return "unknown host";
        }
    }

    /** Removes the holder record while still holding the lock, then releases it. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(holderFile);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
