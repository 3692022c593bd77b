package qaf.render.pdf;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.JRParameter;
import qaf.document.DocumentMeta;

/**
 * The parameters every qaf template with the standard page furniture ({@code report-templates/
 * page-furniture.jrxml}) expects: partnership name, document title and audience marking, plus the
 * pinned locale and time zone. A renderer starts its parameter map here and adds its own.
 */
public final class PageFurniture {
    public static final String PARTNERSHIP_NAME = "PARTNERSHIP_NAME";
    public static final String DOCUMENT_TITLE = "DOCUMENT_TITLE";
    public static final String MARKING = "MARKING";

    private PageFurniture() {
    }

    /**
     * A new, modifiable parameter map holding the furniture of {@code meta}, its text passed through
     * {@code glyphs}.
     */
    public static Map<String, Object> parameters(DocumentMeta meta, GlyphSubstitution glyphs) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(PARTNERSHIP_NAME, glyphs.apply(meta.partnershipName()));
        parameters.put(DOCUMENT_TITLE, glyphs.apply(meta.title()));
        parameters.put(MARKING, meta.marking());
        parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("Europe/London"));
        return parameters;
    }
}
