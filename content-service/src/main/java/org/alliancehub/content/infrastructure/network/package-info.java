/**
 * Where a request comes from: the client's address behind the reverse proxies this service is told
 * to trust ({@code alliancehub.trusted-proxies}), for the sign-in throttle.
 */
package org.alliancehub.content.infrastructure.network;
