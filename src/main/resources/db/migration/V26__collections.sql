-- Museums' collections: objects described on the Object ID standard (type, materials and techniques, measurements,
-- inscriptions and markings, distinguishing features, title, subject, date or period, maker) with the museum's
-- inventory number, origin, provenance and the heritage items they relate to; their images, tiled for IIIF.
-- An object is public once the secretariat publishes it.

create table collection_object (
    id                 uuid          primary key,
    reference          varchar(80)   not null unique,
    museum_id          uuid          not null references museum (id),
    inventory_number   varchar(80)   not null,
    object_type_ar     varchar(200),
    object_type_en     varchar(200),
    object_type_fr     varchar(200),
    title_ar           varchar(300),
    title_en           varchar(300),
    title_fr           varchar(300),
    sort_key_ar        varchar(1000) not null,
    sort_key_en        varchar(1000) not null,
    sort_key_fr        varchar(1000) not null,
    materials_ar       varchar(1000),
    materials_en       varchar(1000),
    materials_fr       varchar(1000),
    height_cm          numeric(10, 2),
    width_cm           numeric(10, 2),
    depth_cm           numeric(10, 2),
    diameter_cm        numeric(10, 2),
    weight_g           numeric(12, 2),
    inscription        varchar(4000),
    inscription_lang   varchar(20),
    inscription_note_ar varchar(2000),
    inscription_note_en varchar(2000),
    inscription_note_fr varchar(2000),
    features_ar        varchar(2000),
    features_en        varchar(2000),
    features_fr        varchar(2000),
    subject_ar         varchar(1000),
    subject_en         varchar(1000),
    subject_fr         varchar(1000),
    period_ar          varchar(200),
    period_en          varchar(200),
    period_fr          varchar(200),
    year_from          integer,
    year_to            integer,
    maker_ar           varchar(300),
    maker_en           varchar(300),
    maker_fr           varchar(300),
    origin_ar          varchar(300),
    origin_en          varchar(300),
    origin_fr          varchar(300),
    description_ar     varchar(8000),
    description_en     varchar(8000),
    description_fr     varchar(8000),
    provenance_ar      varchar(4000),
    provenance_en      varchar(4000),
    provenance_fr      varchar(4000),
    right_to_left      boolean       not null,
    sources            varchar(2000),
    demonstration      boolean       not null,
    published          boolean       not null,
    published_at       timestamp with time zone,
    created_by         varchar(320)  not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    row_version        bigint        not null,
    constraint collection_object_inventory unique (museum_id, inventory_number),
    constraint collection_object_years check (year_from is null or year_to is null or year_from <= year_to),
    constraint collection_object_measures check ((height_cm is null or height_cm > 0) and (width_cm is null or width_cm > 0)
        and (depth_cm is null or depth_cm > 0) and (diameter_cm is null or diameter_cm > 0) and (weight_g is null or weight_g > 0))
);
create index collection_object_sort_ar on collection_object (published, sort_key_ar, id);
create index collection_object_sort_en on collection_object (published, sort_key_en, id);
create index collection_object_sort_fr on collection_object (published, sort_key_fr, id);
create index collection_object_museum on collection_object (museum_id, sort_key_en, id);

-- the heritage items of the List an object relates to, and other objects (by their references)
create table collection_object_heritage (
    object_id  uuid         not null references collection_object (id) on delete cascade,
    reference  varchar(40)  not null,
    primary key (object_id, reference)
);
create index collection_object_heritage_reference on collection_object_heritage (reference);
create table collection_object_related (
    object_id  uuid         not null references collection_object (id) on delete cascade,
    reference  varchar(80)  not null,
    primary key (object_id, reference)
);

-- an object's images: the portal's tiles of each (a pyramid of JPEG tiles, served over IIIF), made in the background
create table collection_image (
    id            uuid          primary key,
    object_id     uuid          not null references collection_object (id) on delete cascade,
    position      integer       not null,
    original      varchar(60)   not null,
    width         integer       not null,
    height        integer       not null,
    status        varchar(12)   not null,
    problem       varchar(200),
    credit        varchar(300)  not null,
    licence       varchar(20)   not null,
    alt_ar        varchar(500),
    alt_en        varchar(500),
    alt_fr        varchar(500),
    generated     boolean       not null,
    created_by    varchar(320)  not null,
    created_at    timestamp with time zone not null,
    constraint collection_image_status check (status in ('PROCESSING', 'READY', 'FAILED')),
    constraint collection_image_size check (width > 0 and height > 0)
);
create index collection_image_object on collection_image (object_id, position);
create index collection_image_status on collection_image (status);

create table collection_object_aud (
    id                 uuid          not null,
    rev                bigint        not null references revinfo (rev),
    revtype            smallint,
    reference          varchar(80),
    museum_id          uuid,
    inventory_number   varchar(80),
    object_type_ar     varchar(200),
    object_type_en     varchar(200),
    object_type_fr     varchar(200),
    title_ar           varchar(300),
    title_en           varchar(300),
    title_fr           varchar(300),
    sort_key_ar        varchar(1000),
    sort_key_en        varchar(1000),
    sort_key_fr        varchar(1000),
    materials_ar       varchar(1000),
    materials_en       varchar(1000),
    materials_fr       varchar(1000),
    height_cm          numeric(10, 2),
    width_cm           numeric(10, 2),
    depth_cm           numeric(10, 2),
    diameter_cm        numeric(10, 2),
    weight_g           numeric(12, 2),
    inscription        varchar(4000),
    inscription_lang   varchar(20),
    inscription_note_ar varchar(2000),
    inscription_note_en varchar(2000),
    inscription_note_fr varchar(2000),
    features_ar        varchar(2000),
    features_en        varchar(2000),
    features_fr        varchar(2000),
    subject_ar         varchar(1000),
    subject_en         varchar(1000),
    subject_fr         varchar(1000),
    period_ar          varchar(200),
    period_en          varchar(200),
    period_fr          varchar(200),
    year_from          integer,
    year_to            integer,
    maker_ar           varchar(300),
    maker_en           varchar(300),
    maker_fr           varchar(300),
    origin_ar          varchar(300),
    origin_en          varchar(300),
    origin_fr          varchar(300),
    description_ar     varchar(8000),
    description_en     varchar(8000),
    description_fr     varchar(8000),
    provenance_ar      varchar(4000),
    provenance_en      varchar(4000),
    provenance_fr      varchar(4000),
    right_to_left      boolean,
    sources            varchar(2000),
    demonstration      boolean,
    published          boolean,
    published_at       timestamp with time zone,
    created_by         varchar(320),
    created_at         timestamp with time zone,
    updated_at         timestamp with time zone,
    primary key (id, rev)
);
create table collection_object_heritage_aud (
    rev        bigint       not null references revinfo (rev),
    revtype    smallint,
    object_id  uuid         not null,
    reference  varchar(40)  not null
);
create index collection_object_heritage_aud_rev on collection_object_heritage_aud (object_id, rev);
create table collection_object_related_aud (
    rev        bigint       not null references revinfo (rev),
    revtype    smallint,
    object_id  uuid         not null,
    reference  varchar(80)  not null
);
create index collection_object_related_aud_rev on collection_object_related_aud (object_id, rev);
