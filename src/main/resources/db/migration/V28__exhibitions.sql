-- Exhibitions: virtual ones (curated pages — an introduction, then sections with their narrative and the objects and
-- heritage items they show, each with a caption), and temporary or travelling ones with their venues (museums of the
-- directory, with dates). Kept by the organising museum's curators and the secretariat, public once published.

create table exhibition (
    id                 uuid          primary key,
    reference          varchar(80)   not null unique,
    kind               varchar(12)   not null,
    museum_id          uuid          references museum (id),
    title_ar           varchar(300),
    title_en           varchar(300),
    title_fr           varchar(300),
    sort_key_ar        varchar(1000) not null,
    sort_key_en        varchar(1000) not null,
    sort_key_fr        varchar(1000) not null,
    introduction_ar    varchar(8000),
    introduction_en    varchar(8000),
    introduction_fr    varchar(8000),
    right_to_left      boolean       not null,
    sources            varchar(2000),
    demonstration      boolean       not null,
    published          boolean       not null,
    published_at       timestamp with time zone,
    created_by         varchar(320)  not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    row_version        bigint        not null,
    constraint exhibition_kind check (kind in ('VIRTUAL', 'TEMPORARY', 'TRAVELLING'))
);
create index exhibition_shown on exhibition (published, published_at, id);
create index exhibition_desk on exhibition (updated_at, id);
create index exhibition_museum on exhibition (museum_id);

-- a section: a stop of the guided tour
create table exhibition_section (
    id             uuid          primary key,
    exhibition_id  uuid          not null references exhibition (id) on delete cascade,
    position       integer       not null,
    title_ar       varchar(300),
    title_en       varchar(300),
    title_fr       varchar(300),
    narrative_ar   varchar(12000),
    narrative_en   varchar(12000),
    narrative_fr   varchar(12000)
);
create index exhibition_section_exhibition on exhibition_section (exhibition_id, position);

-- what a section shows: an object of the collections or a heritage item of the List, by reference, with a caption
create table exhibition_piece (
    id          uuid          primary key,
    section_id  uuid          not null references exhibition_section (id) on delete cascade,
    position    integer       not null,
    kind        varchar(10)   not null,
    reference   varchar(80)   not null,
    caption_ar  varchar(1000),
    caption_en  varchar(1000),
    caption_fr  varchar(1000),
    constraint exhibition_piece_kind check (kind in ('OBJECT', 'HERITAGE'))
);
create index exhibition_piece_section on exhibition_piece (section_id, position);
create index exhibition_piece_reference on exhibition_piece (kind, reference);

-- where a temporary or travelling exhibition is shown, and when (days, both included)
create table exhibition_venue (
    id             uuid          primary key,
    exhibition_id  uuid          not null references exhibition (id) on delete cascade,
    museum_id      uuid          not null references museum (id),
    opens_on       date          not null,
    closes_on      date          not null,
    constraint exhibition_venue_days check (opens_on <= closes_on)
);
create index exhibition_venue_exhibition on exhibition_venue (exhibition_id, opens_on);
create index exhibition_venue_days on exhibition_venue (closes_on, opens_on);
create index exhibition_venue_museum on exhibition_venue (museum_id, opens_on);

create table exhibition_aud (
    id                 uuid          not null,
    rev                bigint        not null references revinfo (rev),
    revtype            smallint,
    reference          varchar(80),
    kind               varchar(12),
    museum_id          uuid,
    title_ar           varchar(300),
    title_en           varchar(300),
    title_fr           varchar(300),
    sort_key_ar        varchar(1000),
    sort_key_en        varchar(1000),
    sort_key_fr        varchar(1000),
    introduction_ar    varchar(8000),
    introduction_en    varchar(8000),
    introduction_fr    varchar(8000),
    right_to_left      boolean,
    sources            varchar(2000),
    demonstration      boolean,
    published          boolean,
    published_at       timestamp with time zone,
    created_by         varchar(320),
    created_at         timestamp with time zone,
    updated_at         timestamp with time zone,
    primary key (id, rev)
);
create table exhibition_section_aud (
    id             uuid          not null,
    rev            bigint        not null references revinfo (rev),
    revtype        smallint,
    exhibition_id  uuid,
    position       integer,
    title_ar       varchar(300),
    title_en       varchar(300),
    title_fr       varchar(300),
    narrative_ar   varchar(12000),
    narrative_en   varchar(12000),
    narrative_fr   varchar(12000),
    primary key (id, rev)
);
create table exhibition_piece_aud (
    id          uuid          not null,
    rev         bigint        not null references revinfo (rev),
    revtype     smallint,
    section_id  uuid,
    position    integer,
    kind        varchar(10),
    reference   varchar(80),
    caption_ar  varchar(1000),
    caption_en  varchar(1000),
    caption_fr  varchar(1000),
    primary key (id, rev)
);
create table exhibition_venue_aud (
    id             uuid          not null,
    rev            bigint        not null references revinfo (rev),
    revtype        smallint,
    exhibition_id  uuid,
    museum_id      uuid,
    opens_on       date,
    closes_on      date,
    primary key (id, rev)
);
