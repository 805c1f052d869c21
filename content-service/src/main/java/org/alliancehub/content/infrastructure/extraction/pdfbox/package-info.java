/** Apache PDFBox (the PDF library Tika itself reads PDFs with), kept behind the application's {@link org.alliancehub.content.application.AccessibilityCheck}. */
package org.alliancehub.content.infrastructure.extraction.pdfbox;
