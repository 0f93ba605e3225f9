package se.finsam.sus.base;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that tests can move time (e.g. uppdrag end dates, lockouts). */
@Configuration
public class TimeConfig {

    /** Dates the users see and enter (uppdrag start and end, periods) are Swedish calendar dates. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** A moment as the histories and the audit log show it: Swedish time to the second. */
    public static final DateTimeFormatter TIDPUNKT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SWEDEN);

    @Bean
    Clock clock() {
        return Clock.system(SWEDEN);
    }
}
