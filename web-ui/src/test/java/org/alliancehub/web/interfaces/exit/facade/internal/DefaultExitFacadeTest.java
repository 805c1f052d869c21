package org.alliancehub.web.interfaces.exit.facade.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancehub.web.interfaces.exit.facade.ExitDestinationDto;
import org.junit.jupiter.api.Test;

class DefaultExitFacadeTest {

    @Test
    void onlyAbsoluteWebAddressesAreOffered() {
        assertThat(DefaultExitFacade.destination(" https://www.nrca.net/training?id=7 ", "Roofing", "/training?id=t"))
                .contains(new ExitDestinationDto("https://www.nrca.net/training?id=7", "www.nrca.net", "Roofing", "/training?id=t"));
        assertThat(DefaultExitFacade.destination("HTTP://example.org", "x", null)).map(ExitDestinationDto::host).contains("example.org");
        assertThat(DefaultExitFacade.destination("javascript:alert(1)", "x", null)).isEmpty();
        assertThat(DefaultExitFacade.destination("//evil.example/path", "x", null)).isEmpty();
        assertThat(DefaultExitFacade.destination("/local/path", "x", null)).isEmpty();
        assertThat(DefaultExitFacade.destination("https://bad host/", "x", null)).isEmpty();
        assertThat(DefaultExitFacade.destination(null, "x", null)).isEmpty();
        assertThat(DefaultExitFacade.destination("  ", "x", null)).isEmpty();
    }
}
