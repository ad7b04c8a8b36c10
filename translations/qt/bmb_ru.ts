<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The previous demo database is still open in another window: %1</source>
        <translation>Предыдущая демонстрационная база данных ещё открыта в другом окне: %1</translation>
    </message>
</context>
<context>
    <name>BasisField</name>
    <message>
        <source>Council resolution</source>
        <translation>Решение кенеша</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>Choose the resolution</source>
        <translation>Выберите решение</translation>
    </message>
    <message>
        <source>e.g. protocol No. 2 of the community gathering of 28.05.2026</source>
        <translation>например, протокол схода граждан № 2 от 28.05.2026</translation>
    </message>
</context>
<context>
    <name>CalendarDayDialog</name>
    <message>
        <source>Calendar correction</source>
        <translation>Поправка календаря</translation>
    </message>
    <message>
        <source>Orozo ait and Kurman ait are fixed by decree every year, and the government moves days off. A correction replaces the official calendar on that day.</source>
        <translation>Дни Орозо айт и Курман айт ежегодно устанавливаются постановлением, а правительство переносит выходные дни. Поправка заменяет официальный календарь в этот день.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>The day is</source>
        <translation>Этот день</translation>
    </message>
    <message>
        <source>a day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>a working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>Name or decree</source>
        <translation>Название или постановление</translation>
    </message>
    <message>
        <source>e.g. Kurman ait, Cabinet decree No. 270</source>
        <translation>например, Курман айт, постановление Кабинета Министров № 270</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Сохранить поправку</translation>
    </message>
</context>
<context>
    <name>CalendarDaysModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>The day is</source>
        <translation>Этот день</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>secretary's correction</source>
        <translation>поправка секретаря</translation>
    </message>
    <message>
        <source>official calendar</source>
        <translation>официальный календарь</translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Deadlines in working days skip weekends and the official days off below. Orozo ait and Kurman ait are fixed by decree every year, and the government moves days off: record such changes as corrections. Every open deadline is recomputed with them at once.</source>
        <translation>Сроки в рабочих днях не учитывают субботы, воскресенья и официальные выходные ниже. Дни Орозо айт и Курман айт ежегодно устанавливаются постановлением, а правительство переносит выходные: вносите такие изменения как поправки. Все незакрытые сроки сразу пересчитываются с их учётом.</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Add correction…</source>
        <translation>Добавить поправку…</translation>
    </message>
    <message>
        <source>Remove correction</source>
        <translation>Удалить поправку</translation>
    </message>
    <message>
        <source>The correction of %1 is saved; deadlines are recomputed.</source>
        <translation>Поправка на %1 сохранена; сроки пересчитаны.</translation>
    </message>
    <message>
        <source>The correction of %1 is removed; the official calendar applies.</source>
        <translation>Поправка на %1 удалена; действует официальный календарь.</translation>
    </message>
</context>
<context>
    <name>CompositionPanel</name>
    <message>
        <source>No rules to check yet.</source>
        <translation>Пока нечего проверять.</translation>
    </message>
    <message>
        <source>Rules broken: %1 of %2</source>
        <translation>Нарушено правил: %1 из %2</translation>
    </message>
    <message>
        <source>All %1 rules hold</source>
        <translation>Все правила соблюдены (%1)</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>предупреждений: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Declaration of a conflict of interest</source>
        <translation>Заявление о конфликте интересов</translation>
    </message>
    <message>
        <source>A member with a personal interest in a monitored object or subject informs the group's chair and the council in writing. The council chair then decides on a temporary removal.</source>
        <translation>Член группы, имеющий личную заинтересованность в объекте или предмете мониторинга, письменно сообщает об этом председателю группы и айылному кенешу. Затем председатель кенеша решает вопрос о его временном отстранении.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член группы</translation>
    </message>
    <message>
        <source>Monitored object</source>
        <translation>Объект мониторинга</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Declared on</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <source>Written statement</source>
        <translation>Письменное заявление</translation>
    </message>
    <message>
        <source>Choose the member</source>
        <translation>Выберите члена группы</translation>
    </message>
    <message>
        <source>no object: the subject only</source>
        <translation>без объекта, только предмет</translation>
    </message>
    <message>
        <source>e.g. the repair of the street under a procurement contract</source>
        <translation>например, ремонт улицы по договору закупки</translation>
    </message>
    <message>
        <source>Record the declaration</source>
        <translation>Зарегистрировать заявление</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Declare…</source>
        <translation>Новое заявление…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Решение…</translation>
    </message>
    <message>
        <source>Record a member's written declaration of a conflict of interest</source>
        <translation>Зарегистрировать письменное заявление члена группы о конфликте интересов</translation>
    </message>
    <message>
        <source>Record the council chair's decision on the chosen declaration</source>
        <translation>Зарегистрировать решение председателя кенеша по выбранному заявлению</translation>
    </message>
    <message>
        <source>No member has declared a conflict of interest.</source>
        <translation>Ни один член группы не заявлял о конфликте интересов.</translation>
    </message>
    <message>
        <source>Check for conflicts of interest</source>
        <translation>Проверка конфликтов интересов</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong that BMB Desktop did not expect. Your saved data is safe: every change is written to the database as soon as you save it.
