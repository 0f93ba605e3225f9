package se.finsam.sus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.finsam.sus.DatabaseTest;

class AuditServiceTest extends DatabaseTest {

    @Autowired
    AuditService audit;

    @Test
    @WithMockUser(roles = "SYSTEMADMINISTRATOR")
    void writesAndFindsRowsByUserAndAction() {
        String namn = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        audit.registrera(AuditHandelse.av(namn, AuditAtgard.ATKOMST_NEKAD).om("Insats", "17").fran("127.0.0.1"));
        AuditFilter filter = new AuditFilter(null, null, namn, AuditAtgard.ATKOMST_NEKAD);
        assertThat(audit.rakna(filter)).isEqualTo(1);
        AuditRad rad = audit.sok(filter, PageRequest.of(0, 10)).findFirst().orElseThrow();
        assertThat(rad.objekttyp()).isEqualTo("Insats");
        assertThat(rad.objektId()).isEqualTo("17");
        assertThat(rad.adress()).isEqualTo("127.0.0.1");
        assertThat(audit.rakna(new AuditFilter(null, null, namn, AuditAtgard.KONTO_LAST))).isZero();
    }

    @Test
    @WithMockUser(roles = "RAPPORTLASARE")
    void onlySystemAdministratorsReadTheLog() {
        assertThatThrownBy(() -> audit.rakna(AuditFilter.ALLA)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
