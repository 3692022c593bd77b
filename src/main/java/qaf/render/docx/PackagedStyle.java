package qaf.render.docx;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The house style as docx4j packages it for one kind of page: every entry of the package except the
 * document's own (its core properties and its figures' pictures), the document part around the body,
 * and the relationship ids the body refers to. What docx4j writes depends only on the {@link Key}, so
 * documents with the same key share one packaging instead of docx4j loading, unmarshalling and saving
 * the house style again for each (about a tenth of a build's time); the bytes are the same either way
 * ({@code DocxPackageWriterTest} compares them).
 *
 * <p>Kept for the few keys in use at once: a build renders one partnership at a time, and its
 * documents differ in marking, orientation and figures in only a handful of ways.
 */
record PackagedStyle(Map<String, byte[]> entries, String corePart, String documentXml, int bodyAt,
        Map<Integer, String> imageRelIds, Map<String, String> linkRelIds, int textWidth, String highlightFill) {
    private static final int KEPT = 32;
    private static final Map<Key, PackagedStyle> RECENT = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, PackagedStyle> eldest) {
                    return size() > KEPT;
                }
            });

    PackagedStyle {
        entries = Collections.unmodifiableMap(new TreeMap<>(entries));
        imageRelIds = Collections.unmodifiableMap(new TreeMap<>(imageRelIds));
        linkRelIds = Collections.unmodifiableMap(new LinkedHashMap<>(linkRelIds));
    }

    /**
     * Everything of a document that reaches docx4j's packaging: the house style (by instance), the
     * orientation, the header's and footer's text, which figures it has, and its links' addresses in
     * order of first use. Not the figures' pictures, which only fill their own entries.
     */
    record Key(HouseStyle houseStyle, boolean landscape, String marking, String partnershipName,
            List<Integer> pictures, List<String> links) {
        Key {
            pictures = List.copyOf(pictures);
            links = List.copyOf(links);
        }
    }

    /** What packages a key the first time: docx4j, in {@link DocxPackageWriter}. */
    @FunctionalInterface
    interface Packager {
        PackagedStyle packaged(Key key) throws java.io.IOException;
    }

    /**
     * The packaging for {@code key}, made by {@code packager} unless a recent document had the same key.
     * Two threads asking for a new key at once may both make it; they make the same bytes.
     */
    static PackagedStyle of(Key key, Packager packager) throws java.io.IOException {
        PackagedStyle packaged = RECENT.get(key);
        if (packaged == null) {
            packaged = packager.packaged(key);
            RECENT.put(key, packaged);
        }
        return packaged;
    }

    /** Forgets every packaging, so the next document is packaged by docx4j again (tests: the slow path). */
    static void forget() {
        RECENT.clear();
    }

    /** Where docx4j stores figure {@code number}'s picture in the package. */
    static String pictureEntry(int number) {
        return "word/media/qaf-figure-" + number + ".png";
    }
}
