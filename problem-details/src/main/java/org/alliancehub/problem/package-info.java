/**
 * RFC 9457 problem details for the REST services: every error answers
 * {@code application/problem+json} with type, title, status and detail, never a stack trace.
 * Depends on Jakarta REST, JSON-P, Validation and Servlet only.
 */
package org.alliancehub.problem;
