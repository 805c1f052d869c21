package org.alliancehub.content.application.internal;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.MaterialService;
import org.alliancehub.content.application.NotFound;
import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.content.application.StaleVersion;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceRepository;
import org.alliancehub.domain.model.language.LanguageCode;
import org.alliancehub.domain.model.material.Actor;
import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.MaterialRepository;
import org.alliancehub.domain.model.material.MaterialState;
import org.alliancehub.domain.model.program.EmphasisProgram;
import org.alliancehub.domain.model.program.EmphasisProgramRepository;

@ApplicationScoped
@Transactional
public class DefaultMaterialService implements MaterialService {

    private static final Set<MaterialState> PUBLIC = EnumSet.of(MaterialState.PUBLISHED);

    @Inject
    MaterialRepository materials;

    @Inject
    AllianceRepository alliances;

    @Inject
    PublicChangePublisher publicChanges;

    @Inject
    EmphasisProgramLookup programLookup;

    @Override
    public Material create(Caller caller, NewMaterial request) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        Alliance alliance = alliances.find(request.allianceId())
                .filter(caller::mayEditFor)
                // a partner guessing another alliance's id learns nothing about it
                .orElseThrow(() -> new NotFound("alliance", request.allianceId()));
        Material material = new Material(alliance, request.type(), request.publicationNumber(),
                request.publicationDate(), request.topics());
        material.classify(request.industries(), request.audiences());
        material.supportPrograms(programs(request.emphasisPrograms()));
        if (request.versions() != null) {
            request.versions().forEach(v -> material.putVersion(v.language(), v.content()));
        }
        materials.store(material);
        return material;
    }

    @Override
    public Material supportPrograms(Caller caller, String materialId, Set<String> programCodes) {
        caller.require(Role.CURATOR, Role.ADMIN);
        Material material = editable(caller, materialId);
        material.supportPrograms(programs(programCodes));
        materials.store(material);
        publicChanges.materialChanged(material, material.state().isPublic());
        return material;
    }

    private Set<EmphasisProgram> programs(Set<String> codes) {
        return programLookup.byCodes(codes);
    }

    @Override
    public Material putVersion(Caller caller, String materialId, NewVersion version, Long expectedVersion) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        Material material = editable(caller, materialId);
        StaleVersion.requireMatch("material", expectedVersion, material.version());
        material.putVersion(version.language(), version.content());
        materials.store(material);
        return material;
    }

    @Override
    public Material editMetadata(Caller caller, String materialId, Metadata metadata, Long expectedVersion) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        Material material = editable(caller, materialId);
        StaleVersion.requireMatch("material", expectedVersion, material.version());
        material.editMetadata(metadata.type(), metadata.publicationNumber(), metadata.publicationDate(), metadata.topics(),
                metadata.industries(), metadata.audiences());
        // drafts are not public: nothing for the change feed, as for a version's edit
        materials.store(material);
        return material;
    }

    @Override
    public Material removeVersion(Caller caller, String materialId, LanguageCode language, Long expectedVersion) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        Material material = editable(caller, materialId);
        StaleVersion.requireMatch("material", expectedVersion, material.version());
        material.removeVersion(language);
        materials.store(material);
        return material;
    }

    @Override
    public void delete(Caller caller, String materialId, Long expectedVersion) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        Material material = editable(caller, materialId);
        StaleVersion.requireMatch("material", expectedVersion, material.version());
        material.requireDeletable();
        materials.remove(material);
    }

    @Override
    public Material transition(Caller caller, String materialId, Transition transition, String comment) {
        if (transition == Transition.SUBMIT) {
            caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        } else {
            caller.require(Role.CURATOR, Role.ADMIN);
        }
        Material material = editable(caller, materialId);
        boolean wasPublic = material.state().isPublic();
        Actor by = new Actor(caller.accountId(), caller.username());
        switch (transition) {
            case SUBMIT -> material.submit(by, comment);
            case REVIEW -> material.startReview(by, comment);
            case RETURN -> material.returnToPartner(by, comment);
            case PUBLISH -> material.publish(by, comment);
            case WITHDRAW -> material.withdraw(by, comment);
        }
        materials.store(material);
        publicChanges.materialChanged(material, wasPublic);
        return material;
    }

    /** The material if the caller may act on it; otherwise it does not exist for them. */
    private Material editable(Caller caller, String id) {
        return materials.find(id)
                .filter(m -> caller.mayEditFor(m.alliance()))
                .orElseThrow(() -> new NotFound("material", id));
    }

    @Override
    public Material get(Caller caller, String id) {
        return materials.find(id)
                .filter(m -> m.state().isPublic() || caller.mayEditFor(m.alliance()))
                .orElseThrow(() -> new NotFound("material", id));
    }

    @Override
    public java.util.List<org.alliancehub.content.application.HistoryEntry> history(Caller caller, String materialId) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        return editable(caller, materialId).history().stream()
                .map(org.alliancehub.content.application.HistoryEntry::of)
                .toList();
    }

    @Override
    public Material getPublished(String id) {
        return materials.find(id).filter(m -> m.state().isPublic()).orElseThrow(() -> new NotFound("material", id));
    }

    @Override
    public Page<Material> listForWork(Caller caller, Set<MaterialState> states, MaterialRepository.Filter filter, PageRequest page) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        MaterialRepository.Filter scoped = caller.isStaff() ? filter : filter.ofParticipants(caller.organizationIds());
        return new Page<>(materials.list(states, scoped, page.offset(), page.size()), page.page(), page.size(),
                materials.count(states, scoped));
    }

    @Override
    public Page<Material> listPublished(MaterialRepository.Filter filter, PageRequest page) {
        return new Page<>(materials.list(PUBLIC, filter, page.offset(), page.size()), page.page(), page.size(),
                materials.count(PUBLIC, filter));
    }
}
