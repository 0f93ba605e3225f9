package se.finsam.sus.forsorjning;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A pipe from one thread to another in large chunks (the JDK's piped streams hand over a kilobyte at a time): the
 * import's validating reader writes, the database load reads. Either side can give up: {@link #avbryt()} makes
 * the writer fail instead of waiting for a reader that has stopped.
 */
final class Ror {

    private static final int BIT = 1 << 18;
    private static final byte[] SLUT = new byte[0];

    private final BlockingQueue<byte[]> ko = new ArrayBlockingQueue<>(8);
    private volatile boolean avbrutet;

    /** The writing end; closing it ends the stream. */
    final OutputStream ut = new OutputStream() {
        private byte[] bit = new byte[BIT];
        private int n;
        private boolean stangd;

        @Override
        public void write(int b) throws IOException {
            if (n == bit.length) {
                skicka();
            }
            bit[n++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (n == bit.length) {
                    skicka();
                }
                int k = Math.min(len, bit.length - n);
                System.arraycopy(b, off, bit, n, k);
                n += k;
                off += k;
                len -= k;
            }
        }

        private void skicka() throws IOException {
            lagg(java.util.Arrays.copyOf(bit, n));
            n = 0;
        }

        @Override
        public void close() throws IOException {
            if (!stangd) {
                stangd = true;
                if (n > 0) {
                    skicka();
                }
                lagg(SLUT);
            }
        }
    };

    /** The reading end. */
    final InputStream in = new InputStream() {
        private byte[] bit = new byte[0];
        private int pos;
        private boolean slut;

        @Override
        public int read() throws IOException {
            byte[] en = new byte[1];
            return read(en, 0, 1) < 0 ? -1 : en[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (pos == bit.length) {
                if (slut) {
                    return -1;
                }
                bit = ta();
                pos = 0;
                slut = bit.length == 0;
            }
            int k = Math.min(len, bit.length - pos);
            System.arraycopy(bit, pos, b, off, k);
            pos += k;
            return k;
        }
    };

    /** The reader has stopped: the writer fails at its next chunk instead of waiting. */
    void avbryt() {
        avbrutet = true;
        ko.clear();
    }

    private void lagg(byte[] bit) throws IOException {
        try {
            while (!ko.offer(bit, 100, TimeUnit.MILLISECONDS)) {
                if (avbrutet) {
                    throw new IOException("läsaren har avbrutit");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    private byte[] ta() throws IOException {
        try {
            return ko.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }
}
