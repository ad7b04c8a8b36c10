<?xml version='1.0' encoding='utf-8'?>
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
    <name>BasisField</name>
    <message>
        <source>Council resolution</source>
        <translation>Кеңештин токтому</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Башка документ</translation>
    </message>
    <message>
        <source>Choose the resolution</source>
        <translation>Токтомду тандаңыз</translation>
    </message>
    <message>
        <source>e.g. protocol No. 2 of the community gathering of 28.05.2026</source>
        <translation>мисалы, жыйындын 28.05.2026-жылдагы №2 протоколу</translation>
    </message>
</context>
<context>
    <name>CalendarDayDialog</name>
    <message>
        <source>Calendar correction</source>
        <translation>Календарды оңдоо</translation>
    </message>
    <message>
        <source>Orozo ait and Kurman ait are fixed by decree every year, and the government moves days off. A correction replaces the official calendar on that day.</source>
        <translation>Орозо айт жана Курман айт күндөрү жыл сайын токтом менен белгиленет, ал эми Өкмөт дем алыш күндөрүн которуп турат. Оңдоо ошол күнү расмий календардын ордуна колдонулат.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>The day is</source>
        <translation>Бул күн</translation>
    </message>
    <message>
        <source>a day off</source>
        <translation>дем алыш күнү</translation>
    </message>
    <message>
        <source>a working day</source>
        <translation>иш күнү</translation>
    </message>
    <message>
        <source>Name or decree</source>
        <translation>Аталышы же токтом</translation>
    </message>
    <message>
        <source>e.g. Kurman ait, Cabinet decree No. 270</source>
        <translation>мисалы, Курман айт, Министрлер Кабинетинин № 270 токтому</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Оңдоону сактоо</translation>
    </message>
</context>
<context>
    <name>CalendarDaysModel</name>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Жуманын күнү</translation>
    </message>
    <message>
        <source>The day is</source>
        <translation>Бул күн</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Булагы</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>иш күнү</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>дем алыш күнү</translation>
    </message>
    <message>
        <source>secretary's correction</source>
        <translation>катчынын оңдоосу</translation>
    </message>
    <message>
        <source>official calendar</source>
        <translation>расмий календарь</translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Deadlines in working days skip weekends and the official days off below. Orozo ait and Kurman ait are fixed by decree every year, and the government moves days off: record such changes as corrections. Every open deadline is recomputed with them at once.</source>
        <translation>Иш күндөрү менен эсептелген мөөнөттөр ишемби-жекшемби күндөрүн жана төмөндөгү расмий дем алыш күндөрүн эсепке албайт. Орозо айт жана Курман айт жыл сайын токтом менен белгиленет, ал эми Өкмөт дем алыш күндөрүн которуп турат: мындай өзгөртүүлөрдү оңдоо катары киргизиңиз. Аткарылбай турган бардык мөөнөттөр ошол замат кайра эсептелет.</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <source>Add correction…</source>
        <translation>Оңдоо кошуу…</translation>
    </message>
    <message>
        <source>Remove correction</source>
        <translation>Оңдоону өчүрүү</translation>
    </message>
    <message>
        <source>The correction of %1 is saved; deadlines are recomputed.</source>
        <translation>%1 күнкү оңдоо сакталды; мөөнөттөр кайра эсептелди.</translation>
    </message>
    <message>
        <source>The correction of %1 is removed; the official calendar applies.</source>
        <translation>%1 күнкү оңдоо өчүрүлдү; расмий календарь колдонулат.</translation>
    </message>
