<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AbsenceMarkedRosterModel</name>
    <message>
        <source>missed %1 meetings in a row</source>
        <translation>пропустил(а) %1 заседания подряд</translation>
    </message>
    <message>
        <source>Missed %1 group meetings in a row, the last on %2: a ground for early withdrawal.</source>
        <translation>Пропустил(а) %1 заседания группы подряд, последнее — %2: это основание для досрочного выбытия из группы.</translation>
    </message>
</context>
<context>
    <name>ActDocuments</name>
    <message>
        <source>Act No. %1</source>
        <translation>Акт № %1</translation>
    </message>
    <message>
        <source>Draft act</source>
        <translation>Проект акта</translation>
    </message>
    <message>
        <source>act</source>
        <translation>акт</translation>
    </message>
    <message>
        <source>draft-act</source>
        <translation>проект-акта</translation>
    </message>
    <message>
        <source>Preparing the act…</source>
        <translation>Подготовка акта…</translation>
    </message>
    <message>
        <source>Letter No. %1</source>
        <translation>Письмо № %1</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <source>Preparing the letter…</source>
        <translation>Подготовка письма…</translation>
    </message>
</context>
<context>
    <name>ActEditor</name>
    <message>
        <source>Delete draft…</source>
        <translation>Удалить проект…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Выдать…</translation>
    </message>
    <message>
        <source>Check that the act is complete, then give it its number and date</source>
        <translation>Проверить полноту акта и присвоить ему номер и дату</translation>
    </message>
    <message>
        <source>Correct by a new act…</source>
        <translation>Исправить новым актом…</translation>
    </message>
    <message>
        <source>Prepare a new act with the same content that supersedes this one when issued</source>
        <translation>Подготовить новый акт с тем же содержанием, который при выдаче заменит этот</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Результаты (%1)</translation>
    </message>
    <message>
        <source>Recommendations (%1)</source>
        <translation>Рекомендации (%1)</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Участники (%1)</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Приложения (%1)</translation>
    </message>
    <message>
        <source>Delivery and answers</source>
        <translation>Вручение и ответы</translation>
    </message>
    <message>
        <source>Follow-up of recommendations</source>
        <translation>Исполнение рекомендаций</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Изменения сохраняются по мере ввода.</translation>
    </message>
    <message>
        <source>Draft act: %1</source>
        <translation>Проект акта: %1</translation>
    </message>
    <message>
        <source>Draft act</source>
        <translation>Проект акта</translation>
    </message>
    <message>
        <source>This draft corrects act No. %1. When it is issued, act No. %1 becomes superseded; both remain.</source>
        <translation>Этот проект исправляет акт № %1. Когда он будет выдан, акт № %1 станет заменённым; оба сохраняются.</translation>
    </message>
    <message>
        <source>Act No. %1 of %2</source>
        <translation>Акт № %1 от %2</translation>
    </message>
    <message>
        <source>superseded by act No. %1</source>
        <translation>заменён актом № %1</translation>
    </message>
    <message>
        <source>The act is issued and can no longer be changed. Verification code: %1 (printed on every page). To correct a mistake, prepare a new act that supersedes it.</source>
        <translation>Акт выдан и больше не может быть изменён. Контрольный код: %1 (печатается на каждой странице). Чтобы исправить ошибку, подготовьте новый акт взамен него.</translation>
    </message>
    <message>
        <source>It corrects act No. %1.</source>
        <translation>Он исправляет акт № %1.</translation>
    </message>
    <message>
        <source>Warning: the act in the database no longer gives its fingerprint %1: it was changed after it was issued.</source>
        <translation>Внимание: акт в базе данных больше не даёт свой цифровой отпечаток %1: его изменили после выдачи.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Act No. %1 of %2 is issued.</source>
        <translation>Акт № %1 от %2 выдан.</translation>
    </message>
    <message>
        <source>Not issued: what is missing is marked in red.</source>
        <translation>Не выдан: недостающее отмечено красным.</translation>
    </message>
    <message>
        <source>A new draft corrects act No. %1: change what was wrong, then issue it.</source>
        <translation>Новый проект исправляет акт № %1: исправьте ошибку, затем выдайте его.</translation>
    </message>
    <message>
        <source>Delete this draft act with its findings and recommendations?</source>
        <translation>Удалить этот проект акта вместе с результатами и рекомендациями?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stay in the editor</source>
        <translation>Остаться в редакторе</translation>
    </message>
    <message>
        <source>Close without it</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>ActHeaderForm</name>
    <message>
        <source>Plan item:</source>
        <translation>Пункт плана:</translation>
    </message>
    <message>
        <source>Monitored object:</source>
        <translation>Объект мониторинга:</translation>
    </message>
    <message>
        <source>Kind of subject:</source>
        <translation>Вид предмета:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Period of the monitoring:</source>
        <translation>Период мониторинга:</translation>
    </message>
    <message>
        <source>What the monitoring was to find out</source>
        <translation>Что должен был выяснить мониторинг</translation>
    </message>
    <message>
        <source>Village, street, building</source>
        <translation>Село, улица, здание</translation>
    </message>
    <message>
        <source>Not from the plan</source>
        <translation>Не из плана</translation>
    </message>
    <message>
        <source>Choose from the register of objects</source>
        <translation>Выберите из реестра объектов</translation>
    </message>
    <message>
        <source>Choose the kind</source>
        <translation>Выберите вид</translation>
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
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>superseded by act %1</source>
        <translation>заменён актом № %1</translation>
    </message>
    <message>
        <source>%1 (open %2)</source>
        <translation>%1 (открытых: %2)</translation>
    </message>
    <message>
        <source>Corrects act %1</source>
        <translation>Исправляет акт № %1</translation>
    </message>
</context>
<context>
    <name>ActsPage</name>
    <message>
        <source>Acts and letters</source>
        <translation>Акты и письма</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Акты</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>New act…</source>
        <translation>Новый акт…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Check a printed act…</source>
        <translation>Проверить печатный акт…</translation>
    </message>
    <message>
        <source>Compare a printed act or its PDF file with the act in the database</source>
        <translation>Сравнить печатный акт или его PDF-файл с актом в базе данных</translation>
    </message>
    <message>
        <source>Answers overdue or due this week</source>
        <translation>Ответы просрочены или ожидаются на этой неделе</translation>
    </message>
    <message>
        <source>No acts yet. An act records one monitoring: its purpose, object, place and period, the findings, the recommendations with their addressees and dates, and the members who sign it.</source>
        <translation>Актов пока нет. Акт фиксирует один мониторинг: его цель, объект, место и период, результаты, рекомендации с адресатами и сроками и подписавших его членов группы.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
</context>
<context>
    <name>AddresseesPanel</name>
    <message>
        <source>The act goes to the object, the aiyl okmotu and the council. Record when each received it: the object answers within 10 working days, the aiyl okmotu reports to the council within 30 days.</source>
        <translation>Акт направляется объекту, айыл окмоту и айылному кенешу. Отметьте, когда каждый его получил: объект отвечает в течение 10 рабочих дней, айыл окмоту информирует кенеш в течение 30 дней.</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Направлен</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Меры</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Скан</translation>
    </message>
    <message>
        <source>Record delivery…</source>
        <translation>Отметить вручение…</translation>
    </message>
    <message>
        <source>Cover letter…</source>
        <translation>Сопроводительное письмо…</translation>
    </message>
    <message>
        <source>Prepare the letter sending the act to this addressee</source>
        <translation>Подготовить письмо, направляющее акт этому адресату</translation>
    </message>
    <message>
        <source>Open the scan</source>
        <translation>Открыть скан</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не отмечено</translation>
    </message>
    <message>
        <source>no answer owed</source>
        <translation>ответ не требуется</translation>
    </message>
    <message>
        <source>once received</source>
        <translation>после получения</translation>
    </message>
    <message>
        <source>(%1 days late)</source>
        <translation>(опоздание %1 дн.)</translation>
    </message>
    <message>
        <source>Answers of %1:</source>
        <translation>Ответы: %1</translation>
    </message>
    <message>
        <source>Record the report to the council…</source>
        <translation>Отметить информацию кенешу…</translation>
    </message>
    <message>
        <source>Record the response…</source>
        <translation>Отметить ответ…</translation>
    </message>
    <message>
        <source>This addressee owes no answer.</source>
        <translation>От этого адресата ответ не требуется.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Add item</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Переместить вопрос выше</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Переместить вопрос ниже</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Вопрос повестки</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>СЛУШАЛИ</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>ВЫСТУПИЛИ</translation>
    </message>
    <message>
        <source>Who reported and what about, e.g. G. Kandarova, chair of the group, on the draft act</source>
        <translation>Кто и о чём докладывал, например, председатель группы Г. Кандарова о проекте акта</translation>
    </message>
    <message>
        <source>Who spoke in the discussion and what they said</source>
        <translation>Кто выступил в обсуждении и что сказал</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Сохранить вопрос</translation>
    </message>
    <message>
        <source>The agenda is empty. Add the first item: what was discussed, who reported and what was decided.</source>
        <translation>Повестка пуста. Добавьте первый вопрос: что обсуждалось, кто докладывал и что решили.</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Новый вопрос повестки</translation>
    </message>
    <message>
        <source>Agenda item %1</source>
        <translation>Вопрос повестки № %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <source>Not saved: correct the field marked in red.</source>
        <translation>Не сохранено: исправьте поле, отмеченное красным.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Remove agenda item %1 with its decisions?</source>
        <translation>Удалить вопрос повестки № %1 вместе с его решениями?</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Amendment of the plan</source>
        <translation>Внесение изменений в план</translation>
    </message>
    <message>
        <source>An amendment starts as a copy of the version in force. Change its items, have the group pass it by majority at a meeting, then submit it to the aiyl kenesh. The version in force stays in force until the council approves the amendment.</source>
        <translation>Изменение начинается как копия действующей версии. Измените её пункты, примите изменение большинством голосов на заседании группы, затем внесите его в айылный кенеш. Действующая версия остаётся в силе, пока кенеш не утвердит изменение.</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Причина изменения</translation>
    </message>
    <message>
        <source>e.g. A local initiative is added; the monitoring of waste collection moves to the fourth quarter.</source>
        <translation>например, добавлена местная инициатива; мониторинг вывоза отходов перенесён на IV квартал.</translation>
    </message>
    <message>
        <source>Start the amendment</source>
        <translation>Начать изменение</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The previous demo database is still open in another window: %1</source>
        <translation>Предыдущая демонстрационная база данных ещё открыта в другом окне: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approval by the aiyl kenesh</source>
        <translation>Утверждение айылным кенешем</translation>
    </message>
    <message>
        <source>Record the council resolution approving the amendment. The version it amends stays readable as it was approved.</source>
        <translation>Запишите постановление кенеша, утвердившее изменение. Изменяемая версия сохраняется для чтения в утверждённом виде.</translation>
    </message>
    <message>
        <source>Record the council resolution approving the plan. Once approved, the plan changes only by amendments, each a new version.</source>
        <translation>Запишите постановление кенеша, утвердившее план. После утверждения план меняется только изменениями, каждое из которых — новая версия.</translation>
    </message>
    <message>
        <source>Resolution number</source>
        <translation>Номер постановления</translation>
    </message>
    <message>
        <source>e.g. 14/3</source>
        <translation>например, 14/3</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <source>Record the approval</source>
        <translation>Записать утверждение</translation>
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
        <translation>Фотографии, сканы и протоколы мониторинга. Каждый файл копируется в папку приложений рядом с базой данных и хранится с контрольной суммой SHA-256; печатный акт их перечисляет.</translation>
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
        <translation>Размер</translation>
    </message>
    <message>
        <source>Checksum (SHA-256)</source>
        <translation>Контрольная сумма (SHA-256)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Attach files to the act</source>
        <translation>Приложить файлы к акту</translation>
    </message>
    <message>
        <source>Copying the files…</source>
        <translation>Копирование файлов…</translation>
    </message>
    <message>
        <source>Remove %1 from the draft?</source>
        <translation>Удалить %1 из проекта?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Member present</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <source>Role and category</source>
        <translation>Роль и категория</translation>
    </message>
    <message>
        <source>Reason of absence</source>
        <translation>Причина отсутствия</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Everyone present</source>
        <translation>Присутствовали все</translation>
    </message>
    <message>
        <source>Clear the marks</source>
        <translation>Снять отметки</translation>
    </message>
    <message>
        <source>Tick the members present; double-click the reason to type why a member was absent</source>
        <translation>Отметьте присутствующих; чтобы указать причину отсутствия, дважды щёлкните по её ячейке</translation>
    </message>
    <message>
        <source>Tick the members of the group who took part</source>
        <translation>Отметьте участвовавших членов группы</translation>
    </message>
    <message>
        <source>Members of the group present: %1</source>
        <translation>Присутствовало членов группы: %1</translation>
    </message>
    <message>
        <source>No quorum applies: only the group's own meetings need one.</source>
        <translation>Кворум не требуется: он нужен только для заседаний самой группы.</translation>
    </message>
    <message>
        <source>The group had no members on this date.</source>
        <translation>На эту дату в группе не было членов.</translation>
    </message>
    <message>
        <source>Attendance is not marked yet: tick the members present.</source>
        <translation>Явка ещё не отмечена: отметьте присутствующих.</translation>
    </message>
    <message>
        <source>%1 of %2 members present — quorum reached</source>
        <translation>Присутствовали %1 из %2 членов — кворум есть</translation>
    </message>
    <message>
        <source>%1 of %2 members present — no quorum: the decisions are invalid</source>
        <translation>Присутствовали %1 из %2 членов — кворума нет: решения недействительны</translation>
    </message>
    <message>
        <source>A quorum is more than half of all members: at least %1 of %2.</source>
        <translation>Кворум — более половины всех членов: не менее %1 из %2.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Изменённые поля</translation>
    </message>
