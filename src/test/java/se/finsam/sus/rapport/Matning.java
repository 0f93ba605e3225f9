package se.finsam.sus.rapport;

import java.util.Arrays;

/**
 * The report benchmarks' timing: {@code upprepningar} calls after one warm-up; prints median, p90 and max with the
 * label padded to {@code textbredd} and the figures to {@code talbredd} characters.
 */
record Matning(int upprepningar, int textbredd, int talbredd) {

    /** Times {@code anrop} and prints one BENCH line; returns the median in microseconds. */
    long mat(String vad, Runnable anrop) {
        anrop.run();
        long[] tider = new long[upprepningar];
        for (int n = 0; n < upprepningar; n++) {
            long t = System.nanoTime();
            anrop.run();
            tider[n] = System.nanoTime() - t;
        }
        Arrays.sort(tider);
        String tal = "%" + talbredd + ".1f ms";
        System.out.printf(
                "BENCH %-" + textbredd + "s median " + tal + "  p90 " + tal + "  max " + tal + "%n",
                vad,
                tider[upprepningar / 2] / 1e6,
                tider[Math.min(upprepningar - 1, upprepningar * 9 / 10)] / 1e6,
                tider[upprepningar - 1] / 1e6);
        return tider[upprepningar / 2] / 1000;
    }
}
