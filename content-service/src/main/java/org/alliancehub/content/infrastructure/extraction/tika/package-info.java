/** Apache Tika, kept behind the application's {@link org.alliancehub.content.application.TextExtractor}. */
package org.alliancehub.content.infrastructure.extraction.tika;
