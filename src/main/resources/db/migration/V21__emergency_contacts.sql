-- Emergency contacts per member state, kept by the state's focal points (and the secretariat): who to call when heritage
-- is in danger. A state's list is one record, changed as a whole, its version refusing a stale edit.
create table emergency_contact_list (
    state       varchar(2)    primary key,
    updated_by  varchar(320)  not null,
    updated_at  timestamp with time zone not null,
    row_version bigint        not null
);

create table emergency_contact (
    state        varchar(2)    not null references emergency_contact_list (state) on delete cascade,
    position     integer       not null,
    role_ar      varchar(200),
    role_en      varchar(200),
    role_fr      varchar(200),
    name         varchar(200)  not null,
    organisation varchar(200),
    phone        varchar(40),
    email        varchar(320),
    primary key (state, position)
);

create table emergency_contact_list_aud (
    state      varchar(2)    not null,
    rev        bigint        not null references revinfo (rev),
    revtype    smallint,
    updated_by varchar(320),
    updated_at timestamp with time zone,
    row_version bigint,
    primary key (state, rev)
);
create table emergency_contact_aud (
    rev          bigint        not null references revinfo (rev),
    revtype      smallint,
    state        varchar(2)    not null,
    position     integer       not null,
    role_ar      varchar(200),
    role_en      varchar(200),
    role_fr      varchar(200),
    name         varchar(200),
    organisation varchar(200),
    phone        varchar(40),
    email        varchar(320)
);
create index emergency_contact_aud_rev on emergency_contact_aud (state, rev);
