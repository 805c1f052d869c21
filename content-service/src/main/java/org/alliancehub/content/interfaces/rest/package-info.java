/**
 * The REST adapter at {@code /content/api}: validated input becomes value objects and one use
 * case call; answers are the application's views. Errors are problem details.
 */
package org.alliancehub.content.interfaces.rest;
