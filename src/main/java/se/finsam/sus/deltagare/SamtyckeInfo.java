package se.finsam.sus.deltagare;

import java.time.LocalDate;
import java.util.Set;

/** Recorded consent as shown: who recorded it, and when it was withdrawn (null while in force). */
public record SamtyckeInfo(
        LocalDate datum,
        Set<Myndighet> informationsutbyte,
        boolean registrering,
        String registreratAv,
        LocalDate aterkallat) {}
