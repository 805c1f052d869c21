package org.alliancehub.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancehub.contracts.account.CurrentAccount;
import org.alliancehub.contracts.content.ContentContract;
import org.alliancehub.contracts.content.PublicMaterial;
import org.alliancehub.contracts.feed.FeedContract;
import org.alliancehub.contracts.search.SearchContract;
import org.junit.jupiter.api.Test;

class ContractVersionTest {

    @Test
    void eachContractsVersionConstantIsItsMajorAndMinor() {
        // the constants are literals so that annotations can name them; this keeps them honest
        assertThat(FeedContract.VERSION).isEqualTo(ContractVersion.of(FeedContract.MAJOR, FeedContract.MINOR));
        assertThat(SearchContract.VERSION).isEqualTo(ContractVersion.of(SearchContract.MAJOR, SearchContract.MINOR));
        assertThat(CurrentAccount.VERSION).isEqualTo(ContractVersion.of(CurrentAccount.MAJOR, CurrentAccount.MINOR));
        assertThat(ContentContract.VERSION).isEqualTo(ContractVersion.of(ContentContract.MAJOR, ContentContract.MINOR));
        assertThat(PublicMaterial.VERSION).as("materials follow the content contract").isEqualTo(ContentContract.VERSION);
    }

    @Test
    void theSameMajorAnyMinorIsUnderstood() {
        assertThat(ContractVersion.understands("1.9", 1)).isTrue();
        assertThat(ContractVersion.understands("2.0", 1)).isFalse();
        assertThat(ContractVersion.understands(null, 1)).isTrue();
        assertThat(ContractVersion.understands(null, 2)).isFalse();
        assertThat(ContractVersion.understands("x.1", 1)).isFalse();
    }
}
