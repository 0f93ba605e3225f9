package se.finsam.sus.deltagare;

import java.time.LocalDate;
import java.time.Period;

/** Age band at entry, computed from the birth date in the identity number; reports group by it. */
public enum Aldersgrupp {
    UNDER_16(0, 15),
    AR_16_19(16, 19),
    AR_20_24(20, 24),
    AR_25_29(25, 29),
    AR_30_39(30, 39),
    AR_40_49(40, 49),
    AR_50_59(50, 59),
    AR_60_64(60, 64),
    AR_65_ELLER_MER(65, Integer.MAX_VALUE);

    private final int fran;
    private final int till;

    Aldersgrupp(int fran, int till) {
        this.fran = fran;
        this.till = till;
    }

    public static Aldersgrupp vid(LocalDate fodelsedatum, LocalDate dag) {
        int alder = Period.between(fodelsedatum, dag).getYears();
        for (Aldersgrupp grupp : values()) {
            if (alder >= grupp.fran && alder <= grupp.till) {
                return grupp;
            }
        }
        return UNDER_16;
    }
}