</context>
<context>
    <name>CompositionPanel</name>
    <message>
        <source>No rules to check yet.</source>
        <translation>Азырынча текшере турган эреже жок.</translation>
    </message>
    <message>
        <source>Rules broken: %1 of %2</source>
        <translation>Бузулган эрежелер: %2 эреженин %1</translation>
    </message>
    <message>
        <source>All %1 rules hold</source>
        <translation>Бардык %1 эреже сакталган</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>эскертүүлөр: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Declaration of a conflict of interest</source>
        <translation>Кызыкчылыктардын кагылышуусу жөнүндө билдирүү</translation>
    </message>
    <message>
        <source>A member with a personal interest in a monitored object or subject informs the group's chair and the council in writing. The council chair then decides on a temporary removal.</source>
        <translation>Мониторинг объектине же предметине жеке кызыкчылыгы бар мүчө бул тууралуу топтун төрагасына жана айылдык кеңешке жазуу жүзүндө билдирет. Андан кийин кеңештин төрагасы аны убактылуу четтетүү жөнүндө чечим кабыл алат.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Мүчө</translation>
    </message>
    <message>
        <source>Monitored object</source>
        <translation>Мониторинг объекти</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмети</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Билдирген күнү</translation>
    </message>
    <message>
        <source>Written statement</source>
        <translation>Жазуу жүзүндөгү билдирүү</translation>
    </message>
    <message>
        <source>Choose the member</source>
        <translation>Мүчөнү тандаңыз</translation>
    </message>
    <message>
        <source>no object: the subject only</source>
        <translation>объект жок, предмети гана</translation>
    </message>
    <message>
        <source>e.g. the repair of the street under a procurement contract</source>
        <translation>мисалы, сатып алуу келишими боюнча көчөнү оңдоо</translation>
    </message>
    <message>
        <source>Record the declaration</source>
        <translation>Билдирүүнү каттоо</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Declare…</source>
        <translation>Билдирүүнү каттоо…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Чечимди каттоо…</translation>
    </message>
    <message>
        <source>Record a member's written declaration of a conflict of interest</source>
        <translation>Мүчөнүн кызыкчылыктардын кагылышуусу жөнүндө жазуу жүзүндөгү билдирүүсүн каттоо</translation>
    </message>
    <message>
        <source>Record the council chair's decision on the chosen declaration</source>
        <translation>Тандалган билдирүү боюнча кеңештин төрагасынын чечимин каттоо</translation>
    </message>
    <message>
        <source>No member has declared a conflict of interest.</source>
        <translation>Бир да мүчө кызыкчылыктардын кагылышуусу жөнүндө билдирген эмес.</translation>
    </message>
    <message>
        <source>Check for conflicts of interest</source>
        <translation>Кызыкчылыктардын кагылышуусун текшерүү</translation>
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
    <name>DateField</name>
    <message>
        <source>Clear the date</source>
        <translation>Күндү өчүрүү</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision of the council chair</source>
        <translation>Айылдык кеңештин төрагасынын чечими</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest on %2: %3</source>
        <translation>%1 %2 күнү кызыкчылыктардын кагылышуусу жөнүндө билдирген: %3</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Temporarily remove the member from this monitoring</source>
        <translation>Мүчөнү бул мониторингден убактылуу четтетүү</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Чечим кабыл алынган күнү</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Чечими</translation>
    </message>
    <message>
        <source>e.g. the council chair's order and what it says</source>
        <translation>мисалы, кеңештин төрагасынын буйругу жана анын мазмуну</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Чечимди каттоо</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>DeclarationsModel</name>
    <message>
        <source>Member</source>
        <translation>Мүчө</translation>
    </message>
    <message>
        <source>Object or subject</source>
        <translation>Объекти же предмети</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Билдирген күнү</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>awaits the council chair's decision</source>
        <translation>кеңештин төрагасынын чечими күтүлүүдө</translation>
    </message>
    <message>
        <source>removed from this monitoring on %1</source>
        <translation>%1 бул мониторингден четтетилген</translation>
    </message>
    <message>
        <source>not removed (%1)</source>
        <translation>четтетилген эмес (%1)</translation>
    </message>
