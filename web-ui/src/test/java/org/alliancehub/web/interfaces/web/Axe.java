package org.alliancehub.web.interfaces.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's rules for WCAG 2.x A and AA) run in the page the browser shows: the script
 * comes from the axe-core jar on the test class path, nothing is downloaded.
 */
final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("axe.min.js could not be read", e);
        }
    }

    /** The WCAG 2 A and AA violations on the current page, each as "impact rule: what, where (n places)". */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SCRIPT);
        Object found = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ': ' + v.help + ', '"
                + " + v.nodes.map(n => n.target.join(' ')).join(' | ') + ' (' + v.nodes.length + ')')))"
                + ".catch(e => done(['critical axe failed: ' + e]));");
        return (List<String>) found;
    }

    /** The violations axe rates serious or critical, each as in {@link #violations}. */
    static List<String> seriousViolations(WebDriver driver) {
        return violations(driver).stream().filter(v -> v.startsWith("serious ") || v.startsWith("critical ")).toList();
    }
}