</context>
<context>
    <name>AuditLogSection</name>
    <message>
        <source>Every change to the data is written here with its time and the name from Settings. The entries are linked in a chain: a change made outside BMB Desktop breaks it.</source>
        <translation>Каждое изменение данных записывается сюда со временем и именем из Настроек. Записи связаны в цепочку: изменение, сделанное вне BMB Desktop, её разрывает.</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <source>a word or number in the changes</source>
        <translation>слово или число в изменениях</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <source>Choose an entry to see what it changed.</source>
        <translation>Выберите запись, чтобы увидеть, что она изменила.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Любое действие</translation>
    </message>
    <message>
        <source>Shown %1 of %2 entries; more are read as you scroll down.</source>
        <translation>Показано %1 из %2 записей; остальные загружаются при прокрутке вниз.</translation>
    </message>
    <message>
        <source>Shown %1 of %2 entries.</source>
        <translation>Показано %1 из %2 записей.</translation>
    </message>
    <message>
        <source>Checking the audit log…</source>
        <translation>Проверяется журнал аудита…</translation>
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
        <translation>Адресат акта</translation>
    </message>
    <message>
        <source>Participant of an act</source>
        <translation>Участник акта</translation>
    </message>
    <message>
        <source>Response to an act</source>
        <translation>Ответ на акт</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Вопрос повестки дня</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Вложенный файл</translation>
    </message>
    <message>
        <source>Attendance at a meeting</source>
        <translation>Присутствие на заседании</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>День календаря</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Конфликт интересов</translation>
    </message>
    <message>
        <source>Council session</source>
        <translation>Сессия кенеша</translation>
    </message>
    <message>
        <source>Decision of a meeting</source>
        <translation>Решение заседания</translation>
    </message>
    <message>
        <source>Finding of an act</source>
        <translation>Вывод акта</translation>
    </message>
    <message>
        <source>Group formation</source>
        <translation>Формирование группы</translation>
    </message>
    <message>
        <source>Step of the group formation</source>
        <translation>Шаг формирования группы</translation>
    </message>
    <message>
        <source>Candidate of a gathering</source>
        <translation>Кандидат схода</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Measurement of an indicator</source>
        <translation>Измерение индикатора</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Membership in the group</source>
        <translation>Членство в группе</translation>
    </message>
    <message>
        <source>Monitored object</source>
        <translation>Объект мониторинга</translation>
    </message>
    <message>
        <source>Aiyl aimak</source>
        <translation>Айылный аймак</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Объявление</translation>
    </message>
    <message>
        <source>Notice board</source>
        <translation>Доска объявлений</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План работы</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Пункт плана</translation>
    </message>
    <message>
        <source>Method of a plan item</source>
        <translation>Метод пункта плана</translation>
    </message>
    <message>
        <source>Responsible for a plan item</source>
        <translation>Ответственный за пункт плана</translation>
    </message>
    <message>
        <source>Proposal to the plan</source>
        <translation>Предложение к плану</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Версия плана</translation>
    </message>
    <message>
        <source>Posting of a notice</source>
        <translation>Размещение объявления</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Note on a recommendation</source>
        <translation>Отметка по рекомендации</translation>
    </message>
    <message>
        <source>Recusal from a vote</source>
        <translation>Самоотвод от голосования</translation>
    </message>
    <message>
        <source>Regulation of the group</source>
        <translation>Положение о группе</translation>
    </message>
    <message>
        <source>Message of a resident</source>
        <translation>Обращение жителя</translation>
    </message>
    <message>
        <source>Council resolution</source>
        <translation>Постановление кенеша</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Итоговый отчёт</translation>
    </message>
    <message>
        <source>Survey result</source>
        <translation>Результат опроса</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
</context>
<context>
    <name>BackupTimer</name>
    <message>
        <source>Saving a backup of the database before closing…</source>
        <translation>Перед закрытием сохраняется резервная копия базы данных…</translation>
    </message>
</context>
<context>
    <name>BackupToUsbDialog</name>
    <message>
        <source>Back up to a USB stick</source>
        <translation>Резервная копия на USB-флешку</translation>
    </message>
    <message>
        <source>Choose the USB stick (or a folder) to write the backup to. It is written under a temporary name, checked, and only then given its name.</source>
        <translation>Выберите USB-флешку (или папку) для резервной копии. Копия записывается под временным именем, проверяется и только потом получает своё имя.</translation>
    </message>
    <message>
        <source>Protect the backup with a password</source>
        <translation>Защитить резервную копию паролем</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message>
        <source>The password is not kept anywhere. Without it the backup cannot be opened: write it down and keep it in a safe place.</source>
        <translation>Пароль нигде не сохраняется. Без него резервную копию не открыть: запишите его и храните в надёжном месте.</translation>
    </message>
    <message>
        <source>Write the backup</source>
        <translation>Записать резервную копию</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>Выберите папку для резервной копии</translation>
    </message>
    <message>
        <source>Type the password, or clear the box above to write the backup without one.</source>
        <translation>Введите пароль или снимите отметку выше, чтобы записать копию без пароля.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>Writing the backup to %1… Do not remove the stick.</source>
        <translation>Резервная копия записывается в %1… Не извлекайте флешку.</translation>
    </message>
    <message>
        <source>The backup is written and checked: %1
Members: %2, acts: %3, meetings: %4. You can remove the stick now.</source>
        <translation>Резервная копия записана и проверена: %1
Членов: %2, актов: %3, заседаний: %4. Теперь флешку можно извлечь.</translation>
    </message>
    <message>
        <source>The stick was removed while the backup was being written. Nothing else was changed: insert it again and write the backup once more.</source>
        <translation>Флешку извлекли во время записи резервной копии. Больше ничего не изменилось: вставьте флешку снова и запишите копию ещё раз.</translation>
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
    <name>BoardDialog</name>
    <message>
        <source>New notice board</source>
        <translation>Новый информационный стенд</translation>
    </message>
    <message>
        <source>Notice board</source>
        <translation>Информационный стенд</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Где находится</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>notices are posted on it</source>
        <translation>на ней размещаются объявления</translation>
    </message>
    <message>
        <source>A board that carried notices is never deleted: take it out of use and its postings keep their place</source>
        <translation>Стенд, на котором размещались объявления, не удаляется: выведите его из использования, и записи о размещении сохранятся</translation>
    </message>
    <message>
        <source>e.g. Notice board of the school</source>
        <translation>например, Стенд школы</translation>
    </message>
    <message>
        <source>e.g. Masy village, entrance of the aiyl okmotu building</source>
        <translation>например, село Масы, вход в здание айыл окмоту</translation>
    </message>
    <message>
        <source>Add the board</source>
        <translation>Добавить стенд</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
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
        <translation>Информационный стенд</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где находится</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Notices hanging now</source>
        <translation>Объявлений сейчас</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>taken out of use</source>
        <translation>выведен из использования</translation>
    </message>
