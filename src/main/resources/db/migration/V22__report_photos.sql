-- Photographs of a condition report, before and after, with their credit, date and a caption in three languages (their
-- alternative text). Only copies re-encoded by the portal are kept: what a camera writes in a file (its position) is not.
create table risk_report_photo (
    id          uuid          primary key,
    report_id   uuid          not null references risk_report (id) on delete cascade,
    position    integer       not null,
    phase       varchar(10)   not null,
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
    created_at  timestamp with time zone not null,
    constraint risk_report_photo_phase check (phase in ('BEFORE', 'AFTER'))
);
create index risk_report_photo_report on risk_report_photo (report_id, position);
