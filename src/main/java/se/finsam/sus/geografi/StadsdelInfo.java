package se.finsam.sus.geografi;

/** A stadsdel: code {@code KKKK-NN}, name and the code of its kommun. */
public record StadsdelInfo(String kod, String namn, String kommunKod) {}
