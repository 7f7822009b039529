-- Heritage at risk: the vocabularies condition reports are coded on (data, versioned), the reports, their history.

-- A vocabulary and the version it is at; a term is never deleted: a later version retires it, and a report keeps the
-- version it was coded with, so an old report still reads as it was written.
create table risk_vocabulary (
    code       varchar(20)  primary key,
    version    integer      not null,
    source     varchar(500) not null
);

create table risk_term (
    vocabulary      varchar(20)  not null references risk_vocabulary (code),
    code            varchar(20)  not null,
    parent          varchar(20),
    position        integer      not null,
    label_ar        varchar(300) not null,
    label_en        varchar(300) not null,
    label_fr        varchar(300) not null,
    added_in        integer      not null,
    retired_in      integer,
    primary key (vocabulary, code)
);

insert into risk_vocabulary (code, version, source) values
    ('factor', 1, 'UNESCO World Heritage Centre, list of factors affecting the properties (periodic reporting and state of conservation, 2008 standard list: 14 primary factors and their secondary factors)'),
    ('condition', 1, 'Turath, after EAMENA and UNESCO state of conservation practice'),
    ('extent', 1, 'Turath, after EAMENA damage extent classes'),
    ('certainty', 1, 'Turath, after EAMENA'),
    ('effect', 1, 'Turath, after EAMENA disturbance effects'),
    ('probability', 1, 'Turath, after EAMENA threat probability'),
    ('priority', 1, 'Turath, after EAMENA recommendation priority'),
    ('assessment', 1, 'Turath');

