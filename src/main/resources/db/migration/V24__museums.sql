-- Museums of the Islamic world: the directory (names, place, kind, hours, accessibility), the heritage items each one
-- relates to, and the curators who keep a museum's entry. An entry is public once the secretariat publishes it.

create table museum (
    id                 uuid          primary key,
    reference          varchar(80)   not null unique,
    name_ar            varchar(300),
    name_en            varchar(300),
    name_fr            varchar(300),
    sort_key_ar        varchar(1000) not null,
    sort_key_en        varchar(1000) not null,
    sort_key_fr        varchar(1000) not null,
    kind               varchar(30)   not null,
    state              varchar(2)    not null,
    city_ar            varchar(120),
    city_en            varchar(120),
    city_fr            varchar(120),
    city_key           varchar(120)  not null,
    latitude           double precision,
    longitude          double precision,
    founded            integer,
    website            varchar(500),
    contacts           varchar(2000),
    hours_ar           varchar(2000),
    hours_en           varchar(2000),
    hours_fr           varchar(2000),
    accessibility_ar   varchar(2000),
    accessibility_en   varchar(2000),
    accessibility_fr   varchar(2000),
    description_ar     varchar(8000),
    description_en     varchar(8000),
    description_fr     varchar(8000),
    sources            varchar(2000),
    published          boolean       not null,
    published_at       timestamp with time zone,
    created_by         varchar(320)  not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    row_version        bigint        not null,
    constraint museum_kind check (kind in ('NATIONAL', 'ARCHAEOLOGY', 'ISLAMIC_ART', 'HISTORY', 'ETHNOGRAPHY', 'FINE_ARTS',
                                           'SITE_MUSEUM', 'MANUSCRIPTS_LIBRARY', 'SCIENCE')),
    constraint museum_position check ((latitude is null and longitude is null)
        or (latitude between -90 and 90 and longitude between -180 and 180)),
    constraint museum_founded check (founded is null or founded between 600 and 2100)
);
create index museum_sort_ar on museum (published, sort_key_ar, id);
create index museum_sort_en on museum (published, sort_key_en, id);
create index museum_sort_fr on museum (published, sort_key_fr, id);
create index museum_state on museum (state, city_key);

-- the heritage items of the List a museum relates to (by their references)
create table museum_heritage (
    museum_id  uuid         not null references museum (id) on delete cascade,
    reference  varchar(40)  not null,
    primary key (museum_id, reference)
);
create index museum_heritage_reference on museum_heritage (reference);

-- who keeps a museum's entry (accounts with the curator role, by e-mail address)
create table museum_curator (
    museum_id  uuid          not null references museum (id) on delete cascade,
    email      varchar(320)  not null,
    primary key (museum_id, email)
);
create index museum_curator_email on museum_curator (email);

create table museum_aud (
    id                 uuid          not null,
    rev                bigint        not null references revinfo (rev),
    revtype            smallint,
    reference          varchar(80),
    name_ar            varchar(300),
    name_en            varchar(300),
    name_fr            varchar(300),
    sort_key_ar        varchar(1000),
    sort_key_en        varchar(1000),
    sort_key_fr        varchar(1000),
    kind               varchar(30),
    state              varchar(2),
    city_ar            varchar(120),
    city_en            varchar(120),
    city_fr            varchar(120),
    city_key           varchar(120),
    latitude           double precision,
    longitude          double precision,
    founded            integer,
    website            varchar(500),
    contacts           varchar(2000),
    hours_ar           varchar(2000),
    hours_en           varchar(2000),
    hours_fr           varchar(2000),
    accessibility_ar   varchar(2000),
    accessibility_en   varchar(2000),
    accessibility_fr   varchar(2000),
    description_ar     varchar(8000),
    description_en     varchar(8000),
    description_fr     varchar(8000),
    sources            varchar(2000),
    published          boolean,
    published_at       timestamp with time zone,
    created_by         varchar(320),
    created_at         timestamp with time zone,
    updated_at         timestamp with time zone,
    primary key (id, rev)
);
create table museum_heritage_aud (
    rev        bigint       not null references revinfo (rev),
    revtype    smallint,
    museum_id  uuid         not null,
    reference  varchar(40)  not null
);
create index museum_heritage_aud_rev on museum_heritage_aud (museum_id, rev);
