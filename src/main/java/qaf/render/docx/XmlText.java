package qaf.render.docx;

/** Text made safe for WordprocessingML: what XML 1.0 can hold, and attribute escaping. */
final class XmlText {
    private XmlText() {
    }

    static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Escapes text for a double-quoted XML attribute, dropping what XML cannot hold. */
    static String attribute(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                case '\t' -> sb.append("&#9;");
                case '\r' -> sb.append("&#13;");
                default -> {
                    if (isXmlChar(cp)) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
        return sb.toString();
    }
}