insert into risk_term (vocabulary, code, parent, position, label_ar, label_en, label_fr, added_in) values
    ('factor', '1', null, 1, 'المباني والتنمية', 'Buildings and development', 'Constructions et développement', 1),
    ('factor', '1.1', '1', 2, 'الإسكان', 'Housing', 'Habitat', 1),
    ('factor', '1.2', '1', 3, 'التنمية التجارية', 'Commercial development', 'Développement commercial', 1),
    ('factor', '1.3', '1', 4, 'المناطق الصناعية', 'Industrial areas', 'Zones industrielles', 1),
    ('factor', '1.4', '1', 5, 'مرافق إيواء الزوار الكبرى والبنية التحتية المرتبطة بها', 'Major visitor accommodation and associated infrastructure', 'Grandes infrastructures d''hébergement touristique et infrastructures associées', 1),
    ('factor', '1.5', '1', 6, 'مرافق التفسير والزيارة', 'Interpretative and visitation facilities', 'Installations d''interprétation et d''accueil des visiteurs', 1),
    ('factor', '2', null, 7, 'البنية التحتية للنقل', 'Transportation infrastructure', 'Infrastructures de transport', 1),
    ('factor', '2.1', '2', 8, 'البنية التحتية للنقل البري', 'Ground transport infrastructure', 'Infrastructures de transport terrestre', 1),
    ('factor', '2.2', '2', 9, 'البنية التحتية للنقل الجوي', 'Air transport infrastructure', 'Infrastructures de transport aérien', 1),
    ('factor', '2.3', '2', 10, 'البنية التحتية للنقل البحري', 'Marine transport infrastructure', 'Infrastructures de transport maritime', 1),
    ('factor', '2.4', '2', 11, 'الآثار الناجمة عن استخدام البنية التحتية للنقل', 'Effects arising from use of transportation infrastructure', 'Effets liés à l''utilisation des infrastructures de transport', 1),
    ('factor', '2.5', '2', 12, 'البنية التحتية للنقل تحت الأرض', 'Underground transport infrastructure', 'Infrastructures de transport souterrain', 1),
    ('factor', '3', null, 13, 'البنية التحتية للمرافق والخدمات', 'Utilities or service infrastructure', 'Infrastructures de services', 1),
    ('factor', '3.1', '3', 14, 'البنية التحتية للمياه', 'Water infrastructure', 'Infrastructures hydrauliques', 1),
    ('factor', '3.2', '3', 15, 'مرافق الطاقة المتجددة', 'Renewable energy facilities', 'Installations d''énergie renouvelable', 1),
    ('factor', '3.3', '3', 16, 'مرافق الطاقة غير المتجددة', 'Non-renewable energy facilities', 'Installations d''énergie non renouvelable', 1),
    ('factor', '3.4', '3', 17, 'المرافق المحلية', 'Localised utilities', 'Services publics locaux', 1),
    ('factor', '3.5', '3', 18, 'المرافق الخطية الكبرى', 'Major linear utilities', 'Réseaux linéaires majeurs', 1),
    ('factor', '4', null, 19, 'التلوث', 'Pollution', 'Pollution', 1),
    ('factor', '4.1', '4', 20, 'تلوث المياه البحرية', 'Pollution of marine waters', 'Pollution des eaux marines', 1),
    ('factor', '4.2', '4', 21, 'تلوث المياه الجوفية', 'Ground water pollution', 'Pollution des eaux souterraines', 1),
    ('factor', '4.3', '4', 22, 'تلوث المياه السطحية', 'Surface water pollution', 'Pollution des eaux de surface', 1),
    ('factor', '4.4', '4', 23, 'تلوث الهواء', 'Air pollution', 'Pollution de l''air', 1),
    ('factor', '4.5', '4', 24, 'النفايات الصلبة', 'Solid waste', 'Déchets solides', 1),
    ('factor', '4.6', '4', 25, 'فائض الطاقة', 'Input of excess energy', 'Apport d''énergie en excès', 1),
    ('factor', '5', null, 26, 'استخدام الموارد البيولوجية أو تعديلها', 'Biological resource use/modification', 'Utilisation/modification des ressources biologiques', 1),
    ('factor', '5.1', '5', 27, 'صيد الأسماك وجمع الموارد المائية', 'Fishing/collecting aquatic resources', 'Pêche/collecte de ressources aquatiques', 1),
    ('factor', '5.2', '5', 28, 'الاستزراع المائي', 'Aquaculture', 'Aquaculture', 1),
    ('factor', '5.3', '5', 29, 'تحويل استخدام الأراضي', 'Land conversion', 'Conversion des terres', 1),
    ('factor', '5.4', '5', 30, 'تربية الماشية ورعي الحيوانات المستأنسة', 'Livestock farming/grazing of domesticated animals', 'Élevage/pâturage d''animaux domestiques', 1),
    ('factor', '5.5', '5', 31, 'الإنتاج الزراعي', 'Crop production', 'Production agricole', 1),
    ('factor', '5.6', '5', 32, 'الجمع التجاري للنباتات البرية', 'Commercial wild plant collection', 'Cueillette commerciale de plantes sauvages', 1),
    ('factor', '5.7', '5', 33, 'جمع النباتات البرية للكفاف', 'Subsistence wild plant collection', 'Cueillette de subsistance de plantes sauvages', 1),
    ('factor', '5.8', '5', 34, 'الصيد التجاري للحيوانات', 'Commercial hunting', 'Chasse commerciale', 1),
    ('factor', '5.9', '5', 35, 'صيد الحيوانات للكفاف', 'Subsistence hunting', 'Chasse de subsistance', 1),
    ('factor', '5.10', '5', 36, 'الحراجة وإنتاج الخشب', 'Forestry/wood production', 'Foresterie/production de bois', 1),
    ('factor', '6', null, 37, 'استخراج الموارد المادية', 'Physical resource extraction', 'Extraction de ressources physiques', 1),
    ('factor', '6.1', '6', 38, 'التعدين', 'Mining', 'Mines', 1),
    ('factor', '6.2', '6', 39, 'المحاجر', 'Quarrying', 'Carrières', 1),
    ('factor', '6.3', '6', 40, 'النفط والغاز', 'Oil and gas', 'Pétrole et gaz', 1),
    ('factor', '6.4', '6', 41, 'المياه (الاستخراج)', 'Water (extraction)', 'Eau (extraction)', 1),
    ('factor', '7', null, 42, 'الظروف المحلية المؤثرة في النسيج المادي', 'Local conditions affecting physical fabric', 'Conditions locales affectant le tissu physique', 1),
    ('factor', '7.1', '7', 43, 'الرياح', 'Wind', 'Vent', 1),
    ('factor', '7.2', '7', 44, 'الرطوبة النسبية', 'Relative humidity', 'Humidité relative', 1),
    ('factor', '7.3', '7', 45, 'درجة الحرارة', 'Temperature', 'Température', 1),
    ('factor', '7.4', '7', 46, 'الإشعاع والضوء', 'Radiation/light', 'Rayonnement/lumière', 1),
    ('factor', '7.5', '7', 47, 'الغبار', 'Dust', 'Poussière', 1),
    ('factor', '7.6', '7', 48, 'المياه (الأمطار والمياه الجوفية)', 'Water (rain/water table)', 'Eau (pluie/nappe phréatique)', 1),
    ('factor', '7.7', '7', 49, 'الآفات', 'Pests', 'Nuisibles', 1),
    ('factor', '7.8', '7', 50, 'الكائنات الدقيقة', 'Micro-organisms', 'Micro-organismes', 1),
    ('factor', '8', null, 51, 'الاستخدامات الاجتماعية والثقافية للتراث', 'Social/cultural uses of heritage', 'Utilisations sociales/culturelles du patrimoine', 1),
    ('factor', '8.1', '8', 52, 'الاستخدامات الطقسية والروحية والدينية والرمزية', 'Ritual/spiritual/religious and associative uses', 'Utilisations rituelles/spirituelles/religieuses et associatives', 1),
    ('factor', '8.2', '8', 53, 'تقدير المجتمع للتراث', 'Society''s valuing of heritage', 'Valorisation du patrimoine par la société', 1),
    ('factor', '8.3', '8', 54, 'الصيد والجمع والالتقاط لدى السكان الأصليين', 'Indigenous hunting, gathering and collecting', 'Chasse, cueillette et collecte autochtones', 1),
    ('factor', '8.4', '8', 55, 'التغيرات في أنماط الحياة التقليدية ونظم المعارف', 'Changes in traditional ways of life and knowledge system', 'Évolution des modes de vie traditionnels et des systèmes de connaissance', 1),
    ('factor', '8.5', '8', 56, 'الهوية والتماسك الاجتماعي والتغيرات في السكان المحليين والمجتمع', 'Identity, social cohesion, changes in local population and community', 'Identité, cohésion sociale, évolution de la population et des communautés locales', 1),
    ('factor', '8.6', '8', 57, 'آثار السياحة والزوار والترفيه', 'Impacts of tourism/visitor/recreation', 'Impacts du tourisme/des visiteurs/des loisirs', 1),
    ('factor', '9', null, 58, 'أنشطة بشرية أخرى', 'Other human activities', 'Autres activités humaines', 1),
    ('factor', '9.1', '9', 59, 'الأنشطة غير المشروعة', 'Illegal activities', 'Activités illégales', 1),
    ('factor', '9.2', '9', 60, 'التدمير المتعمد للتراث', 'Deliberate destruction of heritage', 'Destruction délibérée du patrimoine', 1),
    ('factor', '9.3', '9', 61, 'التدريب العسكري', 'Military training', 'Entraînement militaire', 1),
    ('factor', '9.4', '9', 62, 'الحرب', 'War', 'Guerre', 1),
    ('factor', '9.5', '9', 63, 'الإرهاب', 'Terrorism', 'Terrorisme', 1),
    ('factor', '9.6', '9', 64, 'الاضطرابات المدنية', 'Civil unrest', 'Troubles civils', 1),
    ('factor', '10', null, 65, 'تغير المناخ والظواهر الجوية الشديدة', 'Climate change and severe weather events', 'Changement climatique et phénomènes météorologiques extrêmes', 1),
    ('factor', '10.1', '10', 66, 'العواصف', 'Storms', 'Tempêtes', 1),
    ('factor', '10.2', '10', 67, 'الفيضانات', 'Flooding', 'Inondations', 1),
    ('factor', '10.3', '10', 68, 'الجفاف', 'Drought', 'Sécheresse', 1),
    ('factor', '10.4', '10', 69, 'التصحر', 'Desertification', 'Désertification', 1),
    ('factor', '10.5', '10', 70, 'التغيرات في مياه المحيطات', 'Changes to oceanic waters', 'Modification des eaux océaniques', 1),
    ('factor', '10.6', '10', 71, 'تغير درجات الحرارة', 'Temperature change', 'Changements de température', 1),
    ('factor', '10.7', '10', 72, 'آثار أخرى لتغير المناخ', 'Other climate change impacts', 'Autres impacts du changement climatique', 1),
    ('factor', '11', null, 73, 'الأحداث البيئية أو الجيولوجية المفاجئة', 'Sudden ecological or geological events', 'Événements écologiques ou géologiques soudains', 1),
    ('factor', '11.1', '11', 74, 'الثوران البركاني', 'Volcanic eruption', 'Éruption volcanique', 1),
    ('factor', '11.2', '11', 75, 'الزلزال', 'Earthquake', 'Tremblement de terre', 1),
    ('factor', '11.3', '11', 76, 'التسونامي وأمواج المد', 'Tsunami/tidal wave', 'Tsunami/raz-de-marée', 1),
    ('factor', '11.4', '11', 77, 'الانهيارات الثلجية والأرضية', 'Avalanche/landslide', 'Avalanche/glissement de terrain', 1),
    ('factor', '11.5', '11', 78, 'التعرية والترسب', 'Erosion and siltation/deposition', 'Érosion et envasement/dépôts', 1),
    ('factor', '11.6', '11', 79, 'الحرائق (حرائق الغابات)', 'Fire (wildfires)', 'Incendie (feux de forêt)', 1),
    ('factor', '12', null, 80, 'الأنواع الغازية أو الدخيلة أو المفرطة الوفرة', 'Invasive/alien species or hyper-abundant species', 'Espèces envahissantes/exotiques ou surabondantes', 1),
    ('factor', '12.1', '12', 81, 'الأنواع المنقولة', 'Translocated species', 'Espèces transférées', 1),
    ('factor', '12.2', '12', 82, 'الأنواع البرية الغازية أو الدخيلة', 'Invasive/alien terrestrial species', 'Espèces terrestres envahissantes/exotiques', 1),
    ('factor', '12.3', '12', 83, 'أنواع المياه العذبة الغازية أو الدخيلة', 'Invasive/alien freshwater species', 'Espèces d''eau douce envahissantes/exotiques', 1),
    ('factor', '12.4', '12', 84, 'الأنواع البحرية الغازية أو الدخيلة', 'Invasive/alien marine species', 'Espèces marines envahissantes/exotiques', 1),
    ('factor', '12.5', '12', 85, 'الأنواع المفرطة الوفرة', 'Hyper-abundant species', 'Espèces surabondantes', 1),
    ('factor', '12.6', '12', 86, 'المواد الوراثية المعدلة', 'Modified genetic material', 'Matériel génétique modifié', 1),
    ('factor', '13', null, 87, 'عوامل الإدارة والمؤسسات', 'Management and institutional factors', 'Facteurs de gestion et institutionnels', 1),
    ('factor', '13.1', '13', 88, 'أنشطة البحث والرصد منخفضة الأثر', 'Low impact research/monitoring activities', 'Activités de recherche/suivi à faible impact', 1),
    ('factor', '13.2', '13', 89, 'أنشطة البحث والرصد عالية الأثر', 'High impact research/monitoring activities', 'Activités de recherche/suivi à fort impact', 1),
    ('factor', '13.3', '13', 90, 'الحوكمة', 'Governance', 'Gouvernance', 1),
    ('factor', '13.4', '13', 91, 'أنشطة الإدارة', 'Management activities', 'Activités de gestion', 1),
    ('factor', '13.5', '13', 92, 'الموارد المالية', 'Financial resources', 'Ressources financières', 1),
    ('factor', '13.6', '13', 93, 'الموارد البشرية', 'Human resources', 'Ressources humaines', 1),
    ('factor', '14', null, 94, 'عوامل أخرى', 'Other factor(s)', 'Autre(s) facteur(s)', 1),
    ('condition', 'good', null, 1, 'جيدة', 'Good', 'Bon', 1),
    ('condition', 'fair', null, 2, 'مقبولة', 'Fair', 'Passable', 1),
    ('condition', 'poor', null, 3, 'سيئة', 'Poor', 'Mauvais', 1),
    ('condition', 'very-bad', null, 4, 'سيئة جدًا', 'Very bad', 'Très mauvais', 1),
    ('condition', 'destroyed', null, 5, 'مدمَّرة', 'Destroyed', 'Détruit', 1),
    ('extent', 'none', null, 1, 'لا ضرر معروف', 'None known', 'Aucun connu', 1),
    ('extent', '1-10', null, 2, '1–10 ٪', '1–10 %', '1–10 %', 1),
    ('extent', '11-30', null, 3, '11–30 ٪', '11–30 %', '11–30 %', 1),
    ('extent', '31-60', null, 4, '31–60 ٪', '31–60 %', '31–60 %', 1),
    ('extent', '61-90', null, 5, '61–90 ٪', '61–90 %', '61–90 %', 1),
    ('extent', '91-100', null, 6, '91–100 ٪', '91–100 %', '91–100 %', 1),
    ('certainty', 'definite', null, 1, 'مؤكدة', 'Definite', 'Certaine', 1),
    ('certainty', 'high', null, 2, 'عالية', 'High', 'Élevée', 1),
    ('certainty', 'medium', null, 3, 'متوسطة', 'Medium', 'Moyenne', 1),
    ('certainty', 'low', null, 4, 'منخفضة', 'Low', 'Faible', 1),
    ('effect', 'collapse', null, 1, 'انهيار', 'Collapse', 'Effondrement', 1),
    ('effect', 'cracking', null, 2, 'تشقق إنشائي', 'Structural cracking', 'Fissuration structurelle', 1),
    ('effect', 'erosion', null, 3, 'تعرية', 'Erosion', 'Érosion', 1),
    ('effect', 'surface-loss', null, 4, 'فقدان الطبقة السطحية', 'Surface loss', 'Perte de surface', 1),
    ('effect', 'looting-pits', null, 5, 'حفر النهب', 'Looting pits', 'Fosses de pillage', 1),
    ('effect', 'vandalism', null, 6, 'الكتابة على الجدران والتخريب', 'Graffiti and vandalism', 'Graffitis et vandalisme', 1),
    ('effect', 'fire-damage', null, 7, 'أضرار الحريق', 'Fire damage', 'Dégâts d''incendie', 1),
    ('effect', 'water-damage', null, 8, 'أضرار المياه', 'Water damage', 'Dégâts des eaux', 1),
    ('effect', 'encroachment', null, 9, 'التعدي العمراني', 'Encroachment', 'Empiètement', 1),
    ('effect', 'visual-impact', null, 10, 'أثر بصري', 'Visual impact', 'Impact visuel', 1),
    ('effect', 'removal', null, 11, 'نزع العناصر أو نقلها', 'Removal or displacement of elements', 'Enlèvement ou déplacement d''éléments', 1),
    ('effect', 'loss-of-use', null, 12, 'فقدان الاستخدام أو الوظيفة', 'Loss of use or function', 'Perte d''usage ou de fonction', 1),
    ('probability', 'possible', null, 1, 'ممكن', 'Possible', 'Possible', 1),
    ('probability', 'probable', null, 2, 'مرجَّح', 'Probable', 'Probable', 1),
    ('probability', 'planned', null, 3, 'مخطَّط له', 'Planned', 'Planifiée', 1),
    ('priority', 'immediate', null, 1, 'فورية', 'Immediate', 'Immédiate', 1),
    ('priority', '6-12-months', null, 2, 'خلال 6 إلى 12 شهرًا', 'Within 6–12 months', 'Dans les 6 à 12 mois', 1),
    ('priority', '1-2-years', null, 3, 'خلال سنة إلى سنتين', 'Within 1–2 years', 'Dans 1 à 2 ans', 1),
    ('priority', '2-5-years', null, 4, 'خلال سنتين إلى خمس سنوات', 'Within 2–5 years', 'Dans 2 à 5 ans', 1),
    ('assessment', 'field-visit', null, 1, 'زيارة ميدانية', 'Field visit', 'Visite de terrain', 1),
    ('assessment', 'desk-based', null, 2, 'دراسة مكتبية', 'Desk-based', 'Étude documentaire', 1),
    ('assessment', 'remote-sensing', null, 3, 'استشعار عن بعد', 'Remote sensing', 'Télédétection', 1);


