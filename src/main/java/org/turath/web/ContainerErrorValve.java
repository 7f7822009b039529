package org.turath.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The page of an error the web server answers itself, before the portal sees the request (a request line it
 * cannot parse, a header too large): in place of Tomcat's English report, a short page in Arabic, English and
 * French (the request's language cannot be known there), with no server details. Every other error goes through
 * the portal's own translated pages ({@link ContainerErrors}).
 */
public class ContainerErrorValve extends ErrorReportValve {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%1$d · تراث العالم الإسلامي · Turath</title>
            <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1d2b36}
            section{margin-block-end:1.5rem}h1{font-size:1.4rem;margin:0}p{margin:.25rem 0}a{color:#0b5d52}</style></head>
            <body>
            <section lang="ar" dir="rtl"><h1>%1$d · تعذّر فهم الطلب</h1><p>لم يُفهم العنوان أو الطلب. تحقّق منه أو ارجع إلى <a href="/ar/">الصفحة الرئيسية</a>.</p></section>
            <section lang="en" dir="ltr"><h1>%1$d · Request not understood</h1><p>The address or the request could not be understood. Check it, or go back to the <a href="/en/">home page</a>.</p></section>
            <section lang="fr" dir="ltr"><h1>%1$d · Requête incomprise</h1><p>L’adresse ou la requête n’a pas pu être comprise. Vérifiez-la ou revenez à la <a href="/fr/">page d’accueil</a>.</p></section>
            </body></html>
            """;

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(PAGE.formatted(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the connection is gone or the answer already started: nothing more to say
        }
    }
}
