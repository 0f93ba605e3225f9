package se.finsam.sus.behorighet;

import se.finsam.sus.base.Roll;

/** The overview's filters; each null (or blank) for none. */
public record UppdragFilter(String namn, Roll roll, UppdragStatus status) {

    public static final UppdragFilter ALLA = new UppdragFilter(null, null, null);
}