Copy the details below and send them to whoever supports the program.</source>
        <translation>В БМжБ Desktop произошла непредвиденная ошибка. Сохранённые данные в безопасности: каждое изменение записывается в базу данных сразу при сохранении.
Скопируйте сведения ниже и отправьте их специалисту, который обслуживает программу.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать сведения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Clear the date</source>
        <translation>Очистить дату</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision of the council chair</source>
        <translation>Решение председателя айылного кенеша</translation>
    </message>
    <message>
        <source>%1 declared a conflict of interest on %2: %3</source>
        <translation>%1 заявил(а) %2 о конфликте интересов: %3</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Temporarily remove the member from this monitoring</source>
        <translation>Временно отстранить члена группы от этого мониторинга</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>e.g. the council chair's order and what it says</source>
        <translation>например, распоряжение председателя кенеша и его содержание</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Зарегистрировать решение</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>DeclarationsModel</name>
    <message>
        <source>Member</source>
        <translation>Член группы</translation>
    </message>
    <message>
        <source>Object or subject</source>
        <translation>Объект или предмет</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>awaits the council chair's decision</source>
        <translation>ожидает решения председателя кенеша</translation>
    </message>
    <message>
        <source>removed from this monitoring on %1</source>
        <translation>отстранён(а) от этого мониторинга %1</translation>
    </message>
    <message>
        <source>not removed (%1)</source>
        <translation>не отстранён(а) (%1)</translation>
    </message>