</context>
<context>
    <name>ElectedMembersDialog</name>
    <message>
        <source>Add the elected as members</source>
        <translation>Шайлангандарды мүчө катары кошуу</translation>
    </message>
    <message>
        <source>The candidates elected at the gathering of %1 become citizen members from the day of the council's resolution that includes them in the group. Fill in what the roster needs about each of them.</source>
        <translation>%1 күнкү жыйында шайланган талапкерлер аларды топтун курамына киргизген айылдык кеңештин токтому кабыл алынган күндөн тартып жарандардын атынан мүчө болушат. Ар бири жөнүндө курамга керектүү маалыматты толтуруңуз.</translation>
    </message>
    <message>
        <source>Council resolution</source>
        <translation>Айылдык кеңештин токтому</translation>
    </message>
    <message>
        <source>Add resolution…</source>
        <translation>Токтом кошуу…</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айылы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефону</translation>
    </message>
    <message>
        <source>Workplace and post</source>
        <translation>Кызматы, иштеген жери</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>тандаңыз</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>known</source>
        <translation>белгилүү</translation>
    </message>
    <message>
        <source>choose the resolution</source>
        <translation>токтомду тандаңыз</translation>
    </message>
    <message>
        <source>Add to the group</source>
        <translation>Топко кошуу</translation>
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
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>FormationPage</name>
    <message>
        <source>Group formation</source>
        <translation>Топту түзүү</translation>
    </message>
    <message>
        <source>Each step of forming the group or replacing a member, with its legal deadline counted in working days (weekends, public holidays and the corrections in Settings are skipped).</source>
        <translation>Топту түзүүнүн же мүчөнү алмаштыруунун ар бир кадамы жана анын иш күндөрү менен эсептелген мыйзамдуу мөөнөтү (ишемби-жекшемби, майрам күндөрү жана «Жөндөөлөрдөгү» оңдоолор эсепке алынбайт).</translation>
    </message>
    <message>
        <source>Formation:</source>
        <translation>Түзүү жараяны:</translation>
    </message>
    <message>
        <source>Start a formation…</source>
        <translation>Түзүүнү баштоо…</translation>
    </message>
    <message>
        <source>Steps and deadlines</source>
        <translation>Кадамдар жана мөөнөттөр</translation>
    </message>
    <message>
        <source>Community gathering</source>
        <translation>Жамааттын жыйыны</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, %2 башталган</translation>
    </message>
    <message>
        <source>steps needing attention: %1</source>
        <translation>көңүл бурула турган кадамдар: %1</translation>
    </message>
    <message>
        <source>No formation is recorded yet. Start one with the button above.</source>
        <translation>Топту түзүү жараяны азырынча катталган эмес. Аны жогорудагы баскыч менен баштаңыз.</translation>
    </message>
    <message>
        <source>No warnings: every step so far is within its deadline.</source>
        <translation>Эскертүүлөр жок: азырынча ар бир кадам өз мөөнөтүндө.</translation>
    </message>
</context>
<context>
    <name>FormationStepsModel</name>
    <message>
        <source>Step</source>
        <translation>Кадам</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Мыйзамдуу мөөнөтү</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Аткарылган күнү</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>өз убагында аткарылды</translation>
    </message>
    <message>
        <source>done</source>
        <translation>аткарылды</translation>
    </message>
    <message>
        <source>done late by %1 working days</source>
        <translation>%1 иш күнү кечиктирилип аткарылды</translation>
    </message>
    <message>
        <source>overdue by %1 working days</source>
        <translation>мөөнөтү %1 иш күнүнө өтүп кетти</translation>
    </message>
    <message>
        <source>not done, though later steps are</source>
        <translation>аткарылган жок, бирок кийинки кадамдар аткарылды</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>колдонулбайт</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>күтүлүүдө</translation>
    </message>
    <message>
        <source>pending, due today</source>
        <translation>күтүлүүдө, мөөнөтү бүгүн</translation>
    </message>
    <message>
        <source>pending, %1 working days left</source>
        <translation>күтүлүүдө, %1 иш күнү калды</translation>
    </message>
