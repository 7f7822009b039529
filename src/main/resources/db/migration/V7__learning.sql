-- Capacity building: trainings, workshops, webinars and activities, their registrations and certificates.

alter table app_user_role drop constraint app_user_role_check;
alter table app_user_role add constraint app_user_role_check check (role in ('ADMIN', 'SECRETARIAT', 'EDITOR',
    'COMMITTEE_MEMBER', 'EVALUATOR', 'FOCAL_POINT', 'MUSEUM_CURATOR', 'TRAINER'));

create table learning_activity (
    id                     uuid          primary key,
    format                 varchar(20)   not null,
    mode                   varchar(20)   not null,
    title_ar               varchar(300),
    title_en               varchar(300),
    title_fr               varchar(300),
    summary_ar             text,
    summary_en             text,
    summary_fr             text,
    question_ar            varchar(500),
    question_en            varchar(500),
    question_fr            varchar(500),
    place_ar               varchar(300),
    place_en               varchar(300),
    place_fr               varchar(300),
    latitude               double precision,
    longitude              double precision,
    languages              varchar(20)   not null,
    audiences              varchar(300)  not null,
    topics                 varchar(500),
    trainers               varchar(500),
    trainer_emails         varchar(1000),
    materials              text,
    video_link             varchar(500),
    recording_link         varchar(500),
    starts_at              timestamp with time zone not null,
    ends_at                timestamp with time zone not null,
    time_zone              varchar(60)   not null,
    registration_closes_at timestamp with time zone not null,
    capacity               integer       not null,
    requires_approval      boolean       not null,
    published              boolean       not null,
    next_number            bigint        not null default 0,
    created_by             varchar(320)  not null,
    created_at             timestamp with time zone not null,
    row_version            bigint        not null,
    constraint learning_activity_format check (format in ('COURSE', 'WORKSHOP', 'WEBINAR', 'ACTIVITY')),
    constraint learning_activity_mode check (mode in ('ONLINE', 'IN_PERSON', 'HYBRID')),
    constraint learning_activity_capacity check (capacity between 1 and 100000),
    constraint learning_activity_dates check (ends_at >= starts_at)
);
create index learning_activity_starts on learning_activity (starts_at, id);

create table learning_registration (
    id               uuid          primary key,
    activity_id      uuid          not null references learning_activity (id) on delete cascade,
    full_name        varchar(200)  not null,
    email            varchar(320)  not null,
    email_key        varchar(320)  not null,
    language         varchar(2)    not null,
    answer           varchar(2000),
    status           varchar(20)   not null,
    queue_number     bigint        not null,
    attended         boolean       not null default false,
    token_hash       varchar(64)   not null unique,
    certificate_code varchar(20)   unique,
    registered_at    timestamp with time zone not null,
    changed_at       timestamp with time zone not null,
    row_version      bigint        not null,
    -- one registration per person and activity; registering again after a cancellation reuses it
    unique (activity_id, email_key),
    constraint learning_registration_status check (status in ('PENDING', 'CONFIRMED', 'WAITLISTED', 'CANCELLED', 'DECLINED'))
);
create index learning_registration_queue on learning_registration (activity_id, status, queue_number);