</context>
<context>
    <name>BoardsTab</name>
    <message>
        <source>The boards where the aiyl okmotu posts its notices, in the order the posting form lists them. A board that carried notices is not deleted but taken out of use, so the posting log keeps it.</source>
        <translation>Стенды, на которых айыл окмоту размещает объявления, в том порядке, в каком их показывает форма размещения. Стенд, на котором размещались объявления, не удаляется, а выводится из использования, поэтому журнал размещения его сохраняет.</translation>
    </message>
    <message>
        <source>Add board…</source>
        <translation>Добавить стенд…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Put back in use</source>
        <translation>Вернуть в использование</translation>
    </message>
    <message>
        <source>Take out of use</source>
        <translation>Вывести из использования</translation>
    </message>
    <message>
        <source>Delete the notice board «%1»?</source>
        <translation>Удалить информационный стенд «%1»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <name>CheckDialog</name>
    <message>
        <source>Check the database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <source>The full check reads the whole database file, the links between records, every attached file, the fingerprints of issued acts and the chain of the audit log. It changes nothing.</source>
        <translation>Полная проверка читает весь файл базы данных, связи между записями, каждый вложенный файл, цифровые отпечатки выпущенных актов и цепочку журнала аудита. Она ничего не изменяет.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Идёт проверка базы данных…</translation>
    </message>
    <message>
        <source>The database is whole: every check passed.</source>
        <translation>База данных цела: все проверки пройдены.</translation>
    </message>
    <message>
        <source>The check found problems: %1.</source>
        <translation>Проверка нашла проблемы: %1.</translation>
    </message>
    <message>
        <source>The database file itself is damaged. Make no more changes: restore the newest backup ("Restore…" on this tab) and ask your district's specialist to look at the damaged file.</source>
        <translation>Сам файл базы данных повреждён. Больше ничего не изменяйте: восстановите самую свежую резервную копию («Восстановить…» на этой вкладке) и покажите повреждённый файл районному специалисту.</translation>
    </message>
    <message>
        <source>The file itself is whole, but the data above do not agree. Keep the backups, make a backup to a USB stick, and show this list to your district's specialist.</source>
        <translation>Сам файл цел, но данные выше не согласуются. Сохраните резервные копии, запишите копию на USB-флешку и покажите этот список районному специалисту.</translation>
    </message>
    <message>
        <source>The check could not be finished: %1</source>
        <translation>Проверку не удалось завершить: %1</translation>
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
    <name>ConclusionsEditor</name>
    <message>
        <source>Write what the group concludes from the period and what it proposes to the aiyl okmotu and the council. The texts are printed in the report as typed and are kept as you type.</source>
        <translation>Напишите выводы группы за период и её предложения айыл окмоту и айылному кенешу. Тексты печатаются в отчёте как написаны и сохраняются по мере ввода.</translation>
    </message>
    <message>
        <source>Conclusions:</source>
        <translation>Выводы:</translation>
    </message>
    <message>
        <source>Proposals:</source>
        <translation>Предложения:</translation>
    </message>
    <message>
        <source>Presented to the community on:</source>
        <translation>Представлен населению:</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>After the public presentation, post the report's results on the notice boards within a week.</source>
        <translation>После публичного представления разместите итоги отчёта на досках объявлений в течение недели.</translation>
    </message>
    <message>
        <source>Post the report's results on the notice boards by %1 (within a week of the presentation).</source>
        <translation>Разместите итоги отчёта на досках объявлений до %1 (в течение недели после представления).</translation>
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
    <name>DashboardTab</name>
    <message>
        <source>Key indicators of the development programme: the dashed line is the plan from the baseline to the target, the solid line the measured values, the dotted line the forecast to the deadline; hollow marks are the residents' survey and the staff's assessment.</source>
        <translation>Ключевые индикаторы программы развития: пунктир — план от базового значения до целевого, сплошная линия — измеренные значения, точечная линия — прогноз до срока; полые значки — опрос жителей и оценка сотрудников.</translation>
    </message>
    <message>
        <source>Print indicator sheet…</source>
        <translation>Печать листа индикаторов…</translation>
    </message>
    <message>
        <source>No key indicators yet. Mark the indicators to follow closely as key indicators on the “Indicators” tab.</source>
        <translation>Ключевых индикаторов пока нет. Отметьте индикаторы, за которыми нужно следить особо, как ключевые на вкладке «Индикаторы».</translation>
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
    <name>Deadlines</name>
    <message>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <source>due this week</source>
        <translation>срок на этой неделе</translation>
    </message>
    <message>
        <source>awaited</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <source>answered late</source>
        <translation>ответ с опозданием</translation>
    </message>
    <message>
        <source>answered on time</source>
        <translation>ответ в срок</translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>(срок %1)</translation>
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
</context>
<context>
    <name>DecisionsBox</name>
    <message>
        <source>Decided</source>
        <translation>ПОСТАНОВИЛИ</translation>
    </message>
    <message>
        <source>Add decision…</source>
        <translation>Добавить решение…</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Удалить решение</translation>
    </message>
    <message>
        <source>View decision…</source>
        <translation>Посмотреть решение…</translation>
    </message>
    <message>
        <source>Edit decision…</source>
        <translation>Изменить решение…</translation>
    </message>
    <message>
        <source>Remove the chosen decision?</source>
        <translation>Удалить выбранное решение?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>For – against – abstained</source>
        <translation>За – против – воздержались</translation>
    </message>
    <message>
        <source>Did not vote</source>
        <translation>Не голосовали</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>invalid: no quorum</source>
        <translation>недействительно: нет кворума</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>не принято</translation>
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
    <name>DeliveryDialog</name>
    <message>
        <source>Delivery of the act: %1</source>
        <translation>Вручение акта: %1</translation>
    </message>
    <message>
        <source>The answer's time runs from the day the addressee received the act: the object answers within 10 working days, the aiyl okmotu reports to the council within 30 days.</source>
        <translation>Срок ответа отсчитывается со дня получения акта адресатом: объект отвечает в течение 10 рабочих дней, айыл окмоту информирует кенеш в течение 30 дней.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>Способ вручения:</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Дата отправки:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Дата получения:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Кто получил:</translation>
    </message>
    <message>
        <source>Name of the person who received it</source>
        <translation>ФИО получившего</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>DiscussionDialog</name>
    <message>
        <source>Discussion with the aiyl okmotu</source>
        <translation>Обсуждение с айыл окмоту</translation>
    </message>
    <message>
        <source>Record the day the draft was discussed with the aiyl okmotu. Its proposals are recorded one by one on the plan screen, with the group's answer to each, before the plan goes to the council.</source>
        <translation>Запишите день обсуждения проекта с айыл окмоту. Предложения айыл окмоту записываются на экране плана по одному, с ответом группы на каждое, до внесения плана в кенеш.</translation>
    </message>
    <message>
        <source>Discussed on</source>
        <translation>Дата обсуждения</translation>
    </message>
    <message>
        <source>Summary of the discussion</source>
        <translation>Краткие итоги обсуждения</translation>
    </message>
    <message>
        <source>e.g. The aiyl okmotu proposed to add two items; both were accepted.</source>
        <translation>например, айыл окмоту предложил добавить два пункта; оба приняты.</translation>
    </message>
    <message>
        <source>Record the discussion</source>
        <translation>Записать обсуждение</translation>
    </message>
</context>
<context>
    <name>DriveChooser</name>
    <message>
        <source>Refresh the list</source>
        <translation>Обновить список</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Другая папка…</translation>
    </message>
    <message>
        <source>No USB stick was found. Insert one and press "Refresh the list", or choose a folder.</source>
        <translation>USB-флешка не найдена. Вставьте флешку и нажмите «Обновить список» или выберите папку.</translation>
    </message>
    <message>
        <source>Choose a USB stick or a folder.</source>
        <translation>Выберите USB-флешку или папку.</translation>
    </message>
    <message>
        <source>%1 is not there any more: insert the stick again and press "Refresh the list".</source>
        <translation>%1 больше не доступна: вставьте флешку снова и нажмите «Обновить список».</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export for the council</source>
        <translation>Экспорт для кенеша</translation>
    </message>
    <message>
        <source>Export for the council: %1</source>
        <translation>Экспорт для кенеша: %1</translation>
    </message>
    <message>
        <source>the summary report (PDF);</source>
        <translation>итоговый отчет (PDF);</translation>
    </message>
    <message>
        <source>its tables as a spreadsheet (XLSX);</source>
        <translation>его таблицы в виде электронной таблицы (XLSX);</translation>
    </message>
    <message>
        <source>the draft council resolution on hearing the report (PDF);</source>
        <translation>проект постановления айылного кенеша о заслушивании отчета (PDF);</translation>
    </message>
    <message>
        <source>every act issued in the period (PDF), in the folder "acts";</source>
        <translation>все акты, выданные за период (PDF), в папке «acts»;</translation>
    </message>
    <message>
        <source>the data bundle for the district (one file);</source>
        <translation>пакет данных для района (один файл);</translation>
    </message>
    <message>
        <source>%1: the checksums of every file.</source>
        <translation>%1: контрольные суммы всех файлов.</translation>
    </message>
    <message>
        <source>The folder %1 will be written to the chosen drive. It holds:</source>
        <translation>На выбранный диск будет записана папка %1. В ней:</translation>
    </message>
    <message>
        <source>Language of the documents: %1. An earlier export of this period on the drive is replaced only once the new one is written and checked.</source>
        <translation>Язык документов: %1. Прежний экспорт этого периода на диске заменяется только после того, как новый записан и проверен.</translation>
    </message>
    <message>
        <source>Where to write it: a USB stick or another folder.</source>
        <translation>Куда записать: на USB-флешку или в другую папку.</translation>
    </message>
    <message>
        <source>Choose the folder for the export</source>
        <translation>Выберите папку для экспорта</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Writing the export to %1… Do not remove the stick.</source>
        <translation>Экспорт записывается в %1… Не извлекайте флешку.</translation>
    </message>
    <message>
        <source>Cancelling: removing what was written…</source>
        <translation>Отмена: записанное удаляется…</translation>
    </message>
    <message>
        <source>The export is written and checked: %1
Files: %2, size: %3 MB.</source>
        <translation>Экспорт записан и проверен: %1
Файлов: %2, объём: %3 МБ.</translation>
    </message>
    <message>
        <source>You can remove the stick now.</source>
        <translation>Теперь флешку можно извлечь.</translation>
    </message>
    <message>
        <source>The stick was removed while the export was being written. Nothing on it looks complete and the database was not changed: insert it again and export once more.</source>
        <translation>Флешку извлекли во время записи экспорта. На ней нет ничего, что выглядело бы законченным, база данных не изменилась: вставьте флешку снова и экспортируйте ещё раз.</translation>
    </message>
    <message>
        <source>The export is still being written. Stop it? What was written so far will be removed.</source>
        <translation>Экспорт ещё записывается. Остановить его? Уже записанное будет удалено.</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Остановить экспорт</translation>
    </message>
    <message>
        <source>Go on writing</source>
        <translation>Продолжить запись</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Add a fact</source>
        <translation>Добавить факт</translation>
    </message>
    <message>
        <source>Add an evaluation finding</source>
        <translation>Добавить вывод оценки</translation>
    </message>
    <message>
        <source>A finding of a questionnaire, survey, focus group or other study</source>
        <translation>Вывод анкетирования, опроса, фокус-группы или другого исследования</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Метод:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Подтверждение:</translation>
    </message>
    <message>
        <source>What was found:</source>
        <translation>Что установлено:</translation>
    </message>
    <message>
        <source>An attachment of this act that backs the finding: a photo, a scan, a protocol</source>
        <translation>Приложение этого акта, подтверждающее результат: фото, скан, протокол</translation>
    </message>
    <message>
        <source>No findings yet. Add the facts established and the findings of the evaluation.</source>
        <translation>Результатов пока нет. Добавьте установленные факты и выводы оценки.</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>No attachment</source>
        <translation>Без приложения</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(пока ничего не написано)</translation>
    </message>
    <message>
        <source>Remove finding %1 from the draft?</source>
        <translation>Удалить результат %1 из проекта?</translation>
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
    <name>FollowUpPanel</name>
    <message>
        <source>Recommendations are voluntary but must be considered. Record what became of each one with a dated note; where the group checked it at a later monitoring, name that act.</source>
        <translation>Рекомендации добровольны, но должны быть рассмотрены. Отмечайте исполнение каждой датированной отметкой; если группа проверила её на последующем мониторинге, укажите тот акт.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Checked by act</source>
        <translation>Проверено актом</translation>
    </message>
    <message>
        <source>Add a follow-up note…</source>
        <translation>Добавить отметку об исполнении…</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>Follow-up notes on recommendation %1:</source>
        <translation>Отметки об исполнении рекомендации %1:</translation>
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
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>The list above shows every rule checked today, with its source. The answers awaited on acts and information requests are under Deadlines: the object answers an act within 10 working days, the aiyl okmotu reports to the council within 30 days.</source>
        <translation>В списке выше — все правила, проверенные сегодня, с источником. Ожидаемые ответы на акты и запросы информации — в разделе «Сроки»: объект отвечает на акт в течение 10 рабочих дней, айыл окмоту информирует кенеш в течение 30 дней.</translation>
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
        <source>Checking…</source>
        <translation>Проверяется…</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Просрочено: %1</translation>
    </message>
    <message>
        <source>Due this week: %1</source>
        <translation>Срок на этой неделе: %1</translation>
    </message>
    <message>
        <source>Recently answered: %1</source>
        <translation>Недавно получены ответы: %1</translation>
    </message>
    <message>
        <source>answered on %1</source>
        <translation>ответ получен %1</translation>
    </message>
    <message>
        <source>was due on %1, %2 days late</source>
        <translation>срок был %1, опоздание %2 дн.</translation>
    </message>
    <message>
        <source>due on %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>Checking the rules and deadlines…</source>
        <translation>Правила и сроки проверяются…</translation>
    </message>
    <message>
        <source>Broken: %1 · warnings: %2 · holding: %3</source>
        <translation>Нарушено: %1 · предупреждений: %2 · соблюдено: %3</translation>
    </message>
    <message>
        <source>The rules and deadlines could not be checked: %1</source>
        <translation>Не удалось проверить правила и сроки: %1</translation>
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
    <name>IndicatorCard</name>
    <message>
        <source>At the start: %1</source>
        <translation>Исходное положение: %1</translation>
    </message>
    <message>
        <source>Aim: %1</source>
        <translation>Цель: %1</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Последние данные: %1</translation>
    </message>
    <message>
        <source>target %1 by %2</source>
        <translation>цель: %1 к %2</translation>
    </message>
    <message>
        <source>now %1 (%2)</source>
        <translation>сейчас %1 (%2)</translation>
    </message>
    <message>
        <source>forecast by the deadline: %1</source>
        <translation>прогноз к сроку: %1</translation>
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
        <translation>Новый индикатор</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Измеряется</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <source>Baseline as of</source>
        <translation>Базовое значение на дату</translation>
    </message>
    <message>
        <source>Situation at the start</source>
        <translation>Исходное положение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Situation aimed for</source>
        <translation>Ожидаемое положение</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Дашборд</translation>
    </message>
    <message>
        <source>resources, activities, outputs or outcomes</source>
        <translation>ресурсы, мероприятия, продукты или результаты</translation>
    </message>
    <message>
        <source>in numbers</source>
        <translation>в числах</translation>
    </message>
    <message>
        <source>in words</source>
        <translation>словами</translation>
    </message>
    <message>
        <source>e.g. Ж-1</source>
        <translation>например, Ж-1</translation>
    </message>
    <message>
        <source>e.g. socio-economic development programme for 2026–2028</source>
        <translation>например, программа социально-экономического развития на 2026–2028 годы</translation>
    </message>
    <message>
        <source>e.g. %, km, households</source>
        <translation>например, %, км, домохозяйства</translation>
    </message>
    <message>
        <source>e.g. 72 or 1,5</source>
        <translation>например, 72 или 1,5</translation>
    </message>
    <message>
        <source>e.g. 85</source>
        <translation>например, 85</translation>
    </message>
    <message>
        <source>a key indicator: show its chart on the dashboard</source>
        <translation>ключевой индикатор: показывать его диаграмму на дашборде</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 72 or 1,5.</source>
        <translation>Введите число, например 72 или 1,5.</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовое</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
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
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>%1 for %2, source: %3</source>
        <translation>%1 за %2, источник: %3</translation>
    </message>
    <message>
        <source>Where the straight path from the baseline to the target stands at the end of the latest period</source>
        <translation>Где находится прямой путь от базового значения к цели на конец последнего периода</translation>
    </message>
    <message>
        <source>The value expected by the deadline if the trend of the measured values goes on</source>
        <translation>Значение, ожидаемое к сроку, если тенденция измеренных значений сохранится</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
