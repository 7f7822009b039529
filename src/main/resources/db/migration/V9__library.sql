-- The library (publications with their PDF and its text) and the news.

create table publication (
    id               uuid          primary key,
    kind             varchar(30)   not null,
    title_ar         varchar(500),
    title_en         varchar(500),
    title_fr         varchar(500),
    summary_ar       text,
    summary_en       text,
    summary_fr       text,
    authors          varchar(500),
    publication_year integer,
    language         varchar(2)    not null,
    topics           varchar(500),
    isbn             varchar(20),
    doi              varchar(200),
    related          varchar(1000),
    file_name        varchar(60),
    original_name    varchar(255),
    file_size        bigint,
    page_count       integer,
    thumbnail        varchar(60),
    download_count   bigint        not null default 0,
    published        boolean       not null,
    created_by       varchar(320)  not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    row_version      bigint        not null,
    constraint publication_kind check (kind in ('GUIDE', 'REPORT', 'PROCEEDINGS', 'TRAINING_MATERIAL', 'BOOK', 'ARTICLE', 'OTHER'))
);
create index publication_list on publication (published, created_at, id);

-- the text read from the PDF, for full-text search; kept apart so lists never load it
create table publication_text (
    publication_id uuid primary key references publication (id) on delete cascade,
    body           text not null
);

create table news_article (
    id           uuid          primary key,
    title_ar     varchar(300),
    title_en     varchar(300),
    title_fr     varchar(300),
    lead_ar      varchar(1000),
    lead_en      varchar(1000),
    lead_fr      varchar(1000),
    body_ar      text,
    body_en      text,
    body_fr      text,
    image        varchar(60),
    image_alt_ar varchar(300),
    image_alt_en varchar(300),
    image_alt_fr varchar(300),
    tags         varchar(500),
    related      varchar(1000),
    publish_at   timestamp with time zone not null,
    ready        boolean       not null,
    created_by   varchar(320)  not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    row_version  bigint        not null
);
create index news_article_published on news_article (ready, publish_at, id);
