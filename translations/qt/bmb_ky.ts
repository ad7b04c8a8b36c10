<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
<context>
    <name>AbsenceMarkedRosterModel</name>
    <message>
        <source>missed %1 meetings in a row</source>
        <translation>катары менен %1 жыйналышка катышкан жок</translation>
    </message>
    <message>
        <source>Missed %1 group meetings in a row, the last on %2: a ground for early withdrawal.</source>
        <translation>Топтун %1 жыйналышына катары менен катышкан жок, акыркысы %2: бул топтон мөөнөтүнөн мурда чыгаруу үчүн негиз болот.</translation>
    </message>
</context>
<context>
    <name>ActDocuments</name>
    <message>
        <source>Act No. %1</source>
        <translation>№ %1 акт</translation>
    </message>
    <message>
        <source>Draft act</source>
        <translation>Актынын долбоору</translation>
    </message>
    <message>
        <source>act</source>
        <translation>акт</translation>
    </message>
    <message>
        <source>draft-act</source>
        <translation>акт-долбоор</translation>
    </message>
    <message>
        <source>Preparing the act…</source>
        <translation>Акт даярдалууда…</translation>
    </message>
    <message>
        <source>Letter No. %1</source>
        <translation>№ %1 кат</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>кат</translation>
    </message>
    <message>
        <source>Preparing the letter…</source>
        <translation>Кат даярдалууда…</translation>
    </message>
</context>
<context>
    <name>ActEditor</name>
    <message>
        <source>Delete draft…</source>
        <translation>Долбоорду өчүрүү…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Чыгаруу…</translation>
    </message>
    <message>
        <source>Check that the act is complete, then give it its number and date</source>
        <translation>Акт толук экенин текшерип, ага номер жана күн берүү</translation>
    </message>
    <message>
        <source>Correct by a new act…</source>
        <translation>Жаңы акт менен оңдоо…</translation>
    </message>
    <message>
        <source>Prepare a new act with the same content that supersedes this one when issued</source>
        <translation>Ушул эле мазмундагы жаңы акт даярдоо; ал чыгарылганда ушул актынын ордун басат</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Жыйынтыктар (%1)</translation>
    </message>
    <message>
        <source>Recommendations (%1)</source>
        <translation>Сунуштамалар (%1)</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Катышуучулар (%1)</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Тиркемелер (%1)</translation>
    </message>
    <message>
        <source>Delivery and answers</source>
        <translation>Жөнөтүү жана жооптор</translation>
    </message>
    <message>
        <source>Follow-up of recommendations</source>
        <translation>Сунуштамалардын аткарылышы</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Өзгөртүүлөр терилген сайын сакталат.</translation>
    </message>
    <message>
        <source>Draft act: %1</source>
        <translation>Актынын долбоору: %1</translation>
    </message>
    <message>
        <source>Draft act</source>
        <translation>Актынын долбоору</translation>
    </message>
    <message>
        <source>This draft corrects act No. %1. When it is issued, act No. %1 becomes superseded; both remain.</source>
        <translation>Бул долбоор № %1 актыны оңдойт. Ал чыгарылганда № %1 акт алмаштырылган болуп калат; экөө тең сакталат.</translation>
    </message>
    <message>
        <source>Act No. %1 of %2</source>
        <translation>%2 № %1 акт</translation>
    </message>
    <message>
        <source>superseded by act No. %1</source>
        <translation>№ %1 акт менен алмаштырылган</translation>
    </message>
    <message>
        <source>The act is issued and can no longer be changed. Verification code: %1 (printed on every page). To correct a mistake, prepare a new act that supersedes it.</source>
        <translation>Акт чыгарылган, аны мындан ары өзгөртүүгө болбойт. Текшерүү коду: %1 (ар бир бетке басылат). Катаны оңдоо үчүн анын ордуна жаңы акт даярдаңыз.</translation>
    </message>
    <message>
        <source>It corrects act No. %1.</source>
        <translation>Ал № %1 актыны оңдойт.</translation>
    </message>
    <message>
        <source>Warning: the act in the database no longer gives its fingerprint %1: it was changed after it was issued.</source>
        <translation>Эскертүү: маалымат базасындагы акт %1 санарип изине дал келбей калды: ал чыгарылгандан кийин өзгөртүлгөн.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 сакталды</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сакталган жок: %1</translation>
    </message>
    <message>
        <source>Act No. %1 of %2 is issued.</source>
        <translation>%2 № %1 акт чыгарылды.</translation>
    </message>
    <message>
        <source>Not issued: what is missing is marked in red.</source>
        <translation>Чыгарылган жок: жетишпегендер кызыл түс менен белгиленди.</translation>
    </message>
    <message>
        <source>A new draft corrects act No. %1: change what was wrong, then issue it.</source>
        <translation>Жаңы долбоор № %1 актыны оңдойт: катаны оңдоп, андан кийин чыгарыңыз.</translation>
    </message>
    <message>
        <source>Delete this draft act with its findings and recommendations?</source>
        <translation>Актынын бул долбоорун жыйынтыктары жана сунуштамалары менен кошо өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Stay in the editor</source>
        <translation>Түзөткүчтө калуу</translation>
    </message>
    <message>
        <source>Close without it</source>
        <translation>Сактабай жабуу</translation>
    </message>
</context>
<context>
    <name>ActHeaderForm</name>
    <message>
        <source>Plan item:</source>
        <translation>Пландын пункту:</translation>
    </message>
    <message>
        <source>Monitored object:</source>
        <translation>Мониторингдин объектиси:</translation>
    </message>
    <message>
        <source>Kind of subject:</source>
        <translation>Предметтин түрү:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Предмети:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Максаты:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Жүргүзүлгөн жери:</translation>
    </message>
    <message>
        <source>Period of the monitoring:</source>
        <translation>Мониторингдин мөөнөтү:</translation>
    </message>
    <message>
        <source>What the monitoring was to find out</source>
        <translation>Мониторинг эмнени аныкташы керек болчу</translation>
    </message>
    <message>
        <source>Village, street, building</source>
        <translation>Айыл, көчө, имарат</translation>
    </message>
    <message>
        <source>Not from the plan</source>
        <translation>Планда жок</translation>
    </message>
    <message>
        <source>Choose from the register of objects</source>
        <translation>Объекттердин реестринен тандаңыз</translation>
    </message>
    <message>
        <source>Choose the kind</source>
        <translation>Түрүн тандаңыз</translation>
    </message>
</context>
<context>
    <name>ActsModel</name>
    <message>
        <source>Act No.</source>
        <translation>Акт №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмети</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Сунуштамалар</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Жооптор</translation>
    </message>
    <message>
        <source>superseded by act %1</source>
        <translation>№ %1 акт менен алмаштырылган</translation>
    </message>
    <message>
        <source>%1 (open %2)</source>
        <translation>%1 (ачык: %2)</translation>
    </message>
    <message>
        <source>Corrects act %1</source>
        <translation>№ %1 актыны оңдойт</translation>
    </message>
</context>
<context>
    <name>ActsPage</name>
    <message>
        <source>Acts and letters</source>
        <translation>Актылар жана каттар</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Актылар</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Каттар</translation>
    </message>
    <message>
        <source>New act…</source>
        <translation>Жаңы акт…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ачуу…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Check a printed act…</source>
        <translation>Басылган актыны текшерүү…</translation>
    </message>
    <message>
        <source>Compare a printed act or its PDF file with the act in the database</source>
        <translation>Басылган актыны же анын PDF файлын маалымат базасындагы акт менен салыштыруу</translation>
    </message>
    <message>
        <source>Answers overdue or due this week</source>
        <translation>Жообунун мөөнөтү өткөн же ушул жумада бүтөт</translation>
    </message>
    <message>
        <source>No acts yet. An act records one monitoring: its purpose, object, place and period, the findings, the recommendations with their addressees and dates, and the members who sign it.</source>
        <translation>Азырынча актылар жок. Акт бир мониторингди каттайт: анын максатын, объектисин, жерин жана мөөнөтүн, жыйынтыктарын, кимге жана качанга чейин экени көрсөтүлгөн сунуштамаларды жана ага кол койгон мүчөлөрдү.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Бардык жылдар</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Бардык абалдар</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Көрсөтүлдү: %2 ичинен %1</translation>
    </message>
</context>
<context>
    <name>AddresseesPanel</name>
    <message>
        <source>The act goes to the object, the aiyl okmotu and the council. Record when each received it: the object answers within 10 working days, the aiyl okmotu reports to the council within 30 days.</source>
        <translation>Акт объектиге, айыл өкмөтүнө жана айылдык кеңешке жөнөтүлөт. Ар бири аны качан алганын каттаңыз: объект 10 иш күнүнүн ичинде жооп берет, айыл өкмөтү 30 күндүн ичинде кеңешке маалымдайт.</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Алуучу</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Жөнөтүлдү</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Жооптун мөөнөтү</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жооп</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Себептери</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Чаралар</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Скан</translation>
    </message>
    <message>
        <source>Record delivery…</source>
        <translation>Жөнөтүлүшүн каттоо…</translation>
    </message>
    <message>
        <source>Cover letter…</source>
        <translation>Коштоочу кат…</translation>
    </message>
    <message>
        <source>Prepare the letter sending the act to this addressee</source>
        <translation>Актыны ушул алуучуга жөнөтүүчү кат даярдоо</translation>
    </message>
    <message>
        <source>Open the scan</source>
        <translation>Сканды ачуу</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>катталган эмес</translation>
    </message>
    <message>
        <source>no answer owed</source>
        <translation>жооп талап кылынбайт</translation>
    </message>
    <message>
        <source>once received</source>
        <translation>алынгандан кийин</translation>
    </message>
    <message>
        <source>(%1 days late)</source>
        <translation>(%1 күн кечикти)</translation>
    </message>
    <message>
        <source>Answers of %1:</source>
        <translation>%1 берген жооптор:</translation>
    </message>
    <message>
        <source>Record the report to the council…</source>
        <translation>Кеңешке берилген маалыматты каттоо…</translation>
    </message>
    <message>
        <source>Record the response…</source>
        <translation>Жоопту каттоо…</translation>
    </message>
    <message>
        <source>This addressee owes no answer.</source>
        <translation>Бул алуучудан жооп талап кылынбайт.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Add item</source>
        <translation>Маселе кошуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Маселени жогору жылдыруу</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Маселени төмөн жылдыруу</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Күн тартибиндеги маселе</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>УГУЛДУ</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>СҮЙЛӨДҮ</translation>
    </message>
    <message>
        <source>Who reported and what about, e.g. G. Kandarova, chair of the group, on the draft act</source>
        <translation>Ким эмне жөнүндө баяндады, мисалы, топтун төрагасы Г. Кандарова актынын долбоору жөнүндө</translation>
    </message>
    <message>
        <source>Who spoke in the discussion and what they said</source>
        <translation>Талкууда ким сүйлөдү жана эмне деди</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Маселени сактоо</translation>
    </message>
    <message>
        <source>The agenda is empty. Add the first item: what was discussed, who reported and what was decided.</source>
        <translation>Күн тартиби бош. Биринчи маселени кошуңуз: эмне талкууланды, ким баяндады жана эмне чечим кабыл алынды.</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Күн тартибинин жаңы маселеси</translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation>Күн тартибинин %1-маселеси</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Азырынча сакталган жок</translation>
    </message>
    <message>
        <source>Not saved: correct the field marked in red.</source>
        <translation>Сакталган жок: кызыл менен белгиленген талааны оңдоңуз.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <source>Remove agenda item %1 with its decisions?</source>
        <translation>Күн тартибинин %1-маселеси анын чечимдери менен кошо өчүрүлсүнбү?</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Amendment of the plan</source>
        <translation>Планга өзгөртүү киргизүү</translation>
    </message>
    <message>
        <source>An amendment starts as a copy of the version in force. Change its items, have the group pass it by majority at a meeting, then submit it to the aiyl kenesh. The version in force stays in force until the council approves the amendment.</source>
        <translation>Өзгөртүү күчүндөгү версиянын көчүрмөсү катары башталат. Анын пункттарын өзгөртүп, топтун жыйналышында көпчүлүк добуш менен кабыл алдырып, андан кийин айылдык кеңешке тапшырыңыз. Кеңеш өзгөртүүнү бекиткенге чейин күчүндөгү версия күчүндө калат.</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Өзгөртүүнүн себеби</translation>
    </message>
    <message>
        <source>e.g. A local initiative is added; the monitoring of waste collection moves to the fourth quarter.</source>
        <translation>мисалы, жергиликтүү демилге кошулду; калдыктарды чыгарууга мониторинг IV кварталга жылдырылды.</translation>
    </message>
    <message>
        <source>Start the amendment</source>
        <translation>Өзгөртүүнү баштоо</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The previous demo database is still open in another window: %1</source>
        <translation>Мурунку демо маалымат базасы башка терезеде дагы эле ачык турат: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval by the aiyl kenesh</source>
        <translation>Айылдык кеңештин бекитүүсү</translation>
    </message>
    <message>
        <source>Record the council resolution approving the amendment. The version it amends stays readable as it was approved.</source>
        <translation>Өзгөртүүнү бекиткен айылдык кеңештин токтомун каттаңыз. Өзгөртүлгөн версия бекитилген бойдон окууга сакталат.</translation>
    </message>
    <message>
        <source>Record the council resolution approving the plan. Once approved, the plan changes only by amendments, each a new version.</source>
        <translation>Планды бекиткен айылдык кеңештин токтомун каттаңыз. Бекитилгенден кийин план өзгөртүү аркылуу гана өзгөрөт, ар бир өзгөртүү жаңы версия болот.</translation>
    </message>
    <message>
        <source>Resolution number</source>
        <translation>Токтомдун номери</translation>
    </message>
    <message>
        <source>e.g. 14/3</source>
        <translation>мисалы, 14/3</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Кабыл алынган күнү</translation>
    </message>
    <message>
        <source>Record the approval</source>
        <translation>Бекитүүнү каттоо</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>%1 B</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>Photos, scans and protocols of the monitoring. Each file is copied into the attachments folder beside the database and kept with its SHA-256 checksum; the printed act lists them.</source>
        <translation>Мониторингдин сүрөттөрү, скандары жана протоколдору. Ар бир файл маалымат базасынын жанындагы тиркемелер папкасына көчүрүлүп, SHA-256 текшерүү суммасы менен сакталат; басылган актыда алардын тизмеси берилет.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Текшерүү суммасы (SHA-256)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Файлдарды кошуу…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Алып салуу…</translation>
    </message>
    <message>
        <source>Attach files to the act</source>
        <translation>Актыга файлдарды тиркөө</translation>
    </message>
    <message>
        <source>Copying the files…</source>
        <translation>Файлдар көчүрүлүүдө…</translation>
    </message>
    <message>
        <source>Remove %1 from the draft?</source>
        <translation>%1 долбоордон алып салынсынбы?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Member present</source>
        <translation>Катышкан мүчө</translation>
    </message>
    <message>
        <source>Role and category</source>
        <translation>Ролу жана категориясы</translation>
    </message>
    <message>
        <source>Reason of absence</source>
        <translation>Катышпаган себеби</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Катышуу</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Баары катышты</translation>
    </message>
    <message>
        <source>Clear the marks</source>
        <translation>Белгилерди алып салуу</translation>
    </message>
    <message>
        <source>Tick the members present; double-click the reason to type why a member was absent</source>
        <translation>Катышкан мүчөлөрдү белгилеңиз; мүчө эмне үчүн катышпаганын жазуу үчүн себеп талаасын эки жолу басыңыз</translation>
    </message>
    <message>
        <source>Tick the members of the group who took part</source>
        <translation>Катышкан топтун мүчөлөрүн белгилеңиз</translation>
    </message>
    <message>
        <source>Members of the group present: %1</source>
        <translation>Катышкан топтун мүчөлөрү: %1</translation>
    </message>
    <message>
        <source>No quorum applies: only the group's own meetings need one.</source>
        <translation>Кворум талап кылынбайт: ал топтун өз жыйналыштары үчүн гана керек.</translation>
    </message>
    <message>
        <source>The group had no members on this date.</source>
        <translation>Бул күнү топтун мүчөлөрү болгон эмес.</translation>
    </message>
    <message>
        <source>Attendance is not marked yet: tick the members present.</source>
        <translation>Катышуу азырынча белгиленген жок: катышкан мүчөлөрдү белгилеңиз.</translation>
    </message>
    <message>
        <source>%1 of %2 members present — quorum reached</source>
        <translation>%2 мүчөнүн %1 катышты — кворум бар</translation>
    </message>
    <message>
        <source>%1 of %2 members present — no quorum: the decisions are invalid</source>
        <translation>%2 мүчөнүн %1 катышты — кворум жок: чечимдер жараксыз</translation>
    </message>
    <message>
        <source>A quorum is more than half of all members: at least %1 of %2.</source>
        <translation>Кворум — бардык мүчөлөрдүн жарымынан көбү: %2 мүчөнүн кеминде %1.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Эмне жасалды</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Өзгөргөн талаалар</translation>
    </message>
