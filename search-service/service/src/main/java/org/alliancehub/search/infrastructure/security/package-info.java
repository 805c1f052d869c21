/**
 * Who a token's bearer is now, asked of the content service (which owns accounts) through a typed
 * MicroProfile REST Client; implements {@link org.alliancehub.search.application.CurrentAccounts}.
 */
package org.alliancehub.search.infrastructure.security;
