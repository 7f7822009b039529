-- Photographs of a funded project (the work before, during and after), shown on its public page: the portal's own
-- re-encoded copies only, with a credit and a caption in three languages that is their alternative text.
create table fund_photo (
    id          uuid          primary key,
    request_id  uuid          not null references fund_request (id) on delete cascade,
    position    integer       not null,
    taken_on    date,
    credit      varchar(200)  not null,
    caption_ar  varchar(300),
    caption_en  varchar(300),
    caption_fr  varchar(300),
    large_file  varchar(100)  not null,
    thumb_file  varchar(100)  not null,
    width       integer       not null,
    height      integer       not null,
    created_by  varchar(320)  not null,
    created_at  timestamp with time zone not null
);
create index fund_photo_request on fund_photo (request_id, position);
