package qaf.render.docx;

import java.util.List;

/**
 * The writing direction of text, from its strongly directed letters (Unicode's bidirectional
 * classes): Arabic or Urdu paragraphs and runs are marked right to left so Word shapes and orders them.
 */
final class WritingDirection {
    private WritingDirection() {
    }

    /** Whether a paragraph of these spans reads right to left: its first strongly directed letter does. */
    static boolean startsRightToLeft(List<Span> spans) {
        for (Span span : spans) {
            int d = firstStrongDirection(span.text());
            if (d != 0) {
                return d < 0;
            }
        }
        return false;
    }

    static boolean startsRightToLeft(String text) {
        return firstStrongDirection(text) < 0;
    }

    private static int firstStrongDirection(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int d = strongDirection(cp);
            if (d != 0) {
                return d;
            }
            i += Character.charCount(cp);
        }
        return 0;
    }

    /** 1 for a left-to-right letter, -1 for a right-to-left one, 0 for a neutral character. */
    static int strongDirection(int cp) {
        if (cp < 0x0590) {
            return Character.isLetter(cp) ? 1 : 0; // fast path: Latin, Greek, Cyrillic
        }
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> -1;
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> 1;
            default -> 0;
        };
    }
}
