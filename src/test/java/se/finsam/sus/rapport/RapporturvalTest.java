package se.finsam.sus.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.finsam.sus.deltagare.Forsorjningskalla;
import se.finsam.sus.organisation.Inriktning;

class RapporturvalTest {

    private static final Period I_AR = Period.ar(2026);

    private static Map<String, List<String>> fraga(String... parvis) {
        java.util.LinkedHashMap<String, List<String>> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parvis.length; i += 2) {
            m.put(parvis[i], List.of(parvis[i + 1]));
        }
        return m;
    }

    @Test
    void periodsCoverTheirWholeDays() {
        assertThat(Period.tolka("2025")).isEqualTo(Period.ar(2025));
        assertThat(Period.tolka("2025-T2").fran()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(Period.tolka("2025-T2").till()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(Period.tolka("2025-K1").till()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(Period.tolka("2024-02").till()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.tolka("2025-01-15..2025-06-30").typ()).isEqualTo(Period.Typ.FRITT);
        assertThat(Period.tolka("2025-K3").foregaendeAr()).isEqualTo(Period.kvartal(2024, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025", "2025-T3", "2025-K4", "2025-12", "2025-01-15..2025-06-30"})
    void aPeriodRoundTripsThroughItsText(String text) {
        assertThat(Period.tolka(text).text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"25", "2025-T4", "2025-K5", "2025-13", "2025-06-30..2025-01-01", "2025-02-30..2025-03-01", ""})
    void aMalformedPeriodIsRefused(String text) {
        assertThatThrownBy(() -> Period.tolka(text)).isInstanceOf(Urvalsfel.class);
    }

    @Test
    void aSelectionRoundTripsThroughTheUrlQuery() {
        Rapporturval urval = new Rapporturval(
                Period.kvartal(2025, 2),
                Enhet.forbund(12),
                null,
                Inriktning.INDIVIDINRIKTAD,
                null,
                true,
                true,
                Forsorjningskalla.SJUKPENNING);
        Map<String, List<String>> fraga = urval.parametrar().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
        assertThat(Rapporturval.tolka(fraga, I_AR, Enhet.RIKET)).isEqualTo(urval);
        assertThat(urval.beskrivning())
                .isEqualTo(
                        "period=2025-K2&enhet=forbund-12&inriktning=INDIVIDINRIKTAD&kon=ja&jamfor=ja&kalla=SJUKPENNING");
    }

    @Test
    void theMarkSpringSecurityAddsAfterTheLoginIsNotPartOfTheSelection() {
        Map<String, List<String>> fraga = new java.util.LinkedHashMap<>(fraga("period", "2025", "enhet", "riket"));
        fraga.put("continue", List.of(""));
        assertThat(Rapporturval.tolka(fraga, I_AR, Enhet.lan("01")))
                .isEqualTo(Rapporturval.av(Period.ar(2025), Enhet.RIKET));
    }

    @Test
    void missingPeriodAndUnitTakeTheDefaults() {
        assertThat(Rapporturval.tolka(Map.of(), I_AR, Enhet.lan("01")))
                .isEqualTo(Rapporturval.av(I_AR, Enhet.lan("01")));
    }

    @Test
    void unknownParametersAndValuesAreRefusedNeverIgnored() {
        assertThatThrownBy(() -> Rapporturval.tolka(fraga("perod", "2025"), I_AR, Enhet.RIKET))
                .isInstanceOf(Urvalsfel.class)
                .hasMessageContaining("okand-parameter");
        assertThatThrownBy(() -> Rapporturval.tolka(fraga("enhet", "kommun-0180"), I_AR, Enhet.RIKET))
                .isInstanceOf(Urvalsfel.class);
        assertThatThrownBy(() -> Rapporturval.tolka(fraga("inriktning", "BLANDAD"), I_AR, Enhet.RIKET))
                .isInstanceOf(Urvalsfel.class);
        assertThatThrownBy(() -> Rapporturval.tolka(fraga("kon", "kanske"), I_AR, Enhet.RIKET))
                .isInstanceOf(Urvalsfel.class);
        assertThatThrownBy(() -> Rapporturval.tolka(Map.of("period", List.of("2025", "2024")), I_AR, Enhet.RIKET))
                .isInstanceOf(Urvalsfel.class);
    }
}
