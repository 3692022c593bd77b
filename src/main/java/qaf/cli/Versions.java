package qaf.cli;

/** The application's version, from the jar manifest; "development" when run from classes. */
final class Versions {
    private Versions() {
    }

    static String current() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
