package org.turath.opendata.oai;

import io.gdcc.xoai.dataprovider.exceptions.handler.CannotDisseminateFormatException;
import io.gdcc.xoai.dataprovider.exceptions.handler.HandlerException;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * XOAI's view of the open records: pages read by keyset from {@code open_record} (one query for the page, one
 * for the list's size), metadata copied as rendered.
 */
class OaiRepository implements ItemRepository, SetRepository {

    private final OpenRecords records;
    private final Function<String, String> setName;
    /**
     * The size of a list, counted once a minute per question rather than on every page: counting 100,000 rows took
     * longer than reading and writing a page. The protocol's {@code completeListSize} may be an estimate.
     */
    private final com.github.benmanes.caffeine.cache.Cache<OpenRecords.Query, Long> sizes =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1_000)
                    .expireAfterWrite(java.time.Duration.ofMinutes(1)).build();

    OaiRepository(OpenRecords records, Function<String, String> setName) {
        this.records = records;
        this.setName = setName;
    }

    @Override
    public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
        return records.find(identifier, null).map(row -> new OaiItem(row, null))
                .orElseThrow(() -> new IdDoesNotExistException("No record " + identifier));
    }

    @Override
    public Item getItem(String identifier, MetadataFormat format) throws HandlerException {
        OpenRecords.Row row = records.find(identifier, format.getPrefix())
                .orElseThrow(() -> new IdDoesNotExistException("No record " + identifier));
        if (!row.deleted() && row.metadata() == null) {
            throw new CannotDisseminateFormatException("The record has no " + format.getPrefix() + " form");
        }
        return new OaiItem(row, row.metadata());
    }

    @Override
    public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format, int max,
                                                          ResumptionToken.Value token) {
        return page(token, format.getPrefix(), false, max, row -> new OaiItem(row, null));
    }

    @Override
    public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int max, ResumptionToken.Value token) {
        return page(token, format.getPrefix(), true, max, row -> new OaiItem(row, row.metadata()));
    }

    private <T> ResultsPage<T> page(ResumptionToken.Value token, String format, boolean withMetadata, int max,
                                    Function<OpenRecords.Row, T> view) {
        long afterSeq = KeysetTokens.seqOf(token.getOffset());
        long returned = KeysetTokens.countOf(token.getOffset());
        OpenRecords.Query query = new OpenRecords.Query(afterSeq, Optional.ofNullable(token.getSetSpec()),
                Optional.ofNullable(token.getFrom()), Optional.ofNullable(token.getUntil()));
        List<OpenRecords.Row> rows = records.page(query, format, withMetadata, max + 1);
        boolean more = rows.size() > max;
        List<OpenRecords.Row> shown = more ? rows.subList(0, max) : rows;
        if (shown.isEmpty()) {
            return new ResultsPage<>(token, false, List.of(), 0);
        }
        long counted = sizes.get(new OpenRecords.Query(0, query.set(), query.from(), query.until()), records::count);
        long total = Math.max(counted, returned + shown.size() + (more ? 1 : 0));
        // XOAI's next token is this token's offset plus the page's size: give it the position of the page's last
        // record with the count so far, so that sum is (last seq, count + page) — see KeysetTokens
        long lastSeq = shown.get(shown.size() - 1).seq();
        ResumptionToken.Value request = withSame(token, KeysetTokens.position(lastSeq, returned));
        return new ResultsPage<>(request, more, shown.stream().map(view).toList(), (int) Math.min(total, Integer.MAX_VALUE));
    }

    /** The token's request (format, set, dates) at another position. */
    private static ResumptionToken.Value withSame(ResumptionToken.Value token, long position) {
        ResumptionToken.ValueBuilder builder = new ResumptionToken.ValueBuilder().withOffset(position);
        if (token.hasMetadataPrefix()) {
            builder.withMetadataPrefix(token.getMetadataPrefix());
        }
        if (token.hasSetSpec()) {
            builder.withSetSpec(token.getSetSpec());
        }
        if (token.hasFrom()) {
            builder.withFrom(token.getFrom());
        }
        if (token.hasUntil()) {
            builder.withUntil(token.getUntil());
        }
        return builder.build();
    }

    @Override
    public boolean supportSets() {
        return true;
    }

    @Override
    public List<Set> getSets() {
        return records.setSpecs().stream().map(spec -> new Set(spec).withName(setName.apply(spec))).toList();
    }

    @Override
    public boolean exists(String setSpec) {
        return records.setExists(setSpec);
    }

    /** One record as XOAI writes it. */
    private record OaiItem(OpenRecords.Row row, String xml) implements Item {

        @Override
        public String getIdentifier() {
            return row.identifier();
        }

        @Override
        public Instant getDatestamp() {
            return row.datestamp();
        }

        @Override
        public List<Set> getSets() {
            return row.sets().stream().map(Set::new).toList();
        }

        @Override
        public boolean isDeleted() {
            return row.deleted();
        }

        @Override
        public Metadata getMetadata() {
            return Metadata.copyFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
