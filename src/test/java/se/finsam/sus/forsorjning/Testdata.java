package se.finsam.sus.forsorjning;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;

/** Shared fixtures for the försörjningsmått tests: every test starts from empty tables. */
final class Testdata {

    private Testdata() {}

    static void tom(JdbcTemplate jdbc) {
        for (String t : new String[] {
            "forsorjning_utbetalning",
            "forsorjning_befolkning",
            "forsorjning_helarsekvivalent",
            "forsorjning_import",
            "forsorjning_summa"
        }) {
            jdbc.update("delete from " + t);
        }
        if (jdbc.queryForObject("select count(*) from stadsdel where kod = '0180-01'", Integer.class) == 0) {
            jdbc.update("insert into stadsdel (kod, namn, kommun_kod) values ('0180-01', 'Teststadsdel', '0180')");
        }
    }

    static ByteArrayInputStream fil(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
