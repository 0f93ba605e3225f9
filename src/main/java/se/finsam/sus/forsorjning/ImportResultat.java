package se.finsam.sus.forsorjning;

import java.util.List;

/**
 * The outcome of one import. When {@code lyckad} is false nothing was stored; {@code fel} holds at most the first
 * 100 errors and {@code antalFel} their total count. {@code antalRader} counts data rows (not the header).
 */
public record ImportResultat(
        Filtyp filtyp,
        String filnamn,
        boolean lyckad,
        long antalRader,
        long nya,
        long ersatta,
        long oforandrade,
        long antalFel,
        List<ImportFel> fel,
        String checksumma) {}
