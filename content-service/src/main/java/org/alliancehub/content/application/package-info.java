/**
 * Use cases of the content service, each a transaction: interfaces here, implementations in
 * {@code internal}. Depends on the domain model and on ports it declares ({@link
 * org.alliancehub.content.application.ChangeFeed}); never on JAX-RS or JPA details.
 */
package org.alliancehub.content.application;
