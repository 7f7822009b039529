-- The complete files of the open data (the List as CSV, GeoJSON, JSON-LD), written daily by one node into the file
-- store: which file is the current one of each format, how large it is and its SHA-256, for the open-data page.
create table open_dump (
    format      varchar(40)  primary key,
    stored_name varchar(60)  not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    records     bigint       not null,
    created_at  timestamp with time zone not null
);
