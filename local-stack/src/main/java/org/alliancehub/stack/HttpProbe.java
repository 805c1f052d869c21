package org.alliancehub.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for an HTTP address to answer, while the process behind it is still alive. */
public final class HttpProbe {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private HttpProbe() {
    }

    /** The status of a GET, or -1 when nothing answers. */
    public static int status(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The body of a 2xx answer to a GET; empty when nothing answers or the answer is not 2xx. */
    public static java.util.Optional<String> body(URI uri) {
        return java.util.Optional.ofNullable(okBody(CLIENT, uri, null));
    }

    /**
     * Polls {@code uri} until it answers 2xx. Fails early when {@code alive} turns false, and at the
     * deadline; {@code describeFailure} supplies the explanation (typically a log tail).
     */
    public static void awaitOk(URI uri, Duration timeout, BooleanSupplier alive, java.util.function.Supplier<String> describeFailure) {
        awaitBody(uri, body -> true, timeout, alive, describeFailure);
    }

    /** Like {@link #awaitOk}, asking with {@code client} and, when given, an {@code Authorization} header (a secured node). */
    public static void awaitOk(URI uri, Duration timeout, BooleanSupplier alive, java.util.function.Supplier<String> describeFailure,
                               HttpClient client, String authorization) {
        await(uri, body -> true, timeout, alive, describeFailure, client, authorization);
    }

    /** Like {@link #awaitOk}, until a 2xx answer's body also satisfies {@code ready}. */
    public static void awaitBody(URI uri, java.util.function.Predicate<String> ready, Duration timeout, BooleanSupplier alive,
                                 java.util.function.Supplier<String> describeFailure) {
        await(uri, ready, timeout, alive, describeFailure, CLIENT, null);
    }

    private static void await(URI uri, java.util.function.Predicate<String> ready, Duration timeout, BooleanSupplier alive,
                              java.util.function.Supplier<String> describeFailure, HttpClient client, String authorization) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            String body = okBody(client, uri, authorization);
            if (body != null && ready.test(body)) {
                return;
            }
            if (!alive.getAsBoolean()) {
                throw new StackException("Process ended before " + uri + " answered:\n" + describeFailure.get());
            }
            pause();
        }
        throw new StackException(uri + " did not answer 2xx within " + timeout.toSeconds() + " s:\n" + describeFailure.get());
    }

    /**
     * Asks {@code check} at the probe's interval until it answers, for at most {@code timeout}:
     * the one polling loop of the stack's start-up waits. Empty when it never answered.
     */
    public static <T> java.util.Optional<T> poll(java.util.function.Supplier<java.util.Optional<T>> check, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            java.util.Optional<T> answer = check.get();
            if (answer.isPresent() || !Instant.now().isBefore(deadline)) {
                return answer;
            }
            pause();
        }
    }

    /** The body of a 2xx answer to a GET, or null. */
    private static String okBody(HttpClient client, URI uri, String authorization) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() >= 200 && response.statusCode() < 300 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for " + uri);
        }
    }

    private static void pause() {
        try {
            // polling interval of a readiness probe, not a test wait
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for a service");
        }
    }
}