</context>
<context>
    <name>AuditLogSection</name>
    <message>
        <source>Every change to the data is written here with its time and the name from Settings. The entries are linked in a chain: a change made outside BMB Desktop breaks it.</source>
        <translation>Маалыматтагы ар бир өзгөртүү бул жерге убактысы жана Жөндөөлөрдөгү аты менен жазылат. Жазуулар чынжыр менен байланышкан: BMB Desktop'тон тышкары жасалган өзгөртүү аны үзөт.</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Колдонуучу:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Жазуу:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Аракет:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Маани:</translation>
    </message>
    <message>
        <source>a word or number in the changes</source>
        <translation>өзгөртүүлөрдөгү сөз же сан</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Мезгил:</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Баарын көрсөтүү</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Чынжырды текшерүү</translation>
    </message>
    <message>
        <source>Choose an entry to see what it changed.</source>
        <translation>Эмне өзгөргөнүн көрүү үчүн жазууну тандаңыз.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Баары</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Бардык жазуулар</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Ар кандай аракет</translation>
    </message>
    <message>
        <source>Shown %1 of %2 entries; more are read as you scroll down.</source>
        <translation>%2 жазуунун %1 көрсөтүлдү; ылдый жылдырганда калгандары окулат.</translation>
    </message>
    <message>
        <source>Shown %1 of %2 entries.</source>
        <translation>%2 жазуунун %1 көрсөтүлдү.</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Аудит журналы текшерилүүдө…</translation>
    </message>
</context>
<context>
    <name>AuditTables</name>
    <message>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <source>Addressee of an act</source>
        <translation>Актынын дарегери</translation>
    </message>
    <message>
        <source>Participant of an act</source>
        <translation>Актынын катышуучусу</translation>
    </message>
    <message>
        <source>Response to an act</source>
        <translation>Актыга жооп</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Күн тартибиндеги маселе</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Тиркелген файл</translation>
    </message>
    <message>
        <source>Attendance at a meeting</source>
        <translation>Жыйналышка катышуу</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>Календардык күн</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Кызыкчылыктардын кагылышуусу</translation>
    </message>
    <message>
        <source>Council session</source>
        <translation>Кеңештин сессиясы</translation>
    </message>
    <message>
        <source>Decision of a meeting</source>
        <translation>Жыйналыштын чечими</translation>
    </message>
    <message>
        <source>Finding of an act</source>
        <translation>Актынын жыйынтыгы</translation>
    </message>
    <message>
        <source>Group formation</source>
        <translation>Топту түзүү</translation>
    </message>
    <message>
        <source>Step of the group formation</source>
        <translation>Топту түзүүнүн кадамы</translation>
    </message>
    <message>
        <source>Candidate of a gathering</source>
        <translation>Жыйындын талапкери</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Measurement of an indicator</source>
        <translation>Индикатордун өлчөөсү</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Кат</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Жыйналыш</translation>
    </message>
    <message>
        <source>Membership in the group</source>
        <translation>Топтогу мүчөлүк</translation>
    </message>
    <message>
        <source>Monitored object</source>
        <translation>Мониторинг объекти</translation>
    </message>
    <message>
        <source>Aiyl aimak</source>
        <translation>Айыл аймагы</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Кулактандыруу</translation>
    </message>
    <message>
        <source>Notice board</source>
        <translation>Кулактандыруу тактасы</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Жеке адам</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Иш план</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Пландын пункту</translation>
    </message>
    <message>
        <source>Method of a plan item</source>
        <translation>Пландын пунктунун ыкмасы</translation>
    </message>
    <message>
        <source>Responsible for a plan item</source>
        <translation>Пландын пункту боюнча жооптуу</translation>
    </message>
    <message>
        <source>Proposal to the plan</source>
        <translation>Планга сунуш</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Пландын версиясы</translation>
    </message>
    <message>
        <source>Posting of a notice</source>
        <translation>Кулактандырууну илүү</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Сунуштама</translation>
    </message>
    <message>
        <source>Note on a recommendation</source>
        <translation>Сунуштама боюнча белги</translation>
    </message>
    <message>
        <source>Recusal from a vote</source>
        <translation>Добуш берүүдөн баш тартуу</translation>
    </message>
    <message>
        <source>Regulation of the group</source>
        <translation>Топтун жобосу</translation>
    </message>
    <message>
        <source>Message of a resident</source>
        <translation>Тургундун кайрылуусу</translation>
    </message>
    <message>
        <source>Council resolution</source>
        <translation>Кеңештин токтому</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Жыйынтыктоочу отчет</translation>
    </message>
    <message>
        <source>Survey result</source>
        <translation>Сурамжылоонун жыйынтыгы</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
</context>
<context>
    <name>BackupTimer</name>
    <message>
        <source>Saving a backup of the database before closing…</source>
        <translation>Жабуудан мурун маалымат базасынын камдык көчүрмөсү сакталууда…</translation>
    </message>
</context>
<context>
    <name>BackupToUsbDialog</name>
    <message>
        <source>Back up to a USB stick</source>
        <translation>USB-флешкага камдык көчүрмө жазуу</translation>
    </message>
    <message>
        <source>Choose the USB stick (or a folder) to write the backup to. It is written under a temporary name, checked, and only then given its name.</source>
        <translation>Камдык көчүрмө жазыла турган USB-флешканы (же папканы) тандаңыз. Ал адегенде убактылуу ат менен жазылып, текшерилет, андан кийин гана өз атын алат.</translation>
    </message>
    <message>
        <source>Protect the backup with a password</source>
        <translation>Камдык көчүрмөнү сырсөз менен коргоо</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Сырсөз:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Сырсөздү кайталаңыз:</translation>
    </message>
    <message>
        <source>The password is not kept anywhere. Without it the backup cannot be opened: write it down and keep it in a safe place.</source>
        <translation>Сырсөз эч жерде сакталбайт. Ансыз камдык көчүрмөнү ачууга болбойт: аны жазып алып, коопсуз жерде сактаңыз.</translation>
    </message>
    <message>
        <source>Write the backup</source>
        <translation>Камдык көчүрмөнү жазуу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Камдык көчүрмө үчүн папка тандаңыз</translation>
    </message>
    <message>
        <source>Type the password, or clear the box above to write the backup without one.</source>
        <translation>Сырсөздү жазыңыз же камдык көчүрмөнү сырсөзсүз жазуу үчүн жогорудагы белгини алып салыңыз.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Эки сырсөз бири-бирине дал келбейт. Бир эле сырсөздү эки жолу жазыңыз.</translation>
    </message>
    <message>
        <source>Writing the backup to %1… Do not remove the stick.</source>
        <translation>Камдык көчүрмө %1 жайгашкан жерге жазылууда… Флешканы сууруп албаңыз.</translation>
    </message>
    <message>
        <source>The backup is written and checked: %1
Members: %2, acts: %3, meetings: %4. You can remove the stick now.</source>
        <translation>Камдык көчүрмө жазылып, текшерилди: %1
Мүчөлөр: %2, актылар: %3, жыйналыштар: %4. Эми флешканы сууруп алсаңыз болот.</translation>
    </message>
    <message>
        <source>The stick was removed while the backup was being written. Nothing else was changed: insert it again and write the backup once more.</source>
        <translation>Камдык көчүрмө жазылып жатканда флешка сууруп алынды. Башка эч нерсе өзгөргөн жок: флешканы кайра сайып, камдык көчүрмөнү дагы бир жолу жазыңыз.</translation>
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
    <name>BoardDialog</name>
    <message>
        <source>New notice board</source>
        <translation>Жаңы маалымат тактасы</translation>
    </message>
    <message>
        <source>Notice board</source>
        <translation>Маалымат тактасы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Жайгашкан жери</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Колдонулат</translation>
    </message>
    <message>
        <source>notices are posted on it</source>
        <translation>ага кулактандыруулар илинет</translation>
    </message>
    <message>
        <source>A board that carried notices is never deleted: take it out of use and its postings keep their place</source>
        <translation>Кулактандыруу илинген такта өчүрүлбөйт: аны колдонуудан чыгарыңыз, ошондо андагы илинүүлөр журналда сакталат</translation>
    </message>
    <message>
        <source>e.g. Notice board of the school</source>
        <translation>мисалы, Мектептин стенди</translation>
    </message>
    <message>
        <source>e.g. Masy village, entrance of the aiyl okmotu building</source>
        <translation>мисалы, Масы айылы, айыл өкмөтүнүн имаратынын кире бериши</translation>
    </message>
    <message>
        <source>Add the board</source>
        <translation>Тактаны кошуу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
</context>
<context>
    <name>BoardsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Notice board</source>
        <translation>Маалымат тактасы</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Жайгашкан жери</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Колдонулабы</translation>
    </message>
    <message>
        <source>Notices hanging now</source>
        <translation>Азыр илинип турган кулактандыруулар</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>taken out of use</source>
        <translation>колдонуудан чыгарылган</translation>
    </message>
