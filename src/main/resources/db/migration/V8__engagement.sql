-- The public talks back: the satisfaction survey and the "ask us" inquiries with their replies.

create table feedback_answer (
    id          uuid          primary key,
    score       integer       not null,
    comment     varchar(2000),
    page        varchar(500)  not null,
    language    varchar(2)    not null,
    answered_at timestamp with time zone not null,
    constraint feedback_answer_score check (score between 1 and 5)
);
create index feedback_answer_time on feedback_answer (answered_at, id);

create table inquiry (
    id           uuid          primary key,
    reference    varchar(20)   not null unique,
    topic        varchar(30)   not null,
    language     varchar(2)    not null,
    asker_name   varchar(200),
    email        varchar(320)  not null,
    message      varchar(5000) not null,
    status       varchar(20)   not null,
    assignee     varchar(320),
    received_at  timestamp with time zone not null,
    answered_at  timestamp with time zone,
    closed_at    timestamp with time zone,
    row_version  bigint        not null,
    constraint inquiry_status check (status in ('NEW', 'ASSIGNED', 'ANSWERED', 'CLOSED'))
);
create index inquiry_inbox on inquiry (status, received_at, id);
create index inquiry_received on inquiry (received_at, id);

create table inquiry_reply (
    id          uuid          primary key,
    inquiry_id  uuid          not null references inquiry (id) on delete cascade,
    author      varchar(320)  not null,
    body        varchar(10000) not null,
    sent_at     timestamp with time zone not null
);
create index inquiry_reply_inquiry on inquiry_reply (inquiry_id, sent_at);
