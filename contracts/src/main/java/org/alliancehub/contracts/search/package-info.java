/**
 * The search service's answers, written by the search service and read by the portal.
 *
 * <p>Versioning ({@link SearchContract#VERSION}, carried by every answer in its {@code contract} field): the same rule as the
 * change feed's. A compatible change adds optional fields and raises the minor number; readers
 * ignore fields they do not know. Anything else is a new major version, which a reader that does not
 * know it treats as search being unavailable, with a log line, rather than showing wrong results.
 */
package org.alliancehub.contracts.search;