</context>
<context>
    <name>BoardsTab</name>
    <message>
        <source>The boards where the aiyl okmotu posts its notices, in the order the posting form lists them. A board that carried notices is not deleted but taken out of use, so the posting log keeps it.</source>
        <translation>Айыл өкмөтү кулактандырууларын иле турган маалымат такталары; илингенин каттоо формасында алар ушул тартипте көрсөтүлөт. Кулактандыруу илинген такта өчүрүлбөйт, колдонуудан чыгарылат, ошондуктан илинүү журналында сакталып калат.</translation>
    </message>
    <message>
        <source>Add board…</source>
        <translation>Такта кошуу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Өйдө жылдыруу</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмөн жылдыруу</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Өчүрүү…</translation>
    </message>
    <message>
        <source>Put back in use</source>
        <translation>Кайра колдонууга киргизүү</translation>
    </message>
    <message>
        <source>Take out of use</source>
        <translation>Колдонуудан чыгаруу</translation>
    </message>
    <message>
        <source>Delete the notice board «%1»?</source>
        <translation>«%1» маалымат тактасын өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
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
    <name>CheckDialog</name>
    <message>
        <source>Check the database</source>
        <translation>Маалымат базасын текшерүү</translation>
    </message>
    <message>
        <source>The full check reads the whole database file, the links between records, every attached file, the fingerprints of issued acts and the chain of the audit log. It changes nothing.</source>
        <translation>Толук текшерүү маалымат базасынын файлын толугу менен, жазуулардын ортосундагы байланыштарды, ар бир тиркелген файлды, чыгарылган актылардын санарип издерин жана аудит журналынын чынжырын окуйт. Ал эч нерсени өзгөртпөйт.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Кайра текшерүү</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Маалымат базасы текшерилүүдө…</translation>
    </message>
    <message>
        <source>The database is whole: every check passed.</source>
        <translation>Маалымат базасы бүтүн: бардык текшерүүлөрдөн өттү.</translation>
    </message>
    <message>
        <source>The check found problems: %1.</source>
        <translation>Текшерүү көйгөйлөрдү тапты: %1.</translation>
    </message>
    <message>
        <source>The database file itself is damaged. Make no more changes: restore the newest backup ("Restore…" on this tab) and ask your district's specialist to look at the damaged file.</source>
        <translation>Маалымат базасынын файлы өзү бузулган. Мындан ары эч нерсе өзгөртпөңүз: эң акыркы камдык көчүрмөнү калыбына келтириңиз (ушул өтмөктөгү «Калыбына келтирүү…») жана бузулган файлды райондогу адиске көрсөтүңүз.</translation>
    </message>
    <message>
        <source>The file itself is whole, but the data above do not agree. Keep the backups, make a backup to a USB stick, and show this list to your district's specialist.</source>
        <translation>Файлдын өзү бүтүн, бирок жогорудагы маалыматтар бири-бирине дал келбейт. Камдык көчүрмөлөрдү сактаңыз, USB-флешкага камдык көчүрмө жазыңыз жана бул тизмени райондогу адиске көрсөтүңүз.</translation>
    </message>
    <message>
        <source>The check could not be finished: %1</source>
        <translation>Текшерүүнү аягына чыгарууга мүмкүн болгон жок: %1</translation>
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
    <name>ConclusionsEditor</name>
    <message>
        <source>Write what the group concludes from the period and what it proposes to the aiyl okmotu and the council. The texts are printed in the report as typed and are kept as you type.</source>
        <translation>Топтун мезгил боюнча корутундуларын жана айыл өкмөтүнө, айылдык кеңешке сунуштарын жазыңыз. Тексттер отчетко жазылгандай басылат жана жазып жатканда эле сакталат.</translation>
    </message>
    <message>
        <source>Conclusions:</source>
        <translation>Корутундулар:</translation>
    </message>
    <message>
        <source>Proposals:</source>
        <translation>Сунуштар:</translation>
    </message>
    <message>
        <source>Presented to the community on:</source>
        <translation>Коомчулукка тааныштырылган күнү:</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сакталды %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сакталган жок: %1</translation>
    </message>
    <message>
        <source>After the public presentation, post the report's results on the notice boards within a week.</source>
        <translation>Коомчулукка тааныштыргандан кийин бир жуманын ичинде отчеттун жыйынтыктарын маалымат такталарына илиңиз.</translation>
    </message>
    <message>
        <source>Post the report's results on the notice boards by %1 (within a week of the presentation).</source>
        <translation>Отчеттун жыйынтыктарын маалымат такталарына %1 чейин илиңиз (тааныштыргандан кийин бир жуманын ичинде).</translation>
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
    <name>DashboardTab</name>
    <message>
        <source>Key indicators of the development programme: the dashed line is the plan from the baseline to the target, the solid line the measured values, the dotted line the forecast to the deadline; hollow marks are the residents' survey and the staff's assessment.</source>
        <translation>Өнүгүү программасынын негизги индикаторлору: үзүк сызык — базалык мааниден максатка чейинки план, туташ сызык — өлчөнгөн маанилер, чекиттүү сызык — мөөнөткө чейинки божомол; ичи бош белгилер — тургундарды сурамжылоо жана кызматкерлердин баасы.</translation>
    </message>
    <message>
        <source>Print indicator sheet…</source>
        <translation>Индикаторлордун баракчасын басып чыгаруу…</translation>
    </message>
    <message>
        <source>No key indicators yet. Mark the indicators to follow closely as key indicators on the “Indicators” tab.</source>
        <translation>Азырынча негизги индикаторлор жок. Өзгөчө көзөмөлдөнүүчү индикаторлорду «Индикаторлор» өтмөгүндө негизги деп белгилеңиз.</translation>
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
    <name>Deadlines</name>
    <message>
        <source>overdue</source>
        <translation>мөөнөтү өттү</translation>
    </message>
    <message>
        <source>due this week</source>
        <translation>ушул жумада бүтөт</translation>
    </message>
    <message>
        <source>awaited</source>
        <translation>күтүлүүдө</translation>
    </message>
    <message>
        <source>answered late</source>
        <translation>кечигип жооп берилди</translation>
    </message>
    <message>
        <source>answered on time</source>
        <translation>өз убагында жооп берилди</translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>(акыркы күнү %1)</translation>
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
</context>
<context>
    <name>DecisionsBox</name>
    <message>
        <source>Decided</source>
        <translation>ТОКТОМ КЫЛЫНДЫ</translation>
    </message>
    <message>
        <source>Add decision…</source>
        <translation>Чечим кошуу…</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Чечимди өчүрүү</translation>
    </message>
    <message>
        <source>View decision…</source>
        <translation>Чечимди көрүү…</translation>
    </message>
    <message>
        <source>Edit decision…</source>
        <translation>Чечимди өзгөртүү…</translation>
    </message>
    <message>
        <source>Remove the chosen decision?</source>
        <translation>Тандалган чечим өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <source>For – against – abstained</source>
        <translation>Макул – каршы – калыс</translation>
    </message>
    <message>
        <source>Did not vote</source>
        <translation>Добуш берген жок</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Жыйынтыгы</translation>
    </message>
    <message>
        <source>invalid: no quorum</source>
        <translation>жараксыз: кворум жок</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>кабыл алынды</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>кабыл алынган жок</translation>
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
    <name>DeliveryDialog</name>
    <message>
        <source>Delivery of the act: %1</source>
        <translation>Актыны жөнөтүү: %1</translation>
    </message>
    <message>
        <source>The answer's time runs from the day the addressee received the act: the object answers within 10 working days, the aiyl okmotu reports to the council within 30 days.</source>
        <translation>Жооптун мөөнөтү алуучу актыны алган күндөн тартып эсептелет: объект 10 иш күнүнүн ичинде жооп берет, айыл өкмөтү 30 күндүн ичинде кеңешке маалымдайт.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Катталган эмес</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>Жөнөтүү ыкмасы:</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Жөнөтүлгөн күнү:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Алынган күнү:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Алган адам:</translation>
    </message>
    <message>
        <source>Name of the person who received it</source>
        <translation>Актыны алган адамдын аты-жөнү</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
</context>
<context>
    <name>DiscussionDialog</name>
    <message>
        <source>Discussion with the aiyl okmotu</source>
        <translation>Айыл өкмөтү менен талкуулоо</translation>
    </message>
    <message>
        <source>Record the day the draft was discussed with the aiyl okmotu. Its proposals are recorded one by one on the plan screen, with the group's answer to each, before the plan goes to the council.</source>
        <translation>Долбоор айыл өкмөтү менен талкууланган күндү каттаңыз. Айыл өкмөтүнүн сунуштары план барагында бирден, ар бирине топтун жообу менен, план кеңешке тапшырылганга чейин катталат.</translation>
    </message>
    <message>
        <source>Discussed on</source>
        <translation>Талкууланган күнү</translation>
    </message>
    <message>
        <source>Summary of the discussion</source>
        <translation>Талкуунун кыскача жыйынтыгы</translation>
    </message>
    <message>
        <source>e.g. The aiyl okmotu proposed to add two items; both were accepted.</source>
        <translation>мисалы, айыл өкмөтү эки пункт кошууну сунуштады; экөө тең кабыл алынды.</translation>
    </message>
    <message>
        <source>Record the discussion</source>
        <translation>Талкуулоону каттоо</translation>
    </message>
</context>
<context>
    <name>DriveChooser</name>
    <message>
        <source>Refresh the list</source>
        <translation>Тизмени жаңылоо</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Башка папка…</translation>
    </message>
    <message>
        <source>No USB stick was found. Insert one and press "Refresh the list", or choose a folder.</source>
        <translation>USB-флешка табылган жок. Флешканы сайып, «Тизмени жаңылоо» баскычын басыңыз же папка тандаңыз.</translation>
    </message>
    <message>
        <source>Choose a USB stick or a folder.</source>
        <translation>USB-флешканы же папканы тандаңыз.</translation>
    </message>
    <message>
        <source>%1 is not there any more: insert the stick again and press "Refresh the list".</source>
        <translation>%1 азыр жок: флешканы кайра сайып, «Тизмени жаңылоо» баскычын басыңыз.</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export for the council</source>
        <translation>Кеңеш үчүн экспорт</translation>
    </message>
    <message>
        <source>Export for the council: %1</source>
        <translation>Кеңеш үчүн экспорт: %1</translation>
    </message>
    <message>
        <source>the summary report (PDF);</source>
        <translation>жыйынды отчет (PDF);</translation>
    </message>
    <message>
        <source>its tables as a spreadsheet (XLSX);</source>
        <translation>анын таблицалары электрондук таблица катары (XLSX);</translation>
    </message>
    <message>
        <source>the draft council resolution on hearing the report (PDF);</source>
        <translation>отчетту угуу боюнча айылдык кеңештин токтомунун долбоору (PDF);</translation>
    </message>
    <message>
        <source>every act issued in the period (PDF), in the folder "acts";</source>
        <translation>мезгил ичинде чыгарылган бардык актылар (PDF), «acts» папкасында;</translation>
    </message>
    <message>
        <source>the data bundle for the district (one file);</source>
        <translation>район үчүн маалыматтар топтому (бир файл);</translation>
    </message>
    <message>
        <source>%1: the checksums of every file.</source>
        <translation>%1: ар бир файлдын текшерүү суммасы.</translation>
    </message>
    <message>
        <source>The folder %1 will be written to the chosen drive. It holds:</source>
        <translation>Тандалган дискке %1 папкасы жазылат. Анда:</translation>
    </message>
    <message>
        <source>Language of the documents: %1. An earlier export of this period on the drive is replaced only once the new one is written and checked.</source>
        <translation>Документтердин тили: %1. Дисктеги ушул мезгилдин мурунку экспорту жаңысы жазылып, текшерилгенден кийин гана алмаштырылат.</translation>
    </message>
    <message>
        <source>Where to write it: a USB stick or another folder.</source>
        <translation>Кайда жазуу керек: USB-флешкага же башка папкага.</translation>
    </message>
    <message>
        <source>Choose the folder for the export</source>
        <translation>Экспорт үчүн папка тандаңыз</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Папканы ачуу</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттоо</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Экспортту токтотуу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Writing the export to %1… Do not remove the stick.</source>
        <translation>Экспорт %1 жайгашкан жерге жазылууда… Флешканы сууруп албаңыз.</translation>
    </message>
    <message>
        <source>Cancelling: removing what was written…</source>
        <translation>Токтотулууда: жазылгандар өчүрүлүүдө…</translation>
    </message>
    <message>
        <source>The export is written and checked: %1
Files: %2, size: %3 MB.</source>
        <translation>Экспорт жазылып, текшерилди: %1
