-- The open-data module's copy of every public record as harvesters read it (OAI-PMH): written in the transaction
-- that changes the record, with its metadata already rendered, so a harvest reads one row per record. A record that
-- stops being public stays as a tombstone (OAI-PMH "persistent" deletions). seq orders the harvest and is its
-- cursor: a change gives the record the next number, so it moves to the end.
create sequence open_record_seq;

create table open_record (
    identifier     varchar(200) primary key,
    record_type    varchar(40)  not null,
    local_id       varchar(100) not null,
    -- the sets it is in, space-separated, as its header lists them (open_record_set is for choosing by set)
    set_specs      varchar(2000) not null,
    datestamp      timestamp with time zone not null,
    deleted        boolean      not null,
    seq            bigint       not null,
    format_version int          not null,
    oai_dc         text,
    edm            text,
    turath         text,
    constraint open_record_seq_unique unique (seq)
);

create index open_record_type on open_record (record_type, local_id);
create index open_record_datestamp on open_record (datestamp, seq);

-- the sets a record is in (heritage, state, state:MA, kind, kind:natural…), with the record's seq so that one set
-- is harvested by keyset on its own index
create table open_record_set (
    spec       varchar(100) not null,
    identifier varchar(200) not null references open_record (identifier) on delete cascade,
    seq        bigint       not null,
    primary key (spec, identifier)
);

create index open_record_set_order on open_record_set (spec, seq);
create index open_record_set_record on open_record_set (identifier);
