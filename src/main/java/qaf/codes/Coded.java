package qaf.codes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The shape of every coded value of the dataset (a grade, a review type, a RAG rating…): the word
 * the dataset writes and the words documents print. The enum is the one place both are spelled:
 * the ingest's list of allowed words ({@code DatasetFormat}) is read from it, so the contract and
 * the code cannot disagree.
 */
public interface Coded {
    /** The dataset's word, e.g. {@code requires-improvement}. */
    String id();

    /** Sentence-case words for tables and charts, e.g. "Requires improvement". */
    String label();

    /** Every constant's dataset word, in declaration order (the order messages and the contract list them). */
    static <E extends Enum<E> & Coded> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::id).toList();
    }

    /**
     * The constant whose word this is, ignoring letter case and surrounding space as the ingest does.
     * The message names the allowed words, never the text given (a mistyped cell may hold anything).
     *
     * @param what the thing's name in the message, e.g. "grade"
     * @throws IllegalArgumentException a word that is not one of the type's
     */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String text, String what) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + "; use one of "
                + Arrays.stream(type.getEnumConstants()).map(Coded::id).collect(Collectors.joining(", ")));
    }
}