Файлдар: %2, көлөмү: %3 МБ.</translation>
    </message>
    <message>
        <source>You can remove the stick now.</source>
        <translation>Эми флешканы сууруп алсаңыз болот.</translation>
    </message>
    <message>
        <source>The stick was removed while the export was being written. Nothing on it looks complete and the database was not changed: insert it again and export once more.</source>
        <translation>Экспорт жазылып жатканда флешка сууруп алынды. Анда бүткөн сыяктуу көрүнгөн эч нерсе жок, маалымат базасы өзгөргөн жок: флешканы кайра сайып, дагы бир жолу экспорттоңуз.</translation>
    </message>
    <message>
        <source>The export is still being written. Stop it? What was written so far will be removed.</source>
        <translation>Экспорт дагы эле жазылууда. Аны токтотосузбу? Ушуга чейин жазылгандар өчүрүлөт.</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Экспортту токтотуу</translation>
    </message>
    <message>
        <source>Go on writing</source>
        <translation>Жазууну улантуу</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Add a fact</source>
        <translation>Факт кошуу</translation>
    </message>
    <message>
        <source>Add an evaluation finding</source>
        <translation>Баалоонун жыйынтыгын кошуу</translation>
    </message>
    <message>
        <source>A finding of a questionnaire, survey, focus group or other study</source>
        <translation>Анкеталоонун, сурамжылоонун, фокус-топтун же башка изилдөөнүн жыйынтыгы</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жогору жылдыруу</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмөн жылдыруу</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Ыкмасы:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Далили:</translation>
    </message>
    <message>
        <source>What was found:</source>
        <translation>Эмне аныкталды:</translation>
    </message>
    <message>
        <source>An attachment of this act that backs the finding: a photo, a scan, a protocol</source>
        <translation>Жыйынтыкты тастыктаган ушул актынын тиркемеси: сүрөт, скан, протокол</translation>
    </message>
    <message>
        <source>No findings yet. Add the facts established and the findings of the evaluation.</source>
        <translation>Азырынча жыйынтыктар жок. Аныкталган фактыларды жана баалоонун жыйынтыктарын кошуңуз.</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>No attachment</source>
        <translation>Тиркеме жок</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(азырынча эч нерсе жазылган жок)</translation>
    </message>
    <message>
        <source>Remove finding %1 from the draft?</source>
        <translation>%1-жыйынтык долбоордон алып салынсынбы?</translation>
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
    <name>FollowUpPanel</name>
    <message>
        <source>Recommendations are voluntary but must be considered. Record what became of each one with a dated note; where the group checked it at a later monitoring, name that act.</source>
        <translation>Сунуштамалар милдеттүү эмес, бирок сөзсүз каралышы керек. Ар биринин аткарылышын күнү көрсөтүлгөн белги менен каттаңыз; топ аны кийинки мониторингде текшерген болсо, ошол актыны көрсөтүңүз.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кимге</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Эмне кылуу керек</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Белги</translation>
    </message>
    <message>
        <source>Checked by act</source>
        <translation>Текшерген акт</translation>
    </message>
    <message>
        <source>Add a follow-up note…</source>
        <translation>Аткарылышы тууралуу белги кошуу…</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>Follow-up notes on recommendation %1:</source>
        <translation>%1-сунуштаманын аткарылышы тууралуу белгилер:</translation>
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
        <source>Deadlines</source>
        <translation>Мөөнөттөр</translation>
    </message>
    <message>
        <source>The list above shows every rule checked today, with its source. The answers awaited on acts and information requests are under Deadlines: the object answers an act within 10 working days, the aiyl okmotu reports to the council within 30 days.</source>
        <translation>Жогорудагы тизмеде бүгүн текшерилген бардык эрежелер булагы менен көрсөтүлгөн. Актыларга жана маалымат суроо-талаптарына күтүлгөн жооптор «Мөөнөттөр» бөлүгүндө: объект актыга 10 иш күнүнүн ичинде жооп берет, айыл өкмөтү 30 күндүн ичинде кеңешке маалымдайт.</translation>
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
        <source>Checking…</source>
        <translation>Текшерилүүдө…</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Мөөнөтү өткөн: %1</translation>
    </message>
    <message>
        <source>Due this week: %1</source>
        <translation>Ушул жумада бүтөт: %1</translation>
    </message>
    <message>
        <source>Recently answered: %1</source>
        <translation>Жакында жооп келген: %1</translation>
    </message>
    <message>
        <source>answered on %1</source>
        <translation>%1 жооп келди</translation>
    </message>
    <message>
        <source>was due on %1, %2 days late</source>
        <translation>мөөнөтү %1 болчу, %2 күн кечикти</translation>
    </message>
    <message>
        <source>due on %1</source>
        <translation>мөөнөтү %1</translation>
    </message>
    <message>
        <source>Checking the rules and deadlines…</source>
        <translation>Эрежелер жана мөөнөттөр текшерилүүдө…</translation>
    </message>
    <message>
        <source>Broken: %1 · warnings: %2 · holding: %3</source>
        <translation>Бузулган: %1 · эскертүүлөр: %2 · сакталган: %3</translation>
    </message>
    <message>
        <source>The rules and deadlines could not be checked: %1</source>
        <translation>Эрежелерди жана мөөнөттөрдү текшерүү мүмкүн болгон жок: %1</translation>
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
    <name>IndicatorCard</name>
    <message>
        <source>At the start: %1</source>
        <translation>Баштапкы абал: %1</translation>
    </message>
    <message>
        <source>Aim: %1</source>
        <translation>Максат: %1</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Акыркы маалымат: %1</translation>
    </message>
    <message>
        <source>target %1 by %2</source>
        <translation>максат: %2 карата %1</translation>
    </message>
    <message>
        <source>now %1 (%2)</source>
        <translation>азыр %1 (%2)</translation>
    </message>
    <message>
        <source>forecast by the deadline: %1</source>
        <translation>мөөнөткө карата божомол: %1</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Жаңы индикатор</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Өлчөнүшү</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бирдиги</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базалык маани</translation>
    </message>
    <message>
        <source>Baseline as of</source>
        <translation>Базалык маани кайсы күнгө карата</translation>
    </message>
    <message>
        <source>Situation at the start</source>
        <translation>Баштапкы абал</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Максаттуу маани</translation>
    </message>
    <message>
        <source>Situation aimed for</source>
        <translation>Көздөлгөн абал</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Дашборд</translation>
    </message>
    <message>
        <source>resources, activities, outputs or outcomes</source>
        <translation>ресурстар, иш-чаралар, продукттар же жыйынтыктар</translation>
    </message>
    <message>
        <source>in numbers</source>
        <translation>сан менен</translation>
    </message>
    <message>
        <source>in words</source>
        <translation>сөз менен</translation>
    </message>
    <message>
        <source>e.g. Ж-1</source>
        <translation>мисалы, Ж-1</translation>
    </message>
    <message>
        <source>e.g. socio-economic development programme for 2026–2028</source>
        <translation>мисалы, 2026–2028-жылдарга социалдык-экономикалык өнүгүү программасы</translation>
    </message>
    <message>
        <source>e.g. %, km, households</source>
        <translation>мисалы, %, км, үй чарба</translation>
    </message>
    <message>
        <source>e.g. 72 or 1,5</source>
        <translation>мисалы, 72 же 1,5</translation>
    </message>
    <message>
        <source>e.g. 85</source>
        <translation>мисалы, 85</translation>
    </message>
    <message>
        <source>a key indicator: show its chart on the dashboard</source>
        <translation>негизги индикатор: диаграммасы дашбордго чыгат</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 72 or 1,5.</source>
        <translation>Санды жазыңыз, мисалы: 72 же 1,5.</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бирдиги</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базалык</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Максат</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Четтөө</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Божомол</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Баа</translation>
    </message>
    <message>
        <source>%1 for %2, source: %3</source>
        <translation>%2 мезгили үчүн %1, булагы: %3</translation>
    </message>
    <message>
        <source>Where the straight path from the baseline to the target stands at the end of the latest period</source>
        <translation>Базалык мааниден максатка чейинки түз жол акыркы мезгилдин аягында кайсы чекитте турат</translation>
    </message>
    <message>
        <source>The value expected by the deadline if the trend of the measured values goes on</source>
        <translation>Өлчөнгөн маанилердин тенденциясы уланса, мөөнөткө карата күтүлгөн маани</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 карата</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <source>Choose an indicator to see its measured values.</source>
        <translation>Өлчөнгөн маанилерин көрүү үчүн индикаторду тандаңыз.</translation>
    </message>
    <message>
        <source>Measured values of %1</source>
        <translation>%1: өлчөнгөн маанилер</translation>
    </message>
    <message>
        <source>⚠ Behind schedule or missed: %1</source>
        <translation>⚠ Пландан артта калган же максатка жетпеген: %1</translation>
    </message>
    <message>
        <source>Delete the indicator %1 with all its measured values?</source>
        <translation>%1 индикаторун бардык өлчөнгөн маанилери менен кошо өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Delete the indicator</source>
        <translation>Индикаторду өчүрүү</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Delete the value measured for %1?</source>
        <translation>%1 мезгили үчүн өлчөнгөн маанини өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Delete the value</source>
        <translation>Маанини өчүрүү</translation>
    </message>
    <message>
        <source>New indicator…</source>
        <translation>Жаңы индикатор…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <source>Enter a value…</source>
        <translation>Маани киргизүү…</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Маанини өзгөртүү…</translation>
    </message>
    <message>
        <source>Delete value</source>
        <translation>Маанини өчүрүү</translation>
    </message>
    <message>
        <source>A value measured for a period (the half-year by default) with its source</source>
        <translation>Мезгил үчүн (демейки боюнча жарым жыл) өлчөнгөн маани жана анын булагы</translation>
    </message>
    <message>
        <source>Print indicator sheet…</source>
        <translation>Индикаторлордун баракчасын басып чыгаруу…</translation>
    </message>
    <message>
        <source>No indicators are recorded yet. Add the indicators of the development programme (СЭӨП) the group follows: resources, activities, outputs and outcomes, each with its baseline, target and deadline.</source>
        <translation>Азырынча бир да индикатор катталган жок. Топ көзөмөлдөгөн өнүгүү программасынын (СЭӨП) индикаторлорун кошуңуз: ресурстар, иш-чаралар, продукттар жана жыйынтыктар, ар бири базалык мааниси, максаты жана мөөнөтү менен.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue the act</source>
        <translation>Актыны чыгаруу</translation>
    </message>
    <message>
        <source>An issued act gets the next number of the year and its date, and can no longer be changed: it is the official basis of decisions. A mistake is then corrected by a new act that supersedes it; both remain.</source>
        <translation>Чыгарылган актыга жылдын кезектеги номери жана күнү берилет, андан кийин аны өзгөртүүгө болбойт: ал чечимдердин расмий негизи болуп саналат. Ката анын ордуна чыгарылган жаңы акт менен оңдолот; экөө тең сакталат.</translation>
    </message>
    <message>
        <source>Date of the act:</source>
        <translation>Актынын күнү:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Чыгаруу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>The act cannot be issued yet. Missing (%1):</source>
        <translation>Актыны азырынча чыгарууга болбойт. Жетишпейт (%1):</translation>
    </message>
    <message>
        <source>The act is complete and can be issued.</source>
        <translation>Акт толук, аны чыгарууга болот.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>New item of the plan for %1</source>
        <translation>%1-жылдын планынын жаңы пункту</translation>
    </message>
    <message>
        <source>Item %1 of the plan for %2, version %3</source>
        <translation>%2-жылдын планынын %1-пункту, %3-версия</translation>
    </message>
    <message>
        <source>Monitored object</source>
        <translation>Мониторинг объекти</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Предметтин түрү</translation>
    </message>
    <message>
        <source>Subject or direction</source>
        <translation>Предмети же багыты</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Максаты</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Аякташы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Жокко чыгаруунун себеби</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Ыкмалары</translation>
    </message>
    <message>
        <source>Responsible members</source>
        <translation>Жооптуу мүчөлөр</translation>
    </message>
    <message>
        <source>Sources of information</source>
        <translation>Маалымат булактары</translation>
    </message>
    <message>
        <source>Resources needed</source>
        <translation>Керектүү ресурстар</translation>
    </message>
    <message>
        <source>Who takes part, at which stage</source>
        <translation>Ким, кайсы этапта катышат</translation>
    </message>
    <message>
        <source>Analysis method</source>
        <translation>Маалыматты талдоо ыкмасы</translation>
    </message>
    <message>
        <source>Choose the object</source>
        <translation>Объектти тандаңыз</translation>
    </message>
    <message>
        <source>Choose the kind</source>
        <translation>Түрүн тандаңыз</translation>
    </message>
    <message>
        <source>dates only</source>
        <translation>мөөнөттөр гана</translation>
    </message>
    <message>
        <source>quarter %1</source>
        <translation>%1 квартал</translation>
    </message>
    <message>
        <source>Active members of the group. A member removed from monitoring this object for a conflict of interest cannot be chosen; the reason is shown beside the name.</source>
        <translation>Топтун учурдагы мүчөлөрү. Кызыкчылыктардын кагылышуусуна байланыштуу бул объекттин мониторингинен четтетилген мүчөнү тандоого болбойт; себеби атынын жанында көрсөтүлөт.</translation>
    </message>
    <message>
        <source>e.g. in preparing — the director; in the field — street activists</source>
        <translation>мисалы, даярдоодо — директор; талаа иштеринде — көчө активисттери</translation>
    </message>
    <message>
        <source>New object…</source>
        <translation>Жаңы объект…</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Пунктту сактоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>ItemStatusDialog</name>
    <message>
        <source>Progress of item %1</source>
        <translation>%1-пункттун аткарылышы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Жокко чыгаруунун себеби</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмети</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жооптуулар</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation>Аткарылганы</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Көңүл буруңуз</translation>
    </message>
    <message>
        <source>acts: %1</source>
        <translation>актылар: %1</translation>
    </message>
    <message>
        <source>meetings: %1</source>
        <translation>жыйналыштар: %1</translation>
    </message>
    <message>
        <source>letters: %1</source>
        <translation>каттар: %1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>азырынча эч нерсе жок</translation>
    </message>
    <message>
        <source>⚠ overdue since %1, no act</source>
        <translation>⚠ мөөнөтү %1 өттү, акт жок</translation>
    </message>
    <message>
        <source>Act %1</source>
        <translation>№ %1 акт</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>азырынча жөнөтүлгөн жок</translation>
    </message>
    <message>
        <source>No meeting, act or letter is linked to this item yet.</source>
        <translation>Бул пунктка азырынча жыйналыш, акт же кат байланыштырылган жок.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter No. %1 — %2</source>
        <translation>№ %1 кат — %2</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Күнү:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кимге:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Темасы:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Тексти:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Алынган күнү:</translation>
    </message>
    <message>
        <source>Answered on:</source>
        <translation>Жооп келген күнү:</translation>
    </message>
    <message>
        <source>The day the addressee received the letter</source>
        <translation>Алуучу катты алган күн</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>The answer is due ten days after the request is received.</source>
        <translation>Жооп суроо-талап алынгандан кийин он күндүн ичинде берилиши керек.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Жооп: %1</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Азырынча сакталган жок.</translation>
    </message>
    <message>
        <source>Not saved: correct what is marked in red.</source>
        <translation>Сакталган жок: кызыл түс менен белгиленгенди оңдоңуз.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Жабуудан мурда өзгөртүүлөрдү сактайсызбы?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Сактабай жабуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кимге</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Темасы</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жооп</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>New information request…</source>
        <translation>Жаңы маалымат суроо-талабы…</translation>
    </message>
    <message>
        <source>The object answers within ten days of receiving it</source>
        <translation>Объект аны алгандан кийин он күндүн ичинде жооп берет</translation>
    </message>
    <message>
        <source>New monitoring notice…</source>
        <translation>Мониторинг тууралуу жаңы билдирүү…</translation>
    </message>
    <message>
        <source>Advance notice of a planned monitoring to the object and stakeholders</source>
        <translation>Пландалган мониторинг тууралуу объектиге жана кызыкдар тараптарга алдын ала билдирүү</translation>
    </message>
    <message>
        <source>New cover letter…</source>
        <translation>Жаңы коштоочу кат…</translation>
    </message>
    <message>
        <source>The letter sending an issued act to one of its addressees</source>
        <translation>Чыгарылган актыны алуучуларынын бирине жөнөтүүчү кат</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ачуу…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>No letters yet: information requests to objects, advance notices of monitoring and cover letters of acts.</source>
        <translation>Азырынча каттар жок: объекттерге маалымат суроо-талаптары, мониторинг тууралуу алдын ала билдирүүлөр жана актылардын коштоочу каттары.</translation>
    </message>
</context>
<context>
    <name>LifecycleBar</name>
    <message>
        <source>Record the discussion with the aiyl okmotu…</source>
        <translation>Айыл өкмөтү менен талкуулоону каттоо…</translation>
    </message>
    <message>
        <source>Submit to the council…</source>
        <translation>Кеңешке тапшыруу…</translation>
    </message>
    <message>
        <source>Record the council's approval…</source>
        <translation>Кеңештин бекитүүсүн каттоо…</translation>
    </message>
    <message>
        <source>Amend the plan…</source>
        <translation>Планга өзгөртүү киргизүү…</translation>
    </message>
    <message>
        <source>Reason for the amendment…</source>
        <translation>Өзгөртүүнүн себеби…</translation>
    </message>
    <message>
        <source>Discard this draft…</source>
        <translation>Бул долбоорду жокко чыгаруу…</translation>
    </message>
    <message>
        <source>Every amendment is a new version, passed by the group and approved by the council</source>
        <translation>Ар бир өзгөртүү — топ кабыл алып, кеңеш бекиткен жаңы версия</translation>
    </message>
    <message>
        <source>Withdraw from the council</source>
        <translation>Кеңештен кайтарып алуу</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Долбоорго кайтаруу</translation>
    </message>
    <message>
        <source>Read only: replaced by version %1; kept as it was approved.</source>
        <translation>Окуу үчүн гана: %1-версия менен алмаштырылган; бекитилген бойдон сакталат.</translation>
    </message>
    <message>
        <source>An amendment of this plan is being prepared; choose its version above to work on it.</source>
        <translation>Бул планга өзгөртүү даярдалууда; аны менен иштөө үчүн жогортон анын версиясын тандаңыз.</translation>
    </message>
    <message>
        <source>The plan is in force. Record progress on its items; any change of the plan is an amendment.</source>
        <translation>План күчүндө. Пункттардын аткарылышын каттаңыз; пландын ар кандай өзгөрүшү — өзгөртүү киргизүү.</translation>
    </message>
    <message>
        <source>Plan for %1, version %2</source>
        <translation>%1-жылдын планы, %2-версия</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>күчүндө</translation>
    </message>
    <message>
        <source>discussed with the aiyl okmotu on %1</source>
        <translation>айыл өкмөтү менен %1 талкууланган</translation>
    </message>
    <message>
        <source>submitted on %1</source>
        <translation>%1 кеңешке тапшырылган</translation>
    </message>
    <message>
        <source>approved by resolution No. %1 of %2</source>
        <translation>%2 № %1 токтом менен бекитилген</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>себеби: %1</translation>
    </message>
    <message>
        <source>no decision of the group linked yet</source>
        <translation>топтун чечими азырынча байланыштырылган жок</translation>
    </message>
    <message>
        <source>group's decision: protocol No. %1 of %2, %3</source>
        <translation>топтун чечими: %2 № %1 протокол, %3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>кабыл алынды</translation>
    </message>
    <message>
        <source>did not pass</source>
        <translation>кабыл алынган жок</translation>
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
    <name>MeasurementDialog</name>
    <message>
        <source>Measured value</source>
        <translation>Өлчөнгөн маани</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Мезгил</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Булагы</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мааниси</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Эмне аныкталды</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Choose the source</source>
        <translation>Булагын тандаңыз</translation>
    </message>
    <message>
        <source>residents' survey, programme data or staff assessment</source>
        <translation>тургундарды сурамжылоо, программанын маалыматтары же кызматкерлердин баасы</translation>
    </message>
    <message>
        <source>e.g. 76 or 2,3</source>
        <translation>мисалы, 76 же 2,3</translation>
    </message>
    <message>
        <source>e.g. the aiyl okmotu's half-year report</source>
        <translation>мисалы, айыл өкмөтүнүн жарым жылдык отчету</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 72 or 1,5.</source>
        <translation>Санды жазыңыз, мисалы: 72 же 1,5.</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Period</source>
        <translation>Мезгил</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Булагы</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мааниси</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
