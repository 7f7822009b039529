package org.turath.web;

/** What a client's {@code Accept-Encoding} header takes. */
public final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /** Whether gzip is among the codings accepted ({@code gzip;q=0} refuses it). */
    public static boolean gzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].trim().replace(" ", "");
                    if (parameter.equals("q=0") || parameter.matches("q=0\\.0*")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
