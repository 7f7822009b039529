-- The Heritage Projects Support Fund: calls for proposals with their weighted criteria, requests from member states
-- (budget lines with co-funding, milestones that release tranches, documents, the version frozen at each submission),
-- the experts' reviews and scores with their reasons, the decision and what was paid.

create table fund_call (
    id            uuid          primary key,
    reference     varchar(20)   not null unique,
    title_ar      varchar(500),
    title_en      varchar(500),
    title_fr      varchar(500),
    rules_ar      varchar(8000),
    rules_en      varchar(8000),
    rules_fr      varchar(8000),
    opens_on      date          not null,
    closes_on     date          not null,
    currency      varchar(3)    not null,
    max_amount    numeric(16, 2) not null,
    envelope      numeric(16, 2),
    kinds         varchar(200)  not null,
    demonstration boolean       not null,
    created_by    varchar(320)  not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    row_version   bigint        not null,
    constraint fund_call_dates check (closes_on >= opens_on),
    constraint fund_call_max check (max_amount > 0)
);
create index fund_call_closes on fund_call (closes_on, id);

-- a call's criteria, in order, each with its weight (the weights of a call add up to 100)
create table fund_criterion (
    call_id  uuid          not null references fund_call (id) on delete cascade,
    position integer       not null,
    label_ar varchar(300),
    label_en varchar(300),
    label_fr varchar(300),
    weight   integer       not null,
    primary key (call_id, position),
    constraint fund_criterion_weight check (weight between 1 and 100)
);

create table fund_request (
    id               uuid          primary key,
    reference        varchar(20)   not null unique,
    call_id          uuid          references fund_call (id),
    emergency        boolean       not null,
    risk_report_id   uuid,
    state            varchar(2)    not null,
    item_reference   varchar(40)   not null,
    kind             varchar(30)   not null,
    applicant        varchar(300),
    title_ar         varchar(500),
    title_en         varchar(500),
    title_fr         varchar(500),
    objectives_ar    varchar(8000),
    objectives_en    varchar(8000),
    objectives_fr    varchar(8000),
    work_plan_ar     varchar(8000),
    work_plan_en     varchar(8000),
    work_plan_fr     varchar(8000),
    currency         varchar(3)    not null,
    amount_requested numeric(16, 2),
    status           varchar(12)   not null,
    versions         integer       not null,
    submitted_at     timestamp with time zone,
    decide_by        date,
    checked_by       varchar(320),
    eligibility_note varchar(2000),
    granted_amount   numeric(16, 2),
    decision_note    varchar(4000),
    decided_by       varchar(320),
    decided_on       date,
    grant_file       varchar(100),
    grant_name       varchar(200),
    grant_size       bigint,
    final_report     varchar(8000),
    closed_on        date,
    demonstration    boolean       not null,
    created_by       varchar(320)  not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    row_version      bigint        not null,
    constraint fund_request_kind check (kind in ('CONSERVATION', 'DOCUMENTATION', 'EMERGENCY_STABILISATION', 'TRAINING',
                                                  'MUSEUM', 'DIGITISATION')),
    constraint fund_request_status check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ELIGIBLE', 'INELIGIBLE', 'GRANTED',
                                                      'DECLINED', 'CLOSED')),
    constraint fund_request_call check (emergency or call_id is not null)
);
create index fund_request_desk on fund_request (updated_at, id);
create index fund_request_state on fund_request (state, updated_at, id);
create index fund_request_call on fund_request (call_id, status);
create index fund_request_public on fund_request (status, decided_on, id);

-- the budget: what each line costs and what others pay of it
create table fund_budget_line (
    request_id uuid           not null references fund_request (id) on delete cascade,
    position   integer        not null,
    label      varchar(300)   not null,
    amount     numeric(16, 2) not null,
    cofunding  numeric(16, 2),
    cofunder   varchar(300),
    primary key (request_id, position)
);

-- the work plan's milestones; reaching one (with a progress report) releases its tranche
create table fund_milestone (
    request_id  uuid           not null references fund_request (id) on delete cascade,
    position    integer        not null,
    title       varchar(500)   not null,
    due_on      date,
    tranche     numeric(16, 2),
    reached_on  date,
    report      varchar(8000),
    paid_on     date,
    paid_amount numeric(16, 2),
    primary key (request_id, position)
);

create table fund_document (
    request_id uuid          not null references fund_request (id) on delete cascade,
    position   integer       not null,
    stored_file varchar(100) not null,
    name       varchar(200)  not null,
    file_size  bigint        not null,
    primary key (request_id, position)
);

