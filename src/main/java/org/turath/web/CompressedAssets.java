package org.turath.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.util.FileCopyUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Serves the static text files (styles, scripts, SVG, the base map) compressed, the way a web server
 * serves precompressed {@code .gz} files: each file is read, transformed (links in style sheets
 * versioned) and gzipped at the highest level once per node, then kept in memory with its plain form —
 * no request pays for compression. A versioned address ({@code name-<md5>.ext}, which the version
 * resolver only answers when the hash is the file's) is marked immutable for a year.
 */
final class CompressedAssets implements ResourceTransformer {

    /** What a versioned address looks like: the content strategy puts the MD5 of the file before its extension. */
    static final Pattern VERSIONED = Pattern.compile("-[0-9a-f]{32}\\.[A-Za-z0-9]+$");
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final Set<String> TEXT = Set.of("css", "js", "mjs", "json", "geojson", "topojson", "svg", "txt", "xml", "map");
    /** Below this, gzip's header costs more than it saves. */
    private static final int MIN_BYTES = 256;

    private final ConcurrentMap<String, Variants> kept = new ConcurrentHashMap<>();

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain) throws IOException {
        boolean versioned = VERSIONED.matcher(request.getRequestURI()).find();
        String extension = StringUtils.getFilenameExtension(resource.getFilename());
        if (extension == null || !TEXT.contains(extension.toLowerCase(Locale.ROOT))) {
            Resource plain = chain.transform(request, resource);
            return versioned ? new Served(plain, null, false, true) : plain;
        }
        String key = resource.getDescription() + '@' + resource.lastModified();
        Variants variants = kept.get(key);
        if (variants == null) {
            Resource transformed = chain.transform(request, resource);
            byte[] plain;
            try (InputStream in = transformed.getInputStream()) {
                plain = FileCopyUtils.copyToByteArray(in);
            }
            variants = new Variants(plain, plain.length < MIN_BYTES ? null : Gzip.compress(plain));
            kept.put(key, variants);
        }
        boolean zipped = variants.gzipped != null && Gzip.accepted(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        return new Served(resource, zipped ? variants.gzipped : variants.plain, zipped, versioned);
    }

    private record Variants(byte[] plain, byte[] gzipped) {
    }

    /**
     * A file as it is sent: the original for its name, type and date, the bytes (when kept in memory) and the
     * headers that go with them.
     */
    private static final class Served extends AbstractResource implements HttpResource {

        private final Resource original;
        private final byte[] content;
        private final boolean gzipped;
        private final boolean immutable;

        Served(Resource original, byte[] content, boolean gzipped, boolean immutable) {
            this.original = original;
            this.content = content;
            this.gzipped = gzipped;
            this.immutable = immutable;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return content != null ? new ByteArrayInputStream(content) : original.getInputStream();
        }

        @Override
        public long contentLength() throws IOException {
            return content != null ? content.length : original.contentLength();
        }

        @Override
        public long lastModified() throws IOException {
            return original.lastModified();
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public URL getURL() throws IOException {
            return original.getURL();
        }

        @Override
        public String getFilename() {
            return original.getFilename();
        }

        @Override
        public String getDescription() {
            return (gzipped ? "gzipped " : "") + original.getDescription();
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            HttpHeaders headers = new HttpHeaders();
            if (original instanceof HttpResource described) {
                headers.addAll(described.getResponseHeaders());
            }
            if (content != null) {
                headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            }
            if (gzipped) {
                headers.add(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
            if (immutable) {
                headers.add(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
            }
            return headers;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