</context>
<context>
    <name>ElectedMembersDialog</name>
    <message>
        <source>Add the elected as members</source>
        <translation>Добавить избранных в состав</translation>
    </message>
    <message>
        <source>The candidates elected at the gathering of %1 become citizen members from the day of the council's resolution that includes them in the group. Fill in what the roster needs about each of them.</source>
        <translation>Кандидаты, избранные на сходе %1, становятся членами группы от граждан со дня постановления кенеша о включении их в состав. Заполните сведения о каждом для состава группы.</translation>
    </message>
    <message>
        <source>Council resolution</source>
        <translation>Постановление айылного кенеша</translation>
    </message>
    <message>
        <source>Add resolution…</source>
        <translation>Добавить постановление…</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Workplace and post</source>
        <translation>Место работы и должность</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>выберите</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>known</source>
        <translation>известна</translation>
    </message>
    <message>
        <source>choose the resolution</source>
        <translation>выберите постановление</translation>
    </message>
    <message>
        <source>Add to the group</source>
        <translation>Добавить в группу</translation>
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
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Aiyl aimak</source>
        <translation>Айылный аймак</translation>
    </message>
    <message>
        <source>Welcome! Enter your municipality once; everything can be changed later in Settings.</source>
        <translation>Добро пожаловать! Введите сведения о своём айылном аймаке один раз; позже всё можно изменить в разделе «Настройки».</translation>
    </message>
    <message>
        <source>Aiyl okmotu</source>
        <translation>Айыл окмоту</translation>
    </message>
    <message>
        <source>The executive body, its head and the responsible secretary. The phone may be left empty.</source>
        <translation>Исполнительный орган, его глава и ответственный секретарь. Телефон можно не заполнять.</translation>
    </message>
    <message>
        <source>Aiyl kenesh</source>
        <translation>Айылный кенеш</translation>
    </message>
    <message>
        <source>The local council that approves the group and its plan. Tick the date only if you know it.</source>
        <translation>Местный кенеш, который утверждает группу и её план. Отметьте дату, только если она известна.</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Сёла</translation>
    </message>
    <message>
        <source>Every village of the aiyl aimak, one per line.</source>
        <translation>Все сёла айылного аймака, каждое с новой строки.</translation>
    </message>
    <message>
        <source>BMB Desktop: first start</source>
        <translation>БМжБ Desktop: первый запуск</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>FormationPage</name>
    <message>
        <source>Group formation</source>
        <translation>Формирование группы</translation>
    </message>
    <message>
        <source>Each step of forming the group or replacing a member, with its legal deadline counted in working days (weekends, public holidays and the corrections in Settings are skipped).</source>
        <translation>Каждый шаг формирования группы или замены члена и его установленный срок в рабочих днях (без суббот, воскресений, праздников и поправок из «Настроек»).</translation>
    </message>
    <message>
        <source>Formation:</source>
        <translation>Процесс:</translation>
    </message>
    <message>
        <source>Start a formation…</source>
        <translation>Начать формирование…</translation>
    </message>
    <message>
        <source>Steps and deadlines</source>
        <translation>Шаги и сроки</translation>
    </message>
    <message>
        <source>Community gathering</source>
        <translation>Сход местного сообщества</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <translation>%1, начато %2</translation>
    </message>
    <message>
        <source>steps needing attention: %1</source>
        <translation>шагов, требующих внимания: %1</translation>
    </message>
    <message>
        <source>No formation is recorded yet. Start one with the button above.</source>
        <translation>Процесс формирования пока не внесён. Начните его кнопкой выше.</translation>
    </message>
    <message>
        <source>No warnings: every step so far is within its deadline.</source>
        <translation>Предупреждений нет: пока каждый шаг в пределах своего срока.</translation>
    </message>
</context>
<context>
    <name>FormationStepsModel</name>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Установленный срок</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>выполнено в срок</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>done late by %1 working days</source>
        <translation>выполнено с опозданием, рабочих дней: %1</translation>
    </message>
    <message>
        <source>overdue by %1 working days</source>
        <translation>просрочено, рабочих дней: %1</translation>
    </message>
    <message>
        <source>not done, though later steps are</source>
        <translation>не выполнено, хотя следующие шаги выполнены</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>не применяется</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <source>pending, due today</source>
        <translation>ожидается, срок сегодня</translation>
    </message>
    <message>
        <source>pending, %1 working days left</source>
        <translation>ожидается, осталось рабочих дней: %1</translation>
    </message>
</context>
<context>
    <name>GatheringDialog</name>
    <message>
        <source>New community gathering</source>
        <translation>Новый сход местного сообщества</translation>
    </message>
    <message>
        <source>The candidates and their votes are entered on the page after the gathering is recorded.</source>
        <translation>Кандидаты и их голоса вносятся на странице после того, как сход будет внесён.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Сход</translation>
    </message>
    <message>
        <source>e.g. Gathering of the residents of Masy and Besh-Jygach villages</source>
        <translation>например, сход жителей сёл Масы и Беш-Жыгач</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>e.g. Masy village house of culture</source>
        <translation>например, сельский дом культуры Масы</translation>
    </message>
    <message>
        <source>Residents taking part</source>
        <translation>Участвовало жителей</translation>
    </message>
    <message>
        <source>Record gathering</source>
        <translation>Внести сход</translation>
    </message>
