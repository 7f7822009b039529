-- People of an applying institution a state's focal point invites to write one Support Fund request with them: while the
-- invitation holds, the person reads, writes, documents and submits that request (and no other). Withdrawn invitations
-- are kept (who withdrew it, when); inviting the same person again opens the same row again.
create table fund_invitation (
    id            uuid          primary key,
    request_id    uuid          not null references fund_request (id) on delete cascade,
    email         varchar(320)  not null,
    person        varchar(200)  not null,
    institution   varchar(200)  not null,
    invited_by    varchar(320)  not null,
    invited_at    timestamp with time zone not null,
    withdrawn_by  varchar(320),
    withdrawn_at  timestamp with time zone,
    constraint fund_invitation_once unique (request_id, email)
);
create index fund_invitation_email on fund_invitation (email, invited_at, id);