</context>
<context>
    <name>MeetingDecisionDialog</name>
    <message>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Жаңы чечим</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>ТОКТОМ КЫЛЫНДЫ</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Добуштар</translation>
    </message>
    <message>
        <source>Did not vote</source>
        <translation>Добуш берген жок</translation>
    </message>
    <message>
        <source>What it decided</source>
        <translation>Эмне чечилди</translation>
    </message>
    <message>
        <source>for</source>
        <translation>макул</translation>
    </message>
    <message>
        <source>against</source>
        <translation>каршы</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>калыс</translation>
    </message>
    <message>
        <source>e.g. Approve the act and send it to the object within three working days.</source>
        <translation>мисалы, Акт бекитилсин жана үч иш күндүн ичинде объектке жөнөтүлсүн.</translation>
    </message>
    <message>
        <source>— nothing recorded —</source>
        <translation>— белгиленген жок —</translation>
    </message>
    <message>
        <source>A plan version approved or amended, an act and its recommendations, or a member's withdrawal</source>
        <translation>Бекитилген же өзгөртүлгөн пландын версиясы, акт жана анын сунуштамалары же мүчөнүн топтон чыгышы</translation>
    </message>
    <message>
        <source>Members present who did not vote because of a conflict of interest</source>
        <translation>Кызыкчылыктардын кагылышуусунан улам добуш бербеген катышкан мүчөлөр</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Чечимди сактоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Residents taking part: %1.</source>
        <translation>Катышкан тургундар: %1.</translation>
    </message>
    <message>
        <source>Present: %1; may vote: %2 (%3 did not vote).</source>
        <translation>Катышты: %1; добуш бере алат: %2 (%3 добуш берген жок).</translation>
    </message>
    <message>
        <source>Present: %1; all of them may vote.</source>
        <translation>Катышты: %1; баары добуш бере алат.</translation>
    </message>
    <message>
        <source>The meeting has no quorum: the decision is invalid.</source>
        <translation>Жыйналышта кворум жок: чечим жараксыз.</translation>
    </message>
    <message>
        <source>The decision is adopted.</source>
        <translation>Чечим кабыл алынды.</translation>
    </message>
    <message>
        <source>The decision is not adopted.</source>
        <translation>Чечим кабыл алынган жок.</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsForm</name>
    <message>
        <source>Protocol No.</source>
        <translation>Протоколдун №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өткөн жери</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Жыйын</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төрагалык кылган</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Катчы</translation>
    </message>
    <message>
        <source>Residents taking part</source>
        <translation>Катышкан тургундар</translation>
    </message>
    <message>
        <source>Invited guests</source>
        <translation>Чакырылгандар</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Пландын пункту</translation>
    </message>
    <message>
        <source>at</source>
        <translation>саат</translation>
    </message>
    <message>
        <source>next free number</source>
        <translation>кийинки бош номер</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>эсептелген жок</translation>
    </message>
    <message>
        <source>e.g. assembly hall of the aiyl okmotu, Masy village</source>
        <translation>мисалы, айыл өкмөтүнүн жыйындар залы, Масы айылы</translation>
    </message>
    <message>
        <source>e.g. Gathering of the residents of Masy and Besh-Jygach villages</source>
        <translation>мисалы, Масы жана Беш-Жыгач айылдарынын тургундарынын жыйыны</translation>
    </message>
    <message>
        <source>e.g. public hearing on the local budget, tender commission meeting, kurultai</source>
        <translation>мисалы, жергиликтүү бюджет боюнча коомдук угуу, тендердик комиссиянын отуруму, курултай</translation>
    </message>
    <message>
        <source>Names and posts of the invited, one per line</source>
        <translation>Чакырылгандардын аты-жөнү жана кызматы, ар бири өз сабында</translation>
    </message>
    <message>
        <source>not about a plan item</source>
        <translation>пландын пунктуна тиешеси жок</translation>
    </message>
    <message>
        <source>The monitoring this meeting is about: members removed for a conflict of interest on its object do not vote</source>
        <translation>Жыйналыш арналган мониторинг: анын объекти боюнча кызыкчылыктардын кагылышуусунан улам четтетилген мүчөлөр добуш бербейт</translation>
    </message>
    <message>
        <source>— not a member of the group —</source>
        <translation>— топтун мүчөсү эмес —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— тандаңыз —</translation>
    </message>
    <message>
        <source>or the name of another person</source>
        <translation>же башка адамдын аты-жөнү</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, e.g. 10:00.</source>
        <translation>Убакытты саат жана мүнөт менен жазыңыз, мисалы, 10:00.</translation>
    </message>
</context>
<context>
    <name>MeetingDocuments</name>
    <message>
        <source>Protocol of the meeting…</source>
        <translation>Жыйналыштын протоколу…</translation>
    </message>
    <message>
        <source>Protocol of the group meeting No. %1</source>
        <translation>Топтун жыйналышынын № %1 протоколу</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>протокол</translation>
    </message>
    <message>
        <source>Preparing the protocol…</source>
        <translation>Протокол даярдалууда…</translation>
    </message>
    <message>
        <source>Attendance sheet…</source>
        <translation>Катышуу баракчасы…</translation>
    </message>
    <message>
        <source>Attendance sheet of the meeting No. %1</source>
        <translation>№ %1 жыйналыштын катышуу баракчасы</translation>
    </message>
    <message>
        <source>attendance-sheet</source>
        <translation>катышуу-баракчасы</translation>
    </message>
    <message>
        <source>Preparing the attendance sheet…</source>
        <translation>Катышуу баракчасы даярдалууда…</translation>
    </message>
    <message>
        <source>Protocol of the gathering…</source>
        <translation>Жыйындын протоколу…</translation>
    </message>
    <message>
        <source>Protocol of the community gathering No. %1</source>
        <translation>Жамааттын жыйынынын № %1 протоколу</translation>
    </message>
    <message>
        <source>gathering-protocol</source>
        <translation>жыйындын-протоколу</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Candidates and votes</source>
        <translation>Талапкерлер жана добуштар</translation>
    </message>
    <message>
        <source>Meeting and attendance</source>
        <translation>Жыйналыш жана катышуу</translation>
    </message>
    <message>
        <source>Gathering and participants</source>
        <translation>Жыйын жана катышуучулар</translation>
    </message>
    <message>
        <source>Event and participants</source>
        <translation>Иш-чара жана катышуучулар</translation>
    </message>
    <message>
        <source>Agenda and decisions</source>
        <translation>Күн тартиби жана чечимдер</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Долбоорду өчүрүү…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып чыгаруу</translation>
    </message>
    <message>
        <source>Sign protocol</source>
        <translation>Протоколго кол коюу</translation>
    </message>
    <message>
        <source>Mark the protocol signed by the chair and the secretary; it can then only be read</source>
        <translation>Протоколго төрага жана катчы кол койгонун белгилөө; андан кийин аны окууга гана болот</translation>
    </message>
    <message>
        <source>Reopen to correct</source>
        <translation>Оңдоо үчүн кайра ачуу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>New group meeting</source>
        <translation>Топтун жаңы жыйналышы</translation>
    </message>
    <message>
        <source>New community gathering</source>
        <translation>Жамааттын жаңы жыйыны</translation>
    </message>
    <message>
        <source>New event observed by the group</source>
        <translation>Топ байкоочу катары катышкан жаңы иш-чара</translation>
    </message>
    <message>
        <source>Protocol No. %1 — %2</source>
        <translation>№ %1 протокол — %2</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>кол коюлган</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>долбоор</translation>
    </message>
    <message>
        <source>This protocol is signed and can only be read. To correct a mistake, reopen it: the audit log keeps both the reopening and the new signing.</source>
        <translation>Бул протоколго кол коюлган, аны окууга гана болот. Катаны оңдоо үчүн аны кайра ачыңыз: аудит журналында кайра ачуу да, жаңыдан кол коюу да сакталат.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Азырынча сакталган жок.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
    <message>
        <source>Not saved: correct what is marked in red.</source>
        <translation>Сакталган жок: кызыл менен белгиленгенди оңдоңуз.</translation>
    </message>
    <message>
        <source>Not signed: correct what is marked in red.</source>
        <translation>Кол коюлган жок: кызыл менен белгиленгенди оңдоңуз.</translation>
    </message>
    <message>
        <source>The protocol is signed.</source>
        <translation>Протоколго кол коюлду.</translation>
    </message>
    <message>
        <source>Reopened: correct the protocol and sign it again.</source>
        <translation>Кайра ачылды: протоколду оңдоп, ага кайрадан кол коюңуз.</translation>
    </message>
    <message>
        <source>Delete the draft protocol No. %1 with its attendance, agenda and decisions?</source>
        <translation>№ %1 протоколдун долбоору катышуусу, күн тартиби жана чечимдери менен кошо өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
</context>
<context>
    <name>MeetingQuestions</name>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Жабуудан мурун өзгөртүүлөр сакталсынбы?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Сактабай жабуу</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Protocol No.</source>
        <translation>Протоколдун №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Event or place</source>
        <translation>Иш-чара же өткөн жери</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Катышты</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>бар</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>No quorum: the decisions of this meeting are invalid</source>
        <translation>Кворум жок: бул жыйналыштын чечимдери жараксыз</translation>
    </message>
    <message>
        <source>Members of the group who took part</source>
        <translation>Катышкан топтун мүчөлөрү</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Жыйналыштар</translation>
    </message>
    <message>
        <source>New group meeting…</source>
        <translation>Топтун жаңы жыйналышы…</translation>
    </message>
    <message>
        <source>New gathering…</source>
        <translation>Жаңы жыйын…</translation>
    </message>
    <message>
        <source>A community gathering, e.g. one electing the citizen members</source>
        <translation>Жамааттын жыйыны, мисалы, жаран мүчөлөрдү шайлоочу жыйын</translation>
    </message>
    <message>
        <source>New observed event…</source>
        <translation>Байкалган жаңы иш-чара…</translation>
    </message>
    <message>
        <source>An event the group attended as observers: a public hearing, a tender, a budget hearing, a kurultai</source>
        <translation>Топ байкоочу катары катышкан иш-чара: коомдук угуу, тендер, бюджеттик угуу, курултай</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ачуу…</translation>
    </message>
    <message>
        <source>No meetings are recorded yet. Record the group's meetings with their attendance, agenda and decisions: at least one meeting with a quorum is expected every quarter.</source>
        <translation>Азырынча бир да жыйналыш катталган эмес. Топтун жыйналыштарын катышуусу, күн тартиби жана чечимдери менен каттаңыз: ар бир чейрект сайын кворуму бар кеминде бир жыйналыш өтүшү керек.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Бардык жылдар</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Бардык түрлөрү</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Көрсөтүлдү: %2 ичинен %1</translation>
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
    <name>MessageDialog</name>
    <message>
        <source>Resident's message</source>
        <translation>Тургундун билдирүүсү</translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Билдирүүнү өзгөртүү</translation>
    </message>
    <message>
        <source>A message to the group's WhatsApp number, a call, a visit or a letter. Link it to the act or the plan item it concerns, and write the group's response once it is given.</source>
        <translation>Топтун WhatsApp номерине келген билдирүү, телефон чалуу, келип айтылган же кат менен жазылган кайрылуу. Ал тиешелүү болгон актыны же пландын пунктун тандаңыз, топ жооп бергенде жоопту жазыңыз.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Келген күнү</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>Кантип келди</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>Social group</source>
        <translation>Социалдык топ</translation>
    </message>
    <message>
        <source>What the resident reported</source>
        <translation>Тургун эмне билдирди</translation>
    </message>
    <message>
        <source>Concerns the act</source>
        <translation>Тиешелүү акт</translation>
    </message>
    <message>
        <source>Concerns the plan item</source>
        <translation>Пландын тиешелүү пункту</translation>
    </message>
    <message>
        <source>Group's response</source>
        <translation>Топтун жообу</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>Жооп берилген күнү</translation>
    </message>
    <message>
        <source>Choose how the message came</source>
        <translation>Билдирүү кантип келгенин тандаңыз</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>no act</source>
        <translation>акт тандалган жок</translation>
    </message>
    <message>
        <source>no plan item</source>
        <translation>пункт тандалган жок</translation>
    </message>
    <message>
        <source>In the resident's words, briefly</source>
        <translation>Тургундун өз сөзү менен, кыскача</translation>
    </message>
    <message>
        <source>e.g. passed on to the aiyl okmotu; checked on site</source>
        <translation>мис.: айыл өкмөтүнө жеткирилди; жеринде текшерилди</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Received</source>
        <translation>Келген күнү</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Кантип келди</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Айыл</translation>
    </message>
    <message>
        <source>Social group</source>
        <translation>Социалдык топ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Тиешелүү</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Жооп</translation>
    </message>
    <message>
        <source>act No. %1</source>
        <translation>№ %1 акт</translation>
    </message>
    <message>
        <source>plan item %1</source>
        <translation>пландын %1-пункту</translation>
    </message>
    <message>
        <source>plan %1, item %2</source>
        <translation>%1-жылдын планы, %2-пункт</translation>
    </message>
    <message>
        <source>no response yet</source>
        <translation>жооп азырынча жок</translation>
    </message>
</context>
<context>
    <name>NewActDialog</name>
    <message>
        <source>New act</source>
        <translation>Жаңы акт</translation>
    </message>
    <message>
        <source>An act records one monitoring. Start it from the item of the plan it reports on: its object, subject, purpose, period and responsible members are filled in. The draft is saved as you type.</source>
        <translation>Акт бир мониторингди каттайт. Аны тиешелүү пландын пунктунан баштаңыз: объектиси, предмети, максаты, мөөнөтү жана жооптуу мүчөлөрү толтурулат. Долбоор терилген сайын сакталат.</translation>
    </message>
    <message>
        <source>From an item of the plan</source>
        <translation>Пландын пунктунан</translation>
    </message>
    <message>
        <source>For an object of the register, outside the plan</source>
        <translation>Реестрдеги объект боюнча, пландан тышкары</translation>
    </message>
    <message>
        <source>Plan item:</source>
        <translation>Пландын пункту:</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <source>Choose the object</source>
        <translation>Объектти тандаңыз</translation>
    </message>
    <message>
        <source>Create the draft</source>
        <translation>Долбоорду түзүү</translation>
    </message>
    <message>
        <source>Choose the monitored object from the register.</source>
        <translation>Мониторингдин объектисин реестрден тандаңыз.</translation>
    </message>