</context>
<context>
    <name>GatheringPanel</name>
    <message>
        <source>Citizen candidates are elected at a community gathering by more than half of the participants' votes, not of the votes cast. The elected become members through the council's resolution.</source>
        <translation>Кандидаты от граждан избираются на сходе голосами более половины участников, а не поданных голосов. Избранные становятся членами группы постановлением кенеша.</translation>
    </message>
    <message>
        <source>New gathering…</source>
        <translation>Новый сход…</translation>
    </message>
    <message>
        <source>Residents taking part</source>
        <translation>Участвовало жителей</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Голосов «за»</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Добавить кандидата</translation>
    </message>
    <message>
        <source>Remove candidate</source>
        <translation>Удалить кандидата</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Сохранить результаты</translation>
    </message>
    <message>
        <source>Add the elected as members…</source>
        <translation>Добавить избранных в состав…</translation>
    </message>
    <message>
        <source>member of the group</source>
        <translation>член группы</translation>
    </message>
    <message>
        <source>elected</source>
        <translation>избран</translation>
    </message>
    <message>
        <source>not elected</source>
        <translation>не избран</translation>
    </message>
    <message>
        <source>Elected: %1. A candidate needs at least %2 of %3 votes.</source>
        <translation>Избрано: %1. Кандидату нужно не менее %2 голосов из %3.</translation>
    </message>
    <message>
        <source>Enter the number of residents taking part: the majority is counted of them.</source>
        <translation>Укажите число участвовавших жителей: большинство считается от него.</translation>
    </message>
    <message>
        <source>No community gathering is recorded yet. Create one to record the election of citizen candidates.</source>
        <translation>Сход местного сообщества пока не внесён. Внесите его, чтобы записать выборы кандидатов от граждан.</translation>
    </message>
    <message>
        <source>Held on %1 at %2.</source>
        <translation>Проведён %1, место: %2.</translation>
    </message>
    <message>
        <source>The protocol is signed: its results can no longer be changed.</source>
        <translation>Протокол подписан: его результаты больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>Added to the group: %1. They are in the roster now.</source>
        <translation>Добавлено в группу: %1. Теперь они в составе группы.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>Monitoring and evaluation group</source>
        <translation>Группа совместного мониторинга и оценки</translation>
    </message>
    <message>
        <source>Recorded in this database</source>
        <translation>Записано в этой базе данных</translation>
    </message>
    <message>
        <source>Rules and warnings today</source>
        <translation>Правила и предупреждения на сегодня</translation>
    </message>
    <message>
        <source>Deadline tracking of acts and meetings comes in a later version: the object's answer to an act within 10 working days, the aiyl okmotu's report within 30 days. The list above shows every rule checked today, with its source.</source>
        <translation>Контроль сроков по актам и заседаниям появится в следующей версии: ответ объекта на акт в течение 10 рабочих дней, информация айыл окмоту в течение 30 дней. Все правила, проверяемые сегодня, перечислены выше с указанием источника.</translation>
    </message>
    <message>
        <source>Aiyl okmotu:</source>
        <translation>Айыл окмоту:</translation>
    </message>
    <message>
        <source>Aiyl kenesh:</source>
        <translation>Айылный кенеш:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Область:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Создана на основании:</translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation>Дата создания:</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Срок полномочий:</translation>
    </message>
    <message>
        <source>Current members:</source>
        <translation>Действующие члены:</translation>
    </message>
    <message>
        <source>Former members:</source>
        <translation>Бывшие члены:</translation>
    </message>
    <message>
        <source>Yearly plans:</source>
        <translation>Годовые планы:</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Заседания:</translation>
    </message>
    <message>
        <source>Acts:</source>
        <translation>Акты:</translation>
    </message>
    <message>
        <source>Notices:</source>
        <translation>Объявления:</translation>
    </message>
    <message>
        <source>Broken: %1 · warnings: %2 · holding: %3</source>
        <translation>Нарушено: %1 · предупреждений: %2 · соблюдено: %3</translation>
    </message>
    <message>
        <source>%1 aiyl aimak</source>
        <translation>Айылный аймак %1</translation>
    </message>
    <message>
        <source>(%1 convocation)</source>
        <translation>(%1 созыв)</translation>
    </message>
    <message>
        <source>not recorded yet</source>
        <translation>пока не записано</translation>
    </message>
    <message>
        <source>resolution No. %1 of %2</source>
        <translation>постановление айылного кенеша № %1 от %2</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 мес.</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, до %2</translation>
    </message>