-- what a state submitted, frozen at each submission, as the secretariat and the experts read it
create table fund_request_version (
    id           uuid          primary key,
    request_id   uuid          not null references fund_request (id) on delete cascade,
    number       integer       not null,
    submitted_by varchar(320)  not null,
    submitted_at timestamp with time zone not null,
    content      text          not null,
    unique (request_id, number)
);

-- an expert's review: a declaration of conflicts of interest first, then a score per criterion with its reason
create table fund_review (
    id           uuid          primary key,
    request_id   uuid          not null references fund_request (id) on delete cascade,
    expert       varchar(320)  not null,
    assigned_by  varchar(320)  not null,
    assigned_at  timestamp with time zone not null,
    due_on       date          not null,
    conflict     boolean,
    declaration  varchar(2000),
    declared_at  timestamp with time zone,
    opinion      varchar(4000),
    submitted_at timestamp with time zone,
    unique (request_id, expert)
);
create index fund_review_expert on fund_review (expert, assigned_at, id);

create table fund_score (
    review_id uuid          not null references fund_review (id) on delete cascade,
    position  integer       not null,
    score     integer       not null,
    reason    varchar(2000) not null,
    primary key (review_id, position),
    constraint fund_score_range check (score between 0 and 10)
);

-- revisions (Envers)
create table fund_call_aud (
    id            uuid          not null,
    rev           bigint        not null references revinfo (rev),
    revtype       smallint,
    reference     varchar(20),
    title_ar      varchar(500),
    title_en      varchar(500),
    title_fr      varchar(500),
    rules_ar      varchar(8000),
    rules_en      varchar(8000),
    rules_fr      varchar(8000),
    opens_on      date,
    closes_on     date,
    currency      varchar(3),
    max_amount    numeric(16, 2),
    envelope      numeric(16, 2),
    kinds         varchar(200),
    demonstration boolean,
    primary key (id, rev)
);
create table fund_criterion_aud (
    rev      bigint        not null references revinfo (rev),
    revtype  smallint,
    call_id  uuid          not null,
    position integer       not null,
    label_ar varchar(300),
    label_en varchar(300),
    label_fr varchar(300),
    weight   integer
);
create index fund_criterion_aud_rev on fund_criterion_aud (call_id, rev);
create table fund_request_aud (
    id               uuid          not null,
    rev              bigint        not null references revinfo (rev),
    revtype          smallint,
    reference        varchar(20),
    call_id          uuid,
    emergency        boolean,
    risk_report_id   uuid,
    state            varchar(2),
    item_reference   varchar(40),
    kind             varchar(30),
    applicant        varchar(300),
    title_ar         varchar(500),
    title_en         varchar(500),
    title_fr         varchar(500),
    objectives_ar    varchar(8000),
    objectives_en    varchar(8000),
    objectives_fr    varchar(8000),
    work_plan_ar     varchar(8000),
    work_plan_en     varchar(8000),
    work_plan_fr     varchar(8000),
    currency         varchar(3),
    amount_requested numeric(16, 2),
    status           varchar(12),
    versions         integer,
    submitted_at     timestamp with time zone,
    decide_by        date,
    checked_by       varchar(320),
    eligibility_note varchar(2000),
    granted_amount   numeric(16, 2),
    decision_note    varchar(4000),
    decided_by       varchar(320),
    decided_on       date,
    grant_file       varchar(100),
    grant_name       varchar(200),
    grant_size       bigint,
    final_report     varchar(8000),
    closed_on        date,
    demonstration    boolean,
    primary key (id, rev)
);
create table fund_budget_line_aud (
    rev        bigint         not null references revinfo (rev),
    revtype    smallint,
    request_id uuid           not null,
    position   integer        not null,
    label      varchar(300),
    amount     numeric(16, 2),
    cofunding  numeric(16, 2),
    cofunder   varchar(300)
);
create index fund_budget_line_aud_rev on fund_budget_line_aud (request_id, rev);
create table fund_milestone_aud (
    rev         bigint         not null references revinfo (rev),
    revtype     smallint,
    request_id  uuid           not null,
    position    integer        not null,
    title       varchar(500),
    due_on      date,
    tranche     numeric(16, 2),
    reached_on  date,
    report      varchar(8000),
    paid_on     date,
    paid_amount numeric(16, 2)
);
create index fund_milestone_aud_rev on fund_milestone_aud (request_id, rev);
create table fund_document_aud (
    rev        bigint        not null references revinfo (rev),
    revtype    smallint,
    request_id uuid          not null,
    position   integer       not null,
    stored_file varchar(100),
    name       varchar(200),
    file_size  bigint
);
create index fund_document_aud_rev on fund_document_aud (request_id, rev);
