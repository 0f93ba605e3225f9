package se.finsam.sus.forsorjning;

import java.util.List;

/** The försörjningsmått of an area: one value per quarter of the range, in order. */
public record Matt(Omrade omrade, List<KvartalsVarde> varden) {}
