-- The subjects trainings, publications and news are about, as a controlled vocabulary with labels in three languages:
-- editors pick among them, never type. A topic is retired, never deleted (what named it keeps its label). The records
-- keep the codes they are about, comma-separated, in the columns that held free text (V40 turns that text into codes).
create table topic (
    code      varchar(60)  primary key,
    label_ar  varchar(200) not null,
    label_en  varchar(200) not null,
    label_fr  varchar(200) not null,
    position  integer      not null,
    retired   boolean      not null
);

insert into topic (code, label_ar, label_en, label_fr, position, retired) values
    ('world-heritage', 'قائمة التراث والترشيح', 'The Heritage List and nominations', 'La Liste du patrimoine et les candidatures', 10, false),
    ('management', 'إدارة المواقع وخطط التسيير', 'Site management and management plans', 'Gestion des sites et plans de gestion', 20, false),
    ('conservation', 'الصون والترميم', 'Conservation and restoration', 'Conservation et restauration', 30, false),
    ('documentation', 'التوثيق والجرد', 'Documentation and inventories', 'Documentation et inventaires', 40, false),
    ('risk', 'التأهب للمخاطر والطوارئ', 'Risk preparedness and emergencies', 'Préparation aux risques et urgences', 50, false),
    ('conflict', 'التراث في النزاعات', 'Heritage in conflict', 'Le patrimoine dans les conflits', 60, false),
    ('climate', 'تغير المناخ', 'Climate change', 'Changement climatique', 70, false),
    ('trafficking', 'مكافحة الاتجار غير المشروع', 'Fighting illicit trafficking', 'Lutte contre le trafic illicite', 80, false),
    ('museums', 'المتاحف والمجموعات', 'Museums and collections', 'Musées et collections', 90, false),
    ('archaeology', 'الآثار', 'Archaeology', 'Archéologie', 100, false),
    ('intangible', 'التراث الثقافي غير المادي', 'Intangible cultural heritage', 'Patrimoine culturel immatériel', 110, false),
    ('natural', 'التراث الطبيعي', 'Natural heritage', 'Patrimoine naturel', 120, false),
    ('underwater', 'التراث المغمور بالمياه', 'Underwater heritage', 'Patrimoine subaquatique', 130, false),
    ('urban', 'المدن التاريخية', 'Historic cities', 'Villes historiques', 140, false),
    ('digital', 'التراث الرقمي', 'Digital heritage', 'Patrimoine numérique', 150, false),
    ('education', 'التعليم والتوعية', 'Education and awareness', 'Éducation et sensibilisation', 160, false),
    ('communities', 'المجتمعات المحلية', 'Local communities', 'Communautés locales', 170, false),
    ('tourism', 'السياحة المستدامة', 'Sustainable tourism', 'Tourisme durable', 180, false),
    ('law', 'التشريعات والسياسات', 'Law and policy', 'Droit et politiques', 190, false),
    ('al-quds', 'تراث القدس', 'The heritage of Al-Quds', 'Le patrimoine d’Al-Quds', 200, false);