</context>
<context>
    <name>NewLetterDialog</name>
    <message>
        <source>New information request</source>
        <translation>Жаңы маалымат суроо-талабы</translation>
    </message>
    <message>
        <source>New advance notice of a monitoring</source>
        <translation>Мониторинг тууралуу жаңы алдын ала билдирүү</translation>
    </message>
    <message>
        <source>New cover letter of an act</source>
        <translation>Актынын жаңы коштоочу каты</translation>
    </message>
    <message>
        <source>The object must provide the information within ten days of receiving the request, except state secrets and restricted personal data. The ready-made text is then yours to complete.</source>
        <translation>Объект суроо-талапты алгандан кийин он күндүн ичинде маалымат бериши керек, мамлекеттик сырдан жана жеткиликтүүлүгү чектелген жеке маалыматтардан тышкары. Даяр текстти андан кийин өзүңүз толуктайсыз.</translation>
    </message>
    <message>
        <source>Before monitoring, the group tells the object and the stakeholders when, why, how and by whom it will be done. The text is made from the plan item.</source>
        <translation>Мониторингге чейин топ объектиге жана кызыкдар тараптарга ал качан, эмне үчүн, кантип жана ким тарабынан жүргүзүлөрүн билдирет. Текст пландын пунктунан түзүлөт.</translation>
    </message>
    <message>
        <source>The letter sending the act to one addressee, with the answer it asks for: the object's within 10 working days, the aiyl okmotu's report within 30 days.</source>
        <translation>Актыны бир алуучуга жөнөтүүчү кат, талап кылынган жооп менен: объекттен 10 иш күнүнүн ичинде, айыл өкмөтүнөн 30 күндүн ичинде маалымат.</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <source>Plan item:</source>
        <translation>Пландын пункту:</translation>
    </message>
    <message>
        <source>Act:</source>
        <translation>Акт:</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>Алуучу:</translation>
    </message>
    <message>
        <source>Date of the letter:</source>
        <translation>Каттын күнү:</translation>
    </message>
    <message>
        <source>Choose the object</source>
        <translation>Объектти тандаңыз</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>Prepare the letter</source>
        <translation>Катты даярдоо</translation>
    </message>
    <message>
        <source>Enter the date of the letter.</source>
        <translation>Каттын күнүн көрсөтүңүз.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Тизмеден бирөөнү тандаңыз.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Жаңы план</translation>
    </message>
    <message>
        <source>The group drafts a monitoring and evaluation plan for one year, discusses it with the aiyl okmotu and submits it to the aiyl kenesh for approval.</source>
        <translation>Топ бир жылга мониторинг жана баалоо планынын долбоорун түзүп, аны айыл өкмөтү менен талкуулайт жана айылдык кеңешке бекитүүгө тапшырат.</translation>
    </message>
    <message>
        <source>Year of the plan</source>
        <translation>Пландын жылы</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Долбоорду түзүү</translation>
    </message>
</context>
<context>
    <name>NoticeDocuments</name>
    <message>
        <source>Notice: %1 (%2)</source>
        <translation>Кулактандыруу: %1 (%2)</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>кулактандыруу</translation>
    </message>
    <message>
        <source>Preparing the poster…</source>
        <translation>Плакат даярдалууда…</translation>
    </message>
</context>
<context>
    <name>NoticeEditor</name>
    <message>
        <source>Notice</source>
        <translation>Кулактандыруу</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>Жаңы кулактандыруу</translation>
    </message>
    <message>
        <source>Fill from the data</source>
        <translation>Маалыматтардан толтуруу</translation>
    </message>
    <message>
        <source>Write the title and text afresh from the records: names, dates, places and resolution numbers</source>
        <translation>Аталышын жана текстин катталган маалыматтардан кайра жазуу: аты-жөндөр, даталар, жерлер жана токтомдордун номерлери</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Өчүрүү…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Өзгөртүүлөр азырынча сактала элек.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Саат %1дө сакталды.</translation>
    </message>
    <message>
        <source>Replace the title and text with a fresh text written from the data? The text now in the form will be lost.</source>
        <translation>Аталышы жана тексти маалыматтардан жаңыдан жазылган текст менен алмаштырылсынбы? Азыр формадагы текст жоголот.</translation>
    </message>
    <message>
        <source>Replace the text</source>
        <translation>Текстти алмаштыруу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>The type size of the poster is checked once the notice is saved.</source>
        <translation>Плакаттын арип өлчөмү кулактандыруу сакталгандан кийин текшерилет.</translation>
    </message>
    <message>
        <source>On %1 the text prints at %2 pt: readable from two metres.</source>
        <translation>%1 кагазында текст %2 пт арип менен басылат: эки метрден окулат.</translation>
    </message>
    <message>
        <source>On %1 the text had to be set at %2 pt, too small to read from two metres. Choose A3 or shorten the text.</source>
        <translation>%1 кагазына батыш үчүн текст %2 пт арипке чейин кичирейтилди — эки метрден окууга өтө майда. A3 кагазын тандаңыз же текстти кыскартыңыз.</translation>
    </message>
    <message>
        <source>On %1 the text had to be set at %2 pt, too small to read from two metres. Shorten the text.</source>
        <translation>%1 кагазына батыш үчүн текст %2 пт арипке чейин кичирейтилди — эки метрден окууга өтө майда. Текстти кыскартыңыз.</translation>
    </message>
    <message>
        <source>Delete this notice with its posting log and photos?</source>
        <translation>Бул кулактандыруу илинүү журналы жана сүрөттөрү менен кошо өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Save the changes to the notice?</source>
        <translation>Кулактандыруудагы өзгөртүүлөр сакталсынбы?</translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation>Сактабоо</translation>
    </message>
</context>
<context>
    <name>NoticeForm</name>
    <message>
        <source>choose</source>
        <translation>тандаңыз</translation>
    </message>
    <message>
        <source>at</source>
        <translation>саат</translation>
    </message>
    <message>
        <source>e.g. assembly hall of the aiyl okmotu, Masy village</source>
        <translation>мисалы, айыл өкмөтүнүн жыйындар залы, Масы айылы</translation>
    </message>
    <message>
        <source>The title in large letters</source>
        <translation>Ири тамгалар менен жазылуучу аталышы</translation>
    </message>
    <message>
        <source>Write the text, or press “Fill from the data” to have it written from the records.</source>
        <translation>Текстти жазыңыз же аны катталган маалыматтардан түзүү үчүн «Маалыматтардан толтуруу» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Each line is a paragraph of the poster. A line “1) …” prints as a list item, a line “Place: …” with the word before the colon in bold.</source>
        <translation>Ар бир сап плакатта өзүнчө абзац болот. «1) …» деп башталган сап тизменин пункту катары, «Өтүүчү жери: …» сыяктуу сап кош чекитке чейинки сөзү жоон арип менен басылат.</translation>
    </message>
    <message>
        <source>Kind of notice</source>
        <translation>Кулактандыруунун түрү</translation>
    </message>
    <message>
        <source>Date of the notice</source>
        <translation>Кулактандыруунун күнү</translation>
    </message>
    <message>
        <source>Council resolution</source>
        <translation>Айылдык кеңештин токтому</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Пландын пункту</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өтүүчү жери</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Кагаз</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>Кулактандыруунун тексти</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Жыйын</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Биринчи жыйналыш</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Жыйналыш</translation>
    </message>
    <message>
        <source>Applications until</source>
        <translation>Арыздарды кабыл алуунун акыркы күнү</translation>
    </message>
    <message>
        <source>Date of the gathering</source>
        <translation>Жыйындын күнү</translation>
    </message>
    <message>
        <source>Date of the first meeting</source>
        <translation>Биринчи жыйналыштын күнү</translation>
    </message>
    <message>
        <source>Monitoring begins on</source>
        <translation>Мониторинг башталат</translation>
    </message>
    <message>
        <source>Presented on</source>
        <translation>Тааныштырылган күнү</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Иш-чаранын күнү</translation>
    </message>
    <message>
        <source>The last day candidates' applications are accepted.</source>
        <translation>Талапкерлердин арыздары кабыл алынуучу акыркы күн.</translation>
    </message>
    <message>
        <source>The composition must hang on the boards at least 3 working days before the first meeting.</source>
        <translation>Топтун курамы биринчи жыйналыштан кеминде 3 иш күн мурун маалымат такталарына илиниши керек.</translation>
    </message>
    <message>
        <source>Stakeholders and residents are told before the monitoring begins.</source>
        <translation>Кызыкдар тараптар жана тургундар мониторинг башталганга чейин кабардар кылынат.</translation>
    </message>
    <message>
        <source>The day of the public presentation of the summary report: the results must hang on the boards within one week of it.</source>
        <translation>Жыйынды отчет коомчулукка тааныштырылган күн: жыйынтыктар андан кийин бир жуманын ичинде маалымат такталарына илиниши керек.</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, e.g. 10:00.</source>
        <translation>Убакытты саат жана мүнөт менен жазыңыз, мисалы, 10:00.</translation>
    </message>
</context>
<context>
    <name>NoticesModel</name>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Илинүүлөр</translation>
    </message>
    <message>
        <source>First posted</source>
        <translation>Алгач илинген</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мөөнөт</translation>
    </message>
    <message>
        <source>not posted</source>
        <translation>илинген эмес</translation>
    </message>
    <message>
        <source>Hanging now on %1 of them</source>
        <translation>Алардын %1 тактасында азыр илинип турат</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Notices</source>
        <translation>Кулактандыруулар</translation>
    </message>
    <message>
        <source>Notice boards</source>
        <translation>Маалымат такталары</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>Жаңы кулактандыруу</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ачуу…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Өчүрүү…</translation>
    </message>
    <message>
        <source>No notices yet. Prepare a notice from a ready text: the start of the group's formation, the community gathering, the group's composition and first meeting, a monitoring, the results of an act or of the summary report. Print it as a poster and record where it was posted.</source>
        <translation>Азырынча кулактандыруу жок. Даяр тексттен кулактандыруу даярдаңыз: топту түзүүнүн башталышы, жамааттын жыйыны, топтун курамы жана биринчи жыйналышы, мониторинг, акттын же жыйынды отчеттун жыйынтыктары. Аны плакат катары басып чыгарып, кайсы жерге илингенин каттаңыз.</translation>
    </message>
    <message>
        <source>Delete the notice «%1» with its posting log and photos?</source>
        <translation>«%1» кулактандыруусу илинүү журналы жана сүрөттөрү менен кошо өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>ObjectDialog</name>
    <message>
        <source>Monitored object</source>
        <translation>Мониторинг объекти</translation>
    </message>
    <message>
        <source>New monitored object</source>
        <translation>Мониторингдин жаңы объекти</translation>
    </message>
    <message>
        <source>Choose the kind</source>
        <translation>Түрүн тандаңыз</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Жетекчиси</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланышуучу адам</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефону</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>e.g. «Taza Aiyl» municipal enterprise</source>
        <translation>мисалы, «Таза Айыл» муниципалдык ишканасы</translation>
    </message>
    <message>
        <source>e.g. M. Sadykov, dispatcher</source>
        <translation>мисалы, М. Садыков, диспетчер</translation>
    </message>
    <message>
        <source>e.g. 0700 123 456</source>
        <translation>мисалы, 0700 123 456</translation>
    </message>
    <message>
        <source>e.g. Masy village</source>
        <translation>мисалы, Масы айылы</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
</context>
<context>
    <name>ObjectsModel</name>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Жетекчиси</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Байланышуучу адам</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефону</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>Пландын пункттары</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Актылар</translation>
    </message>
</context>
<context>
    <name>ObjectsTab</name>
    <message>
        <source>Delete %1 from the register of monitored objects?</source>
        <translation>«%1» мониторинг объекттеринин тизмесинен өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Delete the object</source>
        <translation>Объектти өчүрүү</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>New object…</source>
        <translation>Жаңы объект…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <source>Only an object that no plan, act or declaration names can be deleted</source>
        <translation>Планда, актыда же билдирүүдө аталбаган объектти гана өчүрүүгө болот</translation>
    </message>
    <message>
        <source>No monitored objects are recorded yet: the aiyl okmotu, municipal enterprises and institutions, suppliers and contractors, consultants and community organisations such as water users' associations.</source>
        <translation>Мониторинг объекттери азырынча катталган жок: айыл өкмөтү, муниципалдык ишканалар жана мекемелер, жеткирүүчүлөр жана подрядчылар, консультанттар, ошондой эле ИСПАКБ сыяктуу коомдук уюмдар.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Tick the members who took part in the monitoring: they sign the act. A member removed from monitoring this object for a conflict of interest does not take part and does not sign.</source>
        <translation>Мониторингге катышкан мүчөлөрдү белгилеңиз: алар актыга кол коёт. Кызыкчылыктардын кагылышуусунан улам бул объекттин мониторингинен четтетилген мүчө катышпайт жана кол койбойт.</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>Кол коё албайт: %1</translation>
    </message>