</context>
<context>
    <name>IndicatorsTab</name>
    <message>
        <source>Choose an indicator to see its measured values.</source>
        <translation>Выберите индикатор, чтобы увидеть его измеренные значения.</translation>
    </message>
    <message>
        <source>Measured values of %1</source>
        <translation>Измеренные значения: %1</translation>
    </message>
    <message>
        <source>⚠ Behind schedule or missed: %1</source>
        <translation>⚠ Отстают от плана или цель не достигнута: %1</translation>
    </message>
    <message>
        <source>Delete the indicator %1 with all its measured values?</source>
        <translation>Удалить индикатор %1 со всеми его измеренными значениями?</translation>
    </message>
    <message>
        <source>Delete the indicator</source>
        <translation>Удаление индикатора</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the value measured for %1?</source>
        <translation>Удалить значение, измеренное за %1?</translation>
    </message>
    <message>
        <source>Delete the value</source>
        <translation>Удаление значения</translation>
    </message>
    <message>
        <source>New indicator…</source>
        <translation>Новый индикатор…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Enter a value…</source>
        <translation>Ввести значение…</translation>
    </message>
    <message>
        <source>Edit value…</source>
        <translation>Изменить значение…</translation>
    </message>
    <message>
        <source>Delete value</source>
        <translation>Удалить значение</translation>
    </message>
    <message>
        <source>A value measured for a period (the half-year by default) with its source</source>
        <translation>Значение, измеренное за период (по умолчанию полугодие), с его источником</translation>
    </message>
    <message>
        <source>Print indicator sheet…</source>
        <translation>Печать листа индикаторов…</translation>
    </message>
    <message>
        <source>No indicators are recorded yet. Add the indicators of the development programme (СЭӨП) the group follows: resources, activities, outputs and outcomes, each with its baseline, target and deadline.</source>
        <translation>Индикаторы пока не записаны. Добавьте индикаторы программы развития (ПСЭР), за которыми следит группа: ресурсы, мероприятия, продукты и результаты, каждый с базовым значением, целью и сроком.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue the act</source>
        <translation>Выдать акт</translation>
    </message>
    <message>
        <source>An issued act gets the next number of the year and its date, and can no longer be changed: it is the official basis of decisions. A mistake is then corrected by a new act that supersedes it; both remain.</source>
        <translation>Выданный акт получает очередной номер года и дату и больше не может быть изменён: он — официальное основание решений. Ошибка исправляется новым актом взамен него; оба сохраняются.</translation>
    </message>
    <message>
        <source>Date of the act:</source>
        <translation>Дата акта:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The act cannot be issued yet. Missing (%1):</source>
        <translation>Акт пока нельзя выдать. Не хватает (%1):</translation>
    </message>
    <message>
        <source>The act is complete and can be issued.</source>
        <translation>Акт полный, его можно выдать.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>New item of the plan for %1</source>
        <translation>Новый пункт плана на %1 год</translation>
    </message>
    <message>
        <source>Item %1 of the plan for %2, version %3</source>
        <translation>Пункт %1 плана на %2 год, версия %3</translation>
    </message>
    <message>
        <source>Monitored object</source>
        <translation>Объект мониторинга</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Вид предмета</translation>
    </message>
    <message>
        <source>Subject or direction</source>
        <translation>Предмет или направление</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Причина отмены</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <source>Responsible members</source>
        <translation>Ответственные члены</translation>
    </message>
    <message>
        <source>Sources of information</source>
        <translation>Источники информации</translation>
    </message>
    <message>
        <source>Resources needed</source>
        <translation>Необходимые ресурсы</translation>
    </message>
    <message>
        <source>Who takes part, at which stage</source>
        <translation>Кто участвует и на каком этапе</translation>
    </message>
    <message>
        <source>Analysis method</source>
        <translation>Метод анализа</translation>
    </message>
    <message>
        <source>Choose the object</source>
        <translation>Выберите объект</translation>
    </message>
    <message>
        <source>Choose the kind</source>
        <translation>Выберите вид</translation>
    </message>
    <message>
        <source>dates only</source>
        <translation>только даты</translation>
    </message>
    <message>
        <source>quarter %1</source>
        <translation>%1 квартал</translation>
    </message>
    <message>
        <source>Active members of the group. A member removed from monitoring this object for a conflict of interest cannot be chosen; the reason is shown beside the name.</source>
        <translation>Действующие члены группы. Члена, отстранённого от мониторинга этого объекта из-за конфликта интересов, выбрать нельзя; причина указана рядом с именем.</translation>
    </message>
    <message>
        <source>e.g. in preparing — the director; in the field — street activists</source>
        <translation>например, при подготовке — директор; в полевой работе — уличные активисты</translation>
    </message>
    <message>
        <source>New object…</source>
        <translation>Новый объект…</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Сохранить пункт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ItemStatusDialog</name>
    <message>
        <source>Progress of item %1</source>
        <translation>Ход выполнения пункта %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Причина отмены</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
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
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>acts: %1</source>
        <translation>акты: %1</translation>
    </message>
    <message>
        <source>meetings: %1</source>
        <translation>заседания: %1</translation>
    </message>
    <message>
        <source>letters: %1</source>
        <translation>письма: %1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>пока ничего</translation>
    </message>
    <message>
        <source>⚠ overdue since %1, no act</source>
        <translation>⚠ срок истёк %1, акта нет</translation>
    </message>
    <message>
        <source>Act %1</source>
        <translation>Акт № %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ещё не отправлено</translation>
    </message>
    <message>
        <source>No meeting, act or letter is linked to this item yet.</source>
        <translation>К этому пункту пока не привязаны заседания, акты или письма.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter No. %1 — %2</source>
        <translation>Письмо № %1 — %2</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Дата получения:</translation>
    </message>
    <message>
        <source>Answered on:</source>
        <translation>Дата ответа:</translation>
    </message>
    <message>
        <source>The day the addressee received the letter</source>
        <translation>День, когда адресат получил письмо</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The answer is due ten days after the request is received.</source>
        <translation>Ответ должен поступить в течение десяти дней после получения запроса.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Ответ: %1</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ещё не сохранено.</translation>
    </message>
    <message>
        <source>Not saved: correct what is marked in red.</source>
        <translation>Не сохранено: исправьте отмеченное красным.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Сохранить изменения перед закрытием?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>New information request…</source>
        <translation>Новый запрос информации…</translation>
    </message>
    <message>
        <source>The object answers within ten days of receiving it</source>
        <translation>Объект отвечает в течение десяти дней после получения</translation>
    </message>
    <message>
        <source>New monitoring notice…</source>
        <translation>Новое уведомление о мониторинге…</translation>
    </message>
    <message>
        <source>Advance notice of a planned monitoring to the object and stakeholders</source>
        <translation>Предварительное уведомление объекта и заинтересованных сторон о плановом мониторинге</translation>
    </message>
    <message>
        <source>New cover letter…</source>
        <translation>Новое сопроводительное письмо…</translation>
    </message>
    <message>
        <source>The letter sending an issued act to one of its addressees</source>
        <translation>Письмо, направляющее выданный акт одному из адресатов</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>No letters yet: information requests to objects, advance notices of monitoring and cover letters of acts.</source>
        <translation>Писем пока нет: запросы информации объектам, предварительные уведомления о мониторинге и сопроводительные письма к актам.</translation>
    </message>
</context>
<context>
    <name>LifecycleBar</name>
    <message>
        <source>Record the discussion with the aiyl okmotu…</source>
        <translation>Записать обсуждение с айыл окмоту…</translation>
    </message>
    <message>
        <source>Submit to the council…</source>
        <translation>Внести в кенеш…</translation>
    </message>
    <message>
        <source>Record the council's approval…</source>
        <translation>Записать утверждение кенешем…</translation>
    </message>
    <message>
        <source>Amend the plan…</source>
        <translation>Внести изменение в план…</translation>
    </message>
    <message>
        <source>Reason for the amendment…</source>
        <translation>Причина изменения…</translation>
    </message>
    <message>
        <source>Discard this draft…</source>
        <translation>Отказаться от этого проекта…</translation>
    </message>
    <message>
        <source>Every amendment is a new version, passed by the group and approved by the council</source>
        <translation>Каждое изменение — новая версия, принятая группой и утверждённая кенешем</translation>
    </message>
    <message>
        <source>Withdraw from the council</source>
        <translation>Отозвать из кенеша</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Вернуть в проект</translation>
    </message>
    <message>
        <source>Read only: replaced by version %1; kept as it was approved.</source>
        <translation>Только для чтения: заменена версией %1; хранится в утверждённом виде.</translation>
    </message>
    <message>
        <source>An amendment of this plan is being prepared; choose its version above to work on it.</source>
        <translation>Готовится изменение этого плана; чтобы работать с ним, выберите его версию выше.</translation>
    </message>
    <message>
        <source>The plan is in force. Record progress on its items; any change of the plan is an amendment.</source>
        <translation>План действует. Отмечайте ход выполнения пунктов; любое изменение плана — это внесение изменения.</translation>
    </message>
    <message>
        <source>Plan for %1, version %2</source>
        <translation>План на %1 год, версия %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>discussed with the aiyl okmotu on %1</source>
        <translation>обсуждён с айыл окмоту %1</translation>
    </message>
    <message>
        <source>submitted on %1</source>
        <translation>внесён в кенеш %1</translation>
    </message>
    <message>
        <source>approved by resolution No. %1 of %2</source>
        <translation>утверждён постановлением № %1 от %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>причина: %1</translation>
    </message>
    <message>
        <source>no decision of the group linked yet</source>
        <translation>решение группы пока не привязано</translation>
    </message>
    <message>
        <source>group's decision: protocol No. %1 of %2, %3</source>
        <translation>решение группы: протокол № %1 от %2, %3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>did not pass</source>
        <translation>не принято</translation>
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
    <name>MeasurementDialog</name>
    <message>
        <source>Measured value</source>
        <translation>Измеренное значение</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Что установлено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Choose the source</source>
        <translation>Выберите источник</translation>
    </message>
    <message>
        <source>residents' survey, programme data or staff assessment</source>
        <translation>опрос жителей, данные программы или оценка сотрудников</translation>
    </message>
    <message>
        <source>e.g. 76 or 2,3</source>
        <translation>например, 76 или 2,3</translation>
    </message>
    <message>
        <source>e.g. the aiyl okmotu's half-year report</source>
        <translation>например, полугодовой отчёт айыл окмоту</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 72 or 1,5.</source>
        <translation>Введите число, например 72 или 1,5.</translation>
    </message>
