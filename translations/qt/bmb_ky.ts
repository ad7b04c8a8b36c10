<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The previous demo database is still open in another window: %1</source>
        <translation>Мурунку демо маалымат базасы башка терезеде дагы эле ачык турат: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Күтүлбөгөн ката</translation>
    </message>
    <message>
        <source>Something went wrong that BMB Desktop did not expect. Your saved data is safe: every change is written to the database as soon as you save it.
Copy the details below and send them to whoever supports the program.</source>
        <translation>БМжБ Desktop программасында күтүлбөгөн ката кетти. Сакталган маалыматтарыңыз коопсуз: ар бир өзгөртүү сакталган замат маалымат базасына жазылат.
Төмөндөгү маалыматты көчүрүп, программаны тейлеген адиске жөнөтүңүз.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Маалыматты көчүрүү</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>BMB Desktop</source>
        <translation>БМжБ Desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Aiyl aimak</source>
        <translation>Айыл аймагы</translation>
    </message>
    <message>
        <source>Welcome! Enter your municipality once; everything can be changed later in Settings.</source>
        <translation>Кош келиңиз! Айыл аймагыңыз жөнүндө маалыматты бир жолу киргизиңиз; кийин баарын «Жөндөөлөр» бөлүмүнөн өзгөртсөңүз болот.</translation>
    </message>
    <message>
        <source>Aiyl okmotu</source>
        <translation>Айыл өкмөтү</translation>
    </message>
    <message>
        <source>The executive body, its head and the responsible secretary. The phone may be left empty.</source>
        <translation>Аткаруу органы, анын башчысы жана жооптуу катчы. Телефонду толтурбай коюуга болот.</translation>
    </message>
    <message>
        <source>Aiyl kenesh</source>
        <translation>Айылдык кеңеш</translation>
    </message>
    <message>
        <source>The local council that approves the group and its plan. Tick the date only if you know it.</source>
        <translation>Топту жана анын планын бекиткен жергиликтүү кеңеш. Түзүлгөн күнүн билсеңиз гана белгилеңиз.</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Айылдар</translation>
    </message>
    <message>
        <source>Every village of the aiyl aimak, one per line.</source>
        <translation>Айыл аймагынын бардык айылдары, ар бири өзүнчө сапта.</translation>
    </message>
    <message>
        <source>BMB Desktop: first start</source>
        <translation>БМжБ Desktop: биринчи ишке киргизүү</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Артка</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Кийинки &gt;</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Бүтүрүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Municipality</source>
        <translation>Айыл аймагы</translation>
    </message>
    <message>
        <source>Monitoring and evaluation group</source>
        <translation>Биргелешкен мониторинг жана баалоо тобу</translation>
    </message>
    <message>
        <source>Recorded in this database</source>
        <translation>Бул маалымат базасында катталганы</translation>
    </message>
    <message>
        <source>Deadlines and warnings</source>
        <translation>Мөөнөттөр жана эскертүүлөр</translation>
    </message>
    <message>
        <source>Deadline tracking comes in a later version: the answers to acts within 10 working days, the aiyl okmotu&apos;s report within 30 days, a meeting every quarter. Nothing is checked yet, so no warning here does not mean that all deadlines are kept.</source>
        <translation>Мөөнөттөрдү көзөмөлдөө кийинки версияда кошулат: актыга 10 иш күндүн ичинде жооп берүү, айыл өкмөтүнүн 30 күндүн ичинде маалымат берүүсү, ар бир чейректе жыйналыш өткөрүү. Азырынча эч нерсе текшерилбейт, ошондуктан бул жерде эскертүү жок болсо, бардык мөөнөттөр сакталды дегенди билдирбейт.</translation>
    </message>
    <message>
        <source>Aiyl okmotu:</source>
        <translation>Айыл өкмөтү:</translation>
    </message>
    <message>
        <source>Aiyl kenesh:</source>
        <translation>Айылдык кеңеш:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Облус:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Түзүлгөн негизи:</translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation>Түзүлгөн күнү:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Ыйгарым укук мөөнөтү:</translation>
    </message>
    <message>
        <source>Current members:</source>
        <translation>Азыркы мүчөлөрү:</translation>
    </message>
    <message>
        <source>Former members:</source>
        <translation>Мурунку мүчөлөрү:</translation>
    </message>
    <message>
        <source>Yearly plans:</source>
        <translation>Жылдык пландар:</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Жыйналыштар:</translation>
    </message>
    <message>
        <source>Acts:</source>
        <translation>Актылар:</translation>
    </message>
    <message>
        <source>Notices:</source>
        <translation>Кулактандыруулар:</translation>
    </message>
    <message>
        <source>%1 aiyl aimak</source>
        <translation>%1 айыл аймагы</translation>
    </message>
    <message>
        <source>(%1 convocation)</source>
        <translation>(%1 чакырылыш)</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>азырынча катталган эмес</translation>
    </message>
    <message>
        <source>resolution No. %1 of %2</source>
        <translation>айылдык кеңештин %2-жылдагы № %1 токтому</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 ай</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, %2-жылга чейин</translation>
    </message>
