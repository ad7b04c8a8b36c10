<?xml version="1.0" encoding="utf-8"?>
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
        <source>Deadlines and warnings</source>
        <translation>Сроки и предупреждения</translation>
    </message>
    <message>
        <source>Deadline tracking comes in a later version: the answers to acts within 10 working days, the aiyl okmotu&apos;s report within 30 days, a meeting every quarter. Nothing is checked yet, so no warning here does not mean that all deadlines are kept.</source>
        <translation>Контроль сроков появится в следующей версии: ответы на акты в течение 10 рабочих дней, информация айыл окмоту в течение 30 дней, заседание каждый квартал. Пока ничего не проверяется, поэтому отсутствие предупреждений здесь не означает, что все сроки соблюдены.</translation>
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
        <source>Viewing only: the items of the newest version of each year&apos;s plan. Drafting, amending and approving the plan come in a later version.</source>
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
        <source>left on %1</source>
        <translation>выбыл(а) %1</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Group roster</source>
        <translation>Состав группы</translation>
    </message>
    <message>
        <source>Viewing only: adding members and recording their withdrawal come in a later version.</source>
        <translation>Только просмотр: добавление членов и учёт их выбытия появятся в следующей версии.</translation>
    </message>
    <message>
        <source>Search by name, village, post or phone</source>
        <translation>Поиск по имени, селу, должности или телефону</translation>
    </message>
    <message>
        <source>Show former members</source>
        <translation>Показывать бывших членов</translation>
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
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
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
</TS>
