/** What several content-service instances on one database need to tell apart: their names. */
package org.alliancehub.content.infrastructure.cluster;
