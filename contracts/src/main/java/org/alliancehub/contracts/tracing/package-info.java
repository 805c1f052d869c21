/** The request id that the portal and the services carry through every call ({@link org.alliancehub.contracts.tracing.RequestId}). */
package org.alliancehub.contracts.tracing;
