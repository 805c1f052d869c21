/** The search API at {@code /search/api}: query parameters in, the application's results out as JSON. */
package org.alliancehub.search.interfaces.rest;
