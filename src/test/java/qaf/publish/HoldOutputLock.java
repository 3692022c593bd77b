package qaf.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** A child JVM for {@link OutputLockTest}: takes the lock, says so, and holds it until it is killed. */
final class HoldOutputLock {
    private HoldOutputLock() {
    }

    public static void main(String[] args) throws IOException, OutputLock.Busy {
        OutputLock lock = OutputLock.acquire(Path.of(args[0]), Clock.systemUTC());
        System.out.println("locked");
        System.out.flush();
        // Blocks until the test kills this process; stdin never closes first because the test holds it open.
        while (System.in.read() != -1) {
            // Input is ignored: the test only ever kills this process.
        }
        lock.close();
    }
}