</context>
<context>
    <name>MeasurementsModel</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>MeetingDecisionDialog</name>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Новое решение</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>ПОСТАНОВИЛИ</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Did not vote</source>
        <translation>Не голосовали</translation>
    </message>
    <message>
        <source>What it decided</source>
        <translation>Что решено</translation>
    </message>
    <message>
        <source>for</source>
        <translation>за</translation>
    </message>
    <message>
        <source>against</source>
        <translation>против</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>воздержались</translation>
    </message>
    <message>
        <source>e.g. Approve the act and send it to the object within three working days.</source>
        <translation>например, Утвердить акт и направить его объекту в течение трёх рабочих дней.</translation>
    </message>
    <message>
        <source>— nothing recorded —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <source>A plan version approved or amended, an act and its recommendations, or a member's withdrawal</source>
        <translation>Утверждённая или изменённая версия плана, акт и его рекомендации либо выбытие члена группы</translation>
    </message>
    <message>
        <source>Members present who did not vote because of a conflict of interest</source>
        <translation>Присутствующие члены, не голосовавшие из-за конфликта интересов</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Сохранить решение</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Residents taking part: %1.</source>
        <translation>Участвовало жителей: %1.</translation>
    </message>
    <message>
        <source>Present: %1; may vote: %2 (%3 did not vote).</source>
        <translation>Присутствуют: %1; вправе голосовать: %2 (%3 не голосовали).</translation>
    </message>
    <message>
        <source>Present: %1; all of them may vote.</source>
        <translation>Присутствуют: %1; голосовать вправе все.</translation>
    </message>
    <message>
        <source>The meeting has no quorum: the decision is invalid.</source>
        <translation>На заседании нет кворума: решение недействительно.</translation>
    </message>
    <message>
        <source>The decision is adopted.</source>
        <translation>Решение принято.</translation>
    </message>
    <message>
        <source>The decision is not adopted.</source>
        <translation>Решение не принято.</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsForm</name>
    <message>
        <source>Protocol No.</source>
        <translation>Протокол №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Сход</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председательствовал</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Residents taking part</source>
        <translation>Участвовало жителей</translation>
    </message>
    <message>
        <source>Invited guests</source>
        <translation>Приглашённые</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Пункт плана</translation>
    </message>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>next free number</source>
        <translation>следующий свободный номер</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не подсчитано</translation>
    </message>
    <message>
        <source>e.g. assembly hall of the aiyl okmotu, Masy village</source>
        <translation>например, актовый зал айыл окмоту, село Масы</translation>
    </message>
    <message>
        <source>e.g. Gathering of the residents of Masy and Besh-Jygach villages</source>
        <translation>например, Сход жителей сёл Масы и Беш-Жыгач</translation>
    </message>
    <message>
        <source>e.g. public hearing on the local budget, tender commission meeting, kurultai</source>
        <translation>например, публичные слушания по местному бюджету, заседание тендерной комиссии, курултай</translation>
    </message>
    <message>
        <source>Names and posts of the invited, one per line</source>
        <translation>Фамилии и должности приглашённых, по одному в строке</translation>
    </message>
    <message>
        <source>not about a plan item</source>
        <translation>не относится к пункту плана</translation>
    </message>
    <message>
        <source>The monitoring this meeting is about: members removed for a conflict of interest on its object do not vote</source>
        <translation>Мониторинг, которому посвящено заседание: члены, отстранённые из-за конфликта интересов по его объекту, не голосуют</translation>
    </message>
    <message>
        <source>— not a member of the group —</source>
        <translation>— не член группы —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>or the name of another person</source>
        <translation>или фамилия другого лица</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, e.g. 10:00.</source>
        <translation>Укажите время в часах и минутах, например 10:00.</translation>
    </message>
</context>
<context>
    <name>MeetingDocuments</name>
    <message>
        <source>Protocol of the meeting…</source>
        <translation>Протокол заседания…</translation>
    </message>
    <message>
        <source>Protocol of the group meeting No. %1</source>
        <translation>Протокол заседания группы № %1</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>протокол</translation>
    </message>
    <message>
        <source>Preparing the protocol…</source>
        <translation>Подготовка протокола…</translation>
    </message>
    <message>
        <source>Attendance sheet…</source>
        <translation>Лист явки…</translation>
    </message>
    <message>
        <source>Attendance sheet of the meeting No. %1</source>
        <translation>Лист явки заседания № %1</translation>
    </message>
    <message>
        <source>attendance-sheet</source>
        <translation>лист-явки</translation>
    </message>
    <message>
        <source>Preparing the attendance sheet…</source>
        <translation>Подготовка листа явки…</translation>
    </message>
    <message>
        <source>Protocol of the gathering…</source>
        <translation>Протокол схода…</translation>
    </message>
    <message>
        <source>Protocol of the community gathering No. %1</source>
        <translation>Протокол схода жителей № %1</translation>
    </message>
    <message>
        <source>gathering-protocol</source>
        <translation>протокол-схода</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Candidates and votes</source>
        <translation>Кандидаты и голоса</translation>
    </message>
    <message>
        <source>Meeting and attendance</source>
        <translation>Заседание и явка</translation>
    </message>
    <message>
        <source>Gathering and participants</source>
        <translation>Сход и участники</translation>
    </message>
    <message>
        <source>Event and participants</source>
        <translation>Мероприятие и участники</translation>
    </message>
    <message>
        <source>Agenda and decisions</source>
        <translation>Повестка и решения</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Удалить черновик…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Sign protocol</source>
        <translation>Подписать протокол</translation>
    </message>
    <message>
        <source>Mark the protocol signed by the chair and the secretary; it can then only be read</source>
        <translation>Отметить, что протокол подписан председателем и секретарём; после этого его можно только читать</translation>
    </message>
    <message>
        <source>Reopen to correct</source>
        <translation>Открыть для исправления</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>New group meeting</source>
        <translation>Новое заседание группы</translation>
    </message>
    <message>
        <source>New community gathering</source>
        <translation>Новый сход жителей</translation>
    </message>
    <message>
        <source>New event observed by the group</source>
        <translation>Новое мероприятие с участием группы как наблюдателя</translation>
    </message>
    <message>
        <source>Protocol No. %1 — %2</source>
        <translation>Протокол № %1 — %2</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>This protocol is signed and can only be read. To correct a mistake, reopen it: the audit log keeps both the reopening and the new signing.</source>
        <translation>Протокол подписан, его можно только читать. Чтобы исправить ошибку, откройте его заново: журнал аудита сохранит и повторное открытие, и новое подписание.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ещё не сохранено.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Not saved: correct what is marked in red.</source>
        <translation>Не сохранено: исправьте отмеченное красным.</translation>
    </message>
    <message>
        <source>Not signed: correct what is marked in red.</source>
        <translation>Не подписано: исправьте отмеченное красным.</translation>
    </message>
    <message>
        <source>The protocol is signed.</source>
        <translation>Протокол подписан.</translation>
    </message>
    <message>
        <source>Reopened: correct the protocol and sign it again.</source>
        <translation>Открыт заново: исправьте протокол и подпишите его снова.</translation>
    </message>
    <message>
        <source>Delete the draft protocol No. %1 with its attendance, agenda and decisions?</source>
        <translation>Удалить черновик протокола № %1 вместе с явкой, повесткой и решениями?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>MeetingQuestions</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>Сохранить изменения перед закрытием?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Protocol No.</source>
        <translation>Протокол №</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Event or place</source>
        <translation>Мероприятие или место</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>No quorum: the decisions of this meeting are invalid</source>
        <translation>Кворума нет: решения этого заседания недействительны</translation>
    </message>
    <message>
        <source>Members of the group who took part</source>
        <translation>Участвовавшие члены группы</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>New group meeting…</source>
        <translation>Новое заседание группы…</translation>
    </message>
    <message>
        <source>New gathering…</source>
        <translation>Новый сход…</translation>
    </message>
    <message>
        <source>A community gathering, e.g. one electing the citizen members</source>
        <translation>Сход жителей, например, избирающий членов группы из граждан</translation>
    </message>
    <message>
        <source>New observed event…</source>
        <translation>Новое мероприятие (наблюдение)…</translation>
    </message>
    <message>
        <source>An event the group attended as observers: a public hearing, a tender, a budget hearing, a kurultai</source>
        <translation>Мероприятие, на котором группа была наблюдателем: публичные слушания, тендер, бюджетные слушания, курултай</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>No meetings are recorded yet. Record the group's meetings with their attendance, agenda and decisions: at least one meeting with a quorum is expected every quarter.</source>
        <translation>Заседания ещё не записаны. Записывайте заседания группы с явкой, повесткой и решениями: каждый квартал ожидается хотя бы одно заседание с кворумом.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
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
    <name>MessageDialog</name>
    <message>
        <source>Resident's message</source>
        <translation>Сообщение жителя</translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Изменение сообщения</translation>
    </message>
    <message>
        <source>A message to the group's WhatsApp number, a call, a visit or a letter. Link it to the act or the plan item it concerns, and write the group's response once it is given.</source>
        <translation>Сообщение на номер WhatsApp группы, звонок, личное обращение или письмо. Укажите акт или пункт плана, которого оно касается, и запишите ответ группы, когда он будет дан.</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>Как поступило</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Social group</source>
        <translation>Социальная группа</translation>
    </message>
    <message>
        <source>What the resident reported</source>
        <translation>Что сообщил житель</translation>
    </message>
    <message>
        <source>Concerns the act</source>
        <translation>Касается акта</translation>
    </message>
    <message>
        <source>Concerns the plan item</source>
        <translation>Касается пункта плана</translation>
    </message>
    <message>
        <source>Group's response</source>
        <translation>Ответ группы</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Choose how the message came</source>
        <translation>Выберите, как поступило сообщение</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>no act</source>
        <translation>акт не выбран</translation>
    </message>
    <message>
        <source>no plan item</source>
        <translation>пункт не выбран</translation>
    </message>
    <message>
        <source>In the resident's words, briefly</source>
        <translation>Словами жителя, кратко</translation>
    </message>
    <message>
        <source>e.g. passed on to the aiyl okmotu; checked on site</source>
        <translation>напр.: передано в айыл окмоту; проверено на месте</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Social group</source>
        <translation>Социальная группа</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Касается</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>act No. %1</source>
        <translation>акт № %1</translation>
    </message>
    <message>
        <source>plan item %1</source>
        <translation>пункт плана %1</translation>
    </message>
    <message>
        <source>plan %1, item %2</source>
        <translation>план %1, пункт %2</translation>
    </message>
    <message>
        <source>no response yet</source>
        <translation>ответа пока нет</translation>
    </message>
</context>
<context>
    <name>NewActDialog</name>
    <message>
        <source>New act</source>
        <translation>Новый акт</translation>
    </message>
    <message>
        <source>An act records one monitoring. Start it from the item of the plan it reports on: its object, subject, purpose, period and responsible members are filled in. The draft is saved as you type.</source>
        <translation>Акт фиксирует один мониторинг. Начните его с пункта плана, о котором он: объект, предмет, цель, период и ответственные члены заполнятся сами. Проект сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>From an item of the plan</source>
        <translation>Из пункта плана</translation>
    </message>
    <message>
        <source>For an object of the register, outside the plan</source>
        <translation>По объекту из реестра, вне плана</translation>
    </message>
    <message>
        <source>Plan item:</source>
        <translation>Пункт плана:</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <source>Choose the object</source>
        <translation>Выберите объект</translation>
    </message>
    <message>
        <source>Create the draft</source>
        <translation>Создать проект</translation>
    </message>
    <message>
        <source>Choose the monitored object from the register.</source>
        <translation>Выберите объект мониторинга из реестра.</translation>
    </message>
