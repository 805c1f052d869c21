/**
 * The local stack: real PostgreSQL, Elasticsearch and Payara Micro as child processes on loopback,
 * for the launcher and the container tests. Nothing here is deployed into a service.
 */
package org.alliancehub.stack;
