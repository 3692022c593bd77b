package qaf.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where qaf finds its checkout, database, sample data and output folder. The {@code ./qaf} launcher
 * passes the checkout as the system property {@code qaf.home}; without it the working directory is
 * the checkout. The database location can be overridden by {@code --db} or {@code QAF_DB}.
 */
public record AppPaths(Path home) {
    public static final String DB_ENV = "QAF_DB";

    public static AppPaths fromSystem() {
        String home = System.getProperty("qaf.home");
        return new AppPaths(Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize());
    }

    /** The database to use: the explicit option first, then {@code QAF_DB}, then the checkout's own. */
    public Path database(Path option, Map<String, String> env) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(DB_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return home.resolve("data").resolve("qaf.db");
    }

    public Path sampleData() {
        return home.resolve("sample-data");
    }

    public Path output() {
        return home.resolve("output");
    }

    /** Private, owner-only folder for extracted native libraries (never the shared temp dir). */
    public Path nativeLibraries() {
        return home.resolve(".qaf").resolve("native");
    }
}