</context>
<context>
    <name>NewLetterDialog</name>
    <message>
        <source>New information request</source>
        <translation>Новый запрос информации</translation>
    </message>
    <message>
        <source>New advance notice of a monitoring</source>
        <translation>Новое предварительное уведомление о мониторинге</translation>
    </message>
    <message>
        <source>New cover letter of an act</source>
        <translation>Новое сопроводительное письмо к акту</translation>
    </message>
    <message>
        <source>The object must provide the information within ten days of receiving the request, except state secrets and restricted personal data. The ready-made text is then yours to complete.</source>
        <translation>Объект обязан предоставить информацию в течение десяти дней после получения запроса, кроме государственной тайны и персональных данных ограниченного доступа. Готовый текст вы затем дополните сами.</translation>
    </message>
    <message>
        <source>Before monitoring, the group tells the object and the stakeholders when, why, how and by whom it will be done. The text is made from the plan item.</source>
        <translation>Перед мониторингом группа сообщает объекту и заинтересованным сторонам, когда, зачем, как и кем он будет проведён. Текст составляется по пункту плана.</translation>
    </message>
    <message>
        <source>The letter sending the act to one addressee, with the answer it asks for: the object's within 10 working days, the aiyl okmotu's report within 30 days.</source>
        <translation>Письмо, направляющее акт одному адресату, с требуемым ответом: от объекта — в течение 10 рабочих дней, информация айыл окмоту — в течение 30 дней.</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <source>Plan item:</source>
        <translation>Пункт плана:</translation>
    </message>
    <message>
        <source>Act:</source>
        <translation>Акт:</translation>
    </message>
    <message>
        <source>Addressee:</source>
        <translation>Адресат:</translation>
    </message>
    <message>
        <source>Date of the letter:</source>
        <translation>Дата письма:</translation>
    </message>
    <message>
        <source>Choose the object</source>
        <translation>Выберите объект</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Prepare the letter</source>
        <translation>Подготовить письмо</translation>
    </message>
    <message>
        <source>Enter the date of the letter.</source>
        <translation>Укажите дату письма.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Выберите из списка.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>The group drafts a monitoring and evaluation plan for one year, discusses it with the aiyl okmotu and submits it to the aiyl kenesh for approval.</source>
        <translation>Группа составляет проект плана мониторинга и оценки на год, обсуждает его с айыл окмоту и вносит на утверждение в айылный кенеш.</translation>
    </message>
    <message>
        <source>Year of the plan</source>
        <translation>Год плана</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Создать проект</translation>
    </message>
</context>
<context>
    <name>NoticeDocuments</name>
    <message>
        <source>Notice: %1 (%2)</source>
        <translation>Объявление: %1 (%2)</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>объявление</translation>
    </message>
    <message>
        <source>Preparing the poster…</source>
        <translation>Подготовка плаката…</translation>
    </message>
</context>
<context>
    <name>NoticeEditor</name>
    <message>
        <source>Notice</source>
        <translation>Объявление</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>Новое объявление</translation>
    </message>
    <message>
        <source>Fill from the data</source>
        <translation>Заполнить из данных</translation>
    </message>
    <message>
        <source>Write the title and text afresh from the records: names, dates, places and resolution numbers</source>
        <translation>Заново составить заголовок и текст по записям: имена, даты, места и номера решений</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Изменения ещё не сохранены.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Replace the title and text with a fresh text written from the data? The text now in the form will be lost.</source>
        <translation>Заменить заголовок и текст новым текстом, составленным по данным? Текст, который сейчас в форме, будет потерян.</translation>
    </message>
    <message>
        <source>Replace the text</source>
        <translation>Заменить текст</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The type size of the poster is checked once the notice is saved.</source>
        <translation>Размер шрифта плаката проверяется после сохранения объявления.</translation>
    </message>
    <message>
        <source>On %1 the text prints at %2 pt: readable from two metres.</source>
        <translation>На листе %1 текст печатается шрифтом %2 пт: читается с двух метров.</translation>
    </message>
    <message>
        <source>On %1 the text had to be set at %2 pt, too small to read from two metres. Choose A3 or shorten the text.</source>
        <translation>Чтобы поместиться на лист %1, текст уменьшен до %2 пт — слишком мелко, чтобы читать с двух метров. Выберите A3 или сократите текст.</translation>
    </message>
    <message>
        <source>On %1 the text had to be set at %2 pt, too small to read from two metres. Shorten the text.</source>
        <translation>Чтобы поместиться на лист %1, текст уменьшен до %2 пт — слишком мелко, чтобы читать с двух метров. Сократите текст.</translation>
    </message>
    <message>
        <source>Delete this notice with its posting log and photos?</source>
        <translation>Удалить это объявление вместе с журналом размещения и фотографиями?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Save the changes to the notice?</source>
        <translation>Сохранить изменения объявления?</translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>NoticeForm</name>
    <message>
        <source>choose</source>
        <translation>выберите</translation>
    </message>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>e.g. assembly hall of the aiyl okmotu, Masy village</source>
        <translation>например, актовый зал айыл окмоту, село Масы</translation>
    </message>
    <message>
        <source>The title in large letters</source>
        <translation>Заголовок крупными буквами</translation>
    </message>
    <message>
        <source>Write the text, or press “Fill from the data” to have it written from the records.</source>
        <translation>Напишите текст или нажмите «Заполнить из данных», чтобы составить его по записям.</translation>
    </message>
    <message>
        <source>Each line is a paragraph of the poster. A line “1) …” prints as a list item, a line “Place: …” with the word before the colon in bold.</source>
        <translation>Каждая строка — отдельный абзац плаката. Строка «1) …» печатается как пункт списка, в строке вида «Место: …» слово до двоеточия выделяется жирным.</translation>
    </message>
    <message>
        <source>Kind of notice</source>
        <translation>Вид объявления</translation>
    </message>
    <message>
        <source>Date of the notice</source>
        <translation>Дата объявления</translation>
    </message>
    <message>
        <source>Council resolution</source>
        <translation>Постановление айылного кенеша</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>Пункт плана</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Text of the notice</source>
        <translation>Текст объявления</translation>
    </message>
    <message>
        <source>Gathering</source>
        <translation>Сход</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Первое заседание</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Applications until</source>
        <translation>Приём заявлений до</translation>
    </message>
    <message>
        <source>Date of the gathering</source>
        <translation>Дата схода</translation>
    </message>
    <message>
        <source>Date of the first meeting</source>
        <translation>Дата первого заседания</translation>
    </message>
    <message>
        <source>Monitoring begins on</source>
        <translation>Начало мониторинга</translation>
    </message>
    <message>
        <source>Presented on</source>
        <translation>Дата представления</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Дата мероприятия</translation>
    </message>
    <message>
        <source>The last day candidates' applications are accepted.</source>
        <translation>Последний день приёма заявлений кандидатов.</translation>
    </message>
    <message>
        <source>The composition must hang on the boards at least 3 working days before the first meeting.</source>
        <translation>Состав должен быть размещён на информационных стендах не менее чем за 3 рабочих дня до первого заседания.</translation>
    </message>
    <message>
        <source>Stakeholders and residents are told before the monitoring begins.</source>
        <translation>Заинтересованные стороны и жители извещаются до начала мониторинга.</translation>
    </message>
    <message>
        <source>The day of the public presentation of the summary report: the results must hang on the boards within one week of it.</source>
        <translation>День публичного представления итогового отчёта: итоги должны быть размещены на информационных стендах в течение недели после него.</translation>
    </message>
    <message>
        <source>Write the time as hours and minutes, e.g. 10:00.</source>
        <translation>Укажите время в часах и минутах, например 10:00.</translation>
    </message>
</context>
<context>
    <name>NoticesModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Размещений</translation>
    </message>
    <message>
        <source>First posted</source>
        <translation>Впервые размещено</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>not posted</source>
        <translation>не размещено</translation>
    </message>
    <message>
        <source>Hanging now on %1 of them</source>
        <translation>Сейчас висит на %1 из них</translation>
    </message>
</context>
<context>
    <name>NoticesPage</name>
    <message>
        <source>Notices</source>
        <translation>Объявления</translation>
    </message>
    <message>
        <source>Notice boards</source>
        <translation>Информационные стенды</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>Новое объявление</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>No notices yet. Prepare a notice from a ready text: the start of the group's formation, the community gathering, the group's composition and first meeting, a monitoring, the results of an act or of the summary report. Print it as a poster and record where it was posted.</source>
        <translation>Объявлений пока нет. Подготовьте объявление по готовому тексту: начало формирования группы, сход граждан, состав группы и первое заседание, мониторинг, итоги акта или итогового отчёта. Напечатайте его как плакат и отметьте, где оно размещено.</translation>
    </message>
    <message>
        <source>Delete the notice «%1» with its posting log and photos?</source>
        <translation>Удалить объявление «%1» вместе с журналом размещения и фотографиями?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ObjectDialog</name>
    <message>
        <source>Monitored object</source>
        <translation>Объект мониторинга</translation>
    </message>
    <message>
        <source>New monitored object</source>
        <translation>Новый объект мониторинга</translation>
    </message>
    <message>
        <source>Choose the kind</source>
        <translation>Выберите вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>e.g. «Taza Aiyl» municipal enterprise</source>
        <translation>например, муниципальное предприятие «Таза Айыл»</translation>
    </message>
    <message>
        <source>e.g. M. Sadykov, dispatcher</source>
        <translation>например, М. Садыков, диспетчер</translation>
    </message>
    <message>
        <source>e.g. 0700 123 456</source>
        <translation>например, 0700 123 456</translation>
    </message>
    <message>
        <source>e.g. Masy village</source>
        <translation>например, село Масы</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>Пункты плана</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Акты</translation>
    </message>
</context>
<context>
    <name>ObjectsTab</name>
    <message>
        <source>Delete %1 from the register of monitored objects?</source>
        <translation>Удалить «%1» из реестра объектов мониторинга?</translation>
    </message>
    <message>
        <source>Delete the object</source>
        <translation>Удаление объекта</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New object…</source>
        <translation>Новый объект…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Only an object that no plan, act or declaration names can be deleted</source>
        <translation>Удалить можно только объект, который не упоминается ни в плане, ни в акте, ни в заявлении</translation>
    </message>
    <message>
        <source>No monitored objects are recorded yet: the aiyl okmotu, municipal enterprises and institutions, suppliers and contractors, consultants and community organisations such as water users' associations.</source>
        <translation>Объекты мониторинга пока не записаны: айыл окмоту, муниципальные предприятия и учреждения, поставщики и подрядчики, консультанты, общественные организации, например СООППВ.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Tick the members who took part in the monitoring: they sign the act. A member removed from monitoring this object for a conflict of interest does not take part and does not sign.</source>
        <translation>Отметьте членов группы, участвовавших в мониторинге: они подписывают акт. Член, отстранённый от мониторинга этого объекта из-за конфликта интересов, не участвует и не подписывает.</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>Не может подписать: %1</translation>
    </message>
