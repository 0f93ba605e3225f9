package se.finsam.sus.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that tests can move time (e.g. uppdrag end dates, lockouts). */
@Configuration
public class TimeConfig {

    /** Dates the users see and enter (uppdrag start and end, periods) are Swedish calendar dates. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Bean
    Clock clock() {
        return Clock.system(SWEDEN);
    }
}
