-- What the public sends about a heritage item, without an account: a report of damage or of a threat, a photograph or
-- a correction. Nothing is shown before the sender confirms their address from the link mailed to them (status
-- UNCONFIRMED -> WAITING) and a moderator accepts it (ACCEPTED, or DECLINED). A photograph is kept only as the portal's
-- own JPEG copies; the place the camera wrote is kept only when the sender agreed to share it, and shown only while the
-- item is not a sensitive place. Unconfirmed sendings are deleted after a week.
create table risk_contribution (
    id              uuid          primary key,
    item_reference  varchar(20)   not null,
    kind            varchar(20)   not null,
    observed_on     date,
    description     varchar(4000) not null,
    sender          varchar(200)  not null,
    email           varchar(320)  not null,
    language        varchar(2)    not null,
    credit_name     boolean       not null,
    licence         varchar(20),
    photo_large     varchar(100),
    photo_thumb     varchar(100),
    photo_width     integer,
    photo_height    integer,
    share_place     boolean       not null,
    latitude        double precision,
    longitude       double precision,
    status          varchar(20)   not null,
    token_hash      varchar(64),
    answer          varchar(2000),
    created_at      timestamp with time zone not null,
    confirmed_at    timestamp with time zone,
    decided_at      timestamp with time zone,
    decided_by      varchar(320),
    version         integer       not null
);
-- the moderators' list (by status, the latest first), an item's accepted ones, the weekly clean-up
create index risk_contribution_desk on risk_contribution (status, created_at, id);
create index risk_contribution_item on risk_contribution (item_reference, status, decided_at, id);
create unique index risk_contribution_token on risk_contribution (token_hash);