</context>
<context>
    <name>ListingPage</name>
    <message>
        <source>Monitoring plan</source>
        <translation>План мониторинга и оценки</translation>
    </message>
    <message>
        <source>Viewing only: the items of the newest version of each year's plan. Drafting, amending and approving the plan come in a later version.</source>
        <translation>Только просмотр: пункты последней версии плана каждого года. Составление, изменение и утверждение плана появятся в следующей версии.</translation>
    </message>
    <message>
        <source>No monitoring plan is recorded in this database yet.</source>
        <translation>В этой базе данных пока нет плана мониторинга.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Viewing only: group meetings and community gatherings. Recording attendance, agendas and protocols comes in a later version.</source>
        <translation>Только просмотр: заседания группы и сходы местного сообщества. Учёт присутствия, повестки и протоколов появится в следующей версии.</translation>
    </message>
    <message>
        <source>No meetings are recorded in this database yet.</source>
        <translation>В этой базе данных пока нет заседаний.</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Акты</translation>
    </message>
    <message>
        <source>Viewing only: the acts of monitoring and their recommendations. Writing and printing acts comes in a later version.</source>
        <translation>Только просмотр: акты мониторинга и их рекомендации. Составление и печать актов появятся в следующей версии.</translation>
    </message>
    <message>
        <source>No acts are recorded in this database yet.</source>
        <translation>В этой базе данных пока нет актов.</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Объявления</translation>
    </message>
    <message>
        <source>Viewing only: notices for the notice boards and where they were posted. Preparing and printing notices comes in a later version.</source>
        <translation>Только просмотр: объявления для информационных стендов и где они размещены. Подготовка и печать объявлений появятся в следующей версии.</translation>
    </message>
    <message>
        <source>No notices are recorded in this database yet.</source>
        <translation>В этой базе данных пока нет объявлений.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Состав группы</translation>
    </message>
    <message>
        <source>Group formation</source>
        <translation>Формирование группы</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Акты</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Объявления</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>BMB Desktop</source>
        <translation>БМжБ Desktop</translation>
    </message>
    <message>
        <source>(demo database)</source>
        <translation>(демонстрационная база)</translation>
    </message>
    <message>
        <source>%1 aiyl aimak</source>
        <translation>Айылный аймак %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Replacement for %1</source>
        <translation>Замена выбывшего члена группы: %1</translation>
    </message>
    <message>
        <source>%1 left the group on %2 (%3). The new member is recorded as the replacement.</source>
        <translation>%1 выбыл(а) из состава группы %2 (%3). Новый член группы будет записан как замена.</translation>
    </message>
    <message>
        <source>Member of the group: %1</source>
        <translation>Член группы: %1</translation>
    </message>
    <message>
        <source>New member of the group</source>
        <translation>Новый член группы</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Workplace and post</source>
        <translation>Место работы и должность</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>Роль в группе</translation>
    </message>
    <message>
        <source>Appointed on</source>
        <translation>Дата назначения</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Term ends on</source>
        <translation>Срок полномочий до</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Membership in the group</source>
        <translation>Членство в группе</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Выберите</translation>
    </message>
    <message>
        <source>e.g. 0700 123 456</source>
        <translation>например, 0700 123 456</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить принтер.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Страниц: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Aiyl aimak</source>
        <translation>Айылный аймак</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Administrative centre (village)</source>
        <translation>Административный центр (село)</translation>
    </message>
    <message>
        <source>Aiyl okmotu</source>
        <translation>Айыл окмоту</translation>
    </message>
    <message>
        <source>Head of the aiyl okmotu</source>
        <translation>Глава айыл окмоту</translation>
    </message>
    <message>
        <source>Responsible secretary</source>
        <translation>Ответственный секретарь</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Aiyl kenesh</source>
        <translation>Айылный кенеш</translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation>Созыв</translation>
    </message>
    <message>
        <source>Chair of the aiyl kenesh</source>
        <translation>Председатель айылного кенеша</translation>
    </message>
    <message>
        <source>Kenesh formed on</source>
        <translation>Дата формирования кенеша</translation>
    </message>
    <message>
        <source>Villages (one per line)</source>
        <translation>Сёла (каждое с новой строки)</translation>
    </message>
    <message>
        <source>known</source>
        <translation>известна</translation>
    </message>
    <message>
        <source>e.g. II</source>
        <translation>например, II</translation>
    </message>
