package qaf.render;

/** The output formats; every document kind renders to each. */
public enum Format {
    PDF("pdf"),
    DOCX("docx");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
