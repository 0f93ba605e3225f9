package se.finsam.sus.geografi;

/** A kommun: SCB code, official short name and län code. */
public record KommunInfo(String kod, String namn, String lanKod) {}