</context>
<context>
    <name>ListingPage</name>
    <message>
        <source>Monitoring plan</source>
        <translation>Мониторинг жана баалоо планы</translation>
    </message>
    <message>
        <source>Viewing only: the items of the newest version of each year&apos;s plan. Drafting, amending and approving the plan come in a later version.</source>
        <translation>Көрүү гана: ар бир жылдык пландын акыркы версиясынын пункттары. Планды түзүү, өзгөртүү жана бекитүү кийинки версияда кошулат.</translation>
    </message>
    <message>
        <source>No monitoring plan is recorded in this database yet.</source>
        <translation>Бул маалымат базасында мониторинг планы азырынча катталган эмес.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Жыйналыштар</translation>
    </message>
    <message>
        <source>Viewing only: group meetings and community gatherings. Recording attendance, agendas and protocols comes in a later version.</source>
        <translation>Көрүү гана: топтун жыйналыштары жана жамааттын жыйындары. Катышууну, күн тартибин жана протоколдорду жазуу кийинки версияда кошулат.</translation>
    </message>
    <message>
        <source>No meetings are recorded in this database yet.</source>
        <translation>Бул маалымат базасында жыйналыштар азырынча катталган эмес.</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Актылар</translation>
    </message>
    <message>
        <source>Viewing only: the acts of monitoring and their recommendations. Writing and printing acts comes in a later version.</source>
        <translation>Көрүү гана: мониторингдин актылары жана алардагы сунуштамалар. Актыларды жазуу жана басып чыгаруу кийинки версияда кошулат.</translation>
    </message>
    <message>
        <source>No acts are recorded in this database yet.</source>
        <translation>Бул маалымат базасында актылар азырынча катталган эмес.</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Кулактандыруулар</translation>
    </message>
    <message>
        <source>Viewing only: notices for the notice boards and where they were posted. Preparing and printing notices comes in a later version.</source>
        <translation>Көрүү гана: маалымат тактасына илинүүчү кулактандыруулар жана алар кайда илингени. Кулактандырууларды даярдоо жана басып чыгаруу кийинки версияда кошулат.</translation>
    </message>
    <message>
        <source>No notices are recorded in this database yet.</source>
        <translation>Бул маалымат базасында кулактандыруулар азырынча катталган эмес.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Башкы бет</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Топтун курамы</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Иш план</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Жыйналыштар</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Актылар</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Кулактандыруулар</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <source>BMB Desktop</source>
        <translation>БМжБ Desktop</translation>
    </message>
    <message>
        <source>(demo database)</source>
        <translation>(демо маалымат базасы)</translation>
    </message>
    <message>
        <source>%1 aiyl aimak</source>
        <translation>%1 айыл аймагы</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Маалымат базасы: %1</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Принтерди иштетүү мүмкүн болгон жок.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кичирейтүү</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Чоңойтуу</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Туурасы боюнча</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF катары сактоо…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Барактар: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF катары сактоо</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтер (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Файлды сактоо мүмкүн болгон жок: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып чыгаруу</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Aiyl aimak</source>
        <translation>Айыл аймагы</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облус</translation>
    </message>
    <message>
        <source>Administrative centre (village)</source>
        <translation>Административдик борбору (айыл)</translation>
    </message>
    <message>
        <source>Aiyl okmotu</source>
        <translation>Айыл өкмөтү</translation>
    </message>
    <message>
        <source>Head of the aiyl okmotu</source>
        <translation>Айыл өкмөтүнүн башчысы</translation>
    </message>
    <message>
        <source>Responsible secretary</source>
        <translation>Жооптуу катчы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Aiyl kenesh</source>
        <translation>Айылдык кеңеш</translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation>Чакырылышы</translation>
    </message>
    <message>
        <source>Chair of the aiyl kenesh</source>
        <translation>Айылдык кеңештин төрагасы</translation>
    </message>
    <message>
        <source>Kenesh formed on</source>
        <translation>Кеңеш түзүлгөн күн</translation>
    </message>
    <message>
        <source>Villages (one per line)</source>
        <translation>Айылдар (ар бири өзүнчө сапта)</translation>
    </message>
    <message>
        <source>known</source>
        <translation>белгилүү</translation>
    </message>
    <message>
        <source>e.g. II</source>
        <translation>мисалы, II</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>The half-year and yearly summary report of the group (events held, results, the acts issued and what was done about their recommendations) comes in a later version.

Nothing is prepared here yet.</source>
        <translation>Топтун жарым жылдык жана жылдык жыйынды отчету (өткөрүлгөн иш-чаралар, жыйынтыктар, берилген актылар жана алардагы сунуштамалар боюнча эмне аткарылганы) кийинки версияда кошулат.

Азырынча бул жерде эч нерсе даярдалбайт.</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категориясы</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жашы</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айылы</translation>
    </message>
    <message>
        <source>Workplace and post</source>
        <translation>Кызматы, иштеген жери</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негизи</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Курамга кирген күнү</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Мөөнөтү бүтөт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>%1 курамдан чыккан</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Group roster</source>
        <translation>Топтун курамы</translation>
    </message>
    <message>
        <source>Viewing only: adding members and recording their withdrawal come in a later version.</source>
        <translation>Көрүү гана: мүчөлөрдү кошуу жана алардын курамдан чыгышын каттоо кийинки версияда кошулат.</translation>
    </message>
    <message>
        <source>Search by name, village, post or phone</source>
        <translation>Аты, айылы, кызматы же телефону боюнча издөө</translation>
    </message>
    <message>
        <source>Show former members</source>
        <translation>Мурунку мүчөлөрдү көрсөтүү</translation>
    </message>
    <message>
        <source>Print roster…</source>
        <translation>Курамды басып чыгаруу…</translation>
    </message>
    <message>
        <source>No members of the group are recorded in this database yet.</source>
        <translation>Бул маалымат базасында топтун мүчөлөрү азырынча катталган эмес.</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Көрсөтүлдү: %2 ичинен %1</translation>
    </message>
    <message>
        <source>Preparing the roster…</source>
        <translation>Курам даярдалууда…</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>курам</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <source>Municipality profile</source>
        <translation>Айыл аймагы жөнүндө маалымат</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Languages and user</source>
        <translation>Тилдер жана колдонуучу</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Программанын тили:</translation>
    </message>
    <message>
        <source>Language of printed documents:</source>
        <translation>Басылып чыгуучу документтердин тили:</translation>
    </message>
    <message>
        <source>Your name (for the change log):</source>
        <translation>Сиздин атыңыз (өзгөртүүлөр журналы үчүн):</translation>
    </message>
    <message>
        <source>These settings are applied and kept at once.</source>
        <translation>Бул жөндөөлөр дароо колдонулат жана сакталат.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Сакталган жок: кызыл менен белгиленген талааларды оңдоңуз.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
</context>
</TS>
