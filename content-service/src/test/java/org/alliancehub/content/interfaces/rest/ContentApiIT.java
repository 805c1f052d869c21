package org.alliancehub.content.interfaces.rest;

import static org.alliancehub.stack.junit.ContentFixtures.alliance;
import static org.alliancehub.stack.junit.ContentFixtures.organization;
import static org.alliancehub.stack.junit.ContentFixtures.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.alliancehub.content.Deployments;
import org.alliancehub.contracts.security.SigningKeys;
import org.alliancehub.stack.junit.ContentFixtures;
import org.alliancehub.stack.junit.JsonApi;
import org.alliancehub.stack.junit.JsonApi.Reply;
import org.alliancehub.stack.junit.RealStack;
import org.alliancehub.stack.junit.RealStackExtension;
import org.alliancehub.stack.junit.RunningStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The content service's REST API against a real PostgreSQL, through HTTP, signed in with real tokens. */
@RealStack
@ExtendWith({RealStackExtension.class, ArquillianExtension.class})
class ContentApiIT {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ContentApiIT.class.getName());

    /** Made per run: the test accounts live only in the test database. */
    private static final String PASSWORD = java.util.UUID.randomUUID().toString();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.contentService();
    }

    @ArquillianResource
    URL base;

    private JsonApi anonymous;
    private JsonApi admin;
    private ContentFixtures fixtures;

    @BeforeEach
    void signIn(RunningStack stack) {
        anonymous = new JsonApi(Deployments.onLoopback(base));
        fixtures = new ContentFixtures(Deployments.onLoopback(base));
        admin = fixtures.admin(stack);
    }

    /** Creates an account and signs it in. */
    private JsonApi account(String role, String... organizationIds) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        var orgs = Json.createArrayBuilder();
        for (String id : organizationIds) {
            orgs.add(id);
        }
        require(admin.post("api/accounts", Json.createObjectBuilder().add("username", username).add("password", PASSWORD)
                .add("role", role.toUpperCase()).add("organizationIds", orgs).build()), 201);
        return fixtures.signedIn(username, PASSWORD);
    }

    private static JsonObject material(String allianceId) {
        return Json.createObjectBuilder()
                .add("allianceId", allianceId)
                .add("type", "FACT_SHEET")
                .add("publicationNumber", "FS-101")
                .add("publicationDate", "2024-03-01")
                .add("topics", Json.createArrayBuilder().add("falls"))
                .add("versions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("language", "en").add("title", "Preventing falls from haul trucks")
                                .add("summary", "Three points of contact on ladders and steps."))
                        .add(Json.createObjectBuilder().add("language", "ES").add("title", "Cómo prevenir caídas de camiones")
                                .add("summary", "Tres puntos de contacto en escaleras y peldaños.")))
                .build();
    }

    @Test
    void signingInGivesATokenAndWrongCredentialsDoNot() {
        Reply wrong = anonymous.post("api/auth/token", Json.createObjectBuilder().add("username", "admin").add("password", "not it at all").build());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        Reply unknown = anonymous.post("api/auth/token", Json.createObjectBuilder().add("username", "nobody-here").add("password", "whatever12345").build());
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().getString("detail")).isEqualTo(wrong.json().getString("detail"));

        Reply forged = anonymous.withToken("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").post("api/organizations",
                Json.createObjectBuilder().add("name", "Forged").add("type", "UNION").build());
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void duringAKeyRotationTokensOfTheNewAndThePreviousKeyAreAcceptedAndNoOtherKeys(RunningStack stack) throws Exception {
        String issued = require(anonymous.post("api/auth/token", Json.createObjectBuilder().add("username", "admin")
                .add("password", stack.adminPassword()).build()), 200).getString("token");
        SignedJWT current = SignedJWT.parse(issued);
        String currentKeyId = current.getHeader().getKeyID();
        assertThat(currentKeyId).as("the token names its key").isNotBlank();
        assertThat(anonymous.withToken(issued).get("api/accounts").status()).isEqualTo(200);

        // the same claims, as the previous key signed them before the rotation: valid through the grace period
        RSAPublicKey previousPublic = (RSAPublicKey) RunningStack.previousSigningKey().getPublic();
        String previousKeyId = SigningKeys.keyId(previousPublic);
        assertThat(previousKeyId).isNotEqualTo(currentKeyId);
        String byPrevious = sign(current.getJWTClaimsSet(), previousKeyId, RunningStack.previousSigningKey().getPrivate());
        assertThat(anonymous.withToken(byPrevious).get("api/accounts").status()).isEqualTo(200);

        // a key nobody listed, whichever id it claims
        java.security.PrivateKey stranger = org.alliancehub.stack.ServiceSecrets.generateSigningKey().getPrivate();
        assertThat(anonymous.withToken(sign(current.getJWTClaimsSet(), previousKeyId, stranger)).get("api/accounts").status())
                .isEqualTo(401);
        assertThat(anonymous.withToken(sign(current.getJWTClaimsSet(), currentKeyId, stranger)).get("api/accounts").status())
                .isEqualTo(401);
        assertThat(anonymous.withToken(sign(current.getJWTClaimsSet(), "no-such-key", stranger)).get("api/accounts").status())
                .isEqualTo(401);
    }

    private static String sign(JWTClaimsSet claims, String keyId, java.security.PrivateKey key) throws Exception {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId).build(), claims);
        token.sign(new RSASSASigner(key));
        return token.serialize();
    }

    @Test
    void onlyAdminsManageAccounts() {
        String union = organization(admin, "Operating Engineers Local", "UNION");
        JsonApi partner = account("partner", union);
        JsonApi curator = account("curator");

        assertThat(anonymous.get("api/accounts").status()).isEqualTo(401);
        assertThat(partner.get("api/accounts").status()).isEqualTo(403);
        assertThat(curator.post("api/accounts", Json.createObjectBuilder().add("username", "sneaky")
                .add("password", PASSWORD).add("role", "ADMIN").build()).status()).isEqualTo(403);
        Reply list = admin.get("api/accounts?size=100");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("password").doesNotContain("$2a$");

        Reply partnerWithoutOrganization = admin.post("api/accounts", Json.createObjectBuilder().add("username", "lonely-partner")
                .add("password", PASSWORD).add("role", "PARTNER").build());
        assertThat(partnerWithoutOrganization.status()).isEqualTo(400);
        assertThat(partnerWithoutOrganization.json().getString("detail")).contains("at least one organization");

        // listings narrow by organization, role, part of the name, active; wildcards are literal
        JsonObject ofUnion = admin.get("api/accounts?organization=" + union + "&role=partner&active=true").json();
        assertThat(ofUnion.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(ofUnion.getJsonArray("items").getJsonObject(0).getString("role")).isEqualTo("partner");
        assertThat(admin.get("api/accounts?username=CURATOR-&role=curator").json().getJsonNumber("total").longValue()).isPositive();
        assertThat(admin.get("api/accounts?username=%25").json().getJsonNumber("total").longValue()).isZero();
        assertThat(admin.get("api/accounts?active=maybe").status()).isEqualTo(400);
        assertThat(admin.get("api/accounts?role=pilot").status()).isEqualTo(400);
        JsonObject unions = anonymous.get("api/organizations?name=operating+engineers&type=union").json();
        assertThat(unions.getJsonArray("items").toString()).contains(union);
        assertThat(anonymous.get("api/organizations?name=operating+engineers&type=consulate").json()
                .getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void partnersWorkOnTheirOwnAlliancesDraftsAndStaffPublish() {
        String unionA = organization(admin, "Union A", "UNION");
        String unionB = organization(admin, "Union B", "UNION");
        String allianceA = alliance(admin, "Alliance A", unionA);
        alliance(admin, "Alliance B", unionB);
        JsonApi partnerA = account("partner", unionA);
        JsonApi partnerB = account("partner", unionB);
        JsonApi curator = account("curator");
        long headBefore = anonymous.get("api/changes?limit=1").json().getJsonNumber("head").longValue();

        assertThat(anonymous.post("api/materials", material(allianceA)).status()).isEqualTo(401);
        assertThat(partnerB.post("api/materials", material(allianceA)).status())
                .as("a partner guessing another alliance's id").isEqualTo(404);
        JsonObject draft = require(partnerA.post("api/materials", material(allianceA)), 201);
        String id = draft.getString("id");
        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        assertThat(draft.getJsonArray("versions").getJsonObject(1).getString("language")).isEqualTo("es");

        assertThat(anonymous.get("api/materials/" + id).status()).as("drafts are not public").isEqualTo(404);
        assertThat(partnerB.get("api/materials/" + id).status()).isEqualTo(404);
        assertThat(partnerB.put("api/materials/" + id + "/versions/en", Json.createObjectBuilder().add("title", "Hijacked").build()).status())
                .isEqualTo(404);
        assertThat(partnerA.get("api/materials/" + id).status()).isEqualTo(200);

        // work lists: a partner's own drafts, the curators' review queue; the public listing stays published only
        assertThat(partnerA.get("api/materials?state=DRAFT&size=100").body()).contains(id);
        assertThat(partnerB.get("api/materials?state=DRAFT&size=100").body()).doesNotContain(id);
        assertThat(partnerA.get("api/materials?size=100").body()).doesNotContain(id);
        assertThat(anonymous.get("api/materials?state=DRAFT").status()).isEqualTo(401);
        assertThat(partnerA.get("api/materials?state=LOST").status()).isEqualTo(400);

        assertThat(partnerA.post("api/materials/" + id + "/submit", "").status()).isEqualTo(200);
        assertThat(curator.get("api/materials?state=SUBMITTED,IN_REVIEW&size=100").body()).contains(id);
        assertThat(curator.get("api/materials?state=DRAFT&size=100").body()).doesNotContain(id);
        assertThat(partnerA.post("api/materials/" + id + "/review", "").status()).as("partners do not review").isEqualTo(403);
        assertThat(partnerA.put("api/materials/" + id + "/versions/en", Json.createObjectBuilder().add("title", "Late edit").build()).status())
                .as("submitted materials are not edited").isEqualTo(409);
        assertThat(anonymous.get("api/changes?after=" + headBefore).json().getJsonArray("changes")).isEmpty();

        require(curator.post("api/materials/" + id + "/review", ""), 200);
        assertThat(require(curator.post("api/materials/" + id + "/publish", "{\"comment\": \"Reviewed by the Region 6 coordinator\"}"), 200)
                .getString("state")).isEqualTo("PUBLISHED");

        var history = partnerA.get("api/materials/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        var steps = Json.createReader(new java.io.StringReader(history.body())).readArray();
        assertThat(steps).hasSize(3);
        assertThat(steps.getJsonObject(0).getString("from")).isEqualTo("DRAFT");
        assertThat(steps.getJsonObject(0).getString("by")).startsWith("partner-");
        assertThat(steps.getJsonObject(2).getString("to")).isEqualTo("PUBLISHED");
        assertThat(steps.getJsonObject(2).getString("by")).startsWith("curator-");
        assertThat(steps.getJsonObject(2).getString("comment")).isEqualTo("Reviewed by the Region 6 coordinator");
        assertThat(partnerB.get("api/materials/" + id + "/history").status()).isEqualTo(404);
        assertThat(anonymous.get("api/materials/" + id + "/history").status()).isEqualTo(401);

        Reply publicView = anonymous.get("api/materials/" + id);
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.json().getString("allianceName")).isEqualTo("Alliance A");
        assertThat(publicView.headers().firstValue("ETag")).isPresent();

        JsonObject feed = anonymous.get("api/changes?after=" + headBefore).json();
        JsonObject change = feed.getJsonArray("changes").getJsonObject(0);
        assertThat(change.getString("id")).isEqualTo(id);
        assertThat(change.getString("action")).isEqualTo("upsert");
        assertThat(change.getJsonObject("data").getJsonArray("versions").getJsonObject(1).getString("title"))
                .isEqualTo("Cómo prevenir caídas de camiones");

        assertThat(partnerA.post("api/materials/" + id + "/withdraw", "").status()).isEqualTo(403);
        require(curator.post("api/materials/" + id + "/withdraw", ""), 200);
        assertThat(anonymous.get("api/materials/" + id).status()).isEqualTo(404);
        JsonObject afterWithdraw = anonymous.get("api/changes?after=" + feed.getJsonNumber("next").longValue()).json();
        assertThat(afterWithdraw.getJsonArray("changes")).singleElement()
                .satisfies(c -> assertThat(c.asJsonObject().getString("action")).isEqualTo("delete"));
        assertThat(curator.delete("api/materials/" + id).status()).as("published once: withdrawn, never deleted").isEqualTo(409);
        assertThat(partnerA.get("api/materials/" + id + "/history").status()).isEqualTo(200);

        // a draft made by mistake is deleted by its partner only
        String mistake = require(partnerA.post("api/materials", material(allianceA)), 201).getString("id");
        assertThat(anonymous.delete("api/materials/" + mistake).status()).isEqualTo(401);
        assertThat(partnerB.delete("api/materials/" + mistake).status()).isEqualTo(404);
        assertThat(partnerA.delete("api/materials/" + mistake).status()).isEqualTo(204);
        assertThat(partnerA.get("api/materials/" + mistake).status()).isEqualTo(404);
        assertThat(partnerA.delete("api/materials/" + mistake).status()).isEqualTo(404);
    }

    @Test
    void staleEditsAreConflictsAndTranslationsGetFlagged() {
        String union = organization(admin, "Union C", "UNION");
        String id = require(admin.post("api/materials", material(alliance(admin, "Alliance C", union))), 201).getString("id");
        Reply read = admin.get("api/materials/" + id);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        JsonObject english = Json.createObjectBuilder().add("title", "Preventing falls from haul trucks and loaders").build();
        Reply updated = admin.withHeader("If-Match", etag).put("api/materials/" + id + "/versions/en", english);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().getJsonArray("versions").getJsonObject(1).getBoolean("translationOutdated")).isTrue();

        Reply stale = admin.withHeader("If-Match", etag).put("api/materials/" + id + "/versions/es",
                Json.createObjectBuilder().add("title", "Otra").build());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("detail")).contains("changed since you read it");

        Reply portuguese = admin.put("api/materials/" + id + "/versions/pt_br", Json.createObjectBuilder().add("title", "Prevenção de quedas").build());
        assertThat(portuguese.json().getJsonArray("versions").getJsonObject(2).getString("language")).isEqualTo("pt-BR");
        Reply badLanguage = admin.put("api/materials/" + id + "/versions/not%20a%20language", Json.createObjectBuilder().add("title", "x").build());
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(badLanguage.json().getString("detail")).contains("BCP 47");

        // removing a version honours If-Match too
        assertThat(admin.withHeader("If-Match", etag).delete("api/materials/" + id + "/versions/pt-BR").status()).isEqualTo(409);
        Reply removed = admin.delete("api/materials/" + id + "/versions/pt-BR");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().getJsonArray("versions").stream().map(v -> v.asJsonObject().getString("language")))
                .containsExactly("en", "es");
        assertThat(admin.delete("api/materials/" + id + "/versions/pt-BR").status()).isEqualTo(400);
        assertThat(admin.withHeader("If-Match", etag).delete("api/materials/" + id).status()).isEqualTo(409);
        assertThat(admin.get("api/materials/" + id).status()).as("a refused delete changes nothing").isEqualTo(200);

        // organizations and emphasis programs honour If-Match as well
        String org = organization(admin, "Union D " + UUID.randomUUID(), "UNION");
        String orgTag = admin.get("api/organizations/" + org).headers().firstValue("ETag").orElseThrow();
        Reply renamed = admin.withHeader("If-Match", orgTag).put("api/organizations/" + org,
                Json.createObjectBuilder().add("name", "Union D renamed " + org).add("type", "UNION").build());
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(orgTag);
        assertThat(admin.withHeader("If-Match", orgTag).put("api/organizations/" + org,
                Json.createObjectBuilder().add("name", "Lost update " + org).add("type", "UNION").build()).status()).isEqualTo(409);
        assertThat(admin.get("api/organizations/" + org).json().getString("name")).startsWith("Union D renamed");

        String code = "LEP-D-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        JsonObject program = Json.createObjectBuilder().add("code", code).add("agency", "OSHA").add("scope", "LOCAL")
                .add("nameEnglish", "Silica").add("nameSpanish", "Sílice").build();
        require(admin.post("api/emphasis-programs", program), 201);
        String programTag = admin.get("api/emphasis-programs/" + code).headers().firstValue("ETag").orElseThrow();
        assertThat(admin.withHeader("If-Match", programTag).put("api/emphasis-programs/" + code,
                Json.createObjectBuilder(program).add("nameEnglish", "Respirable crystalline silica").build()).status()).isEqualTo(200);
        assertThat(admin.withHeader("If-Match", programTag).put("api/emphasis-programs/" + code, program).status()).isEqualTo(409);
        assertThat(admin.get("api/emphasis-programs/" + code).json().getString("nameEnglish")).isEqualTo("Respirable crystalline silica");
    }

    @Test
    void alliancesFollowTheProgramsRules() {
        String trade = organization(admin, "Gravel Producers Association", "TRADE_ASSOCIATION");
        Reply noWorkers = admin.post("api/alliances", Json.createObjectBuilder().add("name", "Employers only")
                .add("agency", "OSHA").add("level", "NATIONAL").add("participantIds", Json.createArrayBuilder().add(trade)).build());
        assertThat(noWorkers.status()).isEqualTo(400);
        assertThat(noWorkers.json().getString("detail")).contains("worker representatives");

        JsonObject alliance = require(admin.post("api/alliances", Json.createObjectBuilder().add("name", "Employers with workgroups")
                .add("agency", "MSHA").add("level", "NATIONAL").add("signedOn", "2020-02-01")
                .add("participantIds", Json.createArrayBuilder().add(trade))
                .add("workerInvolvement", "Miners from member operations sit on every product workgroup.")
                .add("coordinator", Json.createObjectBuilder().add("name", "Pat Rivera").add("agencyRepresentative", true))
                .add("goals", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "TECHNICAL_ASSISTANCE")
                        .add("horizon", "LONG_TERM").add("description", "Dust controls at mills")))
                .build()), 201);
        String id = alliance.getString("id");
        assertThat(alliance.getJsonArray("terms").getJsonObject(0).getString("endsOn")).isEqualTo("2022-02-01");
        assertThat(anonymous.get("api/alliances?agency=msha&organization=" + trade).json().getJsonArray("items"))
                .singleElement().satisfies(a -> assertThat(a.asJsonObject().getString("id")).isEqualTo(id));
        assertThat(anonymous.get("api/alliances?agency=OSHA&organization=" + trade).json().getJsonNumber("total").longValue()).isZero();
        assertThat(anonymous.get("api/alliances?agency=NASA").status()).isEqualTo(400);
        // what the portal reads, anonymously: each a record of the content contract
        JsonObject publicAlliance = require(anonymous.get("api/alliances/" + id), 200);
        assertThat(publicAlliance.getString("contract")).isEqualTo("1.0");
        assertThat(publicAlliance.getString("workerInvolvement")).startsWith("Miners");
        assertThat(publicAlliance.getJsonArray("participants").getJsonObject(0).getString("contract")).isEqualTo("1.0");
        assertThat(require(anonymous.get("api/organizations/" + trade), 200).getString("type")).isEqualTo("TRADE_ASSOCIATION");
        assertThat(anonymous.get("api/alliances?size=100").json().getJsonArray("items").getJsonObject(0).getString("contract")).isEqualTo("1.0");

        JsonObject renewed = require(admin.post("api/alliances/" + id + "/terms", Json.createObjectBuilder().add("action", "renew").build()), 200);
        assertThat(renewed.getJsonArray("terms")).hasSize(2);
        assertThat(renewed.getBoolean("ambassadorEligible")).isTrue();
        JsonObject ambassador = require(admin.post("api/alliances/" + id + "/terms", Json.createObjectBuilder().add("action", "promote-to-ambassador").build()), 200);
        assertThat(ambassador.getBoolean("ambassador")).isTrue();

        assertThat(anonymous.post("api/alliances/" + id + "/terms", Json.createObjectBuilder().add("action", "conclude").build()).status())
                .isEqualTo(401);
    }

    @Test
    void staffCurateEmphasisProgramsEvenForPublishedMaterials() {
        String code = ("NEP-HEAT-" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
        JsonObject program = Json.createObjectBuilder().add("code", code).add("agency", "OSHA").add("scope", "NATIONAL")
                .add("nameEnglish", "Heat-related hazards").add("nameSpanish", "Peligros relacionados con el calor")
                .add("startsOn", "2022-04-08").build();
        String union = organization(admin, "Farmworkers Union", "UNION");
        JsonApi partner = account("partner", union);
        assertThat(partner.post("api/emphasis-programs", program).status()).isEqualTo(403);
        JsonObject created = require(admin.post("api/emphasis-programs", program), 201);
        assertThat(created.getBoolean("active")).isTrue();
        assertThat(anonymous.get("api/emphasis-programs/" + code.toLowerCase()).json().getString("nameSpanish"))
                .isEqualTo("Peligros relacionados con el calor");
        assertThat(require(anonymous.get("api/emphasis-programs?size=100"), 200).toString()).contains("\"code\":\"" + code + "\"");

        String allianceId = alliance(admin, "Heat alliance", union);
        JsonObject draft = require(partner.post("api/materials", Json.createObjectBuilder(material(allianceId))
                .add("industries", Json.createArrayBuilder().add("agriculture"))
                .add("audiences", Json.createArrayBuilder().add("workers").add("employers"))
                .add("emphasisPrograms", Json.createArrayBuilder().add(code)).build()), 201);
        assertThat(draft.getJsonArray("emphasisPrograms").getJsonObject(0).getString("code")).isEqualTo(code);
        assertThat(draft.getJsonArray("audiences")).hasSize(2);
        String id = draft.getString("id");
        for (String step : new String[] {"submit", "review", "publish"}) {
            require(admin.post("api/materials/" + id + "/" + step, ""), 200);
        }
        long head = anonymous.get("api/changes?limit=1").json().getJsonNumber("head").longValue();

        assertThat(anonymous.get("api/materials?program=" + code.toLowerCase() + "&size=100").body()).contains(id);
        assertThat(anonymous.get("api/materials?alliance=" + allianceId + "&language=es&topic=falls&type=fact-sheet").body()).contains(id);
        assertThat(anonymous.get("api/materials?alliance=" + allianceId + "&type=POSTER").json().getJsonNumber("total").longValue()).isZero();
        assertThat(anonymous.get("api/materials?alliance=" + allianceId + "&language=vi").json().getJsonNumber("total").longValue()).isZero();
        assertThat(anonymous.get("api/materials?type=SPACESHIP").status()).isEqualTo(400);

        JsonObject unlinked = require(admin.put("api/materials/" + id + "/emphasis-programs",
                Json.createObjectBuilder().add("codes", Json.createArrayBuilder()).build()), 200);
        assertThat(unlinked.getJsonArray("emphasisPrograms")).isEmpty();
        assertThat(unlinked.getString("state")).isEqualTo("PUBLISHED");
        assertThat(anonymous.get("api/changes?after=" + head).json().getJsonArray("changes")).hasSize(1);
        assertThat(partner.put("api/materials/" + id + "/emphasis-programs",
                Json.createObjectBuilder().add("codes", Json.createArrayBuilder().add(code)).build()).status()).isEqualTo(403);
        Reply mshaProgram = admin.post("api/emphasis-programs", Json.createObjectBuilder(program).add("code", code + "-M")
                .add("agency", "MSHA").build());
        assertThat(mshaProgram.status()).isEqualTo(201);
        Reply wrongAgency = admin.put("api/materials/" + id + "/emphasis-programs",
                Json.createObjectBuilder().add("codes", Json.createArrayBuilder().add(code + "-M")).build());
        assertThat(wrongAgency.status()).isEqualTo(400);
        assertThat(wrongAgency.json().getString("detail")).contains("MSHA's");

        // trainings and events support programs too, of their alliance's agency
        JsonObject training = require(partner.post("api/trainings", Json.createObjectBuilder().add("allianceId", allianceId)
                .add("title", "Heat illness prevention for crew leaders").add("format", "IN_PERSON")
                .add("languages", Json.createArrayBuilder().add("es"))
                .add("emphasisPrograms", Json.createArrayBuilder().add(code)).build()), 201);
        assertThat(training.getJsonArray("emphasisPrograms").getJsonObject(0).getString("nameSpanish"))
                .isEqualTo("Peligros relacionados con el calor");
        Reply mshaEvent = partner.post("api/events", Json.createObjectBuilder().add("allianceId", allianceId)
                .add("kind", "SEMINAR").add("title", "Heat seminar").add("startsLocal", "2031-06-01T09:00")
                .add("endsLocal", "2031-06-01T12:00").add("timeZone", "America/Phoenix").add("place", "Phoenix")
                .add("languages", Json.createArrayBuilder().add("en"))
                .add("emphasisPrograms", Json.createArrayBuilder().add(code + "-M")).build());
        assertThat(mshaEvent.status()).isEqualTo(400);
        assertThat(partner.post("api/trainings", Json.createObjectBuilder().add("allianceId", allianceId)
                .add("title", "x").add("format", "ONLINE").add("languages", Json.createArrayBuilder().add("en"))
                .add("emphasisPrograms", Json.createArrayBuilder().add("NO-SUCH-PROGRAM")).build()).status()).isEqualTo(404);
    }

    @Test
    void curatorsOrderWhatAProgramShowsAndTheFeedCarriesEachItemsRankPerReaderLanguage() {
        String code = ("NEP-CUR-" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
        require(admin.post("api/emphasis-programs", Json.createObjectBuilder().add("code", code).add("agency", "OSHA")
                .add("scope", "NATIONAL").add("nameEnglish", "Falls").add("nameSpanish", "Caídas").build()), 201);
        String union = organization(admin, "Roofers Union", "UNION");
        JsonApi partner = account("partner", union);
        JsonApi curator = account("curator");
        String allianceId = alliance(admin, "Roofing alliance", union);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = require(partner.post("api/materials", Json.createObjectBuilder(material(allianceId))
                    .add("emphasisPrograms", Json.createArrayBuilder().add(code)).build()), 201).getString("id");
            ids.add(id);
            if (i < 2) {
                for (String step : new String[] {"submit", "review", "publish"}) {
                    require(curator.post("api/materials/" + id + "/" + step, ""), 200);
                }
            }
        }
        String draft = ids.get(2);
        String unrelated = require(partner.post("api/materials", material(allianceId)), 201).getString("id");
        for (String step : new String[] {"submit", "review", "publish"}) {
            require(curator.post("api/materials/" + unrelated + "/" + step, ""), 200);
        }

        Reply before = curator.get("api/emphasis-programs/" + code + "/curation");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().getJsonArray("items")).isEmpty();
        assertThat(before.json().getJsonArray("candidates").stream().map(c -> c.asJsonObject().getString("id")))
                .as("the published materials that support the program, not the draft nor another program's")
                .containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        String tag = before.headers().firstValue("ETag").orElseThrow();

        assertThat(partner.get("api/emphasis-programs/" + code + "/curation").status()).isEqualTo(403);
        assertThat(anonymous.get("api/emphasis-programs/" + code + "/curation").status()).isEqualTo(401);
        assertThat(partner.withHeader("If-Match", tag).put("api/emphasis-programs/" + code + "/curation", curation(
                item(ids.get(0), null, false))).status()).isEqualTo(403);
        Reply notPublic = curator.withHeader("If-Match", tag).put("api/emphasis-programs/" + code + "/curation",
                curation(item(draft, null, false)));
        assertThat(notPublic.status()).isEqualTo(400);
        assertThat(notPublic.json().getString("detail")).contains("not published");
        Reply otherProgram = curator.withHeader("If-Match", tag).put("api/emphasis-programs/" + code + "/curation",
                curation(item(unrelated, null, false)));
        assertThat(otherProgram.json().getString("detail")).contains("does not support " + code);
        Reply twice = curator.withHeader("If-Match", tag).put("api/emphasis-programs/" + code + "/curation",
                curation(item(ids.get(0), null, false), item(ids.get(0), "es", true)));
        assertThat(twice.json().getString("detail")).contains("placed twice");
        assertThat(curator.withHeader("If-Match", tag).put("api/emphasis-programs/" + code + "/curation",
                Json.createObjectBuilder().add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("kind", "SPACESHIP").add("id", ids.get(0)))).build()).status()).isEqualTo(400);

        long head = anonymous.get("api/changes?limit=1").json().getJsonNumber("head").longValue();
        // the second material leads for everyone (featured); the first follows, for Spanish readers only
        Reply curated = curator.withHeader("If-Match", tag).put("api/emphasis-programs/" + code + "/curation",
                curation(item(ids.get(0), "es", false), item(ids.get(1), null, true)));
        assertThat(curated.status()).as(curated.body()).isEqualTo(200);
        assertThat(curated.json().getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(ids.get(0));
        assertThat(curated.json().getJsonArray("items").getJsonObject(0).getBoolean("visible")).isTrue();
        assertThat(curated.json().getString("curatedBy")).isNotBlank();
        assertThat(curated.json().getJsonArray("candidates")).isEmpty();
        assertThat(curator.withHeader("If-Match", tag).put("api/emphasis-programs/" + code + "/curation", curation()).status())
                .as("a list changed meanwhile is a conflict").isEqualTo(409);

        java.util.Map<String, JsonObject> placed = new java.util.HashMap<>();
        for (JsonValue change : anonymous.get("api/changes?after=" + head).json().getJsonArray("changes")) {
            JsonObject data = change.asJsonObject().getJsonObject("data");
            JsonObject reference = data.getJsonArray("emphasisPrograms").getJsonObject(0);
            placed.put(data.getString("id"), reference);
        }
        assertThat(placed).containsOnlyKeys(ids.get(0), ids.get(1));
        assertThat(placements(placed.get(ids.get(1)))).containsExactly("en:1:true", "es:1:true");
        assertThat(placements(placed.get(ids.get(0)))).as("placed for Spanish readers only, after the featured one")
                .containsExactly("es:2:false");

        // a withdrawn material keeps its place for the staff but is no longer a reader's
        require(curator.post("api/materials/" + ids.get(0) + "/withdraw", "{\"comment\":\"outdated\"}"), 200);
        JsonObject after = require(curator.get("api/emphasis-programs/" + code + "/curation"), 200);
        assertThat(after.getJsonArray("items").getJsonObject(0).getBoolean("visible")).isFalse();
        assertThat(after.getJsonArray("items").getJsonObject(0).getString("state")).isEqualTo("WITHDRAWN");
    }

    private static java.util.List<String> placements(JsonObject programReference) {
        return programReference.getJsonArray("placements").stream().map(JsonValue::asJsonObject)
                .map(p -> p.getString("language") + ":" + p.getInt("rank") + ":" + p.getBoolean("featured")).toList();
    }

    private static JsonObject curation(JsonObject... items) {
        var list = Json.createArrayBuilder();
        for (JsonObject item : items) {
            list.add(item);
        }
        return Json.createObjectBuilder().add("items", list).build();
    }

    private static JsonObject item(String materialId, String language, boolean featured) {
        var item = Json.createObjectBuilder().add("kind", "MATERIAL").add("id", materialId).add("featured", featured);
        if (language != null) {
            item.add("language", language);
        }
        return item.build();
    }

    @Test
    void trainingsAndEventsAreDraftedByPartnersPublishedByStaffAndListedSoonestFirst() {
        String union = organization(admin, "Carpenters Union", "UNION");
        String allianceId = alliance(admin, "Stand-down alliance", union);
        JsonApi partner = account("partner", union);
        JsonApi outsider = account("partner", organization(admin, "Other union", "UNION"));
        long head = anonymous.get("api/changes?limit=1").json().getJsonNumber("head").longValue();

        JsonObject training = require(partner.post("api/trainings", Json.createObjectBuilder().add("allianceId", allianceId)
                .add("title", "Competent person for trenching").add("format", "TRAIN_THE_TRAINER").add("durationMinutes", 480)
                .add("languages", Json.createArrayBuilder().add("en").add("es")).add("provider", "NUCA").build()), 201);
        String trainingId = training.getString("id");
        assertThat(anonymous.get("api/trainings/" + trainingId).status()).isEqualTo(404);
        assertThat(outsider.post("api/trainings", Json.createObjectBuilder(Json.createObjectBuilder().add("allianceId", allianceId)
                .add("title", "x").add("format", "ONLINE").add("languages", Json.createArrayBuilder().add("en")).build()).build()).status())
                .isEqualTo(404);
        String mistake = require(partner.post("api/trainings", Json.createObjectBuilder().add("allianceId", allianceId)
                .add("title", "Duplicate").add("format", "ONLINE").add("languages", Json.createArrayBuilder().add("en")).build()), 201)
                .getString("id");
        // work lists: the partner's drafts, not an outsider's; the public listing stays published only
        assertThat(partner.get("api/trainings?state=DRAFT&size=100").body()).contains(trainingId).contains(mistake);
        assertThat(outsider.get("api/trainings?state=DRAFT&size=100").body()).doesNotContain(trainingId);
        assertThat(anonymous.get("api/trainings?size=100").body()).doesNotContain(trainingId);
        assertThat(anonymous.get("api/trainings?state=DRAFT").status()).isEqualTo(401);
        assertThat(partner.get("api/trainings?state=ARCHIVED").status()).isEqualTo(400);
        assertThat(outsider.delete("api/trainings/" + mistake).status()).isEqualTo(404);
        assertThat(partner.delete("api/trainings/" + mistake).status()).isEqualTo(204);
        assertThat(partner.get("api/trainings/" + mistake).status()).isEqualTo(404);
        assertThat(partner.post("api/trainings/" + trainingId + "/publish", "").status()).isEqualTo(403);
        require(admin.post("api/trainings/" + trainingId + "/publish", ""), 200);
        assertThat(require(anonymous.get("api/trainings/" + trainingId), 200).getString("contract")).as("published is public").isEqualTo("1.0");
        assertThat(anonymous.get("api/trainings?language=es").body()).contains(trainingId);
        assertThat(anonymous.get("api/trainings?language=vi").body()).doesNotContain(trainingId);
        JsonObject bilingual = anonymous.get("api/trainings?alliance=" + allianceId).json();
        assertThat(bilingual.getJsonNumber("total").longValue()).as("a training in two languages is one training").isEqualTo(1);
        assertThat(bilingual.getJsonArray("items")).hasSize(1);
        assertThat(anonymous.get("api/trainings?alliance=" + allianceId + "&language=es").json().getJsonArray("items")).hasSize(1);

        JsonObject later = Json.createObjectBuilder().add("allianceId", allianceId).add("kind", "STAND_DOWN")
                .add("title", "Falls stand-down").add("startsLocal", "2031-05-05T09:00").add("endsLocal", "2031-05-05T12:00")
                .add("timeZone", "America/Chicago").add("place", "Houston, TX").add("languages", Json.createArrayBuilder().add("es")).build();
        JsonObject sooner = Json.createObjectBuilder(later).add("kind", "WEBINAR").add("title", "Heat webinar")
                .add("startsLocal", "2030-06-01T10:00").add("endsLocal", "2030-06-01T11:00").remove("place")
                .add("onlineLink", "https://example.org/webinar").build();
        String laterId = require(partner.post("api/events", later), 201).getString("id");
        JsonObject created = require(partner.post("api/events", sooner), 201);
        assertThat(java.time.OffsetDateTime.parse(created.getString("startsAt"))).isEqualTo(java.time.OffsetDateTime.parse("2030-06-01T10:00-05:00"));
        String soonerId = created.getString("id");
        assertThat(anonymous.get("api/events/" + soonerId).status()).as("drafts are not public").isEqualTo(404);
        require(admin.post("api/events/" + laterId + "/publish", "{\"comment\": \"Checked the venue with the area office\"}"), 200);
        require(admin.post("api/events/" + soonerId + "/publish", ""), 200);

        JsonObject publicEvent = require(anonymous.get("api/events/" + soonerId), 200);
        assertThat(publicEvent.getString("contract")).isEqualTo("1.0");
        assertThat(publicEvent.getString("localStart")).startsWith("2030-06-01T10:00");
        String listing = anonymous.get("api/events?alliance=" + allianceId).body();
        assertThat(listing.indexOf(soonerId)).as("upcoming first").isLessThan(listing.indexOf(laterId));
        assertThat(anonymous.get("api/events?alliance=" + allianceId + "&after=2031-01-01T00:00Z").body()).doesNotContain(soonerId);
        assertThat(anonymous.get("api/events?after=not-a-date").status()).isEqualTo(400);

        // every publication step is kept, with who took it and why, for the alliance's partners and staff
        require(admin.post("api/events/" + laterId + "/withdraw", "{\"comment\": \"Postponed\"}"), 200);
        JsonArray steps = Json.createReader(new java.io.StringReader(partner.get("api/events/" + laterId + "/history").body())).readArray();
        assertThat(steps.stream().map(JsonValue::asJsonObject).map(step -> step.getString("from") + ">" + step.getString("to")
                + " by " + step.getString("by") + ": " + step.getString("comment"))).containsExactly(
                "DRAFT>PUBLISHED by admin: Checked the venue with the area office", "PUBLISHED>WITHDRAWN by admin: Postponed");
        assertThat(outsider.get("api/events/" + laterId + "/history").status()).isEqualTo(404);
        assertThat(anonymous.get("api/trainings/" + trainingId + "/history").status()).isEqualTo(401);
        assertThat(partner.get("api/trainings/" + trainingId + "/history").body()).contains("\"to\":\"PUBLISHED\"");
        assertThat(anonymous.get("api/events/" + laterId).status()).as("withdrawn is not public").isEqualTo(404);
        require(admin.post("api/trainings/" + trainingId + "/withdraw", ""), 200);
        assertThat(anonymous.get("api/trainings/" + trainingId).status()).as("withdrawn is not public").isEqualTo(404);
        assertThat(partner.get("api/trainings/" + trainingId).status()).as("its partners still see it").isEqualTo(200);
        assertThat(admin.post("api/events/" + laterId + "/publish", "").status()).as("a withdrawn event stays withdrawn").isEqualTo(409);
        assertThat(admin.delete("api/events/" + laterId).status()).as("withdrawn, not deleted").isEqualTo(409);
        assertThat(admin.get("api/events?state=WITHDRAWN&size=100").body()).contains(laterId).doesNotContain(soonerId);
        assertThat(partner.get("api/events?state=WITHDRAWN&size=100").body()).contains(laterId);
        assertThat(outsider.get("api/events?state=WITHDRAWN&size=100").body()).doesNotContain(laterId);
        assertThat(partner.get("api/events/" + laterId + "/history").status()).isEqualTo(200);

        Reply badWebinar = partner.post("api/events", Json.createObjectBuilder(sooner).remove("onlineLink").build());
        assertThat(badWebinar.status()).isEqualTo(400);
        assertThat(badWebinar.json().getString("detail")).isEqualTo("A webinar has an online link.");

        var kinds = anonymous.get("api/changes?after=" + head + "&limit=100").json().getJsonArray("changes").stream()
                .map(c -> c.asJsonObject().getString("kind")).toList();
        assertThat(kinds).contains("training", "event");
    }

    private static JsonObject outreach(String allianceId, String kind, String date, int peopleReached, String description) {
        return Json.createObjectBuilder().add("allianceId", allianceId).add("kind", kind).add("date", date).add("language", "es")
                .add("audience", "workers").add("peopleReached", peopleReached).add("description", description).build();
    }

    @Test
    void outreachActivitiesAreReportedAndSeenOnlyByTheAlliancesPartnersAndStaff() {
        String union = organization(admin, "Consulate outreach union", "UNION");
        String allianceId = alliance(admin, "Semana de Salud alliance", union);
        JsonApi partner = account("partner", union);
        JsonApi outsider = account("partner", organization(admin, "Outreach outsider union", "UNION"));
        JsonApi curator = account("curator");
        long head = anonymous.get("api/changes?limit=1").json().getJsonNumber("head").longValue();

        // a report of today is never in the future, whatever the reporter's zone
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        Reply created = partner.post("api/outreach-activities", outreach(allianceId, "DISSEMINATION", today, 120,
                "Heat safety fact sheets handed out at the consulate"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject view = created.json();
        String id = view.getString("id");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/outreach-activities/" + id));
        assertThat(created.headers().firstValue("ETag")).hasValue("\"" + view.getJsonNumber("version").longValue() + "\"");
        assertThat(view.getString("allianceId")).isEqualTo(allianceId);
        assertThat(view.getString("allianceName")).isEqualTo("Semana de Salud alliance");
        assertThat(view.getString("kind")).isEqualTo("DISSEMINATION");
        assertThat(view.getString("date")).isEqualTo(today);
        assertThat(view.getString("language")).isEqualTo("es");
        assertThat(view.getString("audience")).isEqualTo("workers");
        assertThat(view.getInt("peopleReached")).isEqualTo(120);
        assertThat(view.getString("reportedBy")).startsWith("partner-");
        assertThat(view.getString("createdAt")).isNotBlank();
        assertThat(view.getString("updatedAt")).isNotBlank();

        // bad reports are 400 problems and store nothing
        Reply negative = partner.post("api/outreach-activities", outreach(allianceId, "DISSEMINATION", "2026-01-05", -1, "Talk"));
        assertThat(negative.status()).as(negative.body()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.json().getString("field")).isEqualTo("peopleReached");
        Reply future = partner.post("api/outreach-activities", outreach(allianceId, "DISSEMINATION",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString(), 10, "Planned talk"));
        assertThat(future.status()).as(future.body()).isEqualTo(400);
        assertThat(future.contentType()).startsWith("application/problem+json");
        assertThat(future.json().getString("detail")).contains("in the future");
        Reply ancient = partner.post("api/outreach-activities", outreach(allianceId, "DISSEMINATION", "1989-12-31", 10, "Old"));
        assertThat(ancient.status()).isEqualTo(400);
        assertThat(ancient.json().getString("detail")).contains("1990-01-01");
        Reply blank = partner.post("api/outreach-activities", outreach(allianceId, "DISSEMINATION", "2026-01-05", 10, "  "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().getString("field")).isEqualTo("description");
        assertThat(partner.post("api/outreach-activities", outreach(allianceId, "PARADE", "2026-01-05", 10, "x")).status()).isEqualTo(400);
        assertThat(partner.post("api/outreach-activities", outreach(allianceId, "DISSEMINATION", "2026-01-05", 10, "x".repeat(2001)))
                .status()).isEqualTo(400);
        assertThat(outsider.post("api/outreach-activities", outreach(allianceId, "DISSEMINATION", today, 5, "Guessed id")).status())
                .as("reporting for another alliance").isEqualTo(404);
        assertThat(anonymous.post("api/outreach-activities", outreach(allianceId, "DISSEMINATION", today, 5, "x")).status()).isEqualTo(401);

        // only the alliance's partners and staff see it; anybody else's 404 is a missing one's
        assertThat(require(partner.get("api/outreach-activities/" + id), 200).getString("description"))
                .isEqualTo("Heat safety fact sheets handed out at the consulate");
        assertThat(curator.get("api/outreach-activities/" + id).status()).isEqualTo(200);
        Reply foreign = outsider.get("api/outreach-activities/" + id);
        Reply missing = outsider.get("api/outreach-activities/no-such-activity");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().getString("title")).isEqualTo(missing.json().getString("title"));
        assertThat(outsider.put("api/outreach-activities/" + id, outreach(allianceId, "DISSEMINATION", today, 1, "Hijacked")).status())
                .isEqualTo(404);
        assertThat(outsider.delete("api/outreach-activities/" + id).status()).isEqualTo(404);
        assertThat(anonymous.get("api/outreach-activities/" + id).status()).isEqualTo(401);
        assertThat(anonymous.get("api/outreach-activities").status()).isEqualTo(401);
        assertThat(anonymous.get("api/outreach-activities").headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(outsider.get("api/outreach-activities?size=100").body()).doesNotContain(id);
        assertThat(outsider.get("api/outreach-activities?alliance=" + allianceId).json().getJsonNumber("total").longValue()).isZero();

        // corrections honour If-Match
        String etag = partner.get("api/outreach-activities/" + id).headers().firstValue("ETag").orElseThrow();
        Reply corrected = partner.withHeader("If-Match", etag).put("api/outreach-activities/" + id,
                outreach(allianceId, "SPEECH_OR_EXHIBIT", "2026-03-15", 150, "Booth at the consulate's health fair"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().getString("kind")).isEqualTo("SPEECH_OR_EXHIBIT");
        assertThat(corrected.json().getInt("peopleReached")).isEqualTo(150);
        assertThat(corrected.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        Reply stale = partner.withHeader("If-Match", etag).put("api/outreach-activities/" + id,
                outreach(allianceId, "DISSEMINATION", "2026-03-15", 1, "Lost update"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().getString("detail")).contains("changed since you read it");
        assertThat(partner.withHeader("If-Match", etag).delete("api/outreach-activities/" + id).status()).isEqualTo(409);
        assertThat(partner.get("api/outreach-activities/" + id).json().getString("description")).isEqualTo("Booth at the consulate's health fair");

        // a fiscal year's list, newest first, and its summary
        require(partner.post("api/outreach-activities", outreach(allianceId, "DISSEMINATION", "2025-10-01", 1000, "Newsletter")), 201);
        require(partner.post("api/outreach-activities", outreach(allianceId, "TRAINING_DELIVERED", "2026-09-30", 30, "OSHA 10 in Spanish")), 201);
        require(partner.post("api/outreach-activities", outreach(allianceId, "DISSEMINATION", "2025-09-30", 7, "Before the year")), 201);
        require(curator.post("api/outreach-activities", outreach(allianceId, "AGENCY_MATERIAL_REVIEW", "2026-05-01", 0, "Reviewed a fact sheet")), 201);
        String year = "alliance=" + allianceId + "&from=2025-10-01&to=2026-09-30";
        JsonObject listed = require(partner.get("api/outreach-activities?" + year), 200);
        assertThat(listed.getJsonNumber("total").longValue()).isEqualTo(4);
        assertThat(listed.getInt("page")).isEqualTo(1);
        assertThat(listed.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("date")))
                .containsExactly("2026-09-30", "2026-05-01", "2026-03-15", "2025-10-01");
        assertThat(partner.get("api/outreach-activities?" + year + "&kind=dissemination").json().getJsonNumber("total").longValue())
                .isEqualTo(1);
        assertThat(partner.get("api/outreach-activities?" + year + "&size=2&page=2").json().getJsonArray("items")).hasSize(2);
        assertThat(partner.get("api/outreach-activities?kind=parade").status()).isEqualTo(400);
        assertThat(partner.get("api/outreach-activities?from=2026-13-01").json().getString("field")).isEqualTo("from");
        assertThat(partner.get("api/outreach-activities?from=2026-10-01&to=2026-09-30").status()).isEqualTo(400);

        JsonObject summary = require(partner.get("api/outreach-activities/summary?" + year), 200);
        assertThat(summary.getString("from")).isEqualTo("2025-10-01");
        assertThat(summary.getString("to")).isEqualTo("2026-09-30");
        assertThat(summary.getJsonArray("byKind").stream().map(JsonValue::asJsonObject)
                .map(k -> k.getString("kind") + "=" + k.getInt("activities") + "/" + k.getInt("peopleReached"))).containsExactly(
                "DISSEMINATION=1/1000", "SPEECH_OR_EXHIBIT=1/150", "TRAINING_DELIVERED=1/30", "AGENCY_MATERIAL_REVIEW=1/0");
        assertThat(summary.getInt("activities")).isEqualTo(4);
        assertThat(summary.getInt("peopleReached")).isEqualTo(1180);
        JsonObject outsiders = require(outsider.get("api/outreach-activities/summary?" + year), 200);
        assertThat(outsiders.getInt("activities")).isZero();
        assertThat(outsiders.getInt("peopleReached")).isZero();
        assertThat(curator.get("api/outreach-activities/summary?" + year).json().getInt("peopleReached")).isEqualTo(1180);
        assertThat(anonymous.get("api/outreach-activities/summary").status()).isEqualTo(401);

        // deleted with the version read; an alliance with reports is not deleted
        String current = partner.get("api/outreach-activities/" + id).headers().firstValue("ETag").orElseThrow();
        assertThat(partner.withHeader("If-Match", current).delete("api/outreach-activities/" + id).status()).isEqualTo(204);
        assertThat(partner.get("api/outreach-activities/" + id).status()).isEqualTo(404);
        assertThat(partner.get("api/outreach-activities?" + year).json().getJsonNumber("total").longValue()).isEqualTo(3);
        Reply allianceKept = admin.delete("api/alliances/" + allianceId);
        assertThat(allianceKept.status()).isEqualTo(409);
        assertThat(allianceKept.json().getString("detail")).contains("4 outreach activities");

        // never public: nothing of it on the change feed
        assertThat(anonymous.get("api/changes?after=" + head + "&limit=100").body()).doesNotContain("outreach")
                .doesNotContain("Newsletter");
    }

    @Test
    void staffDeleteOnlyWhatNothingRefersTo() {
        String union = organization(admin, "Roofers Union", "UNION");
        String allianceId = alliance(admin, "Roofing alliance", union);
        JsonApi partner = account("partner", union);
        String typo = organization(admin, "Rofers Unoin", "UNION");

        assertThat(anonymous.delete("api/organizations/" + typo).status()).isEqualTo(401);
        assertThat(partner.delete("api/organizations/" + typo).status()).isEqualTo(403);
        Reply kept = admin.delete("api/organizations/" + union);
        assertThat(kept.status()).isEqualTo(409);
        assertThat(kept.json().getString("detail")).contains("1 alliance").contains("1 account");
        assertThat(admin.delete("api/organizations/" + typo).status()).isEqualTo(204);
        assertThat(anonymous.get("api/organizations/" + typo).status()).isEqualTo(404);

        String code = "LEP-ROOF-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        require(admin.post("api/emphasis-programs", Json.createObjectBuilder().add("code", code).add("agency", "OSHA")
                .add("scope", "LOCAL").add("nameEnglish", "Roofing").add("nameSpanish", "Techado").build()), 201);
        String training = require(partner.post("api/trainings", Json.createObjectBuilder().add("allianceId", allianceId)
                .add("title", "Fall protection for roofers").add("format", "IN_PERSON")
                .add("languages", Json.createArrayBuilder().add("en"))
                .add("emphasisPrograms", Json.createArrayBuilder().add(code)).build()), 201).getString("id");
        Reply programKept = admin.delete("api/emphasis-programs/" + code);
        assertThat(programKept.status()).isEqualTo(409);
        assertThat(programKept.json().getString("detail")).contains("1 training");
        Reply allianceKept = admin.delete("api/alliances/" + allianceId);
        assertThat(allianceKept.status()).isEqualTo(409);
        assertThat(allianceKept.json().getString("detail")).contains("1 training");

        assertThat(admin.delete("api/trainings/" + training).status()).isEqualTo(204);
        assertThat(admin.delete("api/emphasis-programs/" + code).status()).isEqualTo(204);
        assertThat(admin.delete("api/alliances/" + allianceId).status()).isEqualTo(204);
        assertThat(anonymous.get("api/alliances/" + allianceId).status()).isEqualTo(404);
        // the partner's account still acts for the union, so the union stays
        assertThat(admin.delete("api/organizations/" + union).json().getString("detail")).contains("1 account")
                .doesNotContain("alliance");
    }

    @Test
    void badInputGetsProblemDetailsAndChangesNothing() {
        long organizationsBefore = anonymous.get("api/organizations").json().getJsonNumber("total").longValue();

        Reply malformed = admin.post("api/organizations", "{\"name\": \"unterminated");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().getString("title")).isEqualTo("Malformed JSON");

        assertThat(admin.post("api/organizations", "{\"name\":\"X\",\"type\":\"SPACE_AGENCY\"}").status()).isEqualTo(400);
        Reply missingName = admin.post("api/organizations", Json.createObjectBuilder().add("type", "UNION").build());
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.json().getString("field")).isEqualTo("name");

        Reply unknownOrganization = admin.post("api/alliances", Json.createObjectBuilder().add("name", "x")
                .add("agency", "OSHA").add("level", "NATIONAL").add("participantIds", Json.createArrayBuilder().add("no-such-org")).build());
        assertThat(unknownOrganization.status()).isEqualTo(404);

        assertThat(anonymous.get("api/organizations").json().getJsonNumber("total").longValue()).isEqualTo(organizationsBefore);
    }

    @Test
    void unknownRoutesAndMethodsAnswerProblemDetails() {
        for (String path : new String[] {"api/nothing-here", "nothing-here", "api/materials/does-not-exist"}) {
            Reply reply = anonymous.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
            assertThat(reply.body()).doesNotContain("Exception");
        }
        Reply wrongMethod = admin.delete("api/alliances");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");

        Reply hugePage = anonymous.get("api/materials?page=100000&size=100");
        assertThat(hugePage.status()).isEqualTo(400);
        assertThat(hugePage.json().getString("field")).isEqualTo("page");
        assertThat(anonymous.get("api/changes?limit=5000").status()).isEqualTo(400);
    }

    @Test
    void operatorsReadTheMetersWithTheirTokenAndNobodyElseDoes() {
        String missing = "api/materials/" + UUID.randomUUID();
        assertThat(anonymous.get(missing).status()).isEqualTo(404);
        assertThat(anonymous.get("api/organizations").status()).isEqualTo(200);

        for (JsonApi stranger : List.of(anonymous, admin,
                anonymous.withHeader("Authorization", RunningStack.metricsAuthorization("not-the-metrics-token-but-long-enough")))) {
            Reply refused = stranger.get("operations/metrics");
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"metrics\", charset=\"UTF-8\"");
            assertThat(refused.body()).doesNotContain("http_server_requests");
        }

        Reply meters = anonymous.withHeader("Authorization", RunningStack.metricsAuthorization()).get("operations/metrics");
        assertThat(meters.status()).isEqualTo(200);
        assertThat(meters.contentType()).startsWith("text/plain");
        // per route, never per material: the id of the missing one is nowhere
        assertThat(meters.body())
                .containsPattern("http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/materials/\\{id}\",status=\"404\"} [1-9]")
                .containsPattern("http_server_requests_seconds_count\\{method=\"GET\",route=\"/api/organizations\",status=\"200\"} [1-9]")
                .contains("http_server_requests_seconds_bucket{", "alliancehub_extraction_queue_waiting ",
                        "alliancehub_extraction_queue_running ", "alliancehub_extractions_total{outcome=\"failed\"}",
                        "alliancehub_extraction_files{status=\"pending\"}", "alliancehub_extraction_files{status=\"failed\"}",
                        "jvm_memory_used_bytes")
                .doesNotContain(missing.substring("api/materials/".length()))
                // counted in the database: a number, not the NaN of a meter that could not be read
                .containsPattern("alliancehub_extraction_files\\{status=\"pending\"} [0-9]+\\.[0-9]")
                .containsPattern("alliancehub_extraction_queue_waiting [0-9]+\\.[0-9]");
    }

    @Test
    void reportsReadinessWithTheDatabase() {
        String server = Deployments.onLoopback(base).replaceFirst("/content/?$", "");
        Reply ready = new JsonApi(server).get("/health/ready");
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("content-database").contains("UP");
        assertThat(new JsonApi(server).get("/openapi").status()).isEqualTo(200);
    }

    @Test
    void aDatabaseRestartIsRiddenOutWithQuickServiceUnavailableAnswers(RunningStack stack) {
        String union = organization(admin, "Restart Local 12", "UNION");
        String server = Deployments.onLoopback(base).replaceFirst("/content/?$", "");
        // an answer that takes longer than this is a hung request: the client gives up and the test fails
        JsonApi impatient = anonymous.withTimeout(Duration.ofSeconds(8));
        JsonApi health = new JsonApi(server).withTimeout(Duration.ofSeconds(8));
        assertThat(impatient.get("api/organizations/" + union).status()).isEqualTo(200);

        stack.stopPostgres();
        long back;
        try {
            long asked = System.nanoTime();
            Reply whileDown = impatient.get("api/organizations/" + union);
            // figures for the record (the closing note quotes them), not assertions: speed belongs in benchmarks
            long millis = (System.nanoTime() - asked) / 1_000_000;
            LOG.info(() -> "database down: 503 answered in " + millis + " ms");
            assertThat(whileDown.status()).as(whileDown.body()).isEqualTo(503);
            assertThat(whileDown.contentType()).startsWith("application/problem+json");
            assertThat(whileDown.json().getString("type")).endsWith("/database-unavailable");
            assertThat(whileDown.headers().firstValue("Retry-After")).isPresent();
            Reply writeWhileDown = admin.withTimeout(Duration.ofSeconds(8)).post("api/organizations",
                    Json.createObjectBuilder().add("name", "Written during the outage").add("type", "UNION").build());
            assertThat(writeWhileDown.status()).isEqualTo(503);
            Reply down = health.get("/health/ready");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.body()).contains("content-database").contains("DOWN");
        } finally {
            stack.startPostgres();
            back = System.nanoTime();
        }

        // the pool finds its connections dead, drops them and opens new ones: no restart of Payara
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> impatient.get("api/organizations/" + union).status() == 200);
        long recovered = (System.nanoTime() - back) / 1_000_000;
        LOG.info(() -> "database back: reads answered again " + recovered + " ms after it started");
        await().atMost(Duration.ofSeconds(30)).until(() -> health.get("/health/ready").status() == 200);
        assertThat(require(admin.post("api/organizations", Json.createObjectBuilder().add("name", "Written after the outage")
                .add("type", "UNION").build()), 201).getString("id")).isNotBlank();
        assertThat(anonymous.get("api/organizations?name=Written+during+the+outage").json()
                .getJsonNumber("total").longValue()).isZero();
        assertThat(fixtures.admin(stack).get("api/accounts?size=1").status()).isEqualTo(200);
    }

    @Test
    void malformedParametersAndBodiesAreClearClientErrors() {
        for (String path : new String[] {"api/materials?page=abc", "api/materials?size=ten", "api/alliances?page=99999999999",
                "api/organizations?page=-1", "api/events?page=1e3", "api/changes?after=abc", "api/changes?limit=99999999999999999999"}) {
            Reply reply = anonymous.get(path);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
            assertThat(reply.json().getString("field")).as(path).isIn("page", "size", "after", "limit");
        }
        Reply trailing = anonymous.post("api/auth/token", "{\"username\":\"admin\",\"password\":\"x\"} and more");
        assertThat(trailing.status()).isEqualTo(400);
        assertThat(trailing.json().getString("type")).endsWith("/malformed-json");
        Reply two = admin.post("api/organizations", "{\"name\":\"One\",\"type\":\"UNION\"}{\"name\":\"Two\",\"type\":\"UNION\"}");
        assertThat(two.status()).isEqualTo(400);
        assertThat(anonymous.get("api/organizations?name=One").json().getJsonNumber("total").longValue()).isZero();

        String huge = "{\"username\":\"admin\",\"password\":\"" + "x".repeat(20 * 1024 * 1024) + "\"}";
        Reply tooLarge = anonymous.post("api/auth/token", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    }

    @Test
    void datesOutsideASaneRangeAreRefusedWhereverTheyAreAccepted() {
        String union = organization(admin, "Dates Local 3", "UNION");
        String alliance = alliance(admin, "Dates Alliance", union);
        for (String date : new String[] {"-999999999-01-01", "+999999999-12-31", "+10000-01-01", "99999-01-01", "0001-01-01"}) {
            JsonObject material = Json.createObjectBuilder(material(alliance)).add("publicationDate", date).build();
            Reply refused = admin.post("api/materials", material);
            assertThat(refused.status()).as(date + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");

            Reply program = admin.post("api/emphasis-programs", Json.createObjectBuilder().add("code", "D-" + UUID.randomUUID().toString().substring(0, 6))
                    .add("agency", "OSHA").add("scope", "NATIONAL").add("nameEnglish", "Dates").add("nameSpanish", "Fechas")
                    .add("startsOn", date).build());
            assertThat(program.status()).as(date + ": " + program.body()).isEqualTo(400);

            Reply signed = admin.post("api/alliances", Json.createObjectBuilder().add("name", "Dated " + date).add("agency", "OSHA")
                    .add("level", "NATIONAL").add("signedOn", date).add("participantIds", Json.createArrayBuilder().add(union)).build());
            assertThat(signed.status()).as(date + ": " + signed.body()).isEqualTo(400);

            String dateTime = date + "T09:00";
            Reply event = admin.post("api/events", Json.createObjectBuilder().add("allianceId", alliance).add("kind", "WEBINAR")
                    .add("title", "Dated event").add("startsLocal", dateTime).add("endsLocal", dateTime).add("timeZone", "America/Chicago")
                    .add("languages", Json.createArrayBuilder().add("en")).build());
            assertThat(event.status()).as(date + ": " + event.body()).isEqualTo(400);

            Reply after = anonymous.get("api/events?after=" + java.net.URLEncoder.encode(date + "T00:00Z", java.nio.charset.StandardCharsets.UTF_8));
            assertThat(after.status()).as(date + ": " + after.body()).isEqualTo(400);

            Reply reported = admin.post("api/outreach-activities", outreach(alliance, "DISSEMINATION", date, 10, "Dated report"));
            assertThat(reported.status()).as(date + ": " + reported.body()).isEqualTo(400);
            Reply reportsFrom = admin.get("api/outreach-activities/summary?from=" + java.net.URLEncoder.encode(date, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(reportsFrom.status()).as(date + ": " + reportsFrom.body()).isEqualTo(400);
        }
        assertThat(admin.post("api/materials", Json.createObjectBuilder(material(alliance)).add("publicationDate", "9999-12-31").build())
                .status()).isEqualTo(201);
    }

    @Test
    void passwordsLongerThanBcryptReadsAreRefusedWithTheRule() {
        // 72 characters, 144 bytes in UTF-8: bcrypt reads only the first 72 bytes
        String accented = "ñ".repeat(72);
        Reply refused = admin.post("api/accounts", Json.createObjectBuilder().add("username", "accented-" + UUID.randomUUID().toString().substring(0, 6))
                .add("password", accented).add("role", "CURATOR").build());
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().getString("detail")).contains("72 bytes");
        // 18 + 20 characters, 58 bytes: within bcrypt's 72
        String fits = UUID.randomUUID().toString().substring(0, 18) + "ñ".repeat(20);
        String username = "accented-" + UUID.randomUUID().toString().substring(0, 6);
        require(admin.post("api/accounts", Json.createObjectBuilder().add("username", username)
                .add("password", fits).add("role", "CURATOR").build()), 201);
        assertThat(fixtures.signedIn(username, fits).get("api/materials?state=SUBMITTED").status()).isEqualTo(200);
    }

    @Test
    void repeatedWrongPasswordsAreThrottledAndTheOwnerGetsBackInSoon(RunningStack stack) {
        String username = "throttled-" + UUID.randomUUID().toString().substring(0, 6);
        require(admin.post("api/accounts", Json.createObjectBuilder().add("username", username)
                .add("password", PASSWORD).add("role", "CURATOR").build()), 201);
        JsonObject wrong = Json.createObjectBuilder().add("username", username).add("password", "wrong-" + UUID.randomUUID()).build();
        int refused = 0;
        Reply last = null;
        for (int i = 0; i < 30 && (last == null || last.status() != 429); i++) {
            last = anonymous.post("api/auth/token", wrong);
            refused++;
        }
        assertThat(last.status()).as("after " + refused + " wrong passwords").isEqualTo(429);
        assertThat(refused).isLessThanOrEqualTo(10);
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        // while throttled even the right password is not tried, so guessing gains nothing
        JsonObject right = Json.createObjectBuilder().add("username", username).add("password", PASSWORD).build();
        assertThat(anonymous.post("api/auth/token", right).status()).isEqualTo(429);
        // other accounts are not held up by it
        assertThat(fixtures.admin(stack).get("api/accounts?size=1").status()).isEqualTo(200);
        // and the owner is back in within the longest wait
        await().atMost(Duration.ofSeconds(70)).pollInterval(Duration.ofSeconds(1))
                .until(() -> anonymous.post("api/auth/token", right).status() == 200);
    }

    private String newCurator() {
        String username = "changer-" + UUID.randomUUID().toString().substring(0, 8);
        require(admin.post("api/accounts", Json.createObjectBuilder().add("username", username)
                .add("password", PASSWORD).add("role", "CURATOR").build()), 201);
        return username;
    }

    private static JsonObject passwordChange(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build();
    }

    @Test
    void anAccountChangesItsOwnPasswordAndItsEarlierTokensStopCounting() {
        String username = newCurator();
        JsonApi signedIn = fixtures.signedIn(username, PASSWORD);
        JsonApi otherSession = fixtures.signedIn(username, PASSWORD);
        String next = "next-" + UUID.randomUUID();

        Reply anonymousChange = anonymous.post("api/auth/password", passwordChange(PASSWORD, next));
        assertThat(anonymousChange.status()).isEqualTo(401);
        assertThat(anonymousChange.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"alliancehub\"");

        Reply wrong = signedIn.post("api/auth/password", passwordChange("not-the-password-" + UUID.randomUUID(), next));
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(403);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().getString("type")).endsWith("/wrong-password");

        for (String weak : new String[] {"short-one", username, PASSWORD, "ñ".repeat(40)}) {
            Reply refused = signedIn.post("api/auth/password", passwordChange(PASSWORD, weak));
            assertThat(refused.status()).as(weak + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().getString("field")).isEqualTo("newPassword");
        }
        Reply missing = signedIn.post("api/auth/password", Json.createObjectBuilder().add("currentPassword", PASSWORD).build());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().getString("field")).isEqualTo("newPassword");
        assertThat(signedIn.get("api/auth/caller").status()).as("refused changes change nothing").isEqualTo(200);

        Reply changed = signedIn.post("api/auth/password", passwordChange(PASSWORD, next));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        // every token issued before the change stops counting, the one that made it too
        assertThat(signedIn.get("api/auth/caller").status()).isEqualTo(401);
        assertThat(otherSession.get("api/materials?state=SUBMITTED").status()).isEqualTo(401);
        assertThat(anonymous.post("api/auth/token", Json.createObjectBuilder().add("username", username)
                .add("password", PASSWORD).build()).status()).as("the old password").isEqualTo(401);
        JsonApi again = fixtures.signedIn(username, next);
        assertThat(require(again.get("api/auth/caller"), 200).getString("username")).isEqualTo(username);
        assertThat(again.get("api/materials?state=SUBMITTED").status()).isEqualTo(200);
    }

    @Test
    void wrongCurrentPasswordsAreThrottledAsSignInsAreAndForgedForwardingChangesNothing() {
        String username = newCurator();
        JsonApi signedIn = fixtures.signedIn(username, PASSWORD);
        String next = "next-" + UUID.randomUUID();
        int tried = 0;
        Reply last = null;
        for (int i = 0; i < 30 && (last == null || last.status() != 429); i++) {
            // this service trusts no proxy here: a made-up X-Forwarded-For must not make each try count from a new address
            last = signedIn.withHeader("X-Forwarded-For", "198.51.100." + (i + 1))
                    .post("api/auth/password", passwordChange("wrong-" + UUID.randomUUID(), next));
            tried++;
            assertThat(last.status()).as(last.body()).isIn(403, 429);
        }
        assertThat(last.status()).as("after " + tried + " wrong current passwords").isEqualTo(429);
        assertThat(tried).isLessThanOrEqualTo(10);
        assertThat(last.json().getString("type")).endsWith("/too-many-attempts");
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        // the throttle is the sign-in's: while it waits, neither the right current password nor signing in is tried
        assertThat(signedIn.post("api/auth/password", passwordChange(PASSWORD, next)).status()).isEqualTo(429);
        assertThat(anonymous.post("api/auth/token", Json.createObjectBuilder().add("username", username)
                .add("password", PASSWORD).build()).status()).isEqualTo(429);
        assertThat(signedIn.get("api/auth/caller").status()).as("the password was not changed").isEqualTo(200);
    }

    private static JsonObject metadata(String type, String number, String date, String... topics) {
        var tags = Json.createArrayBuilder();
        for (String topic : topics) {
            tags.add(topic);
        }
        return Json.createObjectBuilder().add("type", type).add("publicationNumber", number).add("publicationDate", date)
                .add("topics", tags).add("industries", Json.createArrayBuilder().add("construction"))
                .add("audiences", Json.createArrayBuilder().add("workers").add("young workers")).build();
    }

    @Test
    void partnersAndStaffEditADraftsMetadataWhileItIsADraft() {
        String unionA = organization(admin, "Metadata union A", "UNION");
        String unionB = organization(admin, "Metadata union B", "UNION");
        String allianceA = alliance(admin, "Metadata alliance A", unionA);
        JsonApi partnerA = account("partner", unionA);
        JsonApi partnerB = account("partner", unionB);
        JsonApi curator = account("curator");
        Reply created = partnerA.post("api/materials", material(allianceA));
        String id = require(created, 201).getString("id");
        String etag = created.headers().firstValue("ETag").orElseThrow();

        Reply edited = partnerA.withHeader("If-Match", etag).put("api/materials/" + id,
                metadata("QUICK_CARD", "QC-2026-11", "2026-11-01", "scaffolds", "falls"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        JsonObject view = edited.json();
        assertThat(view.getString("type")).isEqualTo("QUICK_CARD");
        assertThat(view.getString("publicationNumber")).isEqualTo("QC-2026-11");
        assertThat(view.getString("publicationDate")).isEqualTo("2026-11-01");
        assertThat(view.getJsonArray("topics").getValuesAs(jakarta.json.JsonString::getString)).containsExactlyInAnyOrder("scaffolds", "falls");
        assertThat(view.getJsonArray("industries").getString(0)).isEqualTo("construction");
        assertThat(view.getJsonArray("audiences")).hasSize(2);
        assertThat(view.getString("state")).isEqualTo("DRAFT");
        assertThat(view.getJsonArray("versions")).as("the versions stay as they were").hasSize(2);
        String newTag = edited.headers().firstValue("ETag").orElseThrow();
        assertThat(newTag).isNotEqualTo(etag).contains(Long.toString(view.getJsonNumber("version").longValue()));
        assertThat(partnerA.get("api/materials/" + id).json().getString("type")).isEqualTo("QUICK_CARD");

        Reply stale = partnerA.withHeader("If-Match", etag).put("api/materials/" + id, metadata("POSTER", "P-1", "2026-11-02"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("detail")).contains("changed since you read it");
        assertThat(partnerB.withHeader("If-Match", newTag).put("api/materials/" + id, metadata("POSTER", "P-1", "2026-11-02")).status())
                .as("another alliance's draft").isEqualTo(404);
        assertThat(anonymous.put("api/materials/" + id, metadata("POSTER", "P-1", "2026-11-02")).status()).isEqualTo(401);
        assertThat(partnerA.put("api/materials/" + UUID.randomUUID(), metadata("POSTER", "P-1", "2026-11-02")).status()).isEqualTo(404);

        // the same checks as creating a material
        Reply noType = partnerA.put("api/materials/" + id, Json.createObjectBuilder().add("publicationNumber", "X").build());
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.json().getString("field")).isEqualTo("type");
        Reply farDate = partnerA.put("api/materials/" + id, metadata("POSTER", "P-1", "1899-12-31"));
        assertThat(farDate.status()).isEqualTo(400);
        assertThat(farDate.json().getString("field")).isEqualTo("publicationDate");
        Reply longNumber = partnerA.put("api/materials/" + id, metadata("POSTER", "P".repeat(51), "2026-11-02"));
        assertThat(longNumber.json().getString("field")).isEqualTo("publicationNumber");
        assertThat(partnerA.put("api/materials/" + id, metadata("POSTER", "P-1", "2026-11-02", " ")).status()).isEqualTo(400);
        assertThat(partnerA.get("api/materials/" + id).json().getString("publicationNumber")).as("refused edits change nothing")
                .isEqualTo("QC-2026-11");

        // staff edit too; submitted, the material is no longer edited, returned for changes it is again
        require(curator.put("api/materials/" + id, metadata("FACT_SHEET", "FS-2026-12", "2026-12-01", "scaffolds")), 200);
        require(partnerA.post("api/materials/" + id + "/submit", ""), 200);
        Reply submitted = partnerA.put("api/materials/" + id, metadata("POSTER", "P-1", "2026-11-02"));
        assertThat(submitted.status()).isEqualTo(409);
        assertThat(submitted.json().getString("detail")).contains("edited only as a draft").contains("submitted");
        require(curator.post("api/materials/" + id + "/return", "{\"comment\": \"Add the agency disclaimer\"}"), 200);
        require(partnerA.put("api/materials/" + id, metadata("POSTER", "P-2", "2026-11-03", "scaffolds")), 200);
        assertThat(partnerA.get("api/materials/" + id + "/history").body()).as("edits are no lifecycle steps")
                .doesNotContain("P-2");

        ContentFixtures.publish(curator, id);
        Reply published = curator.put("api/materials/" + id, metadata("POSTER", "P-3", "2026-11-04"));
        assertThat(published.status()).isEqualTo(409);
        assertThat(published.json().getString("detail")).contains("published");
        assertThat(anonymous.get("api/materials/" + id).json().getString("publicationNumber")).isEqualTo("P-2");
    }

    private JsonObject taggedMaterial(String allianceId, JsonArray topics) {
        return Json.createObjectBuilder(material(allianceId)).add("topics", topics).build();
    }

    @Test
    void vocabularySuggestsTheTagsInUseStartingWithTheQueryFirstThenContainingIt() {
        String union = organization(admin, "Vocabulary union", "UNION");
        String otherUnion = organization(admin, "Vocabulary other union", "UNION");
        String allianceId = alliance(admin, "Vocabulary alliance", union);
        JsonApi partner = account("partner", union);
        JsonApi outsider = account("partner", otherUnion);
        JsonApi curator = account("curator");
        // a word of its own, so that other tests' tags do not count
        String u = "qv" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
        String m1 = require(partner.post("api/materials", Json.createObjectBuilder(taggedMaterial(allianceId, Json.createArrayBuilder()
                .add(u + "scaffolds").add("Guide " + u + "scaffolds").add(u + "caídas").build()))
                .add("industries", Json.createArrayBuilder().add(u + "maritime"))
                .add("audiences", Json.createArrayBuilder().add(u + "young workers")).build()), 201).getString("id");
        require(partner.post("api/materials", taggedMaterial(allianceId, Json.createArrayBuilder()
                .add(u + "scaffolds").add("Guide " + u + "scaffolds").build())), 201);
        require(partner.post("api/materials", taggedMaterial(allianceId, Json.createArrayBuilder()
                .add(u + "scaffolds").add("Guide " + u + "scaffolds").add(u + "scaffold ladders").build())), 201);
        require(partner.post("api/materials", taggedMaterial(allianceId, Json.createArrayBuilder()
                .add(u.toUpperCase() + "SCAFFOLDS").add("Guide " + u + "scaffolds").build())), 201);
        // trainings' topics count too
        require(partner.post("api/trainings", Json.createObjectBuilder().add("allianceId", allianceId)
                .add("title", "Scaffold ladders for crews").add("format", "IN_PERSON")
                .add("languages", Json.createArrayBuilder().add("en"))
                .add("topics", Json.createArrayBuilder().add(u + "scaffold ladders")).build()), 201);

        JsonObject all = require(curator.get("api/vocabulary/topics?q=" + u), 200);
        assertThat(all.getString("kind")).isEqualTo("topics");
        assertThat(all.getJsonArray("values").stream().map(v -> v.asJsonObject().getString("value") + "=" + v.asJsonObject().getInt("count")))
                .as("starting with it, most used first; then containing it; spellings that fold alike are one")
                .containsExactly(u + "scaffolds=4", u + "scaffold ladders=2", u + "caídas=1", "Guide " + u + "scaffolds=4");
        assertThat(values(curator, "topics?q=" + u.toUpperCase() + "SCAFFOLD")).containsExactly(u + "scaffolds", u + "scaffold ladders",
                "Guide " + u + "scaffolds");
        assertThat(values(partner, "topics?q=" + u + "CAIDAS")).as("accents and case aside").containsExactly(u + "caídas");
        assertThat(values(partner, "topics?q=" + u + "caíd")).containsExactly(u + "caídas");
        assertThat(values(partner, "topics?limit=2&q=" + u)).containsExactly(u + "scaffolds", u + "scaffold ladders");
        assertThat(values(partner, "topics?q=" + u + "%25")).as("a wildcard typed is a character").isEmpty();
        assertThat(values(partner, "industries?q=" + u)).containsExactly(u + "maritime");
        assertThat(values(partner, "AUDIENCES?q=" + u)).containsExactly(u + "young workers");
        assertThat(require(partner.get("api/vocabulary/topics"), 200).getJsonArray("values")).hasSizeBetween(1, 10);

        // another alliance's drafts give nothing away; published, they count for everyone
        assertThat(values(outsider, "topics?q=" + u)).isEmpty();
        ContentFixtures.publish(curator, m1);
        assertThat(values(outsider, "topics?q=" + u)).containsExactly(u + "caídas", u + "scaffolds", "Guide " + u + "scaffolds");

        Reply unknown = curator.get("api/vocabulary/places?q=" + u);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().getString("detail")).contains("topics, industries and audiences");
        assertThat(anonymous.get("api/vocabulary/topics?q=" + u).status()).isEqualTo(401);
        assertThat(curator.get("api/vocabulary/topics?limit=0").json().getString("field")).isEqualTo("limit");
        assertThat(curator.get("api/vocabulary/topics?limit=51").status()).isEqualTo(400);
        assertThat(curator.get("api/vocabulary/topics?q=" + "x".repeat(101)).json().getString("field")).isEqualTo("q");
    }

    private static java.util.List<String> values(JsonApi caller, String query) {
        return require(caller.get("api/vocabulary/" + query), 200).getJsonArray("values").stream()
                .map(v -> v.asJsonObject().getString("value")).toList();
    }

    // --- staff reports (issue 14) ---

    @Test
    void staffReportTranslationGapsAnnualActivityAndTheProgramDashboardFromWhatPartnersDid() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String union = organization(admin, "Reports union " + u, "UNION");
        String allianceId = alliance(admin, "Reports alliance " + u, union);
        JsonApi partner = account("partner", union);
        JsonApi curator = account("curator");
        String code = "NEP-R-" + u.toUpperCase();
        require(admin.post("api/emphasis-programs", Json.createObjectBuilder().add("code", code).add("agency", "OSHA")
                .add("scope", "NATIONAL").add("nameEnglish", "Heat " + u).add("nameSpanish", "Calor " + u).build()), 201);
        java.util.function.BiFunction<String, String[], JsonObject> draft = (title, languages) -> {
            var versions = Json.createArrayBuilder();
            for (String language : languages) {
                versions.add(Json.createObjectBuilder().add("language", language).add("title", title + " " + language));
            }
            return Json.createObjectBuilder().add("allianceId", allianceId).add("type", "FACT_SHEET").add("versions", versions)
                    .add("emphasisPrograms", Json.createArrayBuilder().add(code)).build();
        };
        // an English edit flags the Spanish translation outdated; published so
        String outdated = require(partner.post("api/materials", draft.apply("Outdated", new String[] {"en", "es"})), 201).getString("id");
        require(partner.put("api/materials/" + outdated + "/versions/en", Json.createObjectBuilder().add("title", "Outdated en, revised").build()), 200);
        ContentFixtures.publish(curator, outdated);
        String englishOnly = ContentFixtures.publishedMaterial(curator, draft.apply("English only", new String[] {"en"}));
        String spanishOnly = ContentFixtures.publishedMaterial(curator, Json.createObjectBuilder(draft.apply("Solo español", new String[] {"es"}))
                .remove("emphasisPrograms").build());
        String complete = ContentFixtures.publishedMaterial(curator, draft.apply("Complete", new String[] {"en", "es"}));
        String unpublished = require(partner.post("api/materials", draft.apply("Draft", new String[] {"en"})), 201).getString("id");

        JsonObject gaps = require(curator.get("api/reports/translation-gaps"), 200);
        assertThat(ids(gaps.getJsonArray("missingSpanish"), allianceId)).containsExactly(englishOnly);
        assertThat(ids(gaps.getJsonArray("missingEnglish"), allianceId)).containsExactly(spanishOnly);
        assertThat(ids(gaps.getJsonArray("outdated"), allianceId)).containsExactly(outdated);
        JsonObject outdatedItem = gaps.getJsonArray("outdated").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("materialId").equals(outdated)).findFirst().orElseThrow();
        assertThat(outdatedItem.getString("title")).isEqualTo("Outdated en, revised");
        assertThat(outdatedItem.getString("allianceName")).isEqualTo("Reports alliance " + u);
        assertThat(outdatedItem.getJsonArray("outdatedLanguages").getString(0)).isEqualTo("es");
        assertThat(gaps.toString()).doesNotContain(complete).doesNotContain(unpublished);
        assertThat(counts(gaps.getJsonArray("byAlliance"), allianceId)).isEqualTo("1/1/1");
        assertThat(counts(gaps.getJsonArray("byProgram"), code)).as("the Spanish-only one supports no program").isEqualTo("1/0/1");

        // this fiscal year: the materials, a training, an event starting within it, outreach; last year's outreach apart
        org.alliancehub.domain.model.shared.FiscalYear year = org.alliancehub.domain.model.shared.FiscalYear.containing(
                java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        ContentFixtures.publishedTraining(curator, Json.createObjectBuilder().add("allianceId", allianceId).add("title", "Heat training " + u)
                .add("format", "ONLINE").add("languages", Json.createArrayBuilder().add("en")).build());
        ContentFixtures.publishedEvent(curator, Json.createObjectBuilder().add("allianceId", allianceId).add("kind", "SEMINAR")
                .add("title", "Heat seminar " + u).add("startsLocal", year.lastDay() + "T09:00").add("endsLocal", year.lastDay() + "T12:00")
                .add("timeZone", "America/New_York").add("place", "Albany, NY").add("languages", Json.createArrayBuilder().add("en")).build());
        require(partner.post("api/outreach-activities", outreach(allianceId, "DISSEMINATION", today, 120, "Fact sheets")), 201);
        require(partner.post("api/outreach-activities", outreach(allianceId, "DISSEMINATION", year.firstDay().toString(), 30, "Mailing")), 201);
        require(partner.post("api/outreach-activities", outreach(allianceId, "SPEECH_OR_EXHIBIT", today, 50, "Booth")), 201);
        require(partner.post("api/outreach-activities", outreach(allianceId, "DISSEMINATION",
                year.firstDay().minusDays(1).toString(), 999, "Last year's")), 201);

        JsonObject annual = require(curator.get("api/reports/annual-activity?fiscalYear=" + year.year()), 200);
        assertThat(annual.getInt("fiscalYear")).isEqualTo(year.year());
        assertThat(annual.getString("from")).isEqualTo(year.firstDay().toString());
        assertThat(annual.getString("to")).isEqualTo(year.lastDay().toString());
        JsonObject figures = allianceFigures(annual, allianceId);
        assertThat(figures.getInt("materialsPublished")).isEqualTo(4);
        assertThat(figures.getInt("materialsUpdated")).isZero();
        assertThat(figures.getInt("trainings")).isEqualTo(1);
        assertThat(figures.getInt("events")).isEqualTo(1);
        assertThat(figures.getInt("outreachActivities")).isEqualTo(3);
        assertThat(figures.getInt("peopleReached")).isEqualTo(200);
        assertThat(figures.getJsonArray("outreach").stream().map(JsonValue::asJsonObject)
                .map(o -> o.getString("kind") + "=" + o.getInt("activities") + "/" + o.getInt("peopleReached")))
                .containsExactly("DISSEMINATION=2/150", "SPEECH_OR_EXHIBIT=1/50", "TRAINING_DELIVERED=0/0", "AGENCY_MATERIAL_REVIEW=0/0");
        JsonObject program = annual.getJsonObject("program");
        assertThat(program.getInt("materialsPublished")).isGreaterThanOrEqualTo(4);
        assertThat(program.getInt("peopleReached")).isGreaterThanOrEqualTo(200);
        assertThat(program.getInt("outreachActivities")).as("the sum of the alliances'").isEqualTo(annual.getJsonArray("alliances").stream()
                .mapToInt(a -> a.asJsonObject().getJsonObject("figures").getInt("outreachActivities")).sum());
        assertThat(require(curator.get("api/reports/annual-activity"), 200).getInt("fiscalYear")).as("the current one by default")
                .isEqualTo(year.year());
        JsonObject before = allianceFigures(require(admin.get("api/reports/annual-activity?fiscalYear=" + (year.year() - 1)), 200), allianceId);
        assertThat(before.getInt("peopleReached")).isEqualTo(999);
        assertThat(before.getInt("materialsPublished")).isZero();

        JsonObject dashboard = require(curator.get("api/reports/program-dashboard?from=" + today + "&to=" + today), 200);
        String month = today.substring(0, 7);
        assertThat(dashboard.getJsonArray("publishedPerMonth").stream().map(JsonValue::asJsonObject)
                .map(m -> m.getString("month") + " " + m.getString("agency"))).containsExactly(month + " OSHA", month + " MSHA");
        assertThat(dashboard.getJsonArray("publishedPerMonth").getJsonObject(0).getInt("published")).isGreaterThanOrEqualTo(4);
        assertThat(dashboard.getJsonArray("languages").stream().map(l -> l.asJsonObject().getString("language"))).contains("en", "es");
        assertThat(dashboard.getJsonArray("languages").stream().mapToDouble(l -> l.asJsonObject().getJsonNumber("percent").doubleValue())
                .sum()).isBetween(99.5, 100.5);
        JsonObject turnaround = dashboard.getJsonObject("turnaround");
        assertThat(turnaround.getInt("materials")).isGreaterThanOrEqualTo(4);
        assertThat(turnaround.getJsonNumber("medianDays").doubleValue()).isBetween(0.0, 1.0);
        assertThat(turnaround.getJsonNumber("p90Days").doubleValue()).isGreaterThanOrEqualTo(turnaround.getJsonNumber("medianDays").doubleValue());
        JsonObject lastYear = require(curator.get("api/reports/program-dashboard"), 200);
        assertThat(lastYear.getJsonArray("publishedPerMonth")).as("twelve months by default, two agencies each").hasSize(24);

        // staff only; bad parameters are 400 problems naming them
        assertThat(partner.get("api/reports/translation-gaps").status()).isEqualTo(403);
        assertThat(partner.get("api/reports/annual-activity").status()).isEqualTo(403);
        assertThat(anonymous.get("api/reports/program-dashboard").status()).isEqualTo(401);
        for (String bad : new String[] {"annual-activity?fiscalYear=soon", "annual-activity?fiscalYear=1800",
                "program-dashboard?from=yesterday", "program-dashboard?from=2026-05-02&to=2026-05-01",
                "program-dashboard?from=2000-01-01&to=2026-01-01"}) {
            Reply refused = curator.get("api/reports/" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getString("field")).isIn("fiscalYear", "from");
        }
    }

    private static java.util.List<String> ids(JsonArray items, String allianceId) {
        return items.stream().map(JsonValue::asJsonObject).filter(i -> i.getString("allianceId").equals(allianceId))
                .map(i -> i.getString("materialId")).toList();
    }

    private static String counts(JsonArray counts, String key) {
        JsonObject c = counts.stream().map(JsonValue::asJsonObject).filter(i -> i.getString("key").equals(key)).findFirst().orElseThrow();
        return c.getInt("missingSpanish") + "/" + c.getInt("missingEnglish") + "/" + c.getInt("outdated");
    }

    private static JsonObject allianceFigures(JsonObject annual, String allianceId) {
        return annual.getJsonArray("alliances").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("allianceId").equals(allianceId)).findFirst().orElseThrow().getJsonObject("figures");
    }
}
