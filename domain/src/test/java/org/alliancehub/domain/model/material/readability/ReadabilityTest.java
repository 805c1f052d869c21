package org.alliancehub.domain.model.material.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliancehub.domain.model.language.LanguageCode;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

    static final String PLAIN_ENGLISH = "Falls from ladders hurt many workers each year. You can stop most of them. "
            + "Pick the right ladder for the job. Check it before you climb. Look for cracks, loose steps and bent rails. "
            + "Do not use a ladder that is damaged. Set it on firm, level ground. Keep three points of contact at all times. "
            + "That means two hands and one foot, or two feet and one hand. Face the ladder when you go up or down. "
            + "Do not carry tools in your hands. Use a tool belt or a rope. Never stand on the top step. "
            + "Do not lean out to the side. Move the ladder instead. Ask your boss for help if you are not sure. "
            + "Your safety comes first. Talk with your crew about these tips today. Stay safe and go home well.";

    static final String LEGAL_ENGLISH = "Notwithstanding any other provision of this agreement, the participating "
            + "organizations acknowledge that the implementation of the aforementioned occupational safety and health "
            + "initiatives shall be undertaken in accordance with all applicable federal, state, and local statutory and "
            + "regulatory requirements, including but not limited to the recordkeeping obligations established pursuant "
            + "to the Occupational Safety and Health Act of 1970, and that nothing contained herein shall be construed as "
            + "conferring upon any participant an exemption from inspections, enforcement activities, or administrative "
            + "proceedings initiated by the Occupational Safety and Health Administration. Furthermore, the participants "
            + "represent and warrant that any informational materials, publications, or presentations developed "
            + "collaboratively under the auspices of this alliance shall be reviewed by the designated agency "
            + "representatives prior to dissemination, and that such materials shall contain the disclaimer language "
            + "specified in the applicable program directive, as amended from time to time, together with a statement "
            + "of employer responsibilities and worker rights consistent with the provisions of the Act.";

    static final String PLAIN_SPANISH = "Las caídas desde una escalera hieren a muchos trabajadores cada año. "
            + "Usted puede evitar la mayoría. Elija la escalera correcta para el trabajo. Revísela antes de subir. "
            + "Busque grietas y peldaños sueltos. No use una escalera dañada. Póngala en un piso firme y plano. "
            + "Mantenga tres puntos de contacto todo el tiempo. Son dos manos y un pie, o dos pies y una mano. "
            + "Mire hacia la escalera al subir y al bajar. No lleve herramientas en las manos. Use un cinturón o una cuerda. "
            + "Nunca se pare en el último peldaño. No se incline hacia un lado. Mueva la escalera. "
            + "Pida ayuda a su jefe si tiene dudas. Su seguridad es lo primero. Hable hoy con su equipo sobre estos consejos. "
            + "Cuídese y vuelva a casa bien.";

    static final String LEGAL_SPANISH = "Sin perjuicio de cualquier otra disposición del presente acuerdo, las "
            + "organizaciones participantes reconocen que la implementación de las mencionadas iniciativas de seguridad y "
            + "salud ocupacional deberá realizarse de conformidad con todos los requisitos legales y reglamentarios "
            + "federales, estatales y locales aplicables, incluidas, sin carácter limitativo, las obligaciones de registro "
            + "establecidas en virtud de la Ley de Seguridad y Salud Ocupacional de 1970, y que ninguna de las disposiciones "
            + "contenidas en el presente documento se interpretará en el sentido de conferir a cualquier participante una "
            + "exención de inspecciones, actividades de cumplimiento o procedimientos administrativos iniciados por la "
            + "Administración de Seguridad y Salud Ocupacional. Asimismo, los participantes declaran y garantizan que todos "
            + "los materiales informativos, publicaciones o presentaciones elaborados conjuntamente en el marco de esta "
            + "alianza serán revisados por los representantes designados de la agencia antes de su difusión.";

    @Test
    void aPlainToolboxTalkScoresBelowTheEighthGrade() {
        Readability r = Readability.of(PLAIN_ENGLISH, LanguageCode.ENGLISH).orElseThrow();
        assertThat(r.formula()).isEqualTo(ReadabilityFormula.FLESCH_KINCAID_GRADE);
        assertThat(r.words()).isEqualTo(137);
        assertThat(r.sentences()).isEqualTo(19);
        assertThat(r.score()).isLessThan(4.0);
        assertThat(r.target()).isEqualTo(8.0);
        assertThat(r.targetMet()).isTrue();
    }

    @Test
    void denseLegalTextScoresFarAboveTheEighthGrade() {
        Readability r = Readability.of(LEGAL_ENGLISH, LanguageCode.ENGLISH).orElseThrow();
        assertThat(r.sentences()).isEqualTo(2);
        assertThat(r.score()).isGreaterThan(20.0);
        assertThat(r.targetMet()).isFalse();
    }

    @Test
    void plainSpanishIsFairlyEasyOrEasierAndLegalSpanishIsNot() {
        Readability plain = Readability.of(PLAIN_SPANISH, LanguageCode.of("es-MX")).orElseThrow();
        assertThat(plain.formula()).as("by the primary language").isEqualTo(ReadabilityFormula.FERNANDEZ_HUERTA);
        assertThat(plain.target()).isEqualTo(70.0);
        assertThat(plain.score()).isGreaterThan(80.0);
        assertThat(plain.targetMet()).isTrue();

        Readability legal = Readability.of(LEGAL_SPANISH, LanguageCode.SPANISH).orElseThrow();
        assertThat(legal.score()).isLessThan(30.0);
        assertThat(legal.targetMet()).isFalse();
    }

    @Test
    void fleschKincaidIsComputedFromTheCounts() {
        // 100 words in 20 sentences, 120 syllables: 0.39 × 5 + 11.8 × 1.2 − 15.59 = 0.52
        Readability r = Readability.of("Keep three points of contact. ".repeat(20), LanguageCode.ENGLISH).orElseThrow();
        assertThat(r).isEqualTo(new Readability(ReadabilityFormula.FLESCH_KINCAID_GRADE, 0.5, 100, 20));
    }

    @Test
    void fernandezHuertaIsComputedFromTheCountsAndShorterSentencesReadEasier() {
        // 100 words, 175 syllables (u-se el cas-co siem-pre): 206.84 − 0.60 × 175 − 1.02 × 4 = 97.76
        Readability short4 = Readability.of("Use el casco siempre. ".repeat(25), LanguageCode.SPANISH).orElseThrow();
        assertThat(short4).isEqualTo(new Readability(ReadabilityFormula.FERNANDEZ_HUERTA, 97.8, 100, 25));
        // the same words in sentences of 20: 206.84 − 105 − 20.4 = 81.44
        String long20 = ("Use el casco siempre " + "use el casco siempre ".repeat(4).strip() + ". ").repeat(5);
        Readability longer = Readability.of(long20, LanguageCode.SPANISH).orElseThrow();
        assertThat(longer).isEqualTo(new Readability(ReadabilityFormula.FERNANDEZ_HUERTA, 81.4, 100, 5));
    }

    @Test
    void underAHundredWordsOrInAnotherLanguageThereIsNoScore() {
        String ninetyNine = "Work safe. ".repeat(49) + "Work.";
        assertThat(Readability.of(ninetyNine, LanguageCode.ENGLISH)).isEmpty();
        assertThat(Readability.of(ninetyNine + " Now.", LanguageCode.ENGLISH)).isPresent();
        assertThat(Readability.of(PLAIN_ENGLISH, LanguageCode.of("pt-BR"))).isEmpty();
        assertThat(Readability.of(null, LanguageCode.ENGLISH)).isEmpty();
    }

    @Test
    void theTargetIsJudgedOnTheRoundedScoreShown() {
        assertThat(new Readability(ReadabilityFormula.FLESCH_KINCAID_GRADE, 8.0, 100, 10).targetMet()).isTrue();
        assertThat(new Readability(ReadabilityFormula.FLESCH_KINCAID_GRADE, 8.1, 100, 10).targetMet()).isFalse();
        assertThat(new Readability(ReadabilityFormula.FERNANDEZ_HUERTA, 70.0, 100, 10).targetMet()).isTrue();
        assertThat(new Readability(ReadabilityFormula.FERNANDEZ_HUERTA, 69.9, 100, 10).targetMet()).isFalse();
    }
}
