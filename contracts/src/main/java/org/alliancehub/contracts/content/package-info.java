/**
 * What the content service answers the public (and so the portal): published materials as anyone may
 * see them. Versioned by {@link org.alliancehub.contracts.ContractVersion}'s rule, in the
 * {@code contract} field. The alliance's partners and staff get the workspace view from the same
 * addresses, a superset that readers of this contract may ignore.
 */
package org.alliancehub.contracts.content;
