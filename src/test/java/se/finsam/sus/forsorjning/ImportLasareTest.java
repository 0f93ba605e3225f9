package se.finsam.sus.forsorjning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImportLasareTest {

    private static final String RUBRIK = String.join(";", Filtyp.BEFOLKNING.rubriker()) + "\n";

    @Test
    void aLineLongerThanTheLimitIsRefusedWithoutBeingReadWhole() throws IOException {
        // Header, then a line without end: far more than the line limit, never ending.
        InputStream utanRadbrytning = new SequenceInputStream(
                new ByteArrayInputStream(RUBRIK.getBytes(StandardCharsets.UTF_8)), new Oandlig(Long.MAX_VALUE));
        ImportLasare lasare = lasare(1024 * 1024);
        lasare.las(utanRadbrytning, OutputStream.nullOutputStream());

        assertThat(lasare.fel()).isNotEmpty();
        ImportFel fel = lasare.fel().getFirst();
        assertThat(fel.rad()).isEqualTo(2);
        assertThat(fel.nyckel()).isEqualTo("import.kontroll.for-lang-rad");
        assertThat(fel.meddelande()).contains("rad 2").containsPattern("10\\D?000");
        assertThat(lasare.skrivna()).isZero();
    }

    @Test
    void aFileLargerThanTheLimitIsRefused() throws IOException {
        String rader = RUBRIK
                + IntStream.range(0, 200)
                        .mapToObj(i -> "2020;" + (1000 + i) + ";1000\n")
                        .collect(Collectors.joining());
        ImportLasare lasare = lasare(1024);
        lasare.las(new ByteArrayInputStream(rader.getBytes(StandardCharsets.UTF_8)), OutputStream.nullOutputStream());

        assertThat(lasare.fel()).extracting(ImportFel::nyckel).containsExactly("import.kontroll.for-stor");
        assertThat(lasare.fel().getFirst().meddelande()).contains("för stor");

        ImportLasare inomGransen = lasare(1024 * 1024);
        inomGransen.las(
                new ByteArrayInputStream(rader.getBytes(StandardCharsets.UTF_8)), OutputStream.nullOutputStream());
        assertThat(inomGransen.fel()).isEmpty();
        assertThat(inomGransen.skrivna()).isEqualTo(200);
    }

    private static ImportLasare lasare(long maxStorlek) {
        return new ImportLasare(Filtyp.BEFOLKNING, kontroll(), false, maxStorlek);
    }

    private static Radkontroll kontroll() {
        return new Radkontroll(
                Filtyp.BEFOLKNING,
                ';',
                IntStream.range(1000, 1200).mapToObj(String::valueOf).collect(Collectors.toSet()),
                Set.of(),
                Set.of("01"));
    }

    /** {@code antal} bytes of 'a', made as they are read (never all in memory). */
    static final class Oandlig extends InputStream {
        private long kvar;

        Oandlig(long antal) {
            this.kvar = antal;
        }

        @Override
        public int read() {
            if (kvar <= 0) {
                return -1;
            }
            kvar--;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (kvar <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, kvar);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            kvar -= n;
            return n;
        }
    }
}