</context>
<context>
    <name>RegulationSection</name>
    <message>
        <source>The rules the group is checked against. The model regulation is the default; the local variant is the looser regulation approved by some councils (5 to 11 members, no quotas, the group elects its chair, a term set by the council). Change any value to keep your own.</source>
        <translation>Правила, по которым проверяется группа. По умолчанию — Типовое положение; местный вариант — более мягкое положение, утверждённое некоторыми кенешами (от 5 до 11 членов, без квот, председателя избирает группа, срок устанавливает кенеш). Измените любое значение, чтобы задать свои.</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Roles, term and meetings</source>
        <translation>Роли, срок и заседания</translation>
    </message>
    <message>
        <source>The group's basis</source>
        <translation>Основание создания группы</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Title cited in findings</source>
        <translation>Название для ссылок в проверках</translation>
    </message>
    <message>
        <source>Smallest number of members</source>
        <translation>Наименьшее число членов</translation>
    </message>
    <message>
        <source>Largest number of members</source>
        <translation>Наибольшее число членов</translation>
    </message>
    <message>
        <source>Odd number of members</source>
        <translation>Нечётное число членов</translation>
    </message>
    <message>
        <source>Municipal employees, at least</source>
        <translation>Муниципальные служащие, не менее</translation>
    </message>
    <message>
        <source>Council deputies, at least</source>
        <translation>Депутаты кенеша, не менее</translation>
    </message>
    <message>
        <source>Citizens and their associations, at least</source>
        <translation>Граждане и их объединения, не менее</translation>
    </message>
    <message>
        <source>Members of one sex, at most</source>
        <translation>Членов одного пола, не более</translation>
    </message>
    <message>
        <source>The chair is</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Protocols are signed by</source>
        <translation>Протокол подписывают</translation>
    </message>
    <message>
        <source>Decisions pass by</source>
        <translation>Решение принимается</translation>
    </message>
    <message>
        <source>Term of the group</source>
        <translation>Срок полномочий группы</translation>
    </message>
    <message>
        <source>Meetings per quarter, at least</source>
        <translation>Заседаний в квартал, не менее</translation>
    </message>
    <message>
        <source>Council resolution</source>
        <translation>Постановление айылного кенеша</translation>
    </message>
    <message>
        <source>Group created on</source>
        <translation>Дата создания группы</translation>
    </message>
    <message>
        <source>e.g. Regulation approved by resolution No. 2/1</source>
        <translation>например, положение, утверждённое постановлением № 2/1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>требуется</translation>
    </message>
    <message>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <source>known</source>
        <translation>известна</translation>
    </message>
    <message>
        <source>Add resolution…</source>
        <translation>Добавить постановление…</translation>
    </message>
    <message>
        <source>Save regulation</source>
        <translation>Сохранить положение</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>Saved. Every check now uses these rules.</source>
        <translation>Сохранено. Теперь все проверки ведутся по этим правилам.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не внесено</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>The half-year and yearly summary report of the group (events held, results, the acts issued and what was done about their recommendations) comes in a later version.

Nothing is prepared here yet.</source>
        <translation>Полугодовой и годовой сводный отчёт группы (проведённые мероприятия, результаты, выданные акты и что сделано по их рекомендациям) появится в следующей версии.

