package se.finsam.sus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.base.HittadesInteException;

class AuditServiceTest extends DatabaseTest {

    @Autowired
    AuditService audit;

    @Test
    @WithMockUser(roles = "SYSTEMADMINISTRATOR")
    void writesAndFindsRowsByUserAndAction() {
        String namn = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        audit.registrera(AuditHandelse.av(namn, AuditAtgard.ATKOMST_NEKAD)
                .om("Insats", "17")
                .fran("127.0.0.1"));
        AuditFilter filter = new AuditFilter(null, null, namn, AuditAtgard.ATKOMST_NEKAD);
        assertThat(audit.rakna(filter)).isEqualTo(1);
        AuditRad rad = audit.sok(filter, PageRequest.of(0, 10)).findFirst().orElseThrow();
        assertThat(rad.objekttyp()).isEqualTo("Insats");
        assertThat(rad.objektId()).isEqualTo("17");
        assertThat(rad.adress()).isEqualTo("127.0.0.1");
        assertThat(audit.rakna(new AuditFilter(null, null, namn, AuditAtgard.KONTO_LAST)))
                .isZero();
    }

    @Test
    @WithMockUser(username = "granskare", roles = "SYSTEMADMINISTRATOR")
    void exportsMatchingRowsAsCsvAcrossPagesAndAuditsTheExport() throws Exception {
        String namn = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 1005; i++) {
            audit.registrera(AuditHandelse.av(namn, AuditAtgard.ATKOMST_NEKAD).om("Insats", String.valueOf(i)));
        }
        audit.registrera(AuditHandelse.av(namn, AuditAtgard.KONTO_LAST).med("semikolon; och \"citat\""));
        java.io.StringWriter ut = new java.io.StringWriter();
        audit.exporteraCsv(new AuditFilter(null, null, namn, null), ut);
        assertThat(ut.toString())
                .as("for a spreadsheet: BOM, CRLF")
                .startsWith("\uFEFF")
                .contains("\r\n");
        java.util.List<String> rader = ut.toString().substring(1).lines().toList();
        assertThat(rader.getFirst()).isEqualTo("tidpunkt;anvandare;atgard;objekttyp;objekt_id;adress;detaljer");
        assertThat(rader).hasSize(1 + 1006);
        assertThat(rader).anyMatch(r -> r.endsWith(";KONTO_LAST;;;;\"semikolon; och \"\"citat\"\"\""));
        assertThat(audit.rakna(new AuditFilter(null, null, "granskare", AuditAtgard.LOGG_EXPORTERAD)))
                .isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "SYSTEMADMINISTRATOR")
    void filtersByRecordType() {
        String namn = "typ-" + UUID.randomUUID().toString().substring(0, 8);
        audit.registrera(AuditHandelse.av(namn, AuditAtgard.ATKOMST_NEKAD).om("Insats", "1"));
        audit.registrera(AuditHandelse.av(namn, AuditAtgard.ATKOMST_NEKAD).om("Samverkansorganisation", "2"));
        assertThat(audit.sok(new AuditFilter(null, null, namn, null, "insats"), PageRequest.of(0, 10)))
                .extracting(AuditRad::objektId)
                .containsExactly("1");
        assertThat(audit.rakna(new AuditFilter(null, null, namn, null, null))).isEqualTo(2);
    }

    @Test
    @WithMockUser(roles = "SYSTEMADMINISTRATOR")
    void identityNumbersTypedByUsersAreMaskedBeforeTheRowIsWritten() throws Exception {
        String namn = "pnr-" + UUID.randomUUID().toString().substring(0, 8);
        // Someone types a (fake) personnummer as user name at login, or into a free-text name.
        audit.registrera(AuditHandelse.av(namn + " 19121212-1212", AuditAtgard.INLOGGNING_MISSLYCKADES)
                .med("finansiärer: Kalle 191212121212 och 121272+1212, org 222000-1234, belopp 1500000.00"));
        AuditRad rad = audit.sok(new AuditFilter(null, null, namn, null), PageRequest.of(0, 10))
                .findFirst()
                .orElseThrow();
        assertThat(rad.anvandare()).isEqualTo(namn + " ********-****");
        assertThat(rad.detaljer())
                .isEqualTo("finansiärer: Kalle ********-**** och ********-****, org 222000-1234, belopp 1500000.00");
        java.io.StringWriter ut = new java.io.StringWriter();
        audit.exporteraCsv(new AuditFilter(null, null, namn, null), ut);
        assertThat(ut.toString()).doesNotContain("1212121212", "19121212-1212", "121272+1212");
    }

    @Test
    @WithMockUser(roles = "RAPPORTLASARE")
    void onlySystemAdministratorsReadTheLog() {
        assertThatThrownBy(() -> audit.rakna(AuditFilter.ALLA)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "aktoren", roles = "SYSTEMADMINISTRATOR")
    void anEventWithoutActorIsWrittenAsTheLoggedInUser() {
        String typ = "Aktor-" + UUID.randomUUID().toString().substring(0, 8);
        audit.registrera(AuditHandelse.av(AuditAtgard.ANVANDARE_ANDRAD).om(typ, "1"));
        audit.registrera(
                AuditHandelse.av("namngiven", AuditAtgard.ANVANDARE_ANDRAD).om(typ, "2"));
        assertThat(audit.sok(new AuditFilter(null, null, null, null, typ), PageRequest.of(0, 10)))
                .extracting(AuditRad::objektId, AuditRad::anvandare)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("1", "aktoren"),
                        org.assertj.core.groups.Tuple.tuple("2", "namngiven"));
    }

    @Test
    @WithMockUser(username = "nekade", roles = "SYSTEMADMINISTRATOR")
    void aRefusalIsAuditedOnceAndSurvivesTheCallersRollback() {
        String typ = "Nekad-" + UUID.randomUUID().toString().substring(0, 8);
        HittadesInteException[] svar = new HittadesInteException[2];
        new TransactionTemplate(transaktioner).executeWithoutResult(status -> {
            svar[0] = audit.nekad(typ, 7, "läsa");
            svar[1] = audit.nekad(typ, 8, "ändra", "10.0.0.1");
            status.setRollbackOnly();
        });
        assertThat(svar[0]).hasMessage(typ + " 7 hittades inte");
        assertThat(audit.sok(
                        new AuditFilter(null, null, "nekade", AuditAtgard.ATKOMST_NEKAD, typ), PageRequest.of(0, 10)))
                .extracting(AuditRad::objektId, AuditRad::detaljer, AuditRad::adress)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("7", "läsa", null),
                        org.assertj.core.groups.Tuple.tuple("8", "ändra", "10.0.0.1"));
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transaktioner;
}
