/**
 * Atom feeds of newly published materials ({@code /feeds/materials.atom}): all of them, or those
 * in one language, supporting one emphasis program or published by one alliance, made with ROME
 * from the search service's newest materials and the content service's publication times. Depends
 * on {@code interfaces.site} for addresses and problem answers and on the clients in
 * {@code infrastructure.client}.
 */
package org.alliancehub.web.interfaces.feed;
