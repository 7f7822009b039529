package org.turath.search.internal;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the portal's indexes are named in an Elasticsearch or OpenSearch cluster: Hibernate Search's simple layout
 * ({@code content-000001} behind the aliases {@code content-write} and {@code content-read}) with an optional prefix
 * ({@code turath.search.index-prefix}), so that several installations — production and staging, say — can share
 * one cluster. The number grows with each rebuild without downtime ({@link IndexRollover}).
 */
@Component("searchIndexLayout")
public class IndexLayout implements IndexLayoutStrategy {

    private static final Pattern GENERATION = Pattern.compile("(.*)-(\\d{6})");

    private final String prefix;

    IndexLayout(@Value("${turath.search.index-prefix:}") String prefix) {
        if (!prefix.matches("[a-z0-9_.-]*") || prefix.startsWith("-") || prefix.startsWith("_")) {
            throw new IllegalArgumentException("turath.search.index-prefix must be lower-case letters, digits, '-', '_' or '.',"
                    + " not starting with '-' or '_': " + prefix);
        }
        this.prefix = prefix;
    }

    @Override
    public String createInitialElasticsearchIndexName(String index) {
        return generation(index, 1);
    }

    @Override
    public String createWriteAlias(String index) {
        return prefix + index + "-write";
    }

    @Override
    public String createReadAlias(String index) {
        return prefix + index + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String index) {
        return prefix + index;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String name) {
        Matcher matcher = GENERATION.matcher(name);
        if (!matcher.matches()) {
            throw new IllegalStateException("Index " + name + " is not named as the portal names its indexes (name-NNNNNN)");
        }
        return matcher.group(1);
    }

    /** The cluster's name for generation {@code number} of the index. */
    String generation(String index, int number) {
        return "%s%s-%06d".formatted(prefix, index, number);
    }

    /** The generation number of a cluster index name of this layout, or 0 when it is not one. */
    static int generationOf(String name) {
        Matcher matcher = GENERATION.matcher(name);
        return matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
    }
}
