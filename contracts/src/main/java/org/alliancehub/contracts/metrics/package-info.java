/**
 * Each service's meters (request rates and latencies per route, JVM, and the service's own:
 * indexer lag, extraction queue, searches without results), read by Prometheus from the service's
 * {@code operations/metrics} with a bearer token, never by the public.
 */
package org.alliancehub.contracts.metrics;
