package se.finsam.sus.forsorjning;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Bounded reading of an import file, so that neither a huge upload nor a file without line breaks can exhaust
 * memory: a stream that stops after a number of bytes, and a line reader that stops after a number of characters.
 */
final class BegransadLasning {

    private BegransadLasning() {}

    /** The file is larger than allowed. */
    static final class ForStorException extends IOException {
        ForStorException() {
            super("filen är för stor");
        }
    }

    /** A line is longer than allowed. */
    static final class ForLangRadException extends IOException {
        ForLangRadException() {
            super("för lång rad");
        }
    }

    /** A stream that throws {@link ForStorException} once more than {@code max} bytes are read. */
    static final class Strom extends FilterInputStream {
        private final long max;
        private long lasta;

        Strom(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                rakna(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                rakna(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            rakna(s);
            return s;
        }

        private void rakna(long n) throws ForStorException {
            lasta += n;
            if (lasta > max) {
                throw new ForStorException();
            }
        }
    }

    /**
     * Lines as {@link java.io.BufferedReader#readLine} reads them (ended by \n, \r or \r\n), but a line longer than
     * {@code max} characters throws {@link ForLangRadException} as soon as the limit is passed, without reading the
     * rest of it.
     */
    static final class Rader {
        private final Reader in;
        private final int max;
        private final char[] buffer = new char[1 << 16];
        private final StringBuilder rad = new StringBuilder();
        private int pos;
        private int slut;
        private boolean efterCr;

        Rader(Reader in, int max) {
            this.in = in;
            this.max = max;
        }

        /** The next line, or null at the end of the file. */
        String rad() throws IOException {
            rad.setLength(0);
            while (true) {
                if (pos >= slut) {
                    slut = in.read(buffer, 0, buffer.length);
                    pos = 0;
                    if (slut <= 0) {
                        slut = 0;
                        return rad.isEmpty() ? null : rad.toString();
                    }
                }
                if (efterCr) {
                    efterCr = false;
                    if (buffer[pos] == '\n') {
                        pos++;
                        continue;
                    }
                }
                int start = pos;
                while (pos < slut && buffer[pos] != '\n' && buffer[pos] != '\r') {
                    pos++;
                }
                if (rad.length() + (pos - start) > max) {
                    throw new ForLangRadException();
                }
                rad.append(buffer, start, pos - start);
                if (pos < slut) {
                    efterCr = buffer[pos] == '\r';
                    pos++;
                    return rad.toString();
                }
            }
        }
    }
}
