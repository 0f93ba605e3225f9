package se.finsam.sus.forsorjning;

import java.util.Arrays;

/**
 * The keys seen so far in an import file, each with the line it was first seen on: an open-addressing hash table of
 * primitive longs, so that five million keys take about 100 MB rather than the gigabyte a HashMap would.
 */
final class Nyckelminne {

    private static final long TOM = Long.MIN_VALUE;

    private long[] nycklar = new long[1 << 12];
    private int[] rader = new int[1 << 12];
    private int antal;

    Nyckelminne() {
        Arrays.fill(nycklar, TOM);
    }

    /** Remembers the key on the line; returns the line it was first seen on, or 0 when it is new. */
    long forstaRad(long nyckel, long rad) {
        if (antal * 10L >= nycklar.length * 6L) {
            vaxa();
        }
        int mask = nycklar.length - 1;
        for (int i = plats(nyckel, mask); ; i = (i + 1) & mask) {
            if (nycklar[i] == TOM) {
                nycklar[i] = nyckel;
                rader[i] = (int) Math.min(rad, Integer.MAX_VALUE);
                antal++;
                return 0;
            }
            if (nycklar[i] == nyckel) {
                return rader[i];
            }
        }
    }

    private static int plats(long nyckel, int mask) {
        long h = nyckel * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void vaxa() {
        long[] gamla = nycklar;
        int[] gamlaRader = rader;
        nycklar = new long[gamla.length * 2];
        rader = new int[gamla.length * 2];
        Arrays.fill(nycklar, TOM);
        int mask = nycklar.length - 1;
        for (int j = 0; j < gamla.length; j++) {
            if (gamla[j] != TOM) {
                int i = plats(gamla[j], mask);
                while (nycklar[i] != TOM) {
                    i = (i + 1) & mask;
                }
                nycklar[i] = gamla[j];
                rader[i] = gamlaRader[j];
            }
        }
    }
}