-- A condition or damage report on a heritage item (or one of its components), coded on the vocabularies above.
create table risk_report (
    id                 uuid          primary key,
    item_reference     varchar(20)   not null,
    component_position integer,
    state              varchar(2),
    assessed_on        date          not null,
    imagery_on         date,
    assessment         varchar(20)   not null,
    assessor           varchar(200)  not null,
    condition          varchar(20)   not null,
    extent             varchar(20)   not null,
    summary_ar         text,
    summary_en         text,
    summary_fr         text,
    action_ar          varchar(4000),
    action_en          varchar(4000),
    action_fr          varchar(4000),
    priority           varchar(20),
    sources            varchar(8000),
    sensitive          boolean       not null,
    demonstration      boolean       not null,
    vocabulary_version integer       not null,
    status             varchar(20)   not null,
    return_comment     varchar(4000),
    submitted_at       timestamp with time zone,
    verified_by        varchar(320),
    published_at       timestamp with time zone,
    created_by         varchar(320)  not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    row_version        bigint        not null,
    constraint risk_report_status check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'VERIFIED', 'PUBLISHED'))
);
create index risk_report_published on risk_report (status, published_at, id);
create index risk_report_item on risk_report (item_reference, status, assessed_on);
create index risk_report_desk on risk_report (updated_at, id);

