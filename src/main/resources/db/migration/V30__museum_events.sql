-- The museums' programme: workshops, talks and guided visits a museum of the directory holds (for an exhibition or
-- not), on a day and at an hour of the museum's own time zone; public once the secretariat publishes them, in the
-- centre's calendar and its iCal feed beside the trainings.

create table museum_event (
    id              uuid          primary key,
    museum_id       uuid          not null references museum (id),
    exhibition_id   uuid          references exhibition (id) on delete set null,
    kind            varchar(14)   not null,
    title_ar        varchar(300),
    title_en        varchar(300),
    title_fr        varchar(300),
    description_ar  varchar(4000),
    description_en  varchar(4000),
    description_fr  varchar(4000),
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    time_zone       varchar(60)   not null,
    demonstration   boolean       not null,
    published       boolean       not null,
    created_by      varchar(320)  not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    row_version     bigint        not null,
    constraint museum_event_kind check (kind in ('WORKSHOP', 'TALK', 'GUIDED_VISIT')),
    constraint museum_event_times check (starts_at < ends_at)
);
create index museum_event_coming on museum_event (published, starts_at, id);
create index museum_event_museum on museum_event (museum_id, starts_at);
create index museum_event_desk on museum_event (updated_at, id);

create table museum_event_aud (
    id              uuid          not null,
    rev             bigint        not null references revinfo (rev),
    revtype         smallint,
    museum_id       uuid,
    exhibition_id   uuid,
    kind            varchar(14),
    title_ar        varchar(300),
    title_en        varchar(300),
    title_fr        varchar(300),
    description_ar  varchar(4000),
    description_en  varchar(4000),
    description_fr  varchar(4000),
    starts_at       timestamp with time zone,
    ends_at         timestamp with time zone,
    time_zone       varchar(60),
    demonstration   boolean,
    published       boolean,
    created_by      varchar(320),
    created_at      timestamp with time zone,
    updated_at      timestamp with time zone,
    primary key (id, rev)
);
