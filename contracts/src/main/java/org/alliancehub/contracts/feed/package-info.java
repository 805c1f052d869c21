/**
 * The change feed's contract, written by the content service and read by the search service.
 *
 * <p>Versioning ({@link FeedContract#VERSION}, carried by every entry in its {@code contract} field): a compatible change adds an
 * optional field, or a new kind that consumers may skip, and raises the minor number; consumers
 * ignore fields they do not know and treat a missing one as absent. Anything else (a field removed,
 * renamed or given another meaning or type) is a new major version, which a consumer that does not
 * know it refuses entry by entry, with a log line, and goes on.
 */
package org.alliancehub.contracts.feed;
