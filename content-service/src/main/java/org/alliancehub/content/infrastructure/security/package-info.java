/**
 * Accounts' security: bcrypt hashes, signing MicroProfile JWT tokens, and the caller of each request
 * from the verified token. Verification itself is the container's (MicroProfile JWT).
 */
package org.alliancehub.content.infrastructure.security;
