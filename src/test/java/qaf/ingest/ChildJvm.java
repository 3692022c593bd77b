package qaf.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@code qaf.cli.Main} (or another main class) in a separate JVM on the test classpath, with its own qaf.home. */
final class ChildJvm {
    private ChildJvm() {
    }

    static ProcessBuilder qaf(Path home, Path log, String... args) {
        return java("qaf.cli.Main", home, log, args);
    }

    static ProcessBuilder java(String mainClass, Path home, Path log, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dqaf.home=" + home);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    static int run(Path home, Path log, String... args) {
        try {
            return qaf(home, log, args).start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
