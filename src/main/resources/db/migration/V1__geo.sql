-- Countries (ISO 3166-1) with names in the portal's three languages, and whether the country is a
-- member state. Until the centre publishes its own list, membership is taken from the OIC list
-- and labelled as a stand-in in the product.
create table country (
    iso2        varchar(2)   primary key,
    iso3        varchar(3)   not null unique,
    iso_numeric varchar(3)   not null,
    name_ar     varchar(200) not null,
    name_en     varchar(200) not null,
    name_fr     varchar(200) not null,
    membership  varchar(20),
    constraint country_membership_check check (membership in ('MEMBER', 'OBSERVER'))
);

create index country_membership_idx on country (membership);

-- UNESCO's regions, as used by the World Heritage List.
create table region (
    code    varchar(40)  primary key,
    name_ar varchar(200) not null,
    name_en varchar(200) not null,
    name_fr varchar(200) not null
);

insert into region (code, name_ar, name_en, name_fr) values
    ('ARAB_STATES', 'الدول العربية', 'Arab States', 'États arabes'),
    ('AFRICA', 'أفريقيا', 'Africa', 'Afrique'),
    ('ASIA_PACIFIC', 'آسيا والمحيط الهادئ', 'Asia and the Pacific', 'Asie et Pacifique'),
    ('EUROPE_NORTH_AMERICA', 'أوروبا وأمريكا الشمالية', 'Europe and North America', 'Europe et Amérique du Nord'),
    ('LATIN_AMERICA_CARIBBEAN', 'أمريكا اللاتينية والكاريبي', 'Latin America and the Caribbean', 'Amérique latine et Caraïbes');
