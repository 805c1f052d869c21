package org.alliancehub.content.infrastructure.extraction.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.alliancehub.content.application.TextExtractor;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Apache Tika behind {@link TextExtractor}: detection from the bytes, text and metadata from the
 * standard parsers (with Tika's zip-bomb guard), a cap on characters, a limit on nested documents,
 * a deadline checked while text flows, and Optimaize language detection. This class is the one
 * translator from Tika's metadata to our values.
 */
@ApplicationScoped
public class TikaTextExtractor implements TextExtractor {

    private static final Logger LOG = TracedLogger.of(TikaTextExtractor.class);
    /** Enough text to tell a language; more only costs time. */
    private static final int LANGUAGE_SAMPLE = 5_000;

    private Detector detector;
    private AutoDetectParser parser;

    public TikaTextExtractor() {
        // CDI proxies call this constructor too: the heavy loading happens in init()
    }

    /** Loads Tika's parsers, detectors and language models once per application. */
    @jakarta.annotation.PostConstruct
    public void init() {
        TikaConfig config = loadConfig();
        detector = config.getDetector();
        parser = new AutoDetectParser(config);
    }

    /**
     * Tika finds parsers and detectors through service files; in an application server the class
     * loader to search is this application's, named explicitly rather than left to Tika's default.
     */
    private static TikaConfig loadConfig() {
        try {
            TikaConfig config = new TikaConfig(TikaTextExtractor.class.getClassLoader());
            int parsers = config.getParser() instanceof org.apache.tika.parser.CompositeParser composite
                    ? composite.getParsers().size() : 1;
            LOG.info(() -> "Tika ready: " + parsers + " media types parsed, detector " + config.getDetector().getClass().getSimpleName());
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("Tika's configuration did not load", e);
        }
    }

    @Override
    public String detectMediaType(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            // no file name in the metadata: the bytes decide
            return detector.detect(in, new Metadata()).toString();
        } catch (IOException e) {
            throw new Failed("The file could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Document extract(Path file, String mediaType, Limits limits) {
        Metadata metadata = new Metadata();
        if (mediaType != null) {
            // the detector answers with the type found at upload instead of reading the bytes again
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, mediaType);
        }
        BodyContentHandler text = new BodyContentHandler(limits.maxCharacters());
        DeadlineHandler handler = new DeadlineHandler(text, Instant.now().plus(limits.timeout()));
        ParseContext context = parseContext(parser);
        context.set(EmbeddedDocumentExtractor.class, new DepthLimitedEmbeddedExtractor(context, limits.maxEmbeddingDepth()));
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new Failed("The file is encrypted (password-protected), so its text cannot be read.", e);
        } catch (ZeroByteFileException e) {
            throw new Failed("The file is empty.", e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else if (DeadlineHandler.isDeadline(e)) {
                throw new Failed("Reading the file took longer than " + limits.timeout().toSeconds() + " s.", e);
            } else {
                throw new Failed("The file's content could not be read: " + shortMessage(e), e);
            }
        } catch (TikaException e) {
            if (suspectsZipBomb(e)) {
                throw new Failed("The file expands to far more data than it holds (a suspected zip bomb).", e);
            }
            throw new Failed("The file is damaged or not what its type says: " + shortMessage(e), e);
        } catch (IOException e) {
            throw new Failed("The file could not be read to the end (is it truncated?): " + shortMessage(e), e);
        } catch (RuntimeException | StackOverflowError e) {
            // a parser bug on a hostile file must not take the service down (the queue logs the cause)
            throw new Failed("The file could not be read: " + shortMessage(e), e);
        }
        String content = text.toString().strip();
        return new Document(content, truncated, pageCount(metadata), metadata.get(TikaCoreProperties.TITLE),
                metadata.get(TikaCoreProperties.CREATOR), metadata.get(TikaCoreProperties.CREATED), language(content));
    }

    /**
     * The context of a parse by {@code parser}. It names that parser as {@code Parser.class}, as
     * Tika's own three-argument parse does: the PDF reader takes its OCR parser from it (without
     * one, every page with little or no text, such as a scan, fails with a NullPointerException),
     * and the embedded-document extractor parses attachments with it (without one they are
     * skipped). AutoDetectParser only fills it in when no extractor is given, and we give ours.
     * <p>
     * Tika's streaming (SAX) readers for Word and PowerPoint files: the same text and metadata as
     * the default XmlBeans readers, in about 40% less time, and without holding the whole document
     * as objects (which matters for a 50 MB manual). The ingest benchmark gives raw Tika the same.
     */
    public static ParseContext parseContext(Parser parser) {
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    private String language(String content) {
        if (content.length() < 20) {
            return null;
        }
        // a detector holds the text it is given, so each call has its own; the models are shared
        LanguageResult result = new OptimaizeLangDetector().loadModels().detect(content.length() > LANGUAGE_SAMPLE ? content.substring(0, LANGUAGE_SAMPLE) : content);
        return result.isReasonablyCertain() ? result.getLanguage() : null;
    }

    private static Integer pageCount(Metadata metadata) {
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        if (pages == null) {
            pages = metadata.getInt(Office.PAGE_COUNT);
        }
        if (pages == null) {
            pages = metadata.getInt(Office.SLIDE_COUNT);
        }
        return pages;
    }

    /** Tika's guard says so in a cause: the parser wraps it ("TIKA-237: Illegal SAXException"). */
    private static boolean suspectsZipBomb(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static String shortMessage(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
