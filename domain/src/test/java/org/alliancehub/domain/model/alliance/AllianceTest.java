package org.alliancehub.domain.model.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationType;
import org.junit.jupiter.api.Test;

class AllianceTest {

    static final Organization UNION = new Organization("United Steelworkers", OrganizationType.UNION, null);
    static final Organization TRADE = new Organization("National Stone, Sand and Gravel Association", OrganizationType.TRADE_ASSOCIATION, null);
    static final Organization CONSULATE = new Organization("Consulado General de México", OrganizationType.CONSULATE, null);

    private static Alliance national(Agency agency, List<Organization> participants) {
        return new Alliance("An alliance", agency, AllianceLevel.NATIONAL, null, LocalDate.of(2020, 1, 15), participants, null);
    }

    @Test
    void mshaAlliancesAreNational() {
        assertThatThrownBy(() -> new Alliance("Mine alliance", Agency.MSHA, AllianceLevel.REGIONAL, "Region 8", null, List.of(UNION), null))
                .hasMessage("MSHA alliances are national.");
    }

    @Test
    void regionalAlliancesNameTheirRegion() {
        assertThatThrownBy(() -> new Alliance("Heat alliance", Agency.OSHA, AllianceLevel.REGIONAL, " ", null, List.of(UNION), null))
                .hasMessageContaining("names its region");
        Alliance alliance = new Alliance("Heat alliance", Agency.OSHA, AllianceLevel.AREA_OFFICE, " Houston North ", null, List.of(UNION), null);
        assertThat(alliance.regionOrOffice()).isEqualTo("Houston North");
    }

    @Test
    void employersNeedWorkerRepresentation() {
        assertThatThrownBy(() -> national(Agency.OSHA, List.of(TRADE)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("must also include worker representatives");

        assertThat(national(Agency.OSHA, List.of(TRADE, UNION)).participants()).hasSize(2);
        Alliance withInvolvement = new Alliance("A", Agency.OSHA, AllianceLevel.NATIONAL, null, null, List.of(TRADE),
                "Worker members sit on every product workgroup.");
        assertThat(withInvolvement.workerInvolvement()).startsWith("Worker members");
        assertThat(national(Agency.OSHA, List.of(CONSULATE)).participants()).containsExactly(CONSULATE);
    }

    @Test
    void anOrganizationTakesPartOnce() {
        assertThatThrownBy(() -> national(Agency.OSHA, List.of(UNION, UNION))).hasMessageContaining("once");
    }

    @Test
    void signingStartsATwoYearInitialTermAndRenewalsFollowIt() {
        Alliance alliance = national(Agency.MSHA, List.of(UNION));
        assertThat(alliance.terms()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(AgreementTerm.Kind.INITIAL);
            assertThat(t.endsOn()).isEqualTo(LocalDate.of(2022, 1, 15));
        });
        AgreementTerm renewal = alliance.renew(2);
        assertThat(renewal.startsOn()).isEqualTo(LocalDate.of(2022, 1, 15));
        assertThat(renewal.endsOn()).isEqualTo(LocalDate.of(2024, 1, 15));
    }

    @Test
    void ambassadorsCompletedTheInitialTermAndOneRenewal() {
        Alliance alliance = national(Agency.OSHA, List.of(UNION));
        assertThat(alliance.isAmbassadorEligible(LocalDate.of(2025, 1, 1))).isFalse();
        assertThatThrownBy(() -> alliance.promoteToAmbassador(LocalDate.of(2025, 1, 1))).hasMessageContaining("one renewal");

        alliance.renew(2);
        assertThat(alliance.isAmbassadorEligible(LocalDate.of(2023, 6, 1))).as("renewal still running").isFalse();
        alliance.promoteToAmbassador(LocalDate.of(2024, 1, 15));
        assertThat(alliance.ambassador()).isTrue();
    }

    @Test
    void aConcludedAllianceIsNotRenewed() {
        Alliance alliance = national(Agency.OSHA, List.of(UNION));
        alliance.conclude(LocalDate.of(2021, 6, 30));
        assertThat(alliance.status()).isEqualTo(AllianceStatus.CONCLUDED);
        assertThatThrownBy(() -> alliance.renew(2)).hasMessageContaining("concluded");
        assertThatThrownBy(() -> alliance.conclude(LocalDate.of(2022, 1, 1))).hasMessageContaining("concluded");
    }

    @Test
    void goalsBelongToTheAgencysCategories() {
        Alliance msha = national(Agency.MSHA, List.of(UNION));
        assertThatThrownBy(() -> msha.describeImplementation(null, List.of(), List.of(),
                List.of(new Goal(GoalCategory.RULEMAKING_AND_ENFORCEMENT_AWARENESS, Goal.Horizon.SHORT_TERM, "Share the regulatory agenda", null))))
                .hasMessageContaining("not one of MSHA's goal categories");

        msha.describeImplementation(new Contact("Pat Rivera", "Alliance coordinator", "MSHA", "rivera.pat@dol.example", true),
                List.of(new Contact("Ana López", "President", "United Steelworkers", null, false)), List.of(),
                List.of(new Goal(GoalCategory.TECHNICAL_ASSISTANCE, Goal.Horizon.LONG_TERM, "Dust controls at mills", null)));
        assertThat(msha.goals()).singleElement().extracting(Goal::status).isEqualTo(Goal.Status.PLANNED);
        assertThat(msha.coordinator().name()).isEqualTo("Pat Rivera");
    }

    @Test
    void theCoordinatorIsTheAgencysPointOfContact() {
        Alliance osha = national(Agency.OSHA, List.of(UNION));
        assertThatThrownBy(() -> osha.describeImplementation(new Contact("X", null, "Union", null, false), null, null, null))
                .hasMessageContaining("agency's point of contact");
    }
}
