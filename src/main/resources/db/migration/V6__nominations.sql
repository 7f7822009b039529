-- The nomination portal: files and their dossiers, versions, evaluations, Committee sessions.

create table committee_session (
    id               uuid         primary key,
    session_year     integer      not null,
    number           integer      not null,
    kind             varchar(20)  not null,
    mode             varchar(20)  not null,
    place_ar         varchar(300),
    place_en         varchar(300),
    place_fr         varchar(300),
    video_link       varchar(500),
    starts_on        date         not null,
    ends_on          date         not null,
    decision_count   integer      not null default 0,
    created_by       varchar(320) not null,
    created_at       timestamp with time zone not null,
    row_version      bigint       not null,
    unique (session_year, number)
);
create index committee_session_starts on committee_session (starts_on, id);

create table committee_session_member (
    session_id uuid         not null references committee_session (id) on delete cascade,
    email      varchar(320) not null,
    primary key (session_id, email)
);

create table nomination_file (
    id               uuid         primary key,
    reference        varchar(20)  unique,
    state_code       varchar(2)   not null,
    kind             varchar(20)  not null,
    serial           boolean      not null,
    name_ar          varchar(500),
    name_en          varchar(500),
    name_fr          varchar(500),
    latitude         double precision,
    longitude        double precision,
    core_hectares    numeric(14, 4),
    buffer_hectares  numeric(14, 4),
    cycle_year       integer      not null,
    extended_until   date,
    status           varchar(20)  not null,
    outcome          varchar(20),
    versions         integer      not null default 0,
    session_id       uuid         references committee_session (id),
    created_by       varchar(320) not null,
    created_at       timestamp with time zone not null,
    updated_by       varchar(320) not null,
    updated_at       timestamp with time zone not null,
    row_version      bigint       not null
);
create index nomination_file_state on nomination_file (state_code, updated_at, id);
create index nomination_file_status on nomination_file (status, updated_at, id);
create index nomination_file_session on nomination_file (session_id);

create table nomination_co_state (
    file_id    uuid    not null references nomination_file (id) on delete cascade,
    state_code varchar(2) not null,
    primary key (file_id, state_code)
);
create index nomination_co_state_code on nomination_co_state (state_code);

-- the dossier: one row per field (and language for fields written in three languages)
create table nomination_text (
    file_id   uuid        not null references nomination_file (id) on delete cascade,
    field_key varchar(80) not null,
    text      text        not null,
    primary key (file_id, field_key)
);

create table nomination_component (
    file_id         uuid             not null references nomination_file (id) on delete cascade,
    position        integer          not null,
    name_ar         varchar(500),
    name_en         varchar(500),
    name_fr         varchar(500),
    latitude        double precision,
    longitude       double precision,
    core_hectares   numeric(14, 4),
    buffer_hectares numeric(14, 4),
    primary key (file_id, position)
);

-- the timeline: every command with who, when and why
create table nomination_step (
    file_id     uuid         not null references nomination_file (id) on delete cascade,
    position    integer      not null,
    command     varchar(20)  not null,
    from_status varchar(20)  not null,
    to_status   varchar(20)  not null,
    actor       varchar(320) not null,
    at          timestamp with time zone not null,
    comment     varchar(4000),
    primary key (file_id, position)
);

-- the secretariat's comments per section when it returns a file
create table nomination_comment (
    file_id  uuid          not null references nomination_file (id) on delete cascade,
    position integer       not null,
    version  integer       not null,
    section  varchar(40)   not null,
    text     varchar(4000) not null,
    author   varchar(320)  not null,
    at       timestamp with time zone not null,
    primary key (file_id, position)
);

-- what was submitted, frozen: version n of a file
create table nomination_version (
    id           uuid         primary key,
    file_id      uuid         not null references nomination_file (id) on delete cascade,
    number       integer      not null,
    submitted_by varchar(320) not null,
    submitted_at timestamp with time zone not null,
    unique (file_id, number)
);

create table nomination_version_text (
    version_id uuid        not null references nomination_version (id) on delete cascade,
    field_key  varchar(80) not null,
    text       text        not null,
    primary key (version_id, field_key)
);

create table nomination_evaluation (
    id              uuid         primary key,
    file_id         uuid         not null references nomination_file (id) on delete cascade,
    evaluator       varchar(320) not null,
    assigned_by     varchar(320) not null,
    assigned_at     timestamp with time zone not null,
    due_on          date         not null,
    -- null until the evaluator declared; true: a conflict, the assignment ends
    conflict        boolean,
    declaration     varchar(4000),
    declared_at     timestamp with time zone,
    criteria        varchar(200),
    assessment      text,
    recommendation  varchar(20),
    submitted_at    timestamp with time zone,
    reminded_at     timestamp with time zone,
    unique (file_id, evaluator)
);
create index nomination_evaluation_evaluator on nomination_evaluation (evaluator, assigned_at);

create table nomination_decision (
    id          uuid          primary key,
    session_id  uuid          not null references committee_session (id),
    file_id     uuid          not null references nomination_file (id),
    number      integer       not null,
    reference   varchar(40)   not null unique,
    outcome     varchar(20)   not null,
    decided_on  date          not null,
    decided_by  varchar(320)  not null,
    text_ar     varchar(4000),
    text_en     varchar(4000),
    text_fr     varchar(4000),
    unique (session_id, number)
);
create index nomination_decision_file on nomination_decision (file_id);

-- IWHN-<year>-<nnn>: one counter per year
create table nomination_counter (
    counter_year integer primary key,
    last_number  integer not null
);

-- maps, photographs, management plans, consent letters (files on disk under generated names) and video links
create table nomination_attachment (
    id             uuid          primary key,
    file_id        uuid          not null references nomination_file (id) on delete cascade,
    kind           varchar(20)   not null,
    stored_name    varchar(60),
    shown_name     varchar(200)  not null,
    media_type     varchar(100)  not null,
    size_bytes     bigint        not null,
    video_url      varchar(500),
    caption        varchar(500),
    rights_release boolean       not null,
    uploaded_by    varchar(320)  not null,
    uploaded_at    timestamp with time zone not null
);
create index nomination_attachment_file on nomination_attachment (file_id, uploaded_at);

-- the cycle year whose submission deadline the file's focal points were reminded of
alter table nomination_file add column reminded_cycle integer;

-- locks of scheduled jobs that run on one node at a time (ShedLock)
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- each state's preliminary list: the properties it intends to nominate
create table preliminary_entry (
    id         uuid         primary key,
    state_code varchar(2)   not null,
    kind       varchar(20)  not null,
    name_ar    varchar(500),
    name_en    varchar(500),
    name_fr    varchar(500),
    listed_on  date         not null,
    listed_by  varchar(320) not null,
    removed_on date,
    removed_by varchar(320)
);
create index preliminary_entry_state on preliminary_entry (state_code, listed_on, id);
alter table nomination_file add column preliminary_entry_id uuid references preliminary_entry (id);

-- core and buffer zones as GeoJSON (MultiPolygon), uploaded as GeoJSON or KML
alter table nomination_file add column core_zone text;
alter table nomination_file add column buffer_zone text;
alter table nomination_component add column core_zone text;
alter table nomination_component add column buffer_zone text;
