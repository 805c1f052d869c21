package org.alliancehub.web.interfaces.search.facade.internal;

/**
 * Makes highlighted text from the search service safe to write into a page unescaped: only
 * {@code <mark>} and {@code </mark>} survive as markup; any other angle bracket is escaped, so a
 * faulty or hostile upstream cannot inject tags.
 */
final class SafeHighlight {

    private static final String OPEN = "\u0000open\u0000";
    private static final String CLOSE = "\u0000close\u0000";

    private SafeHighlight() {
    }

    static String of(String html) {
        if (html == null) {
            return "";
        }
        String text = html.replace("\u0000", "")
                .replace("<mark>", OPEN)
                .replace("</mark>", CLOSE)
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
        return text.replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
    }
}
