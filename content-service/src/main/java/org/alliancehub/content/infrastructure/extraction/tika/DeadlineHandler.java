package org.alliancehub.content.infrastructure.extraction.tika;

import java.time.Instant;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** Stops a parse whose text is still flowing after the deadline. */
final class DeadlineHandler extends ContentHandlerDecorator {

    private static final String MESSAGE = "extraction deadline passed";

    private final Instant deadline;
    private int calls;

    DeadlineHandler(ContentHandler handler, Instant deadline) {
        super(handler);
        this.deadline = deadline;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        // checking the clock on every call would cost more than the parse of small chunks
        if ((++calls & 0xFF) == 0 && Instant.now().isAfter(deadline)) {
            throw new SAXException(MESSAGE);
        }
        super.characters(ch, start, length);
    }

    @Override
    public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts) throws SAXException {
        if ((++calls & 0xFF) == 0 && Instant.now().isAfter(deadline)) {
            throw new SAXException(MESSAGE);
        }
        super.startElement(uri, localName, name, atts);
    }

    static boolean isDeadline(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (MESSAGE.equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