-- causes ("9.4:definite"), threats ("10.2:probable") and effects, each a coded value
create table risk_report_cause (
    report_id uuid        not null references risk_report (id) on delete cascade,
    position  integer     not null,
    cause     varchar(50) not null,
    primary key (report_id, position)
);
create index risk_report_cause_value on risk_report_cause (cause, report_id);
create table risk_report_threat (
    report_id uuid        not null references risk_report (id) on delete cascade,
    position  integer     not null,
    threat    varchar(50) not null,
    primary key (report_id, position)
);
create table risk_report_effect (
    report_id uuid        not null references risk_report (id) on delete cascade,
    effect    varchar(20) not null,
    primary key (report_id, effect)
);

-- each step of the workflow: who did what and what they said
create table risk_report_step (
    id        uuid          primary key,
    report_id uuid          not null references risk_report (id) on delete cascade,
    step      varchar(20)   not null,
    actor     varchar(320)  not null,
    taken_at  timestamp with time zone not null,
    comment   varchar(4000)
);
create index risk_report_step_report on risk_report_step (report_id, taken_at);

-- the report's revisions (Envers)
create table risk_report_aud (
    id                 uuid          not null,
    rev                bigint        not null references revinfo (rev),
    revtype            smallint,
    item_reference     varchar(20),
    component_position integer,
    state              varchar(2),
    assessed_on        date,
    imagery_on         date,
    assessment         varchar(20),
    assessor           varchar(200),
    condition          varchar(20),
    extent             varchar(20),
    summary_ar         text,
    summary_en         text,
    summary_fr         text,
    action_ar          varchar(4000),
    action_en          varchar(4000),
    action_fr          varchar(4000),
    priority           varchar(20),
    sources            varchar(8000),
    sensitive          boolean,
    demonstration      boolean,
    vocabulary_version integer,
    status             varchar(20),
    return_comment     varchar(4000),
    submitted_at       timestamp with time zone,
    verified_by        varchar(320),
    published_at       timestamp with time zone,
    primary key (id, rev)
);
create table risk_report_cause_aud (
    rev       bigint      not null references revinfo (rev),
    revtype   smallint,
    report_id uuid        not null,
    position  integer     not null,
    cause     varchar(50) not null,
    primary key (rev, report_id, position, cause)
);
create table risk_report_threat_aud (
    rev       bigint      not null references revinfo (rev),
    revtype   smallint,
    report_id uuid        not null,
    position  integer     not null,
    threat    varchar(50) not null,
    primary key (rev, report_id, position, threat)
);
create table risk_report_effect_aud (
    rev       bigint      not null references revinfo (rev),
    revtype   smallint,
    report_id uuid        not null,
    effect    varchar(20) not null,
    primary key (rev, report_id, effect)
);
