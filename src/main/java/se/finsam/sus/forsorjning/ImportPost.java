package se.finsam.sus.forsorjning;

import java.time.Instant;

/** One row of the import history: who imported which file when, the counts and the file's SHA-256. */
public record ImportPost(
        long id,
        Instant tidpunkt,
        String anvandare,
        Filtyp filtyp,
        String filnamn,
        String checksumma,
        boolean lyckad,
        long antalRader,
        long nya,
        long ersatta,
        long oforandrade,
        long antalFel) {}