Пока здесь ничего не готовится.</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <source>Council resolution</source>
        <translation>Постановление айылного кенеша</translation>
    </message>
    <message>
        <source>Record a resolution of the aiyl kenesh as it is numbered and titled in the document.</source>
        <translation>Внесите постановление айылного кенеша с номером и названием, как в документе.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>e.g. 12/5</source>
        <translation>например, 12/5</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>… approving the composition and regulation of the group</source>
        <translation>Об утверждении состава и положения группы…</translation>
    </message>
    <message>
        <source>Add resolution</source>
        <translation>Добавить постановление</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Workplace and post</source>
        <translation>Место работы и должность</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>В составе с</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Срок истекает</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>in place of %1</source>
        <translation>взамен выбывшего: %1</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>выбыл(а) %1</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>заменён(а): %1</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Group roster</source>
        <translation>Состав группы</translation>
    </message>
    <message>
        <source>Search by name, village, post or phone</source>
        <translation>Поиск по имени, селу, должности или телефону</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Добавить члена…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Вывести из состава…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Заменить…</translation>
    </message>
    <message>
        <source>Record that the chosen member leaves the group, with the date and ground</source>
        <translation>Зарегистрировать выход выбранного члена из состава группы с датой и основанием</translation>
    </message>
    <message>
        <source>Appoint a new member in place of the chosen member who has left</source>
        <translation>Назначить нового члена группы вместо выбывшего</translation>
    </message>
    <message>
        <source>Print roster…</source>
        <translation>Печать состава…</translation>
    </message>
    <message>
        <source>No members of the group are recorded in this database yet.</source>
        <translation>В этой базе данных пока нет членов группы.</translation>
    </message>
    <message>
        <source>Current and former</source>
        <translation>Текущие и бывшие члены</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>Текущие члены</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Бывшие члены</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Конфликт интересов</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message>
        <source>Replace a member</source>
        <translation>Замена члена группы</translation>
    </message>
    <message>
        <source>%1 is still a member of the group. A replacement is appointed once the withdrawal is recorded. Record the withdrawal now?</source>
        <translation>%1 пока остаётся членом группы. Замена назначается после того, как зарегистрирован выход из состава. Зарегистрировать выход сейчас?</translation>
    </message>
    <message>
        <source>Record the withdrawal…</source>
        <translation>Зарегистрировать выход…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Preparing the roster…</source>
        <translation>Подготовка состава…</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>состав</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Айылный аймак</translation>
    </message>
    <message>
        <source>BMjB group regulation</source>
        <translation>Положение о группе СМиО</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Календарь рабочих дней</translation>
    </message>
    <message>
        <source>Municipality profile</source>
        <translation>Сведения о муниципалитете</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Languages and user</source>
        <translation>Языки и пользователь</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>Language of printed documents:</source>
        <translation>Язык печатных документов:</translation>
    </message>
    <message>
        <source>Your name (for the change log):</source>
        <translation>Ваше имя (для журнала изменений):</translation>
    </message>
    <message>
        <source>These settings are applied and kept at once.</source>
        <translation>Эти настройки применяются и сохраняются сразу.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>StartFormationDialog</name>
    <message>
        <source>Start a formation</source>
        <translation>Начало формирования</translation>
    </message>
    <message>
        <source>A new group starts with the aiyl okmotu's announcement; a replacement of a member goes through the same procedure without it. Deadlines are counted from the start in working days.</source>
        <translation>Формирование новой группы начинается с объявления айыл окмоту; замена члена проходит ту же процедуру без объявления. Сроки считаются от начала в рабочих днях.</translation>
    </message>
    <message>
        <source>Formation of</source>
        <translation>Что формируется</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>e.g. replacing a member who left on her own application</source>
        <translation>например, замена члена, вышедшего по собственному заявлению</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Done on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>e.g. Notice on the start of the group's formation</source>
        <translation>например, объявление о начале формирования группы</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не применяется</translation>
    </message>
    <message>
        <source>this step does not apply to this formation</source>
        <translation>этот шаг не относится к этому процессу</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Save step</source>
        <translation>Сохранить шаг</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Шаг: %1</translation>
    </message>
    <message>
        <source>Choose a step in the table</source>
        <translation>Выберите шаг в таблице</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>Withdrawal from the group: %1</source>
        <translation>Выход из состава группы: %1</translation>
    </message>
    <message>
        <source>%1, %2 (%3), member since %4.</source>
        <translation>%1, %2 (%3), член группы с %4.</translation>
    </message>
    <message>
        <source>Date of withdrawal</source>
        <translation>Дата выхода</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Required for another ground, e.g. moved to another district</source>
        <translation>Обязательно для иного основания, например: переезд в другой район</translation>
    </message>
    <message>
        <source>Record the withdrawal</source>
        <translation>Зарегистрировать выход</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose the ground</source>
        <translation>Выберите основание</translation>
    </message>
</context>
</TS>