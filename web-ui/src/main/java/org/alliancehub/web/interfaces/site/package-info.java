/**
 * What the portal is as a web site, beside its pages: the headers every response carries
 * (Content-Security-Policy shared with PrimeFaces, nosniff, referrer policy), stateless public
 * views (anonymous reading makes no HTTP session), content-hashed and long-cached Faces resources,
 * and the discovery documents for crawlers ({@code robots.txt}, {@code sitemap.xml}) with the
 * absolute addresses of the portal's pages. Depends on the clients in
 * {@code infrastructure.client}, never on page beans.
 */
package org.alliancehub.web.interfaces.site;
