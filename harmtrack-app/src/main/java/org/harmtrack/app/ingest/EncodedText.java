package org.harmtrack.app.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text as input files hold it: UTF-8 by default, a byte-order mark honoured (UTF-8, UTF-16 LE or BE) and left
 * out of the text, bytes that are not valid in the encoding refused rather than silently replaced. Stateless
 * helpers, and a line reader for JSON Lines; a {@link Lines} is not thread-safe.
 */
final class EncodedText {
    private EncodedText() {
    }

    /** The charset a byte-order mark at the start of {@code head} names, or null when there is none. */
    static Charset bomCharset(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Whether the bytes open with a UTF-16 byte-order mark (such text is full of NUL bytes, yet text). */
    static boolean isUtf16(byte[] bytes) {
        Charset c = bomCharset(bytes, bytes.length);
        return c == StandardCharsets.UTF_16LE || c == StandardCharsets.UTF_16BE;
    }

    /**
     * The text of a file's bytes: in the charset of its byte-order mark (mark left out), else UTF-8.
     *
     * @throws CharacterCodingException when the bytes are not valid in that encoding
     */
    static String decode(byte[] bytes) throws CharacterCodingException {
        Charset bom = bomCharset(bytes, bytes.length);
        Charset charset = bom != null ? bom : StandardCharsets.UTF_8;
        int skip = bom == null ? 0 : bom == StandardCharsets.UTF_8 ? 3 : 2;
        return strict(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** One line of a stream: its text, or null when its bytes were not valid in the stream's encoding. */
    record Line(int number, String text) {
    }

    /**
     * The lines of a stream, in the encoding its byte-order mark names (else UTF-8). A UTF-8 line whose bytes are
     * not valid UTF-8 comes back with null text, so the caller can name it and go on; in UTF-16, invalid bytes end
     * the stream with a {@link CharacterCodingException}.
     */
    static final class Lines {
        private final BufferedInputStream bytes;
        private final BufferedReader utf16;
        private int number;

        Lines(InputStream in) throws IOException {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            buffered.mark(4);
            byte[] head = buffered.readNBytes(3);
            buffered.reset();
            Charset bom = bomCharset(head, head.length);
            buffered.skipNBytes(bom == null ? 0 : bom == StandardCharsets.UTF_8 ? 3 : 2);
            if (bom == StandardCharsets.UTF_16LE || bom == StandardCharsets.UTF_16BE) {
                utf16 = new BufferedReader(new InputStreamReader(buffered, strict(bom)), 1 << 16);
                bytes = null;
            } else {
                utf16 = null;
                bytes = buffered;
            }
        }

        /** The next line, or null at the end of the stream. */
        Line next() throws IOException {
            if (utf16 != null) {
                String line = utf16.readLine();
                return line == null ? null : new Line(++number, line);
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = bytes.read()) >= 0 && b != '\n') {
                line.write(b);
            }
            if (b < 0 && line.size() == 0) {
                return null;
            }
            byte[] raw = line.toByteArray();
            int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
            try {
                return new Line(++number, strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(raw, 0, length))
                        .toString());
            } catch (CharacterCodingException e) {
                return new Line(number, null);
            }
        }
    }
}
