package qaf.document;


import java.util.List;
import java.util.Objects;

/**
 * What every rendered document carries whatever its kind: the page furniture (partnership name,
 * title, audience marking) and the document properties (title, language).
 *
 * @param kind the catalogue kind, e.g. {@code chronology}
 * @param partnershipName printed in the running header
 * @param title the document title, also its PDF/DOCX title property
 * @param subtitle a second line under the title; may be empty
 * @param audience decides the marking and the privacy rules the composer already applied
 * @param refs every evaluation, case, agency, review, briefing or cycle ref the document was built from
 */
public record DocumentMeta(
        String kind, String partnershipName, String title, String subtitle, Audience audience, List<String> refs) {
    public static final String LANGUAGE = "en-GB";

    public DocumentMeta {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(partnershipName, "partnershipName");
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        Objects.requireNonNull(audience, "audience");
        refs = List.copyOf(refs);
    }

    /** The same metadata with its title and subtitle passed through {@code f}; refs are refs, not text. */
    public DocumentMeta mapText(java.util.function.UnaryOperator<String> f) {
        return new DocumentMeta(kind, f.apply(partnershipName), f.apply(title), f.apply(subtitle), audience, refs);
    }

    public String marking() {
        return audience.marking();
    }
}
