-- Partners are listed in the alphabetical order of the page's language (NameCollator's key, as museums and objects),
-- not in the order of their Latin slugs; V33 fills the keys of the partners already kept.
alter table partner add column sort_key_ar varchar(1000);
alter table partner add column sort_key_en varchar(1000);
alter table partner add column sort_key_fr varchar(1000);

create index partner_sort_ar on partner (sort_key_ar, id);
create index partner_sort_en on partner (sort_key_en, id);
create index partner_sort_fr on partner (sort_key_fr, id);
