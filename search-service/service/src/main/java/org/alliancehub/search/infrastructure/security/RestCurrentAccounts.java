package org.alliancehub.search.infrastructure.security;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.alliancehub.contracts.tracing.RequestIdForwarding;
import org.alliancehub.search.application.CurrentAccounts;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Asks the content service at {@code alliancehub.content.url} for the bearer's current account and
 * keeps the answer for {@code alliancehub.security.account-cache-seconds} (default 60, at most
 * 60; 0 asks every time), per token. A 401 or 403 there means the account no longer counts; any
 * other failure is {@link CurrentAccounts.Unavailable}, so nobody is let in unchecked.
 */
@ApplicationScoped
public class RestCurrentAccounts implements CurrentAccounts {

    /** A bound on memory: tokens are many only under attack, and then re-asking is the right cost. */
    static final int MAX_CACHED = 10_000;
    static final long MAX_CACHE_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "alliancehub.content.url")
    String contentUrl;

    @Inject
    @ConfigProperty(name = "alliancehub.security.account-cache-seconds", defaultValue = "60")
    long cacheSeconds;

    private CurrentAccountApi api;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<CurrentAccount> account, long expiresAtNanos) {
    }

    @PostConstruct
    void connect() {
        // the check is on the request path: a content service that does not answer costs seconds, then 503
        api = RestClientBuilder.newBuilder()
                .baseUri(URI.create(contentUrl))
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(3, TimeUnit.SECONDS)
                .register(RequestIdForwarding.class)
                .build(CurrentAccountApi.class);
    }

    @Override
    public Optional<CurrentAccount> of(String bearerToken) {
        long now = System.nanoTime();
        Cached cached = cache.get(bearerToken);
        if (cached != null && now - cached.expiresAtNanos() < 0) {
            return cached.account();
        }
        Optional<CurrentAccount> account = ask(bearerToken);
        long ttl = TimeUnit.SECONDS.toNanos(Math.max(0, Math.min(cacheSeconds, MAX_CACHE_SECONDS)));
        if (ttl > 0) {
            if (cache.size() >= MAX_CACHED) {
                cache.values().removeIf(c -> now - c.expiresAtNanos() >= 0);
                if (cache.size() >= MAX_CACHED) {
                    cache.clear();
                }
            }
            cache.put(bearerToken, new Cached(account, now + ttl));
        }
        return account;
    }

    private Optional<CurrentAccount> ask(String bearerToken) {
        try {
            org.alliancehub.contracts.account.CurrentAccount answer = api.current("Bearer " + bearerToken);
            if (answer != null && !answer.isUnderstood()) {
                throw new Unavailable("The content service answers the account check under contract " + answer.contract()
                        + "; this search service reads " + org.alliancehub.contracts.account.CurrentAccount.VERSION, null);
            }
            return answer != null && answer.active()
                    ? Optional.of(new CurrentAccount(answer.username(), true, answer.roles())) : Optional.empty();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 || status == 403) {
                return Optional.empty();
            }
            throw new Unavailable("The content service answered " + status + " to the account check", e);
        } catch (ProcessingException e) {
            throw new Unavailable("The content service could not be asked about the account: " + e.getMessage(), e);
        }
    }
}