</context>
<context>
    <name>GatheringDialog</name>
    <message>
        <source>New community gathering</source>
        <translation>Жамааттын жаңы жыйыны</translation>
    </message>
    <message>
        <source>The candidates and their votes are entered on the page after the gathering is recorded.</source>
        <translation>Талапкерлер жана алардын добуштары жыйын катталгандан кийин ушул бетте киргизилет.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Өткөн күнү</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Жыйын</translation>
    </message>
    <message>
        <source>e.g. Gathering of the residents of Masy and Besh-Jygach villages</source>
        <translation>мисалы, Масы жана Беш-Жыгач айылдарынын жыйыны</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өткөн жери</translation>
    </message>
    <message>
        <source>e.g. Masy village house of culture</source>
        <translation>мисалы, Масы айылдык маданият үйү</translation>
    </message>
    <message>
        <source>Residents taking part</source>
        <translation>Катышкан тургундар</translation>
    </message>
    <message>
        <source>Record gathering</source>
        <translation>Жыйынды каттоо</translation>
    </message>
</context>
<context>
    <name>GatheringPanel</name>
    <message>
        <source>Citizen candidates are elected at a community gathering by more than half of the participants' votes, not of the votes cast. The elected become members through the council's resolution.</source>
        <translation>Жарандардын талапкерлери жамааттын жыйынында катышуучулардын жарымынан көбүнүн добушу менен шайланат (берилген добуштардын эмес, катышуучулардын санынан). Шайлангандар айылдык кеңештин токтому менен топтун мүчөсү болушат.</translation>
    </message>
    <message>
        <source>New gathering…</source>
        <translation>Жаңы жыйын…</translation>
    </message>
    <message>
        <source>Residents taking part</source>
        <translation>Катышкан тургундар</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Талапкер</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Колдогон добуштар</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлүшү</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Жыйынтыгы</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Талапкер кошуу</translation>
    </message>
    <message>
        <source>Remove candidate</source>
        <translation>Талапкерди өчүрүү</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Жыйынтыктарды сактоо</translation>
    </message>
    <message>
        <source>Add the elected as members…</source>
        <translation>Шайлангандарды мүчө катары кошуу…</translation>
    </message>
    <message>
        <source>member of the group</source>
        <translation>топтун мүчөсү</translation>
    </message>
    <message>
        <source>elected</source>
        <translation>шайланды</translation>
    </message>
    <message>
        <source>not elected</source>
        <translation>шайланган жок</translation>
    </message>
    <message>
        <source>Elected: %1. A candidate needs at least %2 of %3 votes.</source>
        <translation>Шайланды: %1. Талапкерге %3 добуштун жок дегенде %2 добушу керек.</translation>
    </message>
    <message>
        <source>Enter the number of residents taking part: the majority is counted of them.</source>
        <translation>Катышкан тургундардын санын жазыңыз: көпчүлүк добуш ошолордун санынан эсептелет.</translation>
    </message>
    <message>
        <source>No community gathering is recorded yet. Create one to record the election of citizen candidates.</source>
        <translation>Жамааттын жыйыны азырынча катталган эмес. Жарандардын талапкерлерин шайлоону каттоо үчүн жыйынды киргизиңиз.</translation>
    </message>
    <message>
        <source>Held on %1 at %2.</source>
        <translation>%1 күнү өттү, жери: %2.</translation>
    </message>
    <message>
        <source>The protocol is signed: its results can no longer be changed.</source>
        <translation>Протоколго кол коюлган: анын жыйынтыктарын мындан ары өзгөртүүгө болбойт.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1-сап: %2</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Сакталган жок: кызыл менен белгиленген талааларды оңдоңуз.</translation>
    </message>
    <message>
        <source>Added to the group: %1. They are in the roster now.</source>
        <translation>Топко кошулду: %1. Алар эми топтун курамында.</translation>
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
        <source>Rules and warnings today</source>
        <translation>Бүгүнкү эрежелер жана эскертүүлөр</translation>
    </message>
    <message>
        <source>Deadline tracking of acts and meetings comes in a later version: the object's answer to an act within 10 working days, the aiyl okmotu's report within 30 days. The list above shows every rule checked today, with its source.</source>
        <translation>Мөөнөттөрдү көзөмөлдөө кийинки версияда актылар жана жыйналыштар үчүн кошулат: объекттин актыга 10 иш күндүн ичинде жооп бериши, айыл өкмөтүнүн 30 күндүн ичинде маалымат бериши. Бүгүн текшерилген бардык эрежелер жогоруда булагы менен көрсөтүлгөн.</translation>
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
        <source>Broken: %1 · warnings: %2 · holding: %3</source>
        <translation>Бузулган: %1 · эскертүүлөр: %2 · сакталган: %3</translation>
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
        <source>Viewing only: the items of the newest version of each year's plan. Drafting, amending and approving the plan come in a later version.</source>
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
        <source>Group formation</source>
        <translation>Топту түзүү</translation>
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
    <name>MemberDialog</name>
    <message>
        <source>Replacement for %1</source>
        <translation>Курамдан чыккан мүчөнүн ордуна: %1</translation>
    </message>
    <message>
        <source>%1 left the group on %2 (%3). The new member is recorded as the replacement.</source>
        <translation>%1 топтун курамынан %2 чыккан (%3). Жаңы мүчө анын ордуна дайындалган катары катталат.</translation>
    </message>
    <message>
        <source>Member of the group: %1</source>
        <translation>Топтун мүчөсү: %1</translation>
    </message>
    <message>
        <source>New member of the group</source>
        <translation>Топтун жаңы мүчөсү</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Surname</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айылы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефону</translation>
    </message>
    <message>
        <source>Workplace and post</source>
        <translation>Иштеген жери жана кызматы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категориясы</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Топтогу ролу</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>Дайындалган күнү</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негизи</translation>
    </message>
    <message>
        <source>Term ends on</source>
        <translation>Мөөнөтү бүткөн күнү</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Жеке маалыматы</translation>
    </message>
    <message>
        <source>Membership in the group</source>
        <translation>Топтогу мүчөлүгү</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Тандаңыз</translation>
    </message>
    <message>
        <source>e.g. 0700 123 456</source>
        <translation>мисалы, 0700 123 456</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>көрсөтүлгөн эмес</translation>
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
    <name>RegulationSection</name>
    <message>
        <source>The rules the group is checked against. The model regulation is the default; the local variant is the looser regulation approved by some councils (5 to 11 members, no quotas, the group elects its chair, a term set by the council). Change any value to keep your own.</source>
        <translation>Топ текшериле турган эрежелер. Демейки боюнча Типтүү жобо колдонулат; жергиликтүү вариант – айрым кеңештер бекиткен жумшагыраак жобо (5тен 11ге чейин мүчө, квоталар жок, төраганы топ өзү шайлайт, мөөнөттү кеңеш белгилейт). Өз маанилериңизди колдонуу үчүн каалаган маанини өзгөртүңүз.</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Курамы</translation>
    </message>
    <message>
        <source>Roles, term and meetings</source>
        <translation>Ролдор, мөөнөт жана жыйналыштар</translation>
    </message>
    <message>
        <source>The group's basis</source>
        <translation>Топтун түзүлүү негизи</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Жобо</translation>
    </message>
    <message>
        <source>Title cited in findings</source>
        <translation>Текшерүүлөрдө шилтеме берилүүчү аталышы</translation>
    </message>
    <message>
        <source>Smallest number of members</source>
        <translation>Мүчөлөрдүн эң аз саны</translation>
    </message>
    <message>
        <source>Largest number of members</source>
        <translation>Мүчөлөрдүн эң көп саны</translation>
    </message>
    <message>
        <source>Odd number of members</source>
        <translation>Мүчөлөрдүн так саны</translation>
    </message>
    <message>
        <source>Municipal employees, at least</source>
        <translation>Муниципалдык кызматчылар, кеминде</translation>
    </message>
    <message>
        <source>Council deputies, at least</source>
        <translation>Айылдык кеңештин депутаттары, кеминде</translation>
    </message>
    <message>
        <source>Citizens and their associations, at least</source>
        <translation>Жарандар жана алардын бирикмелери, кеминде</translation>
    </message>
    <message>
        <source>Members of one sex, at most</source>
        <translation>Бир жыныстагы мүчөлөр, эң көп</translation>
    </message>
    <message>
        <source>The chair is</source>
        <translation>Төрага</translation>
    </message>
    <message>
        <source>Protocols are signed by</source>
        <translation>Протоколго кол коюшат</translation>
    </message>
    <message>
        <source>Decisions pass by</source>
        <translation>Чечим кабыл алынат</translation>
    </message>
    <message>
        <source>Term of the group</source>
        <translation>Топтун ыйгарым укук мөөнөтү</translation>
    </message>
    <message>
        <source>Meetings per quarter, at least</source>
        <translation>Чейрегине жыйналыштар, кеминде</translation>
    </message>
    <message>
        <source>Council resolution</source>
        <translation>Айылдык кеңештин токтому</translation>
    </message>
    <message>
        <source>Group created on</source>
        <translation>Топ түзүлгөн күн</translation>
    </message>
    <message>
        <source>e.g. Regulation approved by resolution No. 2/1</source>
        <translation>мисалы, № 2/1 токтом менен бекитилген жобо</translation>
    </message>
    <message>
        <source>required</source>
        <translation>талап кылынат</translation>
    </message>
    <message>
        <source>months</source>
        <translation>ай</translation>
    </message>
    <message>
        <source>known</source>
        <translation>белгилүү</translation>
    </message>
    <message>
        <source>Add resolution…</source>
        <translation>Токтом кошуу…</translation>
    </message>
    <message>
        <source>Save regulation</source>
        <translation>Жобону сактоо</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Сакталган жок: кызыл менен белгиленген талааларды оңдоңуз.</translation>
    </message>
    <message>
        <source>Saved. Every check now uses these rules.</source>
        <translation>Сакталды. Мындан ары бардык текшерүүлөр ушул эрежелер боюнча жүргүзүлөт.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>катталган эмес</translation>
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
    <name>ResolutionDialog</name>
    <message>
        <source>Council resolution</source>
        <translation>Айылдык кеңештин токтому</translation>
    </message>
    <message>
        <source>Record a resolution of the aiyl kenesh as it is numbered and titled in the document.</source>
        <translation>Айылдык кеңештин токтомун документтеги номери жана аталышы боюнча так киргизиңиз.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>e.g. 12/5</source>
        <translation>мисалы, 12/5</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Кабыл алынган күнү</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>… approving the composition and regulation of the group</source>
        <translation>…топтун курамын жана жобосун бекитүү жөнүндө</translation>
    </message>
    <message>
        <source>Add resolution</source>
        <translation>Токтомду кошуу</translation>
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
        <source>Phone</source>
        <translation>Телефону</translation>
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
        <source>in place of %1</source>
        <translation>мурунку мүчөнүн ордуна: %1</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>%1 курамдан чыккан</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>ордуна дайындалган: %1</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Group roster</source>
        <translation>Топтун курамы</translation>
    </message>
    <message>
        <source>Search by name, village, post or phone</source>
        <translation>Аты, айылы, кызматы же телефону боюнча издөө</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Мүчө кошуу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Курамдан чыгаруу…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Алмаштыруу…</translation>
    </message>
    <message>
        <source>Record that the chosen member leaves the group, with the date and ground</source>
        <translation>Тандалган мүчөнүн топтун курамынан чыкканын күнү жана негизи менен каттоо</translation>
    </message>
    <message>
        <source>Appoint a new member in place of the chosen member who has left</source>
        <translation>Курамдан чыккан мүчөнүн ордуна жаңы мүчө дайындоо</translation>
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
        <source>Current and former</source>
        <translation>Азыркы жана мурунку мүчөлөр</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Азыркы мүчөлөр</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Мурунку мүчөлөр</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Бардык категориялар</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Бардык ролдор</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Курамы</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Кызыкчылыктардын кагылышуусу</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Көрсөтүлдү: %2 ичинен %1</translation>
    </message>
    <message>
        <source>Replace a member</source>
        <translation>Мүчөнү алмаштыруу</translation>
    </message>
    <message>
        <source>%1 is still a member of the group. A replacement is appointed once the withdrawal is recorded. Record the withdrawal now?</source>
        <translation>%1 азыр да топтун мүчөсү. Анын ордуна жаңы мүчө курамдан чыкканы катталгандан кийин дайындалат. Курамдан чыгышын азыр каттайсызбы?</translation>
    </message>
    <message>
        <source>Record the withdrawal…</source>
        <translation>Курамдан чыгышын каттоо…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
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
        <source>Municipality</source>
        <translation>Айыл аймагы</translation>
    </message>
    <message>
        <source>BMjB group regulation</source>
        <translation>БМжБ тобунун жобосу</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Жумуш күндөрүнүн календары</translation>
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
<context>
    <name>StartFormationDialog</name>
    <message>
        <source>Start a formation</source>
        <translation>Топту түзүүнү баштоо</translation>
    </message>
    <message>
        <source>A new group starts with the aiyl okmotu's announcement; a replacement of a member goes through the same procedure without it. Deadlines are counted from the start in working days.</source>
        <translation>Жаңы топту түзүү айыл өкмөтүнүн кулактандыруусу менен башталат; мүчөнү алмаштыруу ушул эле тартипте, бирок кулактандыруусуз өтөт. Мөөнөттөр баштаган күндөн тартып иш күндөрү менен эсептелет.</translation>
    </message>
    <message>
        <source>Formation of</source>
        <translation>Эмнени түзүү</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Башталган күнү</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>e.g. replacing a member who left on her own application</source>
        <translation>мисалы, өз арызы менен чыккан мүчөнүн ордуна</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Баштоо</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Done on</source>
        <translation>Аткарылган күнү</translation>
    </message>
    <message>
        <source>done</source>
        <translation>аткарылды</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>e.g. Notice on the start of the group's formation</source>
        <translation>мисалы, Топту түзүү башталгандыгы жөнүндө кулактандыруу</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Колдонулбайт</translation>
    </message>
    <message>
        <source>this step does not apply to this formation</source>
        <translation>бул кадам ушул жараянга тиешелүү эмес</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Save step</source>
        <translation>Кадамды сактоо</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Кадам: %1</translation>
    </message>
    <message>
        <source>Choose a step in the table</source>
        <translation>Таблицадан кадамды тандаңыз</translation>
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
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>Withdrawal from the group: %1</source>
        <translation>Топтун курамынан чыгуу: %1</translation>
    </message>
    <message>
        <source>%1, %2 (%3), member since %4.</source>
        <translation>%1, %2 (%3); курамга кирген күнү: %4.</translation>
    </message>
    <message>
        <source>Date of withdrawal</source>
        <translation>Курамдан чыккан күнү</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Негизи</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Required for another ground, e.g. moved to another district</source>
        <translation>Башка негиз тандалса толтурулат, мисалы: башка районго көчүп кеткен</translation>
    </message>
    <message>
        <source>Record the withdrawal</source>
        <translation>Курамдан чыгышын каттоо</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Choose the ground</source>
        <translation>Негизин тандаңыз</translation>
    </message>
</context>
</TS>