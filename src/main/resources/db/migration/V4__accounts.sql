-- People who work in the portal, their roles, and the member states a focal point acts for.
create table app_user (
    id                 uuid         primary key,
    email              varchar(320) not null unique,
    display_name       varchar(200) not null,
    password_hash      varchar(200),
    preferred_language varchar(2)   not null,
    organisation       varchar(300),
    enabled            boolean      not null,
    failed_logins      integer      not null,
    locked_until       timestamp with time zone,
    created_at         timestamp with time zone not null,
    version            bigint       not null,
    constraint app_user_language_check check (preferred_language in ('ar', 'en', 'fr'))
);

create table app_user_role (
    user_id uuid        not null references app_user (id) on delete cascade,
    role    varchar(30) not null,
    primary key (user_id, role),
    constraint app_user_role_check check (role in ('ADMIN', 'SECRETARIAT', 'EDITOR', 'COMMITTEE_MEMBER', 'EVALUATOR',
                                                   'FOCAL_POINT', 'MUSEUM_CURATOR'))
);

create table app_user_state (
    user_id uuid       not null references app_user (id) on delete cascade,
    iso2    varchar(2) not null references country (iso2),
    primary key (user_id, iso2)
);

-- Spring Session JDBC (its PostgreSQL schema; runs unchanged on H2 in PostgreSQL mode), so any
-- node can serve any signed-in request.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
