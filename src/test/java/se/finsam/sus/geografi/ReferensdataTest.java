package se.finsam.sus.geografi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.finsam.sus.DatabaseTest;
import se.finsam.sus.TestDatabase;

/** All migrations run on the test database (MariaDB in CI) and the SCB reference data is there. */
class ReferensdataTest extends DatabaseTest {

    @Autowired
    GeografiService geografi;

    @Autowired
    DataSource dataSource;

    @Test
    void migrationsRanOnTheExpectedDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualTo(TestDatabase.isMariaDb() ? "MariaDB" : "H2");
        }
    }

    @Test
    void has21LanAnd290KommunerWithConsistentCodes() {
        List<LanInfo> lan = geografi.allaLan();
        List<KommunInfo> kommuner = geografi.allaKommuner();
        assertThat(lan).hasSize(21);
        assertThat(kommuner).hasSize(290);
        assertThat(lan).allSatisfy(l -> assertThat(l.kod()).matches("\\d{2}"));
        assertThat(kommuner).allSatisfy(k -> {
            assertThat(k.kod()).matches("\\d{4}");
            assertThat(k.kod()).startsWith(k.lanKod());
        });
        assertThat(lan.stream().map(LanInfo::kod)).contains("01", "12", "14", "25");
    }

    @Test
    void knownPairsMatchScb() {
        Map<String, String> namn =
                geografi.allaKommuner().stream().collect(Collectors.toMap(KommunInfo::kod, KommunInfo::namn));
        assertThat(namn)
                .containsEntry("0180", "Stockholm")
                .containsEntry("1480", "Göteborg")
                .containsEntry("1280", "Malmö")
                .containsEntry("2580", "Luleå")
                .containsEntry("0380", "Uppsala")
                .containsEntry("2584", "Kiruna");
        Map<String, String> lan = geografi.allaLan().stream().collect(Collectors.toMap(LanInfo::kod, LanInfo::namn));
        assertThat(lan).containsEntry("01", "Stockholms län").containsEntry("25", "Norrbottens län");
        assertThat(geografi.kommunerI("25")).hasSize(14);
    }

    @Test
    void stadsdelarOfStockholmGoteborgAndMalmoWithTheProjectsOwnCodes() {
        List<StadsdelInfo> stadsdelar = geografi.allaStadsdelar();
        assertThat(stadsdelar).allSatisfy(s -> assertThat(s.kod()).matches(s.kommunKod() + "-\\d{2}"));
        Map<String, Long> perKommun =
                stadsdelar.stream().collect(Collectors.groupingBy(StadsdelInfo::kommunKod, Collectors.counting()));
        assertThat(perKommun)
                .containsEntry("0180", 13L)
                .containsEntry("1480", 10L)
                .containsEntry("1280", 5L);
        assertThat(geografi.stadsdel("1480-02")).map(StadsdelInfo::namn).contains("Östra Göteborg");
        assertThat(geografi.stadsdel("0180-12")).map(StadsdelInfo::namn).contains("Hägersten-Älvsjö");
        assertThat(geografi.stadsdel("1280-05")).map(StadsdelInfo::namn).contains("Öster");
    }
}
