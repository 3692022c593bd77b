package qaf.publish;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a file so that a reader, or a crash, never sees it half-written under its final name: the
 * bytes go to a hidden temporary file in the same folder, are forced to disk, then renamed over the
 * target in one atomic step.
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> SHARED = PosixFilePermissions.fromString("rw-r--r--");

    /** Writes the content of a file; the writer must not close the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * @param ownerOnly the file is created readable by its owner only, before any byte is written, so
     *     a case document is never readable by others even for a moment
     */
    public static void write(Path target, boolean ownerOnly, Content content) throws IOException {
        write(target, ownerOnly, content, () -> { });
    }

    /**
     * As {@link #write(Path, boolean, Content)}; {@code written} runs once the content is complete in
     * the temporary, before it is forced to disk, so a caller can free what only the writing needed
     * (a build's render slot) while the disk catches up.
     */
    public static void write(Path target, boolean ownerOnly, Content content, Runnable written) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = createTemp(dir, target.getFileName().toString(), ownerOnly);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                // Some libraries close the stream they are given; the channel must stay open to be forced.
                content.writeTo(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                });
                out.flush();
                written.run();
                channel.force(true);
            }
            Files.setPosixFilePermissions(temp, ownerOnly ? OWNER_ONLY : SHARED);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the output folder does not support atomic rename: " + dir, e);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Writes bytes already in memory. */
    public static void write(Path target, boolean ownerOnly, byte[] bytes) throws IOException {
        write(target, ownerOnly, out -> out.write(bytes));
    }

    /** True for the temporary names this class uses, so a later build can sweep leftovers. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.contains(".qaf-tmp-");
    }

    /**
     * Deletes the temporary files a killed build left under {@code root}; returns how many. Only safe
     * while holding the {@link OutputLock}: another build's temporaries are live files.
     */
    public static int sweep(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        List<Path> leftovers;
        try (Stream<Path> walk = Files.walk(root)) {
            leftovers = walk.filter(p -> isTemporary(p) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        for (Path p : leftovers) {
            Files.deleteIfExists(p);
        }
        return leftovers.size();
    }

    private static Path createTemp(Path dir, String name, boolean ownerOnly) throws IOException {
        FileAttribute<Set<PosixFilePermission>> perms = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + ".qaf-tmp-" + ProcessHandle.current().pid() + "-" + attempt);
            try {
                // Always created owner-only; widened after the content is complete if not a case file.
                return Files.createFile(temp, perms);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 1000) {
                    throw e;
                }
            }
        }
    }
}
