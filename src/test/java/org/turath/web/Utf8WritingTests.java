package org.turath.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The page's writer: the same bytes as the JDK's UTF-8, however the text is cut into writes. */
class Utf8WritingTests {

    private static final String TEXT = "تراث العالم الإسلامي · Patrimoine \uD83D\uDD4C mosquée";

    @Test
    void textInOneWriteIsItsUtf8Bytes() throws Exception {
        MockHttpServletResponse response = utf8();
        new Utf8Writing(response).getWriter().write(TEXT);
        assertThat(response.getContentAsByteArray()).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCharacterWhoseHalvesComeInTwoWritesIsWrittenWhole() throws Exception {
        int split = TEXT.indexOf('\uD83D') + 1;
        MockHttpServletResponse response = utf8();
        PrintWriter writer = new Utf8Writing(response).getWriter();
        writer.write(TEXT.substring(0, split));
        writer.write(TEXT.substring(split, split + 3).toCharArray());
        writer.write(TEXT.substring(split + 3));
        writer.flush();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(TEXT);
    }

    @Test
    void anotherCharsetGetsTheContainersWriter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setCharacterEncoding("ISO-8859-1");
        new Utf8Writing(response).getWriter().write("café");
        assertThat(response.getContentAsByteArray()).isEqualTo("café".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static MockHttpServletResponse utf8() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setContentType("text/html;charset=UTF-8");
        return response;
    }
}
