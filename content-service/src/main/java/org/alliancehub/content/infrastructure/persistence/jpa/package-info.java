/**
 * JPA (EclipseLink) implementations of the domain repositories and of the change feed, on the
 * {@code content} persistence unit. Only this package knows the entity manager.
 */
package org.alliancehub.content.infrastructure.persistence.jpa;