</context>
<context>
    <name>PartsPanel</name>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>PlanDocuments</name>
    <message>
        <source>Plan for %1, version %2</source>
        <translation>%1-жылдын планы, %2-версия</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>Preparing the plan…</source>
        <translation>План даярдалууда…</translation>
    </message>
    <message>
        <source>Council resolution on the plan for %1, version %2</source>
        <translation>%1-жылдын планы боюнча айылдык кеңештин токтому, %2-версия</translation>
    </message>
    <message>
        <source>plan-resolution</source>
        <translation>план-токтом</translation>
    </message>
    <message>
        <source>Preparing the resolution…</source>
        <translation>Токтом даярдалууда…</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>индикаторлор</translation>
    </message>
    <message>
        <source>Indicators: plan and fact</source>
        <translation>Индикаторлор: план жана факт</translation>
    </message>
    <message>
        <source>Preparing the indicator sheet…</source>
        <translation>Индикаторлордун баракчасы даярдалууда…</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Monitoring and evaluation plan</source>
        <translation>Мониторинг жана баалоо планы</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Дашборд</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикаторлор</translation>
    </message>
    <message>
        <source>Monitored objects</source>
        <translation>Мониторинг объекттери</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Жаңы план…</translation>
    </message>
    <message>
        <source>Print plan…</source>
        <translation>Планды басып чыгаруу…</translation>
    </message>
    <message>
        <source>Print resolution…</source>
        <translation>Токтомду басып чыгаруу…</translation>
    </message>
    <message>
        <source>The council resolution approving this version, with the plan as its appendix</source>
        <translation>Бул версияны бекитүүчү айылдык кеңештин токтому, план анын тиркемеси катары</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Пункт кошуу…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ачуу…</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>Аткарылышын белгилөө…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жогору жылдыруу</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмөн жылдыруу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Planned, in progress or done: progress on the version in force</source>
        <translation>Пландалган, аткарылууда же аткарылды: күчүндөгү версиянын пункттарынын аткарылышы</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>күчүндө</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пункттар</translation>
    </message>
    <message>
        <source>Proposals of the aiyl okmotu</source>
        <translation>Айыл өкмөтүнүн сунуштары</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версиялар</translation>
    </message>
    <message>
        <source>No plan is recorded yet. Start the group's monitoring and evaluation plan for the year with “New plan…”: the items, the discussion with the aiyl okmotu and the council's approval follow.</source>
        <translation>Азырынча план катталган жок. Топтун жылдык мониторинг жана баалоо планын «Жаңы план…» баскычы менен баштаңыз: андан кийин пункттар, айыл өкмөтү менен талкуулоо жана кеңештин бекитүүсү келет.</translation>
    </message>
    <message>
        <source>This version has no items yet. Add the monitorings the group plans for the year.</source>
        <translation>Бул версияда азырынча пункттар жок. Топ жыл ичинде пландаган мониторингдерди кошуңуз.</translation>
    </message>
    <message>
        <source>⚠ Overdue without an act: %1</source>
        <translation>⚠ Мөөнөтү өтүп, акт жок: %1</translation>
    </message>
    <message>
        <source>Delete item %1 (%2) from this version of the plan?</source>
        <translation>%1-пунктту (%2) пландын бул версиясынан өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation>Пунктту өчүрүү</translation>
    </message>
    <message>
        <source>Discard version %1 of the plan for %2 with its items? This cannot be undone.</source>
        <translation>%2-жылдын планынын %1-версиясын пункттары менен кошо жокко чыгарасызбы? Муну кайра калыбына келтирүүгө болбойт.</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Долбоорду жокко чыгаруу</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <source>Posting of the notice</source>
        <translation>Кулактандыруунун илиниши</translation>
    </message>
    <message>
        <source>Correct the posting</source>
        <translation>Илинүү жөнүндө жазууну оңдоо</translation>
    </message>
    <message>
        <source>Notice: «%1»</source>
        <translation>Кулактандыруу: «%1»</translation>
    </message>
    <message>
        <source>Notice board</source>
        <translation>Маалымат тактасы</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Илинген күнү</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Ким илди</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>Алынган күнү</translation>
    </message>
    <message>
        <source>choose the board</source>
        <translation>тактаны тандаңыз</translation>
    </message>
    <message>
        <source>e.g. A. Saitova</source>
        <translation>мисалы, А. Саитова</translation>
    </message>
    <message>
        <source>Record the posting</source>
        <translation>Илингенин каттоо</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
</context>
<context>
    <name>PostingsModel</name>
    <message>
        <source>Notice board</source>
        <translation>Маалымат тактасы</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Илинген күнү</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Ким илди</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>Алынган күнү</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <source>%1 (out of use)</source>
        <translation>%1 (колдонуудан чыгарылган)</translation>
    </message>
    <message>
        <source>hanging</source>
        <translation>илинип турат</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>сүрөт жок</translation>
    </message>
    <message>
        <source>file missing or damaged</source>
        <translation>файл жок же бузулган</translation>
    </message>
