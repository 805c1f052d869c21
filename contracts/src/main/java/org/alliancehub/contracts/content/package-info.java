/**
 * What the content service answers the public (and so the portal): published materials, trainings and
 * events as anyone may see them, and the alliances, participant organizations and emphasis programs.
 * Versioned by {@link org.alliancehub.contracts.ContractVersion}'s rule ({@link ContentContract#VERSION}),
 * in each top-level record's {@code contract} field. The alliance's partners and staff get the workspace
 * view of a material from the same addresses, a superset that readers of this contract may ignore.
 */
package org.alliancehub.contracts.content;
