package se.finsam.sus.behorighet;

/** A user offered in a picker: user name and display name. */
public record AnvandarVal(String anvandarnamn, String namn) {}
