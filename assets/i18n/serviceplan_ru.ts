<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ChartPreview</name>
    <message>
        <location filename="../../ui/chart_view.py" line="36"/>
        <source>Drawing the chart…</source>
        <translation>Строим диаграмму…</translation>
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="77"/>
        <source>The chart could not be drawn: {error}</source>
        <translation>Не удалось построить диаграмму: {error}</translation>
    </message>
</context>
<context>
    <name>ComplaintCategoriesDialog</name>
    <message>
        <location filename="../../ui/pages/complaints.py" line="436"/>
        <source>Complaint categories</source>
        <translation>Категории жалоб</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="440"/>
        <source>One category per line, in the order they are offered. A handful of clear categories makes the Pareto chart useful. Complaints already logged keep their category.</source>
        <translation>По одной категории в строке, в том порядке, в каком они будут предлагаться. Диаграмма Парето полезна, когда категорий немного и они понятны. Уже записанные жалобы сохраняют свою категорию.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="462"/>
        <source>Restore the defaults</source>
        <translation>Восстановить по умолчанию</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/pages/complaints.py" line="337"/>
        <source>Add a complaint</source>
        <translation>Добавить жалобу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="339"/>
        <source>Edit the complaint</source>
        <translation>Изменить жалобу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="347"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="351"/>
        <source>Leave it empty when the date is not known.</source>
        <translation>Если дата неизвестна, оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="355"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="361"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="376"/>
        <source>Choose or type a category</source>
        <translation>Выберите или введите категорию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="377"/>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="383"/>
        <source>What the customer said, in their words where possible</source>
        <translation>Что сказал клиент — по возможности его словами</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="385"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="387"/>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="391"/>
        <source>The customer&apos;s problem was put right.</source>
        <translation>Проблема клиента устранена.</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <location filename="../../ui/pages/complaints.py" line="244"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="245"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="246"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="247"/>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../ui/pages/complaints.py" line="76"/>
        <source>(no category)</source>
        <extracomment>Bars in the chart; rarer categories are summed into one last bar so the chart stays legible.</extracomment>
        <translation>(без категории)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="93"/>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="94"/>
        <source> and </source>
        <comment>before the last item of a list</comment>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="106"/>
        <source>{category} makes up {share}% of complaints: start there.</source>
        <translation>На категорию «{category}» приходится {share}% жалоб: начните с неё.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="109"/>
        <source>{categories} together make up {share}% of complaints: start there.</source>
        <translation>{share}% жалоб приходится на эти категории: {categories}. Начните с них.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="119"/>
        <source>Give the complaint a category or a description.</source>
        <translation>Укажите категорию или описание жалобы.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="121"/>
        <source>There are {count} categories; at most {max} are allowed.</source>
        <translation>Категорий: {count}; допускается не более {max}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="125"/>
        <source>This complaint is no longer in the plan; it may have been undone.</source>
        <translation>Этой жалобы больше нет в плане; возможно, действие было отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="130"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="131"/>
        <location filename="../../ui/pages/complaints.py" line="643"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="132"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="137"/>
        <source>Write it as YYYY-MM-DD, e.g. {example}, or leave it empty.</source>
        <translation>Введите дату в формате ГГГГ-ММ-ДД, например {example}, или оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="140"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="162"/>
        <source>Other categories ({count})</source>
        <translation>Прочие категории ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="509"/>
        <location filename="../../ui/pages/complaints.py" line="644"/>
        <location filename="../../ui/pages/complaints.py" line="700"/>
        <location filename="../../ui/pages/complaints.py" line="927"/>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="513"/>
        <source>Each complaint is information, and a chance to win the customer back. Log every one, with its category, and note when it is resolved. The Pareto chart below shows the few categories that cause most complaints: start there.</source>
        <translation>Каждая жалоба — это информация и шанс вернуть клиента. Записывайте все жалобы с указанием категории и отмечайте, когда они решены. Диаграмма Парето ниже показывает немногие категории, на которые приходится большая часть жалоб: начните с них.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="524"/>
        <source>Add complaint…</source>
        <translation>Добавить жалобу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="527"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="530"/>
        <location filename="../../ui/pages/complaints.py" line="766"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="533"/>
        <source>Import complaints…</source>
        <translation>Импорт жалоб…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="536"/>
        <source>Read a complaints log from a CSV or Excel file: date, category, description, resolved.</source>
        <translation>Загрузить журнал жалоб из файла CSV или Excel: дата, категория, описание, решена ли жалоба.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="543"/>
        <source>Categories…</source>
        <translation>Категории…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="558"/>
        <source>Search category or text</source>
        <translation>Поиск по категории или тексту</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="624"/>
        <source>No complaints logged yet. Add them one by one or import a log; the Pareto chart of their categories appears here.</source>
        <translation>Жалоб пока нет. Добавляйте их по одной или импортируйте журнал — здесь появится диаграмма Парето по категориям.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="645"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="646"/>
        <source>Cumulative</source>
        <translation>Накопленная</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="712"/>
        <source>new complaint</source>
        <translation>добавление жалобы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="734"/>
        <source>change to a complaint</source>
        <translation>изменение жалобы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="760"/>
        <source>Delete the complaint “{what}”?</source>
        <translation>Удалить жалобу «{what}»?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/complaints.py" line="764"/>
        <source>Delete %n complaints?</source>
        <translation>
            <numerusform>Удалить %n жалобу?</numerusform>
            <numerusform>Удалить %n жалобы?</numerusform>
            <numerusform>Удалить %n жалоб?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="765"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Вернуть удалённое можно командой «Правка ▸ Отменить».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/complaints.py" line="774"/>
        <source>deletion of %n complaints</source>
        <translation>
            <numerusform>удаление %n жалобы</numerusform>
            <numerusform>удаление %n жалоб</numerusform>
            <numerusform>удаление %n жалоб</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="777"/>
        <source>deletion of a complaint</source>
        <translation>удаление жалобы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="805"/>
        <source>complaint categories</source>
        <translation>изменение категорий жалоб</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="826"/>
        <source>Complaints imported: {count}.</source>
        <translation>Импортировано жалоб: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="879"/>
        <source>Complaints logged: {total}. Resolved: {resolved} ({share}%).</source>
        <translation>Всего жалоб: {total}. Решено: {resolved} ({share}%).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="884"/>
        <source>Matching the search: {shown}.</source>
        <translation>Найдено по запросу: {shown}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="928"/>
        <source>Cumulative share</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="929"/>
        <source>Complaints by category (Pareto)</source>
        <translation>Жалобы по категориям (Парето)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="15"/>
        <source>Service plans (*.svcplan);;All files (*)</source>
        <translation>Сервисные планы (*.svcplan);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="19"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="23"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="74"/>
        <source>Executive summary</source>
        <translation>Краткое резюме</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="75"/>
        <source>The business and its customers</source>
        <translation>Компания и её клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="76"/>
        <source>Service level today: the company&apos;s view</source>
        <translation>Уровень сервиса сегодня: взгляд компании</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="77"/>
        <source>What customers say</source>
        <translation>Что говорят клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="78"/>
        <source>The main problems</source>
        <translation>Основные проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="79"/>
        <source>Service standards</source>
        <translation>Стандарты обслуживания</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="80"/>
        <source>Goals and means</source>
        <translation>Цели и средства</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="81"/>
        <source>Budget and the cost of poor service</source>
        <translation>Бюджет и цена плохого сервиса</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>Appendix: answers and statistics</source>
        <translation>Приложение: ответы и статистика</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="98"/>
        <source>Reading the plan…</source>
        <translation>Чтение плана…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="99"/>
        <source>Laying out the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="100"/>
        <source>Writing the file…</source>
        <translation>Запись файла…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="105"/>
        <source>Writing: {section}</source>
        <translation>Формирование раздела: {section}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="106"/>
        <source>Writing the document…</source>
        <translation>Формирование документа…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="122"/>
        <source>service-plan.pdf</source>
        <translation>сервисный-план.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="142"/>
        <source>{file} could not be written.</source>
        <translation>Не удалось записать файл {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="144"/>
        <source>Details: {detail}</source>
        <translation>Подробности: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="173"/>
        <location filename="../../ui/export_dialog.py" line="314"/>
        <location filename="../../ui/export_dialog.py" line="341"/>
        <source>Export the Service Plan</source>
        <translation>Экспорт Сервисного плана</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="179"/>
        <source>The Service Plan of “{plan}” as a PDF document, with its charts, ready to print or send.</source>
        <translation>Сервисный план «{plan}» в виде документа PDF с диаграммами, готового к печати или отправке.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="188"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="202"/>
        <source>{section} (not filled in yet)</source>
        <translation>{section} (не заполнен)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="207"/>
        <source>The plan holds nothing for this section yet: the document marks it as not assessed.</source>
        <translation>В плане пока нет данных для этого раздела: в документе он будет помечен как «Пока не оценено».</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="216"/>
        <source>The cover and the table of contents are always included.</source>
        <translation>Обложка и содержание включаются всегда.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="223"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="230"/>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="233"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="234"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 дюймов)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="237"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="245"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="249"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="250"/>
        <source>Open the document when it is ready</source>
        <translation>Открыть документ, когда он будет готов</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="270"/>
        <source>Open the document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="276"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="281"/>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="286"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="342"/>
        <source>{file} already exists. Replace it?</source>
        <translation>Файл {file} уже существует. Заменить его?</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="384"/>
        <source>Preparing the document…</source>
        <translation>Подготовка документа…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="395"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="436"/>
        <source>The Service Plan was written to {file}</source>
        <translation>Сервисный план сохранён в файл {file}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="455"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="458"/>
        <source>The export failed.</source>
        <translation>Экспорт не удался.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="466"/>
        <source>The Service Plan could not be written</source>
        <translation>Не удалось сохранить Сервисный план</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="477"/>
        <source>No program to open PDF documents was found.</source>
        <translation>Не найдена программа для открытия документов PDF.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Электронные таблицы (*.csv *.tsv *.txt *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="62"/>
        <source>NPS: likelihood to recommend (0–10)</source>
        <translation>NPS: готовность рекомендовать (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="63"/>
        <source>CSAT: satisfaction (1–5)</source>
        <translation>CSAT: удовлетворённость (1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="64"/>
        <source>CES: ease of getting help (1–7)</source>
        <translation>CES: лёгкость получения помощи (1–7)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="65"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="66"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="67"/>
        <source>Customer group (segment)</source>
        <translation>Группа клиентов (сегмент)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="68"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="69"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="70"/>
        <source>Resolved (yes/no)</source>
        <translation>Решена (да/нет)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="79"/>
        <source>Importance of {dimension} (points)</source>
        <translation>Важность: {dimension} (баллы)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="84"/>
        <source>{code} expectation: {statement}</source>
        <translation>{code} ожидание: {statement}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="86"/>
        <source>{code} perception: {statement}</source>
        <translation>{code} восприятие: {statement}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="94"/>
        <source>“{value}” is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="95"/>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» — не целое число</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="96"/>
        <source>“{value}” is outside {minimum}–{maximum}</source>
        <translation>«{value}» вне диапазона {minimum}–{maximum}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="97"/>
        <source>“{value}” is not a date</source>
        <translation>«{value}» — не дата</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="98"/>
        <source>“{value}” is neither yes nor no</source>
        <translation>«{value}» — не «да» и не «нет»</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="99"/>
        <source>the text is {length} characters; at most {max}</source>
        <translation>длина текста {length} симв.; допускается не более {max}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="100"/>
        <source>{count} filled cells beyond the last column</source>
        <translation>заполненных ячеек за последним столбцом: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="105"/>
        <source>Row {row}, column “{column}”: {reason}</source>
        <translation>Строка {row}, столбец «{column}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="108"/>
        <source>Row {row}: {reason}</source>
        <translation>Строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="117"/>
        <source>{file} does not exist.</source>
        <translation>Файл {file} не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="118"/>
        <source>{file} is too large to import.</source>
        <translation>Файл {file} слишком велик для импорта.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="119"/>
        <source>{file} is empty.</source>
        <translation>Файл {file} пуст.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="120"/>
        <source>{file} is neither a spreadsheet nor a text file.</source>
        <translation>Файл {file} не является ни электронной таблицей, ни текстовым файлом.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="121"/>
        <source>{file} is an old Excel workbook (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation>Файл {file} — книга Excel старого формата (.xls). Сохраните её в формате .xlsx или CSV и импортируйте полученный файл.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="125"/>
        <source>{file} is in a format that cannot be imported; save it as CSV.</source>
        <translation>Файл {file} в формате, который нельзя импортировать; сохраните его в CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="128"/>
        <source>{file} is not a valid Excel workbook.</source>
        <translation>Файл {file} не является корректной книгой Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="129"/>
        <source>{file} expands to far more data than it holds, and was refused.</source>
        <translation>Файл {file} при распаковке занимает намного больше места, чем сам файл, и поэтому отклонён.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="132"/>
        <source>{file} has too many rows to import.</source>
        <translation>В файле {file} слишком много строк для импорта.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="133"/>
        <source>{file} has too many columns to import.</source>
        <translation>В файле {file} слишком много столбцов для импорта.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="134"/>
        <source>{file} has no header row with column names.</source>
        <translation>В файле {file} нет строки заголовков с названиями столбцов.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="135"/>
        <source>{file} has no column “{column}”.</source>
        <translation>В файле {file} нет столбца «{column}».</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="136"/>
        <source>{file} has no valid rows.</source>
        <translation>В файле {file} нет корректных строк.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="143"/>
        <source>Details: {detail}</source>
        <translation>Подробности: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="149"/>
        <source>Two columns hold the same thing; choose one of them.</source>
        <translation>Двум столбцам назначено одно и то же содержимое; оставьте только один из них.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <source>Choose which column holds at least one survey answer (NPS, CSAT, CES, SERVQUAL or importance).</source>
        <translation>Укажите хотя бы один столбец с ответами на опрос (NPS, CSAT, CES, SERVQUAL или важность).</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="157"/>
        <source>Choose which column holds the complaint&apos;s category or description.</source>
        <translation>Укажите, в каком столбце находится категория или описание жалобы.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="181"/>
        <location filename="../../ui/import_dialog.py" line="391"/>
        <source>Import survey responses</source>
        <translation>Импорт ответов на опрос</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="183"/>
        <location filename="../../ui/import_dialog.py" line="393"/>
        <source>Import complaints</source>
        <translation>Импорт жалоб</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="188"/>
        <source>{file}: {rows} rows, {columns} columns</source>
        <translation>{file} (строк: {rows}, столбцов: {columns})</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="193"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="197"/>
        <source>text in {encoding}, separated by {delimiter}</source>
        <translation>текст в кодировке {encoding}, разделитель: {delimiter}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>Excel sheet “{sheet}”</source>
        <translation>лист Excel «{sheet}»</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="212"/>
        <source>What each column holds:</source>
        <translation>Что содержит каждый столбец:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="217"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="218"/>
        <source>Holds</source>
        <translation>Содержит</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="219"/>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="225"/>
        <source>(not imported)</source>
        <translation>(не импортировать)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="229"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="249"/>
        <source>The first rows:</source>
        <translation>Первые строки:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="274"/>
        <source>This file was already imported on {date} ({rows} rows). Import it again</source>
        <translation>Этот файл уже импортирован {date} (строк: {rows}). Импортировать его повторно</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="322"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="325"/>
        <source>Checking every row…</source>
        <translation>Проверка всех строк…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="340"/>
        <source>Valid rows to import: {count}.</source>
        <translation>Корректных строк для импорта: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="346"/>
        <source>Rows with errors, to be skipped: {count}.</source>
        <translation>Строк с ошибками (будут пропущены): {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="352"/>
        <source>Empty rows, skipped: {count}.</source>
        <translation>Пустых строк (пропущены): {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="361"/>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="367"/>
        <source>Import the valid rows ({count})</source>
        <translation>Импортировать корректные строки ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="398"/>
        <source>The file cannot be imported</source>
        <translation>Не удаётся импортировать файл</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="427"/>
        <source>Import “{file}”</source>
        <translation>импорт «{file}»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Open the &amp;Demo Plan</source>
        <translation>Открыть &amp;демонстрационный план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>&amp;Export the Service Plan…</source>
        <translation>&amp;Экспортировать Сервисный план…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>No recent plans</source>
        <translation>Недавних планов нет</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Open it read-only?</source>
        <translation>Открыть его только для чтения?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Plan in use</source>
        <translation>План уже открыт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Opened, but no backup could be made: {detail}</source>
        <translation>План открыт, но резервную копию сделать не удалось: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>A backup made when this plan was last opened exists ({name}). Open the backup read-only? Use File ▸ Save As to keep it under a new name.</source>
        <translation>Есть резервная копия, сделанная при последнем открытии этого плана ({name}). Открыть её только для чтения? Чтобы сохранить её под новым именем, выберите «Файл ▸ Сохранить как».</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Cannot open the plan</source>
        <translation>Не удаётся открыть план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>Open a plan</source>
        <translation>Открыть план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Cannot create the plan</source>
        <translation>Не удаётся создать план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Cannot create the demo plan</source>
        <translation>Не удаётся создать демонстрационный план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Save the plan as</source>
        <translation>Сохранить план как</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>Cannot save the plan</source>
        <translation>Не удаётся сохранить план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="402"/>
        <source>Read-only: {reason}. Use File ▸ Save As to make an editable copy.</source>
        <translation>Только для чтения: {reason}. Чтобы создать копию для редактирования, выберите «Файл ▸ Сохранить как».</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>opened read-only</source>
        <translation>план открыт в режиме просмотра</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>the file is read-only</source>
        <translation>файл защищён от записи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>its folder is read-only</source>
        <translation>папка плана защищена от записи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>Service Plan Builder</source>
        <translation>Конструктор сервисного плана</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source> [read-only]</source>
        <translation> [только чтение]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="446"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторить {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>The change could not be saved</source>
        <translation>Не удалось сохранить изменение</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="507"/>
        <source>The Service Plan was written to {file}</source>
        <translation>Сервисный план сохранён в файл {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="532"/>
        <source>The new language is used from the next start of the program.</source>
        <translation>Новый язык будет применён при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="541"/>
        <source>Service Plan Builder guides a business through assessing its service, hearing its customers, finding the main problems, setting standards, goals and means, and printing a Service Plan. It works offline; each plan is one file.</source>
        <translation>Конструктор сервисного плана помогает компании оценить уровень сервиса, узнать мнение клиентов, выявить основные проблемы, определить стандарты обслуживания, цели и средства их достижения и распечатать Сервисный план. Программа работает без интернета; каждый план хранится в одном файле.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/i18n.py" line="53"/>
        <source>Too long: {length} characters, at most {max} are allowed.</source>
        <translation>Слишком длинный текст: {length} симв., допускается не более {max}.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="56"/>
        <source>This is not an e-mail address.</source>
        <translation>Это не адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="57"/>
        <source>Must be between {minimum:g} and {maximum:g}.</source>
        <translation>Допустимо от {minimum:g} до {maximum:g}.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="60"/>
        <source>This is not a number.</source>
        <translation>Это не число.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="61"/>
        <source>This is not a valid date.</source>
        <translation>Это недопустимая дата.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="62"/>
        <source>Fill in at least one of the fields.</source>
        <translation>Заполните хотя бы одно из полей.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="63"/>
        <source>There are {count} entries; at most {max} are allowed.</source>
        <translation>Записей: {count}; допускается не более {max}.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="66"/>
        <source>This entry no longer exists in the plan.</source>
        <translation>Этой записи больше нет в плане.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="69"/>
        <source>Must be a single line.</source>
        <translation>Текст должен помещаться в одну строку.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="70"/>
        <source>Contains a character that is not allowed.</source>
        <translation>Содержит недопустимый символ.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="71"/>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72"/>
        <source>The file is not a PNG or JPEG image.</source>
        <translation>Файл не является изображением PNG или JPEG.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="73"/>
        <location filename="../../ui/preferences.py" line="232"/>
        <source>The image file is truncated or damaged.</source>
        <translation>Файл изображения обрезан или повреждён.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="76"/>
        <source>The file is {size_mb} MB; a logo may be at most {max_mb} MB.</source>
        <translation>Размер файла — {size_mb} МБ; логотип может занимать не более {max_mb} МБ.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="79"/>
        <source>The image is {width}×{height} pixels; at most {max}×{max} is accepted. Scale it down first.</source>
        <translation>Размер изображения — {width}×{height} пикс.; допускается не более {max}×{max}. Сначала уменьшите изображение.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="101"/>
        <source>{file} is not a service plan.</source>
        <translation>Файл {file} не является сервисным планом.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="105"/>
        <source>{file} is damaged and cannot be opened.</source>
        <translation>Файл {file} повреждён, открыть его невозможно.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="109"/>
        <source>{file} was saved by a newer version of this program. Update the program to open it.</source>
        <translation>Файл {file} сохранён более новой версией программы. Чтобы открыть его, обновите программу.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="117"/>
        <source>{file} is already open in another window or program.</source>
        <translation>Файл {file} уже открыт в другом окне или программе.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="123"/>
        <source>{file} already exists.</source>
        <translation>Файл {file} уже существует.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="128"/>
        <source>Details: {detail}</source>
        <translation>Подробности: {detail}</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <location filename="../../ui/pages/metrics.py" line="60"/>
        <source>Business metrics</source>
        <translation>Бизнес-показатели</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="64"/>
        <source>Figures from the last twelve months, each set against a reference threshold. Leave a field empty when the figure is not known; a decimal comma is fine.</source>
        <translation>Показатели за последние двенадцать месяцев, каждый в сравнении с ориентиром. Если значение неизвестно, оставьте поле пустым; дробную часть можно отделять запятой.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="72"/>
        <source>Figures</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="86"/>
        <source>Reference: at least {value} {unit}</source>
        <translation>Ориентир: не менее {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="88"/>
        <source>Reference: at most {value} {unit}</source>
        <translation>Ориентир: не более {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="139"/>
        <source>Not saved: “{text}” is not a number.</source>
        <translation>Не сохранено: «{text}» — не число.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="148"/>
        <source>value of “{name}”</source>
        <translation>значения «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="154"/>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="193"/>
        <source>no value yet</source>
        <translation>значения пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="196"/>
        <source>meets the reference</source>
        <translation>соответствует ориентиру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="199"/>
        <source>below the reference</source>
        <translation>хуже ориентира</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="207"/>
        <source>Business metrics against their thresholds</source>
        <translation>Бизнес-показатели и их ориентиры</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="208"/>
        <source>no value</source>
        <translation>нет значения</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="65"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="71"/>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="75"/>
        <source>Language of the program</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="77"/>
        <source>Takes effect the next time the program starts.</source>
        <translation>Вступит в силу при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="93"/>
        <source>Branding on the Service Plan</source>
        <translation>Фирменное оформление Сервисного плана</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="97"/>
        <source>For consultants: your firm&apos;s name, logo and colour go on the printed Service Plan of every plan you export.</source>
        <translation>Для консультантов: название, логотип и цвет вашей фирмы появятся в каждом Сервисном плане, который вы экспортируете.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="110"/>
        <source>Your firm&apos;s name</source>
        <translation>Название вашей фирмы</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="111"/>
        <source>Firm</source>
        <translation>Фирма</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="123"/>
        <location filename="../../ui/preferences.py" line="157"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="126"/>
        <source>Remove logo</source>
        <translation>Удалить логотип</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="134"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="141"/>
        <source>PNG or JPEG, at most {mb} MB.</source>
        <translation>PNG или JPEG, не более {mb} МБ.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="161"/>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="166"/>
        <source>Accent colour</source>
        <translation>Акцентный цвет</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="172"/>
        <source>e.g. Prepared by … · phone · website</source>
        <translation>например: Подготовил … · телефон · сайт</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="174"/>
        <source>Footer line</source>
        <translation>Нижний колонтитул</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="185"/>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="190"/>
        <source>Cannot show this image</source>
        <translation>Не удаётся показать изображение</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="207"/>
        <source>Choose your firm&apos;s logo</source>
        <translation>Выбор логотипа фирмы</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="250"/>
        <source>Accent colour of the Service Plan</source>
        <translation>Акцентный цвет Сервисного плана</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="264"/>
        <source>{colour} (default)</source>
        <translation>{colour} (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="286"/>
        <source>The logo could not be saved</source>
        <translation>Не удалось сохранить логотип</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../ui/pages/problems.py" line="216"/>
        <source>A short name, e.g. “Calls are not returned”</source>
        <translation>Короткое название, например «Не перезваниваем клиентам»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="218"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="225"/>
        <source>What goes wrong, for whom, and why</source>
        <translation>Что идёт не так, у кого и почему</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="227"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="234"/>
        <source>The figures, complaints or observations that show it</source>
        <translation>Цифры, жалобы или наблюдения, которые это показывают</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="236"/>
        <source>Evidence:</source>
        <translation>Подтверждение:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="247"/>
        <source>Choose or type a touchpoint</source>
        <translation>Выберите или введите точку контакта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="248"/>
        <source>Where it is seen:</source>
        <translation>Где проявляется:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="263"/>
        <source>How often:</source>
        <translation>Как часто:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="264"/>
        <source>Impact on customers:</source>
        <translation>Влияние на клиентов:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="265"/>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="271"/>
        <source>{name}: {hint}</source>
        <translation>{name}: {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="278"/>
        <source>Why it happens: staff do not know how, do not want to, or cannot because of systems, rules, tools or managers. The means in step 4 address this cause.</source>
        <translation>Почему это происходит: сотрудники не знают как, не хотят или не могут из-за систем, правил, инструментов или руководителей. Средства на шаге 4 направлены на эту причину.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="284"/>
        <source>Root cause:</source>
        <translation>Коренная причина:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="291"/>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="295"/>
        <source>By priority</source>
        <translation>По приоритету</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="296"/>
        <source>Always in the focus</source>
        <translation>Всегда в фокусе</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="297"/>
        <source>Never in the focus</source>
        <translation>Никогда не в фокусе</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="300"/>
        <source>The plan&apos;s focus is its top three problems by priority (ties by impact). Pin a problem in or out when you know better.</source>
        <translation>В фокусе плана — три проблемы с наибольшим приоритетом (при равенстве — с большим влиянием). Закрепите проблему в фокусе или исключите её, если знаете лучше.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="306"/>
        <source>Focus:</source>
        <translation>Фокус:</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../ui/pages/problems.py" line="102"/>
        <source>Know</source>
        <translation>Знать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="103"/>
        <source>Want</source>
        <translation>Хотеть</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="104"/>
        <source>Can</source>
        <translation>Мочь</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="110"/>
        <source>knowledge and skills</source>
        <translation>знания и навыки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="111"/>
        <source>motivation and attitude</source>
        <translation>мотивация и отношение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="112"/>
        <source>systems, rules, tools and managers</source>
        <translation>системы, правила, инструменты и руководители</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="118"/>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="119"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="120"/>
        <source>Solved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="126"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="127"/>
        <source>Rarely</source>
        <translation>Редко</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="128"/>
        <source>Sometimes</source>
        <translation>Иногда</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="129"/>
        <source>Often</source>
        <translation>Часто</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="130"/>
        <source>Always</source>
        <translation>Постоянно</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="136"/>
        <source>1 – rarely</source>
        <translation>1 – редко</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="137"/>
        <source>2 – now and then</source>
        <translation>2 – время от времени</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="138"/>
        <source>3 – regularly</source>
        <translation>3 – регулярно</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="139"/>
        <source>4 – often</source>
        <translation>4 – часто</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="140"/>
        <source>5 – all the time</source>
        <translation>5 – постоянно</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="146"/>
        <source>1 – hardly noticed</source>
        <translation>1 – почти незаметно</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="147"/>
        <source>2 – a small annoyance</source>
        <translation>2 – небольшое неудобство</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="148"/>
        <source>3 – spoils the visit</source>
        <translation>3 – портит впечатление</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="149"/>
        <source>4 – makes customers complain</source>
        <translation>4 – клиенты жалуются</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="150"/>
        <source>5 – drives customers away</source>
        <translation>5 – клиенты уходят</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="155"/>
        <source>{priority} ({frequency} × {impact})</source>
        <translation>{priority} ({frequency} × {impact})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="169"/>
        <source>Give the problem a title.</source>
        <translation>Дайте проблеме название.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="171"/>
        <source>This suggestion is already in the problem list.</source>
        <translation>Это предложение уже есть в списке проблем.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="173"/>
        <source>This problem is no longer in the plan; it may have been undone.</source>
        <translation>Этой проблемы больше нет в плане; возможно, её добавление было отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="177"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="178"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="179"/>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="180"/>
        <location filename="../../ui/pages/problems.py" line="501"/>
        <source>Where it is seen</source>
        <translation>Где проявляется</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="183"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="378"/>
        <source>Identify the main problems</source>
        <translation>Выявите основные проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="382"/>
        <source>Turn what the assessment found into a short list of problems to solve. Each problem is rated for how often it happens and how much it hurts customers; their product is its priority. Name its root cause: staff do not know how, do not want to, or cannot because of systems and rules. The top problems become the plan&apos;s focus.</source>
        <translation>Превратите находки оценки в короткий список проблем, которые нужно решить. У каждой проблемы оценивается, как часто она возникает и насколько вредит клиентам; их произведение — её приоритет. Назовите коренную причину: сотрудники не знают как, не хотят или не могут из-за систем и правил. Главные проблемы становятся фокусом плана.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="406"/>
        <source>Suggested problems</source>
        <translation>Предлагаемые проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="410"/>
        <source>Findings of the assessment that look like problems, with the numbers behind them. Accept one to add it to the list, edit it first, or dismiss it.</source>
        <translation>Находки оценки, похожие на проблемы, и цифры, на которых они основаны. Примите предложение, чтобы добавить его в список, сначала измените его или отклоните.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="440"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="443"/>
        <source>Add it to the problem list as suggested.</source>
        <translation>Добавить в список проблем в предложенном виде.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="446"/>
        <source>Edit and accept…</source>
        <translation>Изменить и принять…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="449"/>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="452"/>
        <source>Not a problem for this business; it is not suggested again.</source>
        <translation>Для этой компании это не проблема; больше не предлагать.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="455"/>
        <source>Suggest again</source>
        <translation>Предлагать снова</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="474"/>
        <source>Problems by priority</source>
        <translation>Проблемы по приоритету</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="478"/>
        <source>Add problem…</source>
        <translation>Добавить проблему…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="481"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="484"/>
        <location filename="../../ui/pages/problems.py" line="763"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="496"/>
        <source>Focus</source>
        <translation>Фокус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="497"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="498"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="499"/>
        <source>Root cause</source>
        <translation>Коренная причина</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="500"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="529"/>
        <source>Priority matrix</source>
        <translation>Матрица приоритетов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="536"/>
        <source>No problems yet. Accept suggestions or add problems; the matrix of frequency against impact appears here.</source>
        <translation>Проблем пока нет. Примите предложения или добавьте проблемы; здесь появится матрица частоты и влияния.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="554"/>
        <source>Seven sins of service</source>
        <translation>Семь грехов сервиса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="558"/>
        <source>Watch how customers are served, or ask someone to, and record how often each sin is seen. A sin seen often or always becomes a suggested problem.</source>
        <translation>Понаблюдайте, как обслуживают клиентов (или попросите кого-нибудь), и отметьте, как часто встречается каждый грех. Грех, который встречается часто или постоянно, становится предлагаемой проблемой.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="582"/>
        <source>— not recorded —</source>
        <translation>— не отмечено —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="628"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="654"/>
        <location filename="../../ui/pages/problems.py" line="678"/>
        <source>acceptance of a suggested problem</source>
        <translation>принятие предложенной проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="669"/>
        <source>Accept the suggested problem</source>
        <translation>Принять предложенную проблему</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="690"/>
        <source>dismissal of a suggested problem</source>
        <translation>отклонение предложенной проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="699"/>
        <source>return of a dismissed suggestion</source>
        <translation>возврат отклонённого предложения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="707"/>
        <source>Add a problem</source>
        <translation>Добавить проблему</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="714"/>
        <source>new problem</source>
        <translation>новая проблема</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="730"/>
        <source>Edit the problem</source>
        <translation>Изменить проблему</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="744"/>
        <source>change to a problem</source>
        <translation>изменение проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="759"/>
        <source>Delete the problem “{title}”?</source>
        <translation>Удалить проблему «{title}»?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="762"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Вернуть удалённое можно командой «Правка ▸ Отменить».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="766"/>
        <source>deletion of a problem</source>
        <translation>удаление проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="775"/>
        <source>seven sins checklist</source>
        <translation>список семи грехов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="827"/>
        <source>{title} — priority {priority}</source>
        <translation>{title} — приоритет {priority}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/problems.py" line="841"/>
        <source>Show dismissed (%n)</source>
        <translation>
            <numerusform>Показать отклонённые (%n)</numerusform>
            <numerusform>Показать отклонённые (%n)</numerusform>
            <numerusform>Показать отклонённые (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="848"/>
        <source>No dismissed suggestions.</source>
        <translation>Отклонённых предложений нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="851"/>
        <source>Every suggestion has been accepted or dismissed. New ones appear here as the assessment changes.</source>
        <translation>Все предложения приняты или отклонены. Новые появятся здесь, когда изменится оценка.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="859"/>
        <source>No suggestions yet. They come from the self-audit, the business metrics, the survey, the complaints and the seven sins checklist below, once those show a weakness. You can also add problems yourself.</source>
        <translation>Предложений пока нет. Они появляются из самооценки, показателей бизнеса, опроса, жалоб и списка семи грехов ниже, когда те показывают слабое место. Проблемы можно добавить и самостоятельно.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="877"/>
        <source>Suggested: how often {frequency}, impact {impact}, priority {priority}.</source>
        <translation>Предложено: частота {frequency}, влияние {impact}, приоритет {priority}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="885"/>
        <source>Root cause: {name} ({hint}).</source>
        <translation>Коренная причина: {name} ({hint}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="903"/>
        <source>In the focus: pinned</source>
        <translation>В фокусе: закреплено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="905"/>
        <source>Kept out of the focus</source>
        <translation>Исключено из фокуса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="907"/>
        <source>In the focus by priority</source>
        <translation>В фокусе по приоритету</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="949"/>
        <source>The plan&apos;s focus: {titles}.</source>
        <translation>Фокус плана: {titles}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="950"/>
        <source>; </source>
        <comment>between the titles of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="957"/>
        <source>No problems yet: accept the suggestions that apply, or add your own.</source>
        <translation>Проблем пока нет: примите подходящие предложения или добавьте свои.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="989"/>
        <source>How often it happens (frequency)</source>
        <translation>Как часто возникает (частота)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="990"/>
        <source>Impact on customers</source>
        <translation>Влияние на клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="991"/>
        <source>The plan&apos;s focus</source>
        <translation>Фокус плана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="992"/>
        <source>Other problems</source>
        <translation>Другие проблемы</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/pages/profile.py" line="43"/>
        <source>Business name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="44"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="45"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="46"/>
        <source>Customer groups</source>
        <translation>Группы клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="47"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="48"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="49"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="50"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="51"/>
        <source>Prepared by</source>
        <translation>Составитель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="52"/>
        <source>Preparer&apos;s name</source>
        <translation>Имя составителя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="53"/>
        <source>Consultant&apos;s firm</source>
        <translation>Фирма консультанта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="54"/>
        <source>Plan date</source>
        <translation>Дата плана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="55"/>
        <location filename="../../ui/pages/profile.py" line="327"/>
        <source>Plan language</source>
        <translation>Язык плана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="56"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="63"/>
        <location filename="../../ui/pages/profile.py" line="140"/>
        <source>Not set</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="64"/>
        <source>Micro: 1–9 people</source>
        <translation>Микропредприятие: 1–9 человек</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="65"/>
        <source>Small: 10–49 people</source>
        <translation>Малое: 10–49 человек</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="66"/>
        <source>Medium: 50–249 people</source>
        <translation>Среднее: 50–249 человек</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="67"/>
        <source>Large: 250 people or more</source>
        <translation>Крупное: от 250 человек</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="88"/>
        <source>Profile</source>
        <translation>Профиль компании</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="92"/>
        <source>Who the plan is for and who prepares it. Changes are saved as you type; Undo takes them back.</source>
        <translation>Для какой компании составляется план и кто его готовит. Изменения сохраняются по мере ввода; их можно отменить командой «Правка ▸ Отменить».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="101"/>
        <source>The business</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="106"/>
        <source>e.g. bakery and café, car repair, dental clinic</source>
        <translation>например, пекарня-кафе, автосервис, стоматология</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="118"/>
        <source>One group per line, e.g. “office workers at lunchtime”</source>
        <translation>По одной группе в строке, например «офисные сотрудники в обеденный перерыв»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="121"/>
        <source>Address and contacts</source>
        <translation>Адрес и контакты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="127"/>
        <source>Who prepares the plan</source>
        <translation>Кто составляет план</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="129"/>
        <source>The owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="130"/>
        <source>A consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="146"/>
        <source>The plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="153"/>
        <source>The plan&apos;s content and its printed Service Plan use this language.</source>
        <translation>На этом языке ведётся содержание плана и печатается Сервисный план.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="171"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="173"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="182"/>
        <source>PNG or JPEG, at most {mb} MB and 4096×4096 pixels.</source>
        <translation>PNG или JPEG, не более {mb} МБ и 4096×4096 пикселей.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="295"/>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="313"/>
        <source>Edit “{field}”</source>
        <translation>изменение поля «{field}»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="323"/>
        <source>Change the plan language</source>
        <translation>изменение языка плана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="332"/>
        <source>Choose a logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="354"/>
        <source>Set the logo</source>
        <translation>добавление логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="358"/>
        <source>Remove the logo</source>
        <translation>удаление логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="423"/>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="433"/>
        <source>Cannot show this image</source>
        <translation>Не удаётся показать изображение</translation>
    </message>
</context>
<context>
    <name>SelfAuditPage</name>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="44"/>
        <location filename="../../ui/pages/self_audit.py" line="394"/>
        <source>not enough answers</source>
        <translation>недостаточно ответов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="45"/>
        <source>{score} / 100</source>
        <translation>{score} из 100</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="69"/>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="82"/>
        <source>Note (optional)</source>
        <translation>Примечание (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="142"/>
        <location filename="../../ui/pages/self_audit.py" line="268"/>
        <source>Self-audit</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="146"/>
        <source>Rate each statement as things are today, from 1 (strongly disagree) to 5 (strongly agree), or mark it N/A where it does not apply. For the seven sins, agreeing means the sin is seen, so they count in reverse. Click a chosen answer again to clear it.</source>
        <translation>Оцените каждое утверждение по сегодняшнему положению дел: от 1 (совершенно не согласен) до 5 (полностью согласен), или отметьте «Н/П», если оно неприменимо. Для семи грехов сервиса согласие означает, что грех встречается, поэтому они считаются в обратную сторону. Повторный щелчок по выбранному ответу снимает его.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="160"/>
        <source>%v of %m answered</source>
        <translation>Отвечено %v из %m</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="165"/>
        <source>Save as snapshot</source>
        <translation>Сохранить срез</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="167"/>
        <source>Keep today&apos;s scores, so that later reassessments show the progress made.</source>
        <translation>Сохранить сегодняшние оценки, чтобы при следующих оценках был виден прогресс.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="187"/>
        <source>Weakest statements</source>
        <translation>Самые слабые места</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="196"/>
        <location filename="../../ui/pages/self_audit.py" line="307"/>
        <source>Snapshots</source>
        <translation>Срезы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="202"/>
        <source>Delete snapshot</source>
        <translation>Удалить срез</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="264"/>
        <source>answer to a self-audit statement</source>
        <translation>ответа в самооценке</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="303"/>
        <source>snapshot of the scores</source>
        <translation>среза оценок</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="315"/>
        <source>deletion of a snapshot</source>
        <translation>удаления среза</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="350"/>
        <source>{title} — {answered} of {total} answered · {score}</source>
        <translation>{title} — отвечено {answered} из {total} · {score}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="363"/>
        <source>Service-level index: {score}</source>
        <translation>Индекс уровня сервиса: {score}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="371"/>
        <source>No statement scores below 50 yet.</source>
        <translation>Пока ни одно утверждение не оценено ниже 50.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="381"/>
        <source>{date}: index {score}</source>
        <translation>{date}: индекс {score}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="393"/>
        <source>Score by dimension (0–100)</source>
        <translation>Оценка по направлениям (0–100)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="414"/>
        <source>Service-level index</source>
        <translation>Индекс уровня сервиса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="415"/>
        <source>Progress between assessments</source>
        <translation>Динамика между оценками</translation>
    </message>
</context>
<context>
    <name>ServicePlanPage</name>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="65"/>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="66"/>
        <source>Partly filled in</source>
        <translation>Заполнен частично</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="67"/>
        <source>Nothing recorded yet: marked as not assessed</source>
        <translation>Данных пока нет: будет помечен как «Пока не оценено»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="103"/>
        <source>Export the Service Plan…</source>
        <translation>Экспортировать Сервисный план…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="111"/>
        <source>What the document will hold</source>
        <translation>Что войдёт в документ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="119"/>
        <source>Every copy opens with a cover and a table of contents; then these sections:</source>
        <translation>Каждый экземпляр начинается с обложки и содержания, затем идут эти разделы:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="141"/>
        <source>Branding</source>
        <translation>Фирменное оформление</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="149"/>
        <source>Last exported</source>
        <translation>Последний экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="156"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="160"/>
        <source>Show the folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="200"/>
        <source>Left out (tick it in the Export dialog to include it)</source>
        <translation>Не включён (чтобы включить, отметьте его в окне экспорта)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="215"/>
        <source>Firm: {firm}</source>
        <translation>Фирма: {firm}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="217"/>
        <source>with its logo</source>
        <translation>с логотипом</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="221"/>
        <source>accent colour {colour}</source>
        <translation>акцентный цвет {colour}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="225"/>
        <source>footer “{footer}”</source>
        <translation>нижний колонтитул «{footer}»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="226"/>
        <source>Change it in Edit ▸ Preferences.</source>
        <translation>Изменить можно в меню «Правка ▸ Настройки».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="231"/>
        <source>No consultant branding: the document carries the business&apos;s own name and logo. A consultant can add a firm name, logo, accent colour and footer line.</source>
        <translation>Фирменного оформления консультанта нет: в документе указаны название и логотип самой компании. Консультант может добавить название своей фирмы, логотип, акцентный цвет и нижний колонтитул.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="248"/>
        <source>This plan has not been exported yet.</source>
        <translation>Этот план ещё не экспортировался.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="252"/>
        <source>{file} is no longer there.</source>
        <translation>Файла {file} больше нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="258"/>
        <source>{file}, written {when}</source>
        <translation>{file}, сохранён {when}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="59"/>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="60"/>
        <source>Started, not complete</source>
        <translation>Начато, не завершено</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="61"/>
        <source>Complete</source>
        <translation>Завершено</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../ui/step_texts.py" line="14"/>
        <source>1 Assess the service level</source>
        <translation>1 Оценка уровня сервиса</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="15"/>
        <source>The company&apos;s view</source>
        <translation>Взгляд компании</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="16"/>
        <source>The customers&apos; view</source>
        <translation>Мнение клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="23"/>
        <source>Profile</source>
        <translation>Профиль компании</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="24"/>
        <source>Self-audit</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="25"/>
        <source>Business metrics</source>
        <translation>Бизнес-показатели</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="26"/>
        <source>Customer survey</source>
        <translation>Опрос клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="27"/>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="28"/>
        <source>2 Identify problems</source>
        <translation>2 Выявление проблем</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="29"/>
        <source>3 Standards</source>
        <translation>3 Стандарты обслуживания</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="30"/>
        <source>4 Goals and means</source>
        <translation>4 Цели и средства</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="31"/>
        <source>Service Plan</source>
        <translation>Сервисный план</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="39"/>
        <source>The business, its customers and who prepares the plan.</source>
        <translation>Компания, её клиенты и составитель плана.</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="40"/>
        <source>A scored self-audit of the company&apos;s service: the employee attitudes that make service, readiness to know, want and can, each touchpoint, management support and the seven sins of service. The answers give a score per dimension and a service-level index from 0 to 100.</source>
        <translation>Самооценка сервиса компании в баллах: отношение сотрудников, на котором строится сервис, готовность «знать, хотеть и мочь», каждая точка контакта, поддержка руководства и семь грехов сервиса. По ответам рассчитываются баллы по каждому направлению и индекс уровня сервиса от 0 до 100.</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="47"/>
        <source>Business figures measured against their thresholds: the share of revenue from repeat customers (below 30% is a warning sign), retention, complaints per 100 customers, first response time and first-contact resolution.</source>
        <translation>Бизнес-показатели в сравнении с пороговыми значениями: доля выручки от постоянных клиентов (ниже 30% — тревожный сигнал), удержание клиентов, число жалоб на 100 клиентов, время первого ответа и доля вопросов, решённых при первом обращении.</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="53"/>
        <source>What customers think of the service: survey answers imported from a spreadsheet or typed in from paper forms, giving the Net Promoter Score, satisfaction (CSAT), customer effort (CES) and the SERVQUAL gaps between expectation and perception.</source>
        <translation>Что клиенты думают о сервисе: ответы на анкеты, импортированные из электронной таблицы или введённые с бумажных бланков. По ним рассчитываются индекс потребительской лояльности (NPS), удовлетворённость (CSAT), усилия клиента (CES) и разрывы SERVQUAL между ожиданиями и восприятием.</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="59"/>
        <source>A log of complaints by category, and a Pareto chart of the few categories that cause most of them.</source>
        <translation>Журнал жалоб по категориям и диаграмма Парето, выделяющая немногие категории, на которые приходится большая часть жалоб.</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="64"/>
        <source>The main service problems, each with its evidence from the assessment, its priority (frequency × impact) and its root cause: staff do not know how, do not want to, or cannot because of systems and rules.</source>
        <translation>Основные проблемы сервиса, для каждой — подтверждение из оценки, приоритет (частота × влияние) и коренная причина: сотрудники не знают как, не хотят или не могут из-за систем и правил.</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="70"/>
        <source>Measurable service standards for each touchpoint: an indicator, a target with its unit, how often it is checked and who owns it.</source>
        <translation>Измеримые стандарты обслуживания для каждой точки контакта: показатель, целевое значение с единицей измерения, периодичность проверки и ответственный.</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="75"/>
        <source>Goals with a baseline, a target and a deadline, the means that reach them with owners, dates and budget, and what poor service costs the business each year.</source>
        <translation>Цели с исходным и целевым значениями и сроком, средства их достижения с ответственными, сроками и бюджетом, а также ежегодные потери компании от плохого сервиса.</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="80"/>
        <source>The printable Service Plan: everything above as one document with charts, ready to hand to the owner and the team.</source>
        <translation>Сервисный план для печати: всё перечисленное выше в одном документе с диаграммами, готовом для передачи владельцу и команде.</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="90"/>
        <source>This step&apos;s tools are not in this version yet. Nothing is recorded here; the step is left out of the plan until they arrive.</source>
        <translation>Инструментов этого шага в текущей версии пока нет. Здесь ничего не записывается; до их появления шаг не включается в план.</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <location filename="../../ui/pages/survey.py" line="140"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="141"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="142"/>
        <location filename="../../ui/pages/survey.py" line="271"/>
        <source>Customer group</source>
        <translation>Группа клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="143"/>
        <location filename="../../ui/pages/survey.py" line="273"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="144"/>
        <location filename="../../ui/pages/survey.py" line="274"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="145"/>
        <location filename="../../ui/pages/survey.py" line="275"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="146"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="168"/>
        <source>Customer survey</source>
        <translation>Опрос клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="172"/>
        <source>Service is what your customers think it is. Import the answers to your survey (CSV or Excel, from Google Forms, SurveyMonkey or typed in from the printed questionnaire) to see the Net Promoter Score, satisfaction, effort and the SERVQUAL gaps between what customers expect and what they get.</source>
        <translation>Сервис — это то, каким его видят ваши клиенты. Импортируйте ответы на опрос (CSV или Excel из Google Forms, SurveyMonkey или набранные с бумажных анкет), чтобы увидеть индекс потребительской лояльности (NPS), удовлетворённость, усилия клиента и разрывы SERVQUAL между тем, чего клиенты ждут, и тем, что они получают.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="184"/>
        <source>Import responses…</source>
        <translation>Импорт ответов…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="188"/>
        <source>Print a questionnaire…</source>
        <translation>Напечатать анкету…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="195"/>
        <source>Imported files</source>
        <translation>Импортированные файлы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="201"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="230"/>
        <source>No responses yet. Import a file, or print the questionnaire, hand it to customers and type their answers into a spreadsheet.</source>
        <translation>Ответов пока нет. Импортируйте файл или распечатайте анкету, раздайте её клиентам и внесите их ответы в электронную таблицу.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="256"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="272"/>
        <location filename="../../ui/pages/survey.py" line="305"/>
        <source>Responses</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="276"/>
        <source>SERVQUAL gap</source>
        <translation>Разрыв SERVQUAL</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="279"/>
        <source>By customer group</source>
        <translation>По группам клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="286"/>
        <source>Dimension</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="287"/>
        <source>Statement</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="288"/>
        <location filename="../../ui/pages/survey.py" line="452"/>
        <source>Expected</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="289"/>
        <location filename="../../ui/pages/survey.py" line="453"/>
        <source>Perceived</source>
        <translation>Восприятие</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="290"/>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="291"/>
        <location filename="../../ui/pages/survey.py" line="430"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="296"/>
        <source>SERVQUAL items</source>
        <translation>Утверждения SERVQUAL</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="312"/>
        <source>Search the comments</source>
        <translation>Поиск по комментариям</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="322"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="359"/>
        <source>{file} — imported {date}, rows: {rows}</source>
        <translation>{file} — импортирован {date}, строк: {rows}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="371"/>
        <source>(few answers: read with care)</source>
        <translation>(мало ответов: делайте выводы осторожно)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="377"/>
        <source>&lt;b&gt;Responses: {count}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Анкет: {count}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="381"/>
        <source>&lt;b&gt;NPS {nps}&lt;/b&gt; — {promoters} promoters, {passives} passives, {detractors} detractors</source>
        <translation>&lt;b&gt;NPS {nps}&lt;/b&gt; — промоутеры: {promoters}, нейтралы: {passives}, критики: {detractors}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="395"/>
        <source>&lt;b&gt;CSAT {csat}%&lt;/b&gt; satisfied (4 or 5 of 5)</source>
        <translation>&lt;b&gt;CSAT {csat}%&lt;/b&gt; довольных (4 или 5 из 5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="402"/>
        <source>&lt;b&gt;CES {ces}&lt;/b&gt; of 7 (higher is easier)</source>
        <translation>&lt;b&gt;CES {ces}&lt;/b&gt; из 7 (чем выше, тем легче)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="409"/>
        <source>&lt;b&gt;SERVQUAL gap {gap}&lt;/b&gt; (perceived − expected)</source>
        <translation>&lt;b&gt;Разрыв SERVQUAL {gap}&lt;/b&gt; (восприятие − ожидание)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="412"/>
        <source>weighted by importance {gap}</source>
        <translation>с учётом важности {gap}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="425"/>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="426"/>
        <source>Passives</source>
        <translation>Нейтралы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="427"/>
        <source>Promoters</source>
        <translation>Промоутеры</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="429"/>
        <source>How likely customers are to recommend you</source>
        <translation>Готовность клиентов рекомендовать вас</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="455"/>
        <source>What customers expect and what they get</source>
        <translation>Чего ждут клиенты и что они получают</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="456"/>
        <location filename="../../ui/pages/survey.py" line="482"/>
        <source>not rated</source>
        <translation>нет оценок</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="488"/>
        <source>Your self-audit</source>
        <translation>Ваша самооценка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="489"/>
        <source>Your customers</source>
        <translation>Ваши клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="491"/>
        <source>Your view and your customers&apos; (0–100)</source>
        <translation>Ваша оценка и оценка клиентов (0–100)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="511"/>
        <source>Answer the self-audit to compare your own view of the service with your customers&apos;.</source>
        <translation>Пройдите самооценку, чтобы сравнить свой взгляд на сервис с мнением клиентов.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="519"/>
        <source>{dimension} (+{points} points)</source>
        <translation>{dimension} (+{points})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="525"/>
        <source>Finding: you rate your service higher than your customers do in {list}. Where owner and customers disagree, the customers are right: these are problems to look at in step 2.</source>
        <translation>Вывод: вы оцениваете свой сервис выше, чем клиенты, по направлениям: {list}. Когда мнения владельца и клиентов расходятся, правы клиенты: это проблемы, которые стоит разобрать на шаге 2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="534"/>
        <source>Your self-audit and your customers agree within 10 points on every dimension.</source>
        <translation>Ваша самооценка и оценки клиентов расходятся не более чем на 10 баллов по каждому направлению.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="560"/>
        <source>* fewer than 30 answers: read with care</source>
        <translation>* менее 30 ответов: делайте выводы осторожно</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="595"/>
        <source>Comments shown: {count}</source>
        <translation>Показано комментариев: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="610"/>
        <location filename="../../ui/pages/survey.py" line="617"/>
        <location filename="../../ui/pages/survey.py" line="633"/>
        <source>Remove an import</source>
        <translation>Удаление импорта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="611"/>
        <source>Select the imported file to remove first.</source>
        <translation>Сначала выберите импортированный файл, который нужно удалить.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="618"/>
        <source>Remove every response imported from this file? (Undo brings them back.)</source>
        <translation>Удалить все ответы, импортированные из этого файла? (Их можно вернуть командой «Отменить».)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="628"/>
        <source>Remove “{file}”</source>
        <translation>удаление «{file}»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="639"/>
        <source>questionnaire.pdf</source>
        <translation>анкета.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="644"/>
        <location filename="../../ui/pages/survey.py" line="668"/>
        <source>Print a questionnaire</source>
        <translation>Печать анкеты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="645"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="669"/>
        <source>The questionnaire was written to {file}. Print it, hand it to customers, and import their answers from a spreadsheet.</source>
        <translation>Анкета сохранена в файл {file}. Распечатайте её, раздайте клиентам, а затем импортируйте их ответы из электронной таблицы.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="682"/>
        <source>The questionnaire could not be written</source>
        <translation>Не удалось сохранить анкету</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/pages/welcome.py" line="17"/>
        <source>Service Plan Builder</source>
        <translation>Конструктор сервисного плана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="22"/>
        <source>Assess your service level, hear what customers say, find the main problems, set standards, goals and means, and print your Service Plan.</source>
        <translation>Оцените уровень сервиса, узнайте мнение клиентов, выявите основные проблемы, определите стандарты, цели и средства их достижения и распечатайте свой Сервисный план.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="31"/>
        <source>New plan…</source>
        <translation>Новый план…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="32"/>
        <source>Open a plan…</source>
        <translation>Открыть план…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="33"/>
        <source>Open the demo plan</source>
        <translation>Открыть демонстрационный план</translation>
    </message>
</context>
</TS>
