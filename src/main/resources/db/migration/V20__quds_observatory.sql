-- The Al-Quds observatory: the landmarks of the Old City of Jerusalem, and a documented timeline of the events that
-- affect its heritage, each with dated sources, checked by someone other than its author before it is public.

create table quds_landmark (
    code      varchar(40)      primary key,
    position  integer          not null,
    name_ar   varchar(200)     not null,
    name_en   varchar(200)     not null,
    name_fr   varchar(200)     not null,
    latitude  double precision not null,
    longitude double precision not null,
    source    varchar(500)     not null
);
-- positions to about a hundred metres, to be confirmed by the observatory's own survey
insert into quds_landmark (code, position, name_ar, name_en, name_fr, latitude, longitude, source) values
    ('al-aqsa', 1, 'المسجد الأقصى المبارك', 'Al-Aqsa Mosque', 'Mosquée Al-Aqsa', 31.7761, 35.2358, 'Approximate position (about 100 m), to be confirmed by the observatory'),
    ('dome-of-the-rock', 2, 'قبة الصخرة المشرفة', 'Dome of the Rock', 'Dôme du Rocher', 31.7780, 35.2354, 'Approximate position (about 100 m), to be confirmed by the observatory'),
    ('al-buraq-wall', 3, 'حائط البراق', 'Al-Buraq Wall (Western Wall)', 'Mur d’Al-Buraq (mur occidental)', 31.7767, 35.2345, 'Approximate position (about 100 m), to be confirmed by the observatory'),
    ('holy-sepulchre', 4, 'كنيسة القيامة', 'Church of the Holy Sepulchre', 'Basilique du Saint-Sépulcre', 31.7784, 35.2296, 'Approximate position (about 100 m), to be confirmed by the observatory'),
    ('damascus-gate', 5, 'باب العامود', 'Damascus Gate', 'Porte de Damas', 31.7816, 35.2302, 'Approximate position (about 100 m), to be confirmed by the observatory'),
    ('mughrabi-gate', 6, 'باب المغاربة', 'Mughrabi Gate', 'Porte des Maghrébins', 31.7759, 35.2343, 'Approximate position (about 100 m), to be confirmed by the observatory'),
    ('citadel', 7, 'قلعة القدس (باب الخليل)', 'Citadel (Jaffa Gate)', 'Citadelle (porte de Jaffa)', 31.7762, 35.2283, 'Approximate position (about 100 m), to be confirmed by the observatory');

create table quds_event (
    id                uuid          primary key,
    occurred_on       date          not null,
    date_precision    varchar(5)    not null,
    landmark          varchar(40)   references quds_landmark (code),
    place_ar          varchar(300),
    place_en          varchar(300),
    place_fr          varchar(300),
    kind              varchar(20)   not null,
    title_ar          varchar(300),
    title_en          varchar(300),
    title_fr          varchar(300),
    description_ar    text,
    description_en    text,
    description_fr    text,
    status            varchar(20)   not null,
    return_comment    varchar(4000),
    verified_by       varchar(320),
    published_at      timestamp with time zone,
    created_by        varchar(320)  not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    row_version       bigint        not null,
    constraint quds_event_kind check (kind in ('LISTING', 'DAMAGE', 'FIRE', 'EXCAVATION', 'DEMOLITION', 'CONSTRUCTION', 'ACCESS', 'CONSERVATION', 'OTHER')),
    constraint quds_event_status check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'VERIFIED', 'PUBLISHED')),
    constraint quds_event_precision check (date_precision in ('DAY', 'MONTH', 'YEAR'))
);
create index quds_event_published on quds_event (status, occurred_on, id);
create index quds_event_desk on quds_event (updated_at, id);

-- every entry has at least one source, each with its date
create table quds_event_source (
    event_id    uuid          not null references quds_event (id) on delete cascade,
    position    integer       not null,
    citation    varchar(500)  not null,
    source_date date          not null,
    link        varchar(500),
    primary key (event_id, position)
);

create table quds_event_step (
    id       uuid          primary key,
    event_id uuid          not null references quds_event (id) on delete cascade,
    step     varchar(20)   not null,
    actor    varchar(320)  not null,
    taken_at timestamp with time zone not null,
    comment  varchar(4000)
);
create index quds_event_step_event on quds_event_step (event_id, taken_at);

create table quds_event_aud (
    id                uuid          not null,
    rev               bigint        not null references revinfo (rev),
    revtype           smallint,
    occurred_on       date,
    date_precision    varchar(5),
    landmark          varchar(40),
    place_ar          varchar(300),
    place_en          varchar(300),
    place_fr          varchar(300),
    kind              varchar(20),
    title_ar          varchar(300),
    title_en          varchar(300),
    title_fr          varchar(300),
    description_ar    text,
    description_en    text,
    description_fr    text,
    status            varchar(20),
    return_comment    varchar(4000),
    verified_by       varchar(320),
    published_at      timestamp with time zone,
    primary key (id, rev)
);
create table quds_event_source_aud (
    rev         bigint        not null references revinfo (rev),
    revtype     smallint,
    event_id    uuid          not null,
    position    integer       not null,
    citation    varchar(500),
    source_date date,
    link        varchar(500)
);
create index quds_event_source_aud_rev on quds_event_source_aud (event_id, rev);
