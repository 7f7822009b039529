package org.turath.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A response whose writer turns text into UTF-8 bytes with {@link String#getBytes}, a tight loop the JDK optimises,
 * instead of the container's character encoder: a page is written as one string of 20 to 60 KB, most of it Arabic
 * or French outside ASCII, which the encoder takes one character at a time (a tenth of a page's CPU, measured). Only
 * for UTF-8 (every page of the portal); any other charset gets the container's writer.
 */
final class Utf8Writing extends HttpServletResponseWrapper {

    private PrintWriter writer;

    Utf8Writing(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer != null) {
            return writer;
        }
        if (!StandardCharsets.UTF_8.name().equalsIgnoreCase(getCharacterEncoding())) {
            return super.getWriter();
        }
        writer = new PrintWriter(new BytesWriter(getOutputStream()), false);
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }

    /**
     * Text to UTF-8 bytes, a string at a time; what it is given is written at once (the page is already whole). A
     * character outside the basic plane whose two halves come in two writes is held until its second half comes.
     */
    private static final class BytesWriter extends Writer {

        private final ServletOutputStream out;
        /** The first half of a pair the last write ended with, or 0. */
        private char pending;

        BytesWriter(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            String part = offset == 0 && length == text.length() ? text : text.substring(offset, offset + length);
            if (pending != 0) {
                part = pending + part;
                pending = 0;
            }
            char last = part.charAt(part.length() - 1);
            if (Character.isHighSurrogate(last)) {
                pending = last;
                part = part.substring(0, part.length() - 1);
            }
            out.write(part.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            write(new String(chars, offset, length));
        }

        @Override
        public void write(int c) throws IOException {
            write(String.valueOf((char) c));
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (pending != 0) {
                // a half with no second half: written as the JDK writes it (a question mark)
                out.write(String.valueOf(pending).getBytes(StandardCharsets.UTF_8));
                pending = 0;
            }
            out.close();
        }
    }
}
