-- Imports of objects from a CSV file (and a ZIP of their images): the whole file is checked before anything is
-- written (a dry run: a job CHECKED, its files staged); then the objects are added in one transaction and their images
-- processed one by one, with the progress the page shows. Images that are refused (not an image, too large) are listed by row and file name.

create table collection_import (
    id             uuid          primary key,
    created_by     varchar(320)  not null,
    created_at     timestamp with time zone not null,
    file_name      varchar(300),
    staged_csv     varchar(100)  not null,
    staged_zip     varchar(100),
    status         varchar(12)   not null,
    total          integer       not null,
    done           integer       not null,
    images_total   integer       not null,
    images_done    integer       not null,
    images_failed  integer       not null,
    problem        varchar(1000),
    finished_at    timestamp with time zone,
    updated_at     timestamp with time zone not null,
    constraint collection_import_status check (status in ('CHECKED', 'ADDING', 'IMAGES', 'DONE', 'FAILED'))
);
create index collection_import_by on collection_import (created_by, created_at);

create table collection_import_problem (
    import_id   uuid          not null references collection_import (id) on delete cascade,
    row_number  integer       not null,
    file_name   varchar(300)  not null,
    code        varchar(40)   not null,
    argument    varchar(200)
);
create index collection_import_problem_import on collection_import_problem (import_id, row_number);