</context>
<context>
    <name>PostingsPanel</name>
    <message>
        <source>Record posting…</source>
        <translation>Илингенин каттоо…</translation>
    </message>
    <message>
        <source>Where and when the notice was put up, and by whom</source>
        <translation>Кулактандыруу кайда, качан жана ким тарабынан илингени</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Оңдоо…</translation>
    </message>
    <message>
        <source>Taken down…</source>
        <translation>Алынды…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Өчүрүү…</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Сүрөт кошуу…</translation>
    </message>
    <message>
        <source>A photo of the notice on the board, kept as proof of the posting</source>
        <translation>Тактада илинип турган кулактандыруунун сүрөтү — илингенинин далили катары сакталат</translation>
    </message>
    <message>
        <source>Open photo</source>
        <translation>Сүрөттү ачуу</translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation>Сүрөттү өчүрүү…</translation>
    </message>
    <message>
        <source>Posting log</source>
        <translation>Илинүү журналы</translation>
    </message>
    <message>
        <source>Choose a notice above to see where it was posted.</source>
        <translation>Кайсы жерге илингенин көрүү үчүн жогортон кулактандырууну тандаңыз.</translation>
    </message>
    <message>
        <source>Posting log: %1</source>
        <translation>Илинүү журналы: %1</translation>
    </message>
    <message>
        <source>Not posted yet. Record each board the notice is put up on.</source>
        <translation>Азырынча илинген жок. Кулактандыруу илинген ар бир тактаны каттаңыз.</translation>
    </message>
    <message>
        <source>The photo cannot be shown: the file is not a picture.</source>
        <translation>Сүрөттү көрсөтүү мүмкүн эмес: файл сүрөт эмес.</translation>
    </message>
    <message>
        <source>Delete the posting on «%1» of %2 from the log?</source>
        <translation>«%1» тактасына %2 илингени жөнүндө жазуу журналдан өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Photo of the posted notice</source>
        <translation>Илинген кулактандыруунун сүрөтү</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Сүрөттөр (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Keeping the photo…</source>
        <translation>Сүрөт сакталууда…</translation>
    </message>
    <message>
        <source>Remove the photo of this posting?</source>
        <translation>Бул илинүүнүн сүрөтү өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
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
    <name>ProposalDialog</name>
    <message>
        <source>Proposal of the aiyl okmotu</source>
        <translation>Айыл өкмөтүнүн сунушу</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Сунуш</translation>
    </message>
    <message>
        <source>Group's decision</source>
        <translation>Топтун чечими</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>азырынча жооп берилген жок</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>кабыл алынды</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>кабыл алынган жок</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жообу</translation>
    </message>
    <message>
        <source>How it was taken into the plan, or why the group declined it</source>
        <translation>Планга кантип киргизилгени же топ аны эмне үчүн кабыл албаганы</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Proposal of the aiyl okmotu</source>
        <translation>Айыл өкмөтүнүн сунушу</translation>
    </message>
    <message>
        <source>Group's decision</source>
        <translation>Топтун чечими</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жообу</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>азырынча жооп берилген жок</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>кабыл алынды</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>кабыл алынган жок</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>Remove proposal %1 of the aiyl okmotu?</source>
        <translation>Айыл өкмөтүнүн %1-сунушун өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Remove the proposal</source>
        <translation>Сунушту өчүрүү</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Add proposal…</source>
        <translation>Сунуш кошуу…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Жооп берүү…</translation>
    </message>
    <message>
        <source>The aiyl okmotu may propose items when the draft is discussed with it; the group answers each.</source>
        <translation>Долбоор талкууланганда айыл өкмөтү пункттарды сунуштай алат; топ ар бир сунушка жооп берет.</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <source>Add a recommendation</source>
        <translation>Сунуштама кошуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жогору жылдыруу</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмөн жылдыруу</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>Кимге:</translation>
    </message>
    <message>
        <source>What is to be done:</source>
        <translation>Эмне кылуу керек:</translation>
    </message>
    <message>
        <source>By when:</source>
        <translation>Мөөнөтү:</translation>
    </message>
    <message>
        <source>The object, the aiyl okmotu, the council…</source>
        <translation>Объект, айыл өкмөтү, айылдык кеңеш…</translation>
    </message>
    <message>
        <source>No recommendations yet. Each recommendation or proposal names to whom it is addressed, what is to be done and by when.</source>
        <translation>Азырынча сунуштамалар жок. Ар бир сунуштамада же сунушта кимге багытталганы, эмне кылуу керектиги жана мөөнөтү көрсөтүлөт.</translation>
    </message>
    <message>
        <source>(to whom?)</source>
        <translation>(кимге?)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 чейин</translation>
    </message>
    <message>
        <source>(by when?)</source>
        <translation>(мөөнөтү?)</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(азырынча эч нерсе жазылган жок)</translation>
    </message>
    <message>
        <source>Remove recommendation %1 from the draft?</source>
        <translation>%1-сунуштама долбоордон алып салынсынбы?</translation>
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
    <name>RemovalDialog</name>
    <message>
        <source>Taken down</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>The notice was taken down from «%1» on:</source>
        <translation>Кулактандыруу «%1» тактасынан алынган күн:</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>Алынган күнү</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
</context>
<context>
    <name>ReportOutputs</name>
    <message>
        <source>Summary report, %1</source>
        <translation>Жыйынды отчет, %1</translation>
    </message>
    <message>
        <source>summary-report</source>
        <translation>жыйынды-отчет</translation>
    </message>
    <message>
        <source>Preparing the summary report…</source>
        <translation>Жыйынды отчет даярдалууда…</translation>
    </message>
    <message>
        <source>Resolution draft on the report, %1</source>
        <translation>Отчет боюнча токтомдун долбоору, %1</translation>
    </message>
    <message>
        <source>resolution-draft</source>
        <translation>токтомдун-долбоору</translation>
    </message>
    <message>
        <source>Preparing the resolution draft…</source>
        <translation>Токтомдун долбоору даярдалууда…</translation>
    </message>
    <message>
        <source>Save the report's tables</source>
        <translation>Отчеттун таблицаларын сактоо</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel китептери (*.xlsx)</translation>
    </message>
    <message>
        <source>Preparing the spreadsheet…</source>
        <translation>Таблица даярдалууда…</translation>
    </message>
    <message>
        <source>The spreadsheet was saved: %1</source>
        <translation>Таблица сакталды: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Жыл:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Мезгил:</translation>
    </message>
    <message>
        <source>The whole year</source>
        <translation>Толук жыл</translation>
    </message>
    <message>
        <source>First half-year (January–June)</source>
        <translation>Биринчи жарым жылдык (январь–июнь)</translation>
    </message>
    <message>
        <source>Second half-year (July–December)</source>
        <translation>Экинчи жарым жылдык (июль–декабрь)</translation>
    </message>
    <message>
        <source>Print the report…</source>
        <translation>Отчетту басып чыгаруу…</translation>
    </message>
    <message>
        <source>Print the resolution draft…</source>
        <translation>Токтомдун долбоорун басып чыгаруу…</translation>
    </message>
    <message>
        <source>The council's draft resolution on hearing the group's report</source>
        <translation>Топтун отчетун угуу жөнүндө айылдык кеңештин токтомунун долбоору</translation>
    </message>
    <message>
        <source>Save the spreadsheet…</source>
        <translation>Электрондук таблицаны сактоо…</translation>
    </message>
    <message>
        <source>Export for the council…</source>
        <translation>Кеңеш үчүн экспорттоо…</translation>
    </message>
    <message>
        <source>The report, the spreadsheet, the resolution draft, the period's acts and the data for the district, on a USB stick or in a folder</source>
        <translation>Отчет, таблица, токтомдун долбоору, мезгилдин актылары жана район үчүн маалыматтар — USB флешкага же папкага</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кыскача</translation>
    </message>
    <message>
        <source>Conclusions and proposals</source>
        <translation>Корутундулар жана сунуштар</translation>
    </message>
    <message>
        <source>Residents' messages and surveys</source>
        <translation>Тургундардын кайрылуулары жана сурамжылоолор</translation>
    </message>
    <message>
        <source>The period is still running: the report shows it as of today, %1.</source>
        <translation>Мезгил али бүтө элек: отчет аны бүгүнкү, %1 абалы боюнча көрсөтөт.</translation>
    </message>
    <message>
        <source>Choose a period that has begun.</source>
        <translation>Башталган мезгилди тандаңыз.</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>Кыскача маалымат даярдалууда…</translation>
    </message>
    <message>
        <source>The summary could not be prepared.</source>
        <translation>Кыскача маалыматты даярдоо мүмкүн болгон жок.</translation>
    </message>
</context>
<context>
    <name>ResidentsPanel</name>
    <message>
        <source>Delete the message of %1 from the journal?</source>
        <translation>%1 келген билдирүүнү журналдан өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>Билдирүүнү өчүрүү</translation>
    </message>
    <message>
        <source>Delete the result of %1 for %2?</source>
        <translation>«%1» сурамжылоосунун жыйынтыгын (%2) өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Delete the survey result</source>
        <translation>Сурамжылоонун жыйынтыгын өчүрүү</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Saved. Its date, %1, is outside the period shown, so it is not in this list.</source>
        <translation>Сакталды. Анын күнү (%1) көрсөтүлгөн мезгилге кирбейт, ошондуктан бул тизмеде жок.</translation>
    </message>
    <message>
        <source>in the period: %1</source>
        <translation>мезгил ичинде: %1</translation>
    </message>
    <message>
        <source>without a response: %1</source>
        <translation>жоопсуз: %1</translation>
    </message>
    <message>
        <source>surveys in the period: %1</source>
        <translation>мезгил ичиндеги сурамжылоолор: %1</translation>
    </message>
    <message>
        <source>Residents' messages</source>
        <translation>Тургундардын билдирүүлөрү</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Канааттануу боюнча сурамжылоолор</translation>
    </message>
    <message>
        <source>Add message…</source>
        <translation>Билдирүү кошуу…</translation>
    </message>
    <message>
        <source>Add result…</source>
        <translation>Жыйынтык кошуу…</translation>
    </message>
    <message>
        <source>A message to the group's WhatsApp number, a call, a visit or a letter, to record in the journal</source>
        <translation>Топтун WhatsApp номерине келген билдирүүнү, телефон чалууну, келип айтылган же кат менен жазылган кайрылууну журналга каттоо</translation>
    </message>
    <message>
        <source>How many residents answered a survey and how many were satisfied, for all and for each social group</source>
        <translation>Сурамжылоого канча тургун жооп бергени жана алардын канчасы канааттанганы — бардыгы боюнча жана ар бир социалдык топ боюнча</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгөртүү…</translation>
    </message>
    <message>
        <source>No messages from residents in this period. Record here what residents send to the group's WhatsApp number, say by phone or in person, or write: they go into the summary report.</source>
        <translation>Бул мезгилде тургундардан билдирүү катталган жок. Тургундар топтун WhatsApp номерине жөнөткөн, телефон аркылуу же өзү келип айткан, же кат менен жазган билдирүүлөрдү ушул жерге каттаңыз: алар жыйынтыктоочу отчетко кирет.</translation>
    </message>
    <message>
        <source>No survey results in this period. Satisfaction is studied for the whole population and for women, youth, elderly people, unemployed people and persons with disabilities.</source>
        <translation>Бул мезгилде сурамжылоолордун жыйынтыктары жок. Канааттануу бүт калк боюнча жана аялдар, жаштар, улгайган адамдар, жумушсуздар жана ден соолугунун мүмкүнчүлүктөрү чектелген адамдар боюнча изилденет.</translation>
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
    <name>ResponseDialog</name>
    <message>
        <source>Response of %1</source>
        <translation>%1 берген жооп</translation>
    </message>
    <message>
        <source>The object informs the aiyl okmotu, with a copy to the group, of the causes of the shortcomings and the measures planned.</source>
        <translation>Объект айыл өкмөтүнө (көчүрмөсүн топко) кемчиликтердин себептери жана пландалган чаралар жөнүндө маалымдайт.</translation>
    </message>
    <message>
        <source>Causes of the shortcomings:</source>
        <translation>Кемчиликтердин себептери:</translation>
    </message>
    <message>
        <source>Measures planned:</source>
        <translation>Пландалган чаралар:</translation>
    </message>
    <message>
        <source>Report of %1 to the council</source>
        <translation>%1 кеңешке берген маалыматы</translation>
    </message>
    <message>
        <source>The aiyl okmotu informs the council of the measures taken on the act.</source>
        <translation>Айыл өкмөтү акт боюнча көрүлгөн чаралар жөнүндө кеңешке маалымдайт.</translation>
    </message>
    <message>
        <source>Measures taken:</source>
        <translation>Көрүлгөн чаралар:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Алынган күнү:</translation>
    </message>
    <message>
        <source>Scan of the letter:</source>
        <translation>Каттын сканы:</translation>
    </message>
    <message>
        <source>Optional: a scan or a photo of the letter</source>
        <translation>Милдеттүү эмес: каттын сканы же сүрөтү</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Тандоо…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Каттоо</translation>
    </message>
    <message>
        <source>Scan of the letter</source>
        <translation>Каттын сканы</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Камдык көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
        <source>Choose the backup to restore; the newest is at the top. A backup on a USB stick is opened with "Other file…".</source>
        <translation>Калыбына келтирүүчү камдык көчүрмөнү тандаңыз; эң акыркысы өйдө жакта. USB-флешкадагы камдык көчүрмө «Башка файл…» аркылуу ачылат.</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Башка файл…</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Камдык көчүрмөдө эмне бар</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Качан жасалган:</translation>
    </message>
    <message>
        <source>Aiyl aimak:</source>
        <translation>Айыл аймагы:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Күнү:</translation>
    </message>
    <message>
        <source>Group members:</source>
        <translation>Топтун мүчөлөрү:</translation>
    </message>
    <message>
        <source>Acts:</source>
        <translation>Актылар:</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Жыйналыштар:</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Тиркелген файлдар:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Сырсөз:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Before the restore, the current state of the database is saved as a safety backup in %1, so it can be brought back as well.</source>
        <translation>Калыбына келтирүүдөн мурун маалымат базасынын учурдагы абалы %1 папкасына коопсуздук үчүн камдык көчүрмө катары сакталат, ошондуктан аны да кайтарып алууга болот.</translation>
    </message>
    <message>
        <source>There is no current database to keep: the restored backup becomes the database.</source>
        <translation>Сактала турган учурдагы маалымат базасы жок: калыбына келтирилген камдык көчүрмө маалымат базасы болуп калат.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Калыбына келтирүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet. Choose a backup file with "Other file…".</source>
        <translation>%1 папкасында азырынча камдык көчүрмөлөр жок. «Башка файл…» аркылуу камдык көчүрмөнүн файлын тандаңыз.</translation>
    </message>
    <message>
        <source>protected by a password</source>
        <translation>сырсөз менен корголгон</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>окууга болбойт</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Камдык көчүрмөнү тандаңыз</translation>
    </message>
    <message>
        <source>BMB Desktop backups (*%1)</source>
        <translation>BMB Desktop камдык көчүрмөлөрү (*%1)</translation>
    </message>
    <message>
        <source>Enter the password this backup was protected with.</source>
        <translation>Бул камдык көчүрмө корголгон сырсөздү киргизиңиз.</translation>
    </message>
    <message>
        <source>Opening the protected backup…</source>
        <translation>Корголгон камдык көчүрмө ачылууда…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Камдык көчүрмө калыбына келтирилүүдө…</translation>
    </message>
    <message>
        <source>Replace the data of the database with the backup of %1 (%2)?</source>
        <translation>Маалымат базасындагы маалыматтарды %1 күнкү камдык көчүрмө (%2) менен алмаштырасызбы?</translation>
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
    <name>SafeStart</name>
    <message>
        <source>The database is damaged</source>
        <translation>Маалымат базасы бузулган</translation>
    </message>
    <message>
        <source>The damaged file is kept as: %1</source>
        <translation>Бузулган файл төмөнкүдөй сакталды: %1</translation>
    </message>
    <message>
        <source>Restore the newest backup…</source>
        <translation>Эң акыркы камдык көчүрмөнү калыбына келтирүү…</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Башка камдык көчүрмөнү тандоо…</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Программаны жабуу</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>This is the demo database: it is made anew at each start, so no automatic backups are made of it. The buttons below work as they do for your own database.</source>
        <translation>Бул демо маалымат базасы: ал ар бир ачылганда жаңыдан түзүлөт, ошондуктан анын камдык көчүрмөлөрү автоматтык түрдө жасалбайт. Төмөнкү баскычтар өзүңүздүн маалымат базаңыздагыдай эле иштейт.</translation>
    </message>
    <message>
        <source>Backups are made automatically: at the start of work, every 30 minutes while you make changes, and when the program closes. Keep a copy away from this computer as well: back up to a USB stick once a week and after important work.</source>
        <translation>Камдык көчүрмөлөр автоматтык түрдө жасалат: иштин башында, өзгөртүүлөр киргизилип жатканда ар 30 мүнөттө жана программа жабылганда. Бир көчүрмөнү ушул компьютерден тышкары да сактаңыз: жумасына бир жолу жана маанилүү иштен кийин USB-флешкага камдык көчүрмө жазыңыз.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Акыркы камдык көчүрмө:</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Сакталган жери:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Папканы ачуу</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Азыр камдык көчүрмө жасоо</translation>
    </message>
    <message>
        <source>Back up to USB…</source>
        <translation>USB-флешкага жазуу…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Калыбына келтирүү…</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Маалымат базасын текшерүү</translation>
    </message>
    <message>
        <source>A quick check runs each time the database opens. The full check also reads every attached file, the fingerprints of issued acts and the audit log; it takes a little longer and changes nothing.</source>
        <translation>Маалымат базасы ар бир ачылганда тез текшерүү жүргүзүлөт. Толук текшерүү мындан тышкары ар бир тиркелген файлды, чыгарылган актылардын санарип издерин жана аудит журналын окуйт; ал бир аз көбүрөөк убакыт алат жана эч нерсени өзгөртпөйт.</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Маалымат базасын текшерүү</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>азырынча жок</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Камдык көчүрмө жазылууда…</translation>
    </message>
    <message>
        <source>The backup is written and checked: %1</source>
        <translation>Камдык көчүрмө жазылып, текшерилди: %1</translation>
    </message>
    <message>
        <source>Restored the backup of %1 (%2): %3 members, %4 acts, %5 meetings.</source>
        <translation>%1 күнкү камдык көчүрмө (%2) калыбына келтирилди: %3 мүчө, %4 акт, %5 жыйналыш.</translation>
    </message>
    <message>
        <source>The state before the restore is kept in %1.</source>
        <translation>Калыбына келтирүүгө чейинки абал %1 файлында сакталды.</translation>
    </message>
    <message>
        <source>The damaged database was moved aside unchanged: %1.</source>
        <translation>Бузулган маалымат базасы өзгөртүлбөстөн четке коюлду: %1.</translation>
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
        <source>Data safety</source>
        <translation>Маалыматтын коопсуздугу</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
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
    <name>StatusDialog</name>
    <message>
        <source>Follow-up of recommendation %1</source>
        <translation>%1-сунуштаманын аткарылышы</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жок</translation>
    </message>
    <message>
        <source>Act No. %1 of %2: %3</source>
        <translation>%2 № %1 акт: %3</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Абалы:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Күнү:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Белги:</translation>
    </message>
    <message>
        <source>Reason of the rejection:</source>
        <translation>Четке кагуунун себеби:</translation>
    </message>
    <message>
        <source>Checked by the monitoring:</source>
        <translation>Текшерген мониторинг:</translation>
    </message>
    <message>
        <source>What was done, who reported it, what the group saw</source>
        <translation>Эмне жасалды, ким маалымдады, топ эмнени көрдү</translation>
    </message>
    <message>
        <source>The act of a later monitoring in which the group checked this recommendation</source>
        <translation>Топ бул сунуштаманы текшерген кийинки мониторингдин актысы</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Каттоо</translation>
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
    <name>SubmissionDialog</name>
    <message>
        <source>Submission to the aiyl kenesh</source>
        <translation>Айылдык кеңешке тапшыруу</translation>
    </message>
    <message>
        <source>The plan goes to the aiyl kenesh once the group has answered every proposal of the aiyl okmotu.</source>
        <translation>Топ айыл өкмөтүнүн ар бир сунушуна жооп бергенден кийин план айылдык кеңешке тапшырылат.</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Тапшырылган күнү</translation>
    </message>
    <message>
        <source>Proposals of the aiyl okmotu</source>
        <translation>Айыл өкмөтүнүн сунуштары</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>катталган жок</translation>
    </message>
    <message>
        <source>%1 of %2 without the group's answer</source>
        <translation>%2 сунуштун %1 топтун жообусуз</translation>
    </message>
    <message>
        <source>all %1 answered</source>
        <translation>бардык %1 сунушка жооп берилди</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Өзгөртүүнүн себеби</translation>
    </message>
    <message>
        <source>Group's decision</source>
        <translation>Топтун чечими</translation>
    </message>
    <message>
        <source>No decision of a group meeting is linked to this version yet. Link it in the meeting's decision.</source>
        <translation>Бул версияга топтун жыйналышынын чечими азырынча байланыштырылган жок. Аны жыйналыштын чечиминде байланыштырыңыз.</translation>
    </message>
    <message>
        <source>Record the submission</source>
        <translation>Тапшырууну каттоо</translation>
    </message>
    <message>
        <source>protocol No. %1 of %2: for %3, against %4, abstained %5 — %6</source>
        <translation>%2 № %1 протокол: макул — %3, каршы — %4, калыс — %5; %6</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>кабыл алынды</translation>
    </message>
    <message>
        <source>did not pass</source>
        <translation>кабыл алынган жок</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Charts of the report</source>
        <translation>Отчеттун диаграммалары</translation>
    </message>
    <message>
        <source>The period has no recommendations, answers, measured indicators or surveys to draw yet.</source>
        <translation>Бул мезгилде диаграммага сала турган сунуштамалар, жооптор, өлчөнгөн индикаторлор же сурамжылоолор али жок.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Survey result</source>
        <translation>Сурамжылоонун жыйынтыгы</translation>
    </message>
    <message>
        <source>Edit the survey result</source>
        <translation>Сурамжылоонун жыйынтыгын өзгөртүү</translation>
    </message>
    <message>
        <source>Satisfaction is studied for the whole population and for social groups. Enter one line per group: first all respondents, then women, youth, elderly people, unemployed people and persons with disabilities.</source>
        <translation>Канааттануу бүт калк боюнча жана социалдык топтор боюнча изилденет. Ар бир топтун жыйынтыгын өзүнчө киргизиңиз: адегенде бардык катышкандар, андан кийин аялдар, жаштар, улгайган адамдар, жумушсуздар жана ден соолугунун мүмкүнчүлүктөрү чектелген адамдар.</translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation>Сурамжылоо күнү</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Эмне жөнүндө суралды</translation>
    </message>
    <message>
        <source>Social group</source>
        <translation>Социалдык топ</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Катышкандар</translation>
    </message>
    <message>
        <source>Of them satisfied</source>
        <translation>Алардын ичинен канааттангандар</translation>
    </message>
    <message>
        <source>e.g. satisfaction with the drinking water supply</source>
        <translation>мис.: ичүүчү суу менен камсыз кылууга канааттануу</translation>
    </message>
    <message>
        <source>all respondents</source>
        <translation>бардык катышкандар</translation>
    </message>
    <message>
        <source>Save and enter the next group</source>
        <translation>Сактап, кийинки топту киргизүү</translation>
    </message>
    <message>
        <source>Keeps the date and the question and moves on to the next social group</source>
        <translation>Күнү жана суроо сакталып, кийинки социалдык топко өтөт</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>%1 of the respondents</source>
        <translation>катышкандардын %1</translation>
    </message>
    <message>
        <source>Saved: %1. Now the next group.</source>
        <translation>Сакталды: %1. Эми кийинки топ.</translation>
    </message>
</context>
<context>
    <name>SurveysModel</name>
    <message>
        <source>Date</source>
        <translation>Күнү</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Сурамжылоо</translation>
    </message>
    <message>
        <source>Social group</source>
        <translation>Социалдык топ</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Катышкандар</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Канааттангандар</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлүшү</translation>
    </message>
    <message>
        <source>all respondents</source>
        <translation>бардык катышкандар</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a printed act</source>
        <translation>Басылган актыны текшерүү</translation>
    </message>
    <message>
        <source>A printed act carries its verification code at the foot of every page. Choose the PDF file as it was printed, or type the code from the paper to compare the paper with the act in the database.</source>
        <translation>Басылган актынын ар бир бетинин ылдыйында анын текшерүү коду бар. Басылып чыккан PDF файлды тандаңыз же кагаздагы кодду териңиз — кагаз маалымат базасындагы акт менен салыштырылат.</translation>
    </message>
    <message>
        <source>Check a PDF file…</source>
        <translation>PDF файлды текшерүү…</translation>
    </message>
    <message>
        <source>Code from the paper:</source>
        <translation>Кагаздагы код:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <source>Open the act</source>
        <translation>Актыны ачуу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документтер (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Файлды окуу мүмкүн болгон жок: %1</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Discussed with the aiyl okmotu</source>
        <translation>Айыл өкмөтү менен талкууланган</translation>
    </message>
    <message>
        <source>Submitted to the council</source>
        <translation>Кеңешке тапшырылган</translation>
    </message>
    <message>
        <source>Council resolution</source>
        <translation>Кеңештин токтому</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Өзгөртүүнүн себеби</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>күчүндө</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>%2 № %1</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Each amendment is a new version; earlier versions stay readable as they were approved. Double-click a version to open it.</source>
        <translation>Ар бир өзгөртүү — жаңы версия; мурунку версиялар бекитилген бойдон окууга сакталат. Версияны ачуу үчүн аны эки жолу басыңыз.</translation>
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
        <source>Choose the ground</source>
        <translation>Негизин тандаңыз</translation>
    </message>
</context>
<context>
    <name>WorkSession</name>
    <message>
        <source>The database was updated for this version; a backup was made before: %1</source>
        <translation>Маалымат базасы ушул версияга ылайыкталып жаңыртылды; андан мурун камдык көчүрмө жасалды: %1</translation>
    </message>
    <message>
        <source>Backup made at %1.</source>
        <translation>Камдык көчүрмө саат %1 жасалды.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматтык камдык көчүрмө жасалган жок: %1</translation>
    </message>
</context>
</TS>