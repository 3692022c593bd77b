package qaf.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a class's {@code main} in a separate JVM on the test classpath, so a test can kill it with
 * SIGKILL ({@link Process#destroyForcibly()}) as the operating system or an operator would.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** Standard error goes to {@code stderrLog}, so a failure can be shown without a reader thread. */
    public static Process start(Class<?> main, Path home, Path stderrLog, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Duser.language=en", "-Duser.country=GB", "-Duser.timezone=Europe/London",
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-Dqaf.home=" + home,
                "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(stderrLog.toFile()).start();
    }
}
