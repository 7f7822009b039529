-- People who follow new published reports on an item or on a state's items, by e-mail: asked for, confirmed from a
-- link sent to the address (double opt-in), stopped from a link in every mail. The confirmation link's secret is kept
-- only as its hash; the stop link's secret is kept as it is (every mail carries it, for years; it can only stop the mail).
create table risk_follower (
    id             uuid          primary key,
    email          varchar(320)  not null,
    language       varchar(2)    not null,
    item_reference varchar(20),
    state          varchar(2),
    token_hash     varchar(64)   not null unique,
    stop_token     varchar(64)   not null unique,
    created_at     timestamp with time zone not null,
    confirmed_at   timestamp with time zone,
    stopped_at     timestamp with time zone,
    constraint risk_follower_scope check ((item_reference is null) <> (state is null))
);
create index risk_follower_item on risk_follower (item_reference, id);
create index risk_follower_state on risk_follower (state, id);
create index risk_follower_email on risk_follower (email);
