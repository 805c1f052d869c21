/**
 * The domain model: aggregates, value objects and their rules. Depends on Jakarta Persistence and
 * Validation annotations only; no application, infrastructure or interface code belongs here.
 */
package org.alliancehub.domain.model;