</context>
<context>
    <name>PartsPanel</name>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PlanDocuments</name>
    <message>
        <source>Plan for %1, version %2</source>
        <translation>План на %1 год, версия %2</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>Preparing the plan…</source>
        <translation>План готовится…</translation>
    </message>
    <message>
        <source>Council resolution on the plan for %1, version %2</source>
        <translation>Постановление кенеша о плане на %1 год, версия %2</translation>
    </message>
    <message>
        <source>plan-resolution</source>
        <translation>план-постановление</translation>
    </message>
    <message>
        <source>Preparing the resolution…</source>
        <translation>Постановление готовится…</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>индикаторы</translation>
    </message>
    <message>
        <source>Indicators: plan and fact</source>
        <translation>Индикаторы: план и факт</translation>
    </message>
    <message>
        <source>Preparing the indicator sheet…</source>
        <translation>Лист индикаторов готовится…</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Monitoring and evaluation plan</source>
        <translation>План мониторинга и оценки</translation>
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
        <translation>Индикаторы</translation>
    </message>
    <message>
        <source>Monitored objects</source>
        <translation>Объекты мониторинга</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Новый план…</translation>
    </message>
    <message>
        <source>Print plan…</source>
        <translation>Печать плана…</translation>
    </message>
    <message>
        <source>Print resolution…</source>
        <translation>Печать постановления…</translation>
    </message>
    <message>
        <source>The council resolution approving this version, with the plan as its appendix</source>
        <translation>Постановление кенеша об утверждении этой версии с планом в приложении</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Добавить пункт…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>Отметить выполнение…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Planned, in progress or done: progress on the version in force</source>
        <translation>Запланировано, выполняется или выполнено: ход выполнения действующей версии</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <source>Proposals of the aiyl okmotu</source>
        <translation>Предложения айыл окмоту</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>No plan is recorded yet. Start the group's monitoring and evaluation plan for the year with “New plan…”: the items, the discussion with the aiyl okmotu and the council's approval follow.</source>
        <translation>План пока не записан. Начните план мониторинга и оценки группы на год кнопкой «Новый план…»: затем пункты, обсуждение с айыл окмоту и утверждение кенешем.</translation>
    </message>
    <message>
        <source>This version has no items yet. Add the monitorings the group plans for the year.</source>
        <translation>В этой версии пока нет пунктов. Добавьте мониторинги, которые группа планирует на год.</translation>
    </message>
    <message>
        <source>⚠ Overdue without an act: %1</source>
        <translation>⚠ Просрочено без акта: %1</translation>
    </message>
    <message>
        <source>Delete item %1 (%2) from this version of the plan?</source>
        <translation>Удалить пункт %1 (%2) из этой версии плана?</translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation>Удаление пункта</translation>
    </message>
    <message>
        <source>Discard version %1 of the plan for %2 with its items? This cannot be undone.</source>
        <translation>Отказаться от версии %1 плана на %2 год вместе с её пунктами? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Отказ от проекта</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отказаться</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <source>Posting of the notice</source>
        <translation>Размещение объявления</translation>
    </message>
    <message>
        <source>Correct the posting</source>
        <translation>Исправить запись о размещении</translation>
    </message>
    <message>
        <source>Notice: «%1»</source>
        <translation>Объявление: «%1»</translation>
    </message>
    <message>
        <source>Notice board</source>
        <translation>Информационный стенд</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Дата размещения</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Кто разместил</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>Дата снятия</translation>
    </message>
    <message>
        <source>choose the board</source>
        <translation>выберите стенд</translation>
    </message>
    <message>
        <source>e.g. A. Saitova</source>
        <translation>например, А. Саитова</translation>
    </message>
    <message>
        <source>Record the posting</source>
        <translation>Записать размещение</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>PostingsModel</name>
    <message>
        <source>Notice board</source>
        <translation>Информационный стенд</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Размещено</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Кто разместил</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>%1 (out of use)</source>
        <translation>%1 (не используется)</translation>
    </message>
    <message>
        <source>hanging</source>
        <translation>висит</translation>
    </message>
    <message>
        <source>no photo</source>
        <translation>нет фото</translation>
    </message>
    <message>
        <source>file missing or damaged</source>
        <translation>файл отсутствует или повреждён</translation>
    </message>
