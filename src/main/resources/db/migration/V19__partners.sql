-- Partnerships: the bodies the centre works with, and the agreements it signs with them (parties and their shares of
-- the funding, terms and renewals, what came of them). Amounts are shown in public only where an agreement says so;
-- contacts and signed documents never.

create table partner (
    id            uuid          primary key,
    slug          varchar(80)   not null unique,
    name_ar       varchar(300),
    name_en       varchar(300),
    name_fr       varchar(300),
    acronym       varchar(30),
    kind          varchar(20)   not null,
    country       varchar(2),
    website       varchar(500),
    summary_ar    varchar(4000),
    summary_en    varchar(4000),
    summary_fr    varchar(4000),
    contacts      varchar(4000),
    logo          varchar(100),
    demonstration boolean       not null,
    created_by    varchar(320)  not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    row_version   bigint        not null,
    constraint partner_kind check (kind in ('GOVERNMENT', 'UNIVERSITY', 'MUSEUM', 'INTERNATIONAL', 'FOUNDATION', 'PRIVATE'))
);
create index partner_kind_slug on partner (kind, slug);

-- An agreement between two or more partners. ends_on is the end of its current term (kept with the terms, for the
-- lists of agreements ending soon); signed_on is as precise as the source says (a day, or only a year).
create table agreement (
    id               uuid          primary key,
    kind             varchar(20)   not null,
    title_ar         varchar(500),
    title_en         varchar(500),
    title_fr         varchar(500),
    purpose_ar       varchar(8000),
    purpose_en       varchar(8000),
    purpose_fr       varchar(8000),
    concluded        boolean       not null,
    signed_on        date,
    signed_precision varchar(5)    not null,
    term_months      integer,
    renewal          varchar(10)   not null,
    ends_on          date,
    terminated_on    date,
    termination_note varchar(2000),
    currency         varchar(3),
    total_amount     numeric(16, 2),
    amounts_public   boolean       not null,
    keeper           varchar(320)  not null,
    reminded_90      integer       not null,
    reminded_30      integer       not null,
    document_file    varchar(100),
    document_name    varchar(200),
    document_size    bigint,
    sources          varchar(2000),
    demonstration    boolean       not null,
    created_by       varchar(320)  not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    row_version      bigint        not null,
    constraint agreement_kind check (kind in ('MEMORANDUM', 'COOPERATION', 'PROGRAMME', 'PROJECT')),
    constraint agreement_renewal check (renewal in ('NONE', 'TACIT', 'DECISION')),
    constraint agreement_precision check (signed_precision in ('DAY', 'YEAR')),
    -- no term: open-ended, or a term the source does not give
    constraint agreement_term check (term_months is null or term_months between 1 and 600)
);
create index agreement_ends on agreement (ends_on, id);
create index agreement_desk on agreement (updated_at, id);

-- the parties, in the order the agreement names them, each with its share of the funding (percent and amount)
create table agreement_party (
    agreement_id  uuid          not null references agreement (id) on delete cascade,
    position      integer       not null,
    partner_id    uuid          not null references partner (id),
    share_percent numeric(5, 2),
    share_amount  numeric(16, 2),
    primary key (agreement_id, position)
);
create index agreement_party_partner on agreement_party (partner_id, agreement_id);

-- the terms: the first from the signature, then each renewal (tacit, or by a decision named here)
create table agreement_term (
    agreement_id uuid          not null references agreement (id) on delete cascade,
    position     integer       not null,
    starts_on    date          not null,
    ends_on      date          not null,
    basis        varchar(10)   not null,
    decision     varchar(300),
    recorded_by  varchar(320)  not null,
    recorded_at  timestamp with time zone not null,
    primary key (agreement_id, position),
    constraint agreement_term_basis check (basis in ('SIGNATURE', 'TACIT', 'DECISION'))
);

-- what came of it: trainings, publications, activities, projects
create table agreement_outcome (
    agreement_id uuid          not null references agreement (id) on delete cascade,
    position     integer       not null,
    kind         varchar(20)   not null,
    outcome_year integer,
    title_ar     varchar(500),
    title_en     varchar(500),
    title_fr     varchar(500),
    link         varchar(500),
    primary key (agreement_id, position)
);

-- revisions (Envers)
create table partner_aud (
    id            uuid          not null,
    rev           bigint        not null references revinfo (rev),
    revtype       smallint,
    slug          varchar(80),
    name_ar       varchar(300),
    name_en       varchar(300),
    name_fr       varchar(300),
    acronym       varchar(30),
    kind          varchar(20),
    country       varchar(2),
    website       varchar(500),
    summary_ar    varchar(4000),
    summary_en    varchar(4000),
    summary_fr    varchar(4000),
    contacts      varchar(4000),
    logo          varchar(100),
    demonstration boolean,
    primary key (id, rev)
);
create table agreement_aud (
    id               uuid          not null,
    rev              bigint        not null references revinfo (rev),
    revtype          smallint,
    kind             varchar(20),
    title_ar         varchar(500),
    title_en         varchar(500),
    title_fr         varchar(500),
    purpose_ar       varchar(8000),
    purpose_en       varchar(8000),
    purpose_fr       varchar(8000),
    concluded        boolean,
    signed_on        date,
    signed_precision varchar(5),
    term_months      integer,
    renewal          varchar(10),
    ends_on          date,
    terminated_on    date,
    termination_note varchar(2000),
    currency         varchar(3),
    total_amount     numeric(16, 2),
    amounts_public   boolean,
    keeper           varchar(320),
    reminded_90      integer,
    reminded_30      integer,
    document_file    varchar(100),
    document_name    varchar(200),
    document_size    bigint,
    sources          varchar(2000),
    demonstration    boolean,
    primary key (id, rev)
);
-- an embeddable's every column is part of its revision row's identity, and some may be empty: no primary key
create table agreement_party_aud (
    rev           bigint        not null references revinfo (rev),
    revtype       smallint,
    agreement_id  uuid          not null,
    position      integer       not null,
    partner_id    uuid,
    share_percent numeric(5, 2),
    share_amount  numeric(16, 2)
);
create index agreement_party_aud_rev on agreement_party_aud (agreement_id, rev);
create table agreement_term_aud (
    rev          bigint        not null references revinfo (rev),
    revtype      smallint,
    agreement_id uuid          not null,
    position     integer       not null,
    starts_on    date,
    ends_on      date,
    basis        varchar(10),
    decision     varchar(300),
    recorded_by  varchar(320),
    recorded_at  timestamp with time zone
);
create index agreement_term_aud_rev on agreement_term_aud (agreement_id, rev);
create table agreement_outcome_aud (
    rev          bigint        not null references revinfo (rev),
    revtype      smallint,
    agreement_id uuid          not null,
    position     integer       not null,
    kind         varchar(20),
    outcome_year integer,
    title_ar     varchar(500),
    title_en     varchar(500),
    title_fr     varchar(500),
    link         varchar(500)
);
create index agreement_outcome_aud_rev on agreement_outcome_aud (agreement_id, rev);
