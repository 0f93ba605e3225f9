package se.finsam.sus.geografi;

/** A län: SCB code and name. */
public record LanInfo(String kod, String namn) {}