</context>
<context>
    <name>PostingsPanel</name>
    <message>
        <source>Record posting…</source>
        <translation>Записать размещение…</translation>
    </message>
    <message>
        <source>Where and when the notice was put up, and by whom</source>
        <translation>Где, когда и кем размещено объявление</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Taken down…</source>
        <translation>Снято…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <source>A photo of the notice on the board, kept as proof of the posting</source>
        <translation>Фото объявления на стенде, хранится как подтверждение размещения</translation>
    </message>
    <message>
        <source>Open photo</source>
        <translation>Открыть фото</translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation>Удалить фото…</translation>
    </message>
    <message>
        <source>Posting log</source>
        <translation>Журнал размещения</translation>
    </message>
    <message>
        <source>Choose a notice above to see where it was posted.</source>
        <translation>Выберите объявление выше, чтобы увидеть, где оно размещено.</translation>
    </message>
    <message>
        <source>Posting log: %1</source>
        <translation>Журнал размещения: %1</translation>
    </message>
    <message>
        <source>Not posted yet. Record each board the notice is put up on.</source>
        <translation>Пока не размещено. Отметьте каждый стенд, на котором размещено объявление.</translation>
    </message>
    <message>
        <source>The photo cannot be shown: the file is not a picture.</source>
        <translation>Фото нельзя показать: файл не является изображением.</translation>
    </message>
    <message>
        <source>Delete the posting on «%1» of %2 from the log?</source>
        <translation>Удалить из журнала запись о размещении на стенде «%1» от %2?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Photo of the posted notice</source>
        <translation>Фото размещённого объявления</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Фотографии (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Keeping the photo…</source>
        <translation>Сохранение фото…</translation>
    </message>
    <message>
        <source>Remove the photo of this posting?</source>
        <translation>Удалить фото этого размещения?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <name>ProposalDialog</name>
    <message>
        <source>Proposal of the aiyl okmotu</source>
        <translation>Предложение айыл окмоту</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Group's decision</source>
        <translation>Решение группы</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>ответа пока нет</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>How it was taken into the plan, or why the group declined it</source>
        <translation>Как оно учтено в плане или почему группа его отклонила</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
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
        <translation>Предложение айыл окмоту</translation>
    </message>
    <message>
        <source>Group's decision</source>
        <translation>Решение группы</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>ответа пока нет</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонено</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>Remove proposal %1 of the aiyl okmotu?</source>
        <translation>Удалить предложение айыл окмоту № %1?</translation>
    </message>
    <message>
        <source>Remove the proposal</source>
        <translation>Удаление предложения</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add proposal…</source>
        <translation>Добавить предложение…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Ответить…</translation>
    </message>
    <message>
        <source>The aiyl okmotu may propose items when the draft is discussed with it; the group answers each.</source>
        <translation>При обсуждении проекта айыл окмоту может предложить пункты; группа отвечает на каждое предложение.</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <source>Add a recommendation</source>
        <translation>Добавить рекомендацию</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>What is to be done:</source>
        <translation>Что сделать:</translation>
    </message>
    <message>
        <source>By when:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>The object, the aiyl okmotu, the council…</source>
        <translation>Объект, айыл окмоту, айылный кенеш…</translation>
    </message>
    <message>
        <source>No recommendations yet. Each recommendation or proposal names to whom it is addressed, what is to be done and by when.</source>
        <translation>Рекомендаций пока нет. В каждой рекомендации или предложении указано, кому она адресована, что сделать и в какой срок.</translation>
    </message>
    <message>
        <source>(to whom?)</source>
        <translation>(кому?)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>(by when?)</source>
        <translation>(срок?)</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(пока ничего не написано)</translation>
    </message>
    <message>
        <source>Remove recommendation %1 from the draft?</source>
        <translation>Удалить рекомендацию %1 из проекта?</translation>
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
    <name>RemovalDialog</name>
    <message>
        <source>Taken down</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>The notice was taken down from «%1» on:</source>
        <translation>Объявление снято со стенда «%1»:</translation>
    </message>
    <message>
        <source>Taken down on</source>
        <translation>Дата снятия</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>ReportOutputs</name>
    <message>
        <source>Summary report, %1</source>
        <translation>Сводный отчёт, %1</translation>
    </message>
    <message>
        <source>summary-report</source>
        <translation>сводный-отчёт</translation>
    </message>
    <message>
        <source>Preparing the summary report…</source>
        <translation>Сводный отчёт готовится…</translation>
    </message>
    <message>
        <source>Resolution draft on the report, %1</source>
        <translation>Проект постановления по отчёту, %1</translation>
    </message>
    <message>
        <source>resolution-draft</source>
        <translation>проект-постановления</translation>
    </message>
    <message>
        <source>Preparing the resolution draft…</source>
        <translation>Проект постановления готовится…</translation>
    </message>
    <message>
        <source>Save the report's tables</source>
        <translation>Сохранить таблицы отчёта</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Preparing the spreadsheet…</source>
        <translation>Таблица готовится…</translation>
    </message>
    <message>
        <source>The spreadsheet was saved: %1</source>
        <translation>Таблица сохранена: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Год:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>The whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <source>First half-year (January–June)</source>
        <translation>Первое полугодие (январь–июнь)</translation>
    </message>
    <message>
        <source>Second half-year (July–December)</source>
        <translation>Второе полугодие (июль–декабрь)</translation>
    </message>
    <message>
        <source>Print the report…</source>
        <translation>Печать отчёта…</translation>
    </message>
    <message>
        <source>Print the resolution draft…</source>
        <translation>Печать проекта постановления…</translation>
    </message>
    <message>
        <source>The council's draft resolution on hearing the group's report</source>
        <translation>Проект постановления айылного кенеша о заслушивании отчёта группы</translation>
    </message>
    <message>
        <source>Save the spreadsheet…</source>
        <translation>Сохранить таблицу…</translation>
    </message>
    <message>
        <source>Export for the council…</source>
        <translation>Экспорт для кенеша…</translation>
    </message>
    <message>
        <source>The report, the spreadsheet, the resolution draft, the period's acts and the data for the district, on a USB stick or in a folder</source>
        <translation>Отчёт, таблица, проект постановления, акты периода и данные для района — на флешку или в папку</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Conclusions and proposals</source>
        <translation>Выводы и предложения</translation>
    </message>
    <message>
        <source>Residents' messages and surveys</source>
        <translation>Обращения жителей и опросы</translation>
    </message>
    <message>
        <source>The period is still running: the report shows it as of today, %1.</source>
        <translation>Период ещё идёт: отчёт показывает его по состоянию на сегодня, %1.</translation>
    </message>
    <message>
        <source>Choose a period that has begun.</source>
        <translation>Выберите период, который уже начался.</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>Сводка готовится…</translation>
    </message>
    <message>
        <source>The summary could not be prepared.</source>
        <translation>Сводку подготовить не удалось.</translation>
    </message>
</context>
<context>
    <name>ResidentsPanel</name>
    <message>
        <source>Delete the message of %1 from the journal?</source>
        <translation>Удалить из журнала сообщение от %1?</translation>
    </message>
    <message>
        <source>Delete the message</source>
        <translation>Удаление сообщения</translation>
    </message>
    <message>
        <source>Delete the result of %1 for %2?</source>
        <translation>Удалить результат опроса «%1» (%2)?</translation>
    </message>
    <message>
        <source>Delete the survey result</source>
        <translation>Удаление результата опроса</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Saved. Its date, %1, is outside the period shown, so it is not in this list.</source>
        <translation>Сохранено. Дата записи (%1) вне показанного периода, поэтому в этом списке её нет.</translation>
    </message>
    <message>
        <source>in the period: %1</source>
        <translation>за период: %1</translation>
    </message>
    <message>
        <source>without a response: %1</source>
        <translation>без ответа: %1</translation>
    </message>
    <message>
        <source>surveys in the period: %1</source>
        <translation>опросов за период: %1</translation>
    </message>
    <message>
        <source>Residents' messages</source>
        <translation>Сообщения жителей</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Опросы удовлетворённости</translation>
    </message>
    <message>
        <source>Add message…</source>
        <translation>Добавить сообщение…</translation>
    </message>
    <message>
        <source>Add result…</source>
        <translation>Добавить результат…</translation>
    </message>
    <message>
        <source>A message to the group's WhatsApp number, a call, a visit or a letter, to record in the journal</source>
        <translation>Записать в журнал сообщение на номер WhatsApp группы, звонок, личное обращение или письмо</translation>
    </message>
    <message>
        <source>How many residents answered a survey and how many were satisfied, for all and for each social group</source>
        <translation>Сколько жителей ответили на опрос и сколько из них удовлетворены — в целом и по каждой социальной группе</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>No messages from residents in this period. Record here what residents send to the group's WhatsApp number, say by phone or in person, or write: they go into the summary report.</source>
        <translation>За этот период сообщений от жителей нет. Записывайте сюда, что жители присылают на номер WhatsApp группы, сообщают по телефону, лично или письмом: это войдёт в сводный отчёт.</translation>
    </message>
    <message>
        <source>No survey results in this period. Satisfaction is studied for the whole population and for women, youth, elderly people, unemployed people and persons with disabilities.</source>
        <translation>За этот период результатов опросов нет. Удовлетворённость изучается по всему населению и отдельно по женщинам, молодёжи, пожилым, безработным и лицам с ограниченными возможностями здоровья.</translation>
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
    <name>ResponseDialog</name>
    <message>
        <source>Response of %1</source>
        <translation>Ответ: %1</translation>
    </message>
    <message>
        <source>The object informs the aiyl okmotu, with a copy to the group, of the causes of the shortcomings and the measures planned.</source>
        <translation>Объект информирует айыл окмоту (с копией группе) о причинах недостатков и запланированных мерах.</translation>
    </message>
    <message>
        <source>Causes of the shortcomings:</source>
        <translation>Причины недостатков:</translation>
    </message>
    <message>
        <source>Measures planned:</source>
        <translation>Запланированные меры:</translation>
    </message>
    <message>
        <source>Report of %1 to the council</source>
        <translation>Информация кенешу: %1</translation>
    </message>
    <message>
        <source>The aiyl okmotu informs the council of the measures taken on the act.</source>
        <translation>Айыл окмоту информирует кенеш о мерах, принятых по акту.</translation>
    </message>
    <message>
        <source>Measures taken:</source>
        <translation>Принятые меры:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Дата получения:</translation>
    </message>
    <message>
        <source>Scan of the letter:</source>
        <translation>Скан письма:</translation>
    </message>
    <message>
        <source>Optional: a scan or a photo of the letter</source>
        <translation>Необязательно: скан или фото письма</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Scan of the letter</source>
        <translation>Скан письма</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose the backup to restore; the newest is at the top. A backup on a USB stick is opened with "Other file…".</source>
        <translation>Выберите резервную копию для восстановления; самая свежая вверху. Копия на USB-флешке открывается кнопкой «Другой файл…».</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Другой файл…</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Что содержит резервная копия</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Когда сделана:</translation>
    </message>
    <message>
        <source>Aiyl aimak:</source>
        <translation>Айылный аймак:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Group members:</source>
        <translation>Членов группы:</translation>
    </message>
    <message>
        <source>Acts:</source>
        <translation>Актов:</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Заседаний:</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Вложенных файлов:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Before the restore, the current state of the database is saved as a safety backup in %1, so it can be brought back as well.</source>
        <translation>Перед восстановлением текущее состояние базы данных сохраняется как страховочная копия в %1, так что его тоже можно будет вернуть.</translation>
    </message>
    <message>
        <source>There is no current database to keep: the restored backup becomes the database.</source>
        <translation>Текущей базы данных для сохранения нет: восстановленная копия станет базой данных.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>There are no backups in %1 yet. Choose a backup file with "Other file…".</source>
        <translation>В %1 пока нет резервных копий. Выберите файл копии кнопкой «Другой файл…».</translation>
    </message>
    <message>
        <source>protected by a password</source>
        <translation>защищена паролем</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <source>BMB Desktop backups (*%1)</source>
        <translation>Резервные копии BMB Desktop (*%1)</translation>
    </message>
    <message>
        <source>Enter the password this backup was protected with.</source>
        <translation>Введите пароль, которым защищена эта копия.</translation>
    </message>
    <message>
        <source>Opening the protected backup…</source>
        <translation>Открывается защищённая резервная копия…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Идёт восстановление из резервной копии…</translation>
    </message>
    <message>
        <source>Replace the data of the database with the backup of %1 (%2)?</source>
        <translation>Заменить данные базы данных резервной копией от %1 (%2)?</translation>
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
    <name>SafeStart</name>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>The damaged file is kept as: %1</source>
        <translation>Повреждённый файл сохранён как: %1</translation>
    </message>
    <message>
        <source>Restore the newest backup…</source>
        <translation>Восстановить самую свежую копию…</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Выбрать другую копию…</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Закрыть программу</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>This is the demo database: it is made anew at each start, so no automatic backups are made of it. The buttons below work as they do for your own database.</source>
        <translation>Это демонстрационная база данных: она создаётся заново при каждом запуске, поэтому автоматические резервные копии для неё не делаются. Кнопки ниже работают так же, как для вашей собственной базы.</translation>
    </message>
    <message>
        <source>Backups are made automatically: at the start of work, every 30 minutes while you make changes, and when the program closes. Keep a copy away from this computer as well: back up to a USB stick once a week and after important work.</source>
        <translation>Резервные копии делаются автоматически: в начале работы, каждые 30 минут, пока вносятся изменения, и при закрытии программы. Храните копию и вне этого компьютера: раз в неделю и после важной работы записывайте копию на USB-флешку.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Последняя копия:</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Хранятся в:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <source>Back up to USB…</source>
        <translation>Копия на USB-флешку…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <source>A quick check runs each time the database opens. The full check also reads every attached file, the fingerprints of issued acts and the audit log; it takes a little longer and changes nothing.</source>
        <translation>При каждом открытии базы данных выполняется быстрая проверка. Полная проверка также читает каждый вложенный файл, цифровые отпечатки выпущенных актов и журнал аудита; она занимает чуть больше времени и ничего не изменяет.</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Проверить базу данных</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Записывается резервная копия…</translation>
    </message>
    <message>
        <source>The backup is written and checked: %1</source>
        <translation>Резервная копия записана и проверена: %1</translation>
    </message>
    <message>
        <source>Restored the backup of %1 (%2): %3 members, %4 acts, %5 meetings.</source>
        <translation>Восстановлена резервная копия от %1 (%2): членов — %3, актов — %4, заседаний — %5.</translation>
    </message>
    <message>
        <source>The state before the restore is kept in %1.</source>
        <translation>Состояние до восстановления сохранено в %1.</translation>
    </message>
    <message>
        <source>The damaged database was moved aside unchanged: %1.</source>
        <translation>Повреждённая база данных отложена без изменений: %1.</translation>
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
        <source>Data safety</source>
        <translation>Сохранность данных</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
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
    <name>StatusDialog</name>
    <message>
        <source>Follow-up of recommendation %1</source>
        <translation>Исполнение рекомендации %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Act No. %1 of %2: %3</source>
        <translation>Акт № %1 от %2: %3</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Отметка:</translation>
    </message>
    <message>
        <source>Reason of the rejection:</source>
        <translation>Причина отклонения:</translation>
    </message>
    <message>
        <source>Checked by the monitoring:</source>
        <translation>Проверено мониторингом:</translation>
    </message>
    <message>
        <source>What was done, who reported it, what the group saw</source>
        <translation>Что сделано, кто сообщил, что увидела группа</translation>
    </message>
    <message>
        <source>The act of a later monitoring in which the group checked this recommendation</source>
        <translation>Акт последующего мониторинга, в котором группа проверила эту рекомендацию</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
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
    <name>SubmissionDialog</name>
    <message>
        <source>Submission to the aiyl kenesh</source>
        <translation>Внесение в айылный кенеш</translation>
    </message>
    <message>
        <source>The plan goes to the aiyl kenesh once the group has answered every proposal of the aiyl okmotu.</source>
        <translation>План вносится в айылный кенеш после того, как группа ответила на каждое предложение айыл окмоту.</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Дата внесения</translation>
    </message>
    <message>
        <source>Proposals of the aiyl okmotu</source>
        <translation>Предложения айыл окмоту</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не записаны</translation>
    </message>
    <message>
        <source>%1 of %2 without the group's answer</source>
        <translation>%1 из %2 без ответа группы</translation>
    </message>
    <message>
        <source>all %1 answered</source>
        <translation>на все %1 даны ответы</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Причина изменения</translation>
    </message>
    <message>
        <source>Group's decision</source>
        <translation>Решение группы</translation>
    </message>
    <message>
        <source>No decision of a group meeting is linked to this version yet. Link it in the meeting's decision.</source>
        <translation>К этой версии пока не привязано решение заседания группы. Привяжите его в решении заседания.</translation>
    </message>
    <message>
        <source>Record the submission</source>
        <translation>Записать внесение</translation>
    </message>
    <message>
        <source>protocol No. %1 of %2: for %3, against %4, abstained %5 — %6</source>
        <translation>протокол № %1 от %2: за — %3, против — %4, воздержались — %5; %6</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>did not pass</source>
        <translation>не принято</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Charts of the report</source>
        <translation>Диаграммы отчёта</translation>
    </message>
    <message>
        <source>The period has no recommendations, answers, measured indicators or surveys to draw yet.</source>
        <translation>В этом периоде пока нет рекомендаций, ответов, измеренных показателей или опросов для диаграмм.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Survey result</source>
        <translation>Результат опроса</translation>
    </message>
    <message>
        <source>Edit the survey result</source>
        <translation>Изменение результата опроса</translation>
    </message>
    <message>
        <source>Satisfaction is studied for the whole population and for social groups. Enter one line per group: first all respondents, then women, youth, elderly people, unemployed people and persons with disabilities.</source>
        <translation>Удовлетворённость изучается по всему населению и по социальным группам. Вводите результат каждой группы отдельно: сначала все опрошенные, затем женщины, молодёжь, пожилые, безработные и лица с ограниченными возможностями здоровья.</translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation>Дата опроса</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>О чём спрашивали</translation>
    </message>
    <message>
        <source>Social group</source>
        <translation>Социальная группа</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Опрошено</translation>
    </message>
    <message>
        <source>Of them satisfied</source>
        <translation>Из них удовлетворены</translation>
    </message>
    <message>
        <source>e.g. satisfaction with the drinking water supply</source>
        <translation>напр.: удовлетворённость водоснабжением</translation>
    </message>
    <message>
        <source>all respondents</source>
        <translation>все опрошенные</translation>
    </message>
    <message>
        <source>Save and enter the next group</source>
        <translation>Сохранить и ввести следующую группу</translation>
    </message>
    <message>
        <source>Keeps the date and the question and moves on to the next social group</source>
        <translation>Дата и вопрос сохраняются, переход к следующей социальной группе</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>%1 of the respondents</source>
        <translation>%1 опрошенных</translation>
    </message>
    <message>
        <source>Saved: %1. Now the next group.</source>
        <translation>Сохранено: %1. Теперь следующая группа.</translation>
    </message>
</context>
<context>
    <name>SurveysModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Опрос</translation>
    </message>
    <message>
        <source>Social group</source>
        <translation>Социальная группа</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Опрошено</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Удовлетворены</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>all respondents</source>
        <translation>все опрошенные</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a printed act</source>
        <translation>Проверка печатного акта</translation>
    </message>
    <message>
        <source>A printed act carries its verification code at the foot of every page. Choose the PDF file as it was printed, or type the code from the paper to compare the paper with the act in the database.</source>
        <translation>Внизу каждой страницы печатного акта стоит его контрольный код. Выберите PDF-файл, из которого печатали, или введите код с бумаги, чтобы сравнить бумагу с актом в базе данных.</translation>
    </message>
    <message>
        <source>Check a PDF file…</source>
        <translation>Проверить PDF-файл…</translation>
    </message>
    <message>
        <source>Code from the paper:</source>
        <translation>Код с бумаги:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Open the act</source>
        <translation>Открыть акт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
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
        <translation>Статус</translation>
    </message>
    <message>
        <source>Discussed with the aiyl okmotu</source>
        <translation>Обсуждён с айыл окмоту</translation>
    </message>
    <message>
        <source>Submitted to the council</source>
        <translation>Внесён в кенеш</translation>
    </message>
    <message>
        <source>Council resolution</source>
        <translation>Постановление кенеша</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Причина изменения</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Each amendment is a new version; earlier versions stay readable as they were approved. Double-click a version to open it.</source>
        <translation>Каждое изменение — новая версия; прежние версии сохраняются для чтения в утверждённом виде. Дважды щёлкните по версии, чтобы открыть её.</translation>
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
        <source>Choose the ground</source>
        <translation>Выберите основание</translation>
    </message>
</context>
<context>
    <name>WorkSession</name>
    <message>
        <source>The database was updated for this version; a backup was made before: %1</source>
        <translation>База данных обновлена для этой версии; перед этим сделана резервная копия: %1</translation>
    </message>
    <message>
        <source>Backup made at %1.</source>
        <translation>Резервная копия сделана в %1.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматическая резервная копия не сделана: %1</translation>
    </message>
</context>
</TS>