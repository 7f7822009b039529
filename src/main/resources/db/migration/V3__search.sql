-- The search module's copy of everything public and searchable, one row per document whatever its
-- type (heritage items today; museum objects, publications, news and trainings later). Hibernate
-- Search indexes this table; other modules feed it through their events.
create table search_document (
    id               varchar(100) primary key,
    type             varchar(30)  not null,
    reference        varchar(40)  not null,
    name_ar          varchar(500),
    name_en          varchar(500),
    name_fr          varchar(500),
    text_ar          text,
    text_en          text,
    text_fr          text,
    kind             varchar(30),
    status           varchar(30),
    in_danger        boolean      not null,
    inscription_year integer,
    -- space-separated codes (ISO alpha-2 states, region codes, criterion keys)
    states           varchar(500) not null,
    regions          varchar(500) not null,
    criteria         varchar(500) not null,
    latitude         double precision,
    longitude        double precision,
    updated_at       timestamp with time zone not null
);

create index search_document_type_idx on search_document (type, reference);
