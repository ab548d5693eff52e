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
    <message>
        <location filename="../../ui/chart_view.py" line="1"/>
        <source>Save Chart As…</source>
        <translation>Сохранить диаграмму как…</translation>
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="1"/>
        <source>Save the chart</source>
        <translation>Сохранение диаграммы</translation>
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="1"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Рисунок PNG (*.png);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="1"/>
        <source>The chart could not be saved in {file}: {error}</source>
        <translation>Не удалось сохранить диаграмму в {file}: {error}</translation>
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
        <source>Branch or customer group:</source>
        <translation>Филиал или группа клиентов:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
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
    <message>
        <location filename="../../ui/pages/complaints.py" line="257"/>
        <source>Branch or group</source>
        <translation>Филиал или группа</translation>
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
        <location filename="../../ui/pages/complaints.py" line="928"/>
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
        <location filename="../../ui/pages/complaints.py" line="767"/>
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
        <location filename="../../ui/pages/complaints.py" line="765"/>
        <source>Delete %n complaints?</source>
        <translation>
            <numerusform>Удалить %n жалобу?</numerusform>
            <numerusform>Удалить %n жалобы?</numerusform>
            <numerusform>Удалить %n жалоб?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="766"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Вернуть удалённое можно командой «Правка ▸ Отменить».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/complaints.py" line="775"/>
        <source>deletion of %n complaints</source>
        <translation>
            <numerusform>удаление %n жалобы</numerusform>
            <numerusform>удаление %n жалоб</numerusform>
            <numerusform>удаление %n жалоб</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="778"/>
        <source>deletion of a complaint</source>
        <translation>удаление жалобы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="806"/>
        <source>complaint categories</source>
        <translation>изменение категорий жалоб</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="827"/>
        <source>Complaints imported: {count}.</source>
        <translation>Импортировано жалоб: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="880"/>
        <source>Complaints logged: {total}. Resolved: {resolved} ({share}%).</source>
        <translation>Всего жалоб: {total}. Решено: {resolved} ({share}%).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="885"/>
        <source>Matching the search: {shown}.</source>
        <translation>Найдено по запросу: {shown}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="929"/>
        <source>Cumulative share</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="930"/>
        <source>Complaints by category (Pareto)</source>
        <translation>Жалобы по категориям (Парето)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="80"/>
        <source>Not set (e.g. {example})</source>
        <translation>Не задана (например, {example})</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="88"/>
        <source>Choose the date on a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="128"/>
        <source>“{text}” is not a date. Type it like {example}, or leave it empty.</source>
        <translation>«{text}» — не дата. Введите её так: {example}, или оставьте поле пустым.</translation>
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
    <name>DocumentPreview</name>
    <message>
        <location filename="../../ui/preview.py" line="88"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать на принтере.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="128"/>
        <source>Preparing the document…</source>
        <translation>Готовим документ…</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="143"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="150"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="155"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="181"/>
        <source>{count} page(s). Print it, or save it as a PDF.</source>
        <translation>Страниц: {count}. Напечатайте документ или сохраните его в PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="193"/>
        <source>The document could not be prepared: {error}</source>
        <translation>Не удалось подготовить документ: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="212"/>
        <source>{count} page(s) sent to the printer.</source>
        <translation>Отправлено на принтер страниц: {count}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="78"/>
        <source>Executive summary</source>
        <translation>Краткое резюме</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="79"/>
        <source>The business and its customers</source>
        <translation>Компания и её клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="80"/>
        <source>Service level today: the company&apos;s view</source>
        <translation>Уровень сервиса сегодня: взгляд компании</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="81"/>
        <source>What customers say</source>
        <translation>Что говорят клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>The main problems</source>
        <translation>Основные проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="83"/>
        <source>Service standards</source>
        <translation>Стандарты обслуживания</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="84"/>
        <source>Goals and means</source>
        <translation>Цели и средства</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="85"/>
        <source>Budget and the cost of poor service</source>
        <translation>Бюджет и цена плохого сервиса</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="86"/>
        <source>Appendix: answers and statistics</source>
        <translation>Приложение: ответы и статистика</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="102"/>
        <source>Reading the plan…</source>
        <translation>Чтение плана…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="103"/>
        <source>Laying out the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="104"/>
        <source>Writing the file…</source>
        <translation>Запись файла…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="109"/>
        <source>Writing: {section}</source>
        <translation>Формирование раздела: {section}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="110"/>
        <source>Writing the document…</source>
        <translation>Формирование документа…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="126"/>
        <source>service-plan.pdf</source>
        <translation>сервисный-план.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="146"/>
        <source>{file} could not be written.</source>
        <translation>Не удалось записать файл {file}.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="148"/>
        <source>Details: {detail}</source>
        <translation>Подробности: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="180"/>
        <location filename="../../ui/export_dialog.py" line="345"/>
        <location filename="../../ui/export_dialog.py" line="372"/>
        <source>Export the Service Plan</source>
        <translation>Экспорт Сервисного плана</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="186"/>
        <source>The Service Plan of “{plan}” with its charts: a PDF ready to print or send, or a Word document to edit.</source>
        <translation>Сервисный план «{plan}» с диаграммами: PDF для печати и отправки или документ Word для правки.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="195"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="215"/>
        <source>Checking which sections have something to print…</source>
        <translation>Проверяем, в каких разделах есть что печатать…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="306"/>
        <source>{section} (not filled in yet)</source>
        <translation>{section} (не заполнен)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="311"/>
        <source>The plan holds nothing for this section yet: the document marks it as not assessed.</source>
        <translation>В плане пока нет данных для этого раздела: в документе он будет помечен как «Пока не оценено».</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="209"/>
        <source>The cover and the table of contents are always included.</source>
        <translation>Обложка и содержание включаются всегда.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="222"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="229"/>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="232"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 мм)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="233"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8,5 × 11 дюймов)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="236"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="244"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="248"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="249"/>
        <source>Open the document when it is ready</source>
        <translation>Открыть документ, когда он будет готов</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="269"/>
        <source>Open the document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="275"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="280"/>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="285"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="373"/>
        <source>{file} already exists. Replace it?</source>
        <translation>Файл {file} уже существует. Заменить его?</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="415"/>
        <source>Preparing the document…</source>
        <translation>Подготовка документа…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="426"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="467"/>
        <source>The Service Plan was written to {file}</source>
        <translation>Сервисный план сохранён в файл {file}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="486"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="489"/>
        <source>The export failed.</source>
        <translation>Экспорт не удался.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="497"/>
        <source>The Service Plan could not be written</source>
        <translation>Не удалось сохранить Сервисный план</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="508"/>
        <source>No program to open PDF documents was found.</source>
        <translation>Не найдена программа для открытия документов PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="249"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="245"/>
        <source>PDF, ready to print or send</source>
        <translation>PDF — для печати и отправки</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="246"/>
        <source>Word (.docx), to edit</source>
        <translation>Word (.docx) — для правки</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="371"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Customer group:</source>
        <translation>Группа клиентов:</translation>
    </message>
    <message>
        <source>The whole survey</source>
        <translation>Весь опрос</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="148"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="149"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="150"/>
        <source>Indicator name</source>
        <translation>Название показателя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="151"/>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="152"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="153"/>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="154"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="155"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="156"/>
        <source>Linked problems</source>
        <translation>Связанные проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="174"/>
        <source>Give the goal a title.</source>
        <translation>Дайте цели название.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="307"/>
        <source>What changes, e.g. “More customers recommend us”</source>
        <translation>Что изменится, например «Больше клиентов рекомендуют нас»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="309"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="316"/>
        <source>Other indicator…</source>
        <translation>Другой показатель…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="317"/>
        <source>Indicator:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="322"/>
        <source>e.g. Share of orders delivered on time</source>
        <translation>например, доля заказов, доставленных вовремя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="324"/>
        <source>Indicator name:</source>
        <translation>Название показателя:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="329"/>
        <source>e.g. %, minutes, orders</source>
        <translation>например, %, минуты, заказы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="330"/>
        <source>Unit:</source>
        <translation>Единица измерения:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="332"/>
        <source>A higher value is better</source>
        <translation>Чем больше значение, тем лучше</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="343"/>
        <source>today&apos;s value</source>
        <translation>текущее значение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="350"/>
        <source>Baseline:</source>
        <translation>Исходное значение:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="361"/>
        <source>Target:</source>
        <translation>Целевое значение:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="363"/>
        <source>No deadline</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="365"/>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="369"/>
        <source>Who answers for it</source>
        <translation>Кто отвечает за цель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="370"/>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="383"/>
        <source>One of the plan&apos;s focus problems</source>
        <translation>Одна из проблем в фокусе плана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="389"/>
        <source>No problems in the plan yet (step 2).</source>
        <translation>В плане пока нет проблем (шаг 2).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="393"/>
        <source>Linked problems:</source>
        <translation>Связанные проблемы:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="448"/>
        <source>Typed: the plan does not measure this indicator.</source>
        <translation>Вводится вручную: план не измеряет этот показатель.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="456"/>
        <source>follows the plan: {indicator} today {value}</source>
        <translation>по данным плана: {indicator} сейчас {value}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="464"/>
        <source>Not measured yet: type today&apos;s value; the plan&apos;s own figure replaces it once it is measured.</source>
        <translation>Ещё не измерено: введите текущее значение; когда показатель будет измерен, его заменит значение из плана.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="539"/>
        <source>Type the baseline and the target as numbers.</source>
        <translation>Введите исходное и целевое значения числами.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="549"/>
        <source>✓ Specific, measurable and dated, with means to reach it.</source>
        <translation>✓ Цель конкретна, измерима, имеет срок и средства достижения.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../ui/pages/goals.py" line="133"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="154"/>
        <source>must be between 0% and 100%.</source>
        <translation>допустимо от 0% до 100%.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="158"/>
        <source>must be between 0 and {maximum}.</source>
        <translation>допустимо от 0 до {maximum}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="162"/>
        <source>must not be negative.</source>
        <translation>значение не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="164"/>
        <source>this is not a number.</source>
        <translation>это не число.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="166"/>
        <source>cannot be empty.</source>
        <translation>поле не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="169"/>
        <location filename="../../ui/pages/goal_dialogs.py" line="193"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="171"/>
        <source>The saved value {value} is back.</source>
        <translation>Восстановлено сохранённое значение {value}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="257"/>
        <location filename="../../ui/pages/goals.py" line="567"/>
        <source>Goals and means</source>
        <translation>Цели и средства</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="261"/>
        <source>Set goals for the focus problems: what changes, measured by which indicator, from which baseline to which target, by when. Then plan the means that reach them: what staff must know, want and be able to do, with owners, dates and budgets. The calculator below shows what poor service costs, and what the plan can win back.</source>
        <translation>Поставьте цели для проблем в фокусе: что должно измениться, по какому показателю, от какого исходного значения к какому целевому и к какому сроку. Затем спланируйте средства их достижения: что сотрудники должны знать, хотеть и мочь, — с ответственными, сроками и бюджетами. Калькулятор ниже показывает, во что обходится плохой сервис и что план может вернуть.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="291"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="295"/>
        <source>Add goal…</source>
        <translation>Добавить цель…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="298"/>
        <location filename="../../ui/pages/goals.py" line="363"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="301"/>
        <location filename="../../ui/pages/goals.py" line="366"/>
        <location filename="../../ui/pages/goals.py" line="655"/>
        <location filename="../../ui/pages/goals.py" line="724"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="311"/>
        <location filename="../../ui/pages/goals.py" line="380"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="312"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="313"/>
        <location filename="../../ui/pages/goals.py" line="1279"/>
        <source>Baseline</source>
        <translation>Исходное</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="314"/>
        <location filename="../../ui/pages/goals.py" line="1280"/>
        <source>Target</source>
        <translation>Целевое</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="315"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="316"/>
        <location filename="../../ui/pages/goals.py" line="383"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="317"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="318"/>
        <location filename="../../ui/pages/goals.py" line="386"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="328"/>
        <source>✓ specific, measurable, dated and with means; ⚠ see why</source>
        <translation>✓ конкретна, измерима, со сроком и средствами; ⚠ — наведите указатель, чтобы узнать почему</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="343"/>
        <source>Means</source>
        <translation>Средства</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="347"/>
        <source>Each means works on one root cause: staff know how (training, coaching, guides), want to (motivation, recognition, rewards), or can (systems, policies, tools, removing rule-book policies).</source>
        <translation>Каждое средство работает на одну коренную причину: сотрудники знают, как делать (обучение, наставничество, памятки), хотят (мотивация, признание, поощрение) или могут (системы, правила, инструменты, отмена бюрократических правил).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="357"/>
        <source>Add means…</source>
        <translation>Добавить средство…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="360"/>
        <source>Add from library…</source>
        <translation>Добавить из библиотеки…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="381"/>
        <source>Action</source>
        <translation>Средство</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="382"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="384"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="385"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="387"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="412"/>
        <source>The plan on charts</source>
        <translation>План на диаграммах</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="419"/>
        <source>No goals or means yet. The timeline of the means, the budget by kind and each goal&apos;s baseline and target appear here once you add them.</source>
        <translation>Целей и средств пока нет. Когда вы их добавите, здесь появятся временная шкала средств, бюджет по видам и исходное и целевое значения каждой цели.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="439"/>
        <source>The cost of poor service</source>
        <translation>Цена плохого сервиса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="443"/>
        <source>What poor service costs this business each year, against what the plan spends. Type your own figures; a decimal comma is fine.</source>
        <translation>Во что плохой сервис ежегодно обходится компании — в сравнении с затратами на план. Введите свои цифры; дробную часть можно отделять запятой.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="458"/>
        <source>stop buying each year</source>
        <translation>перестают покупать за год</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="459"/>
        <source>% (research: 68%)</source>
        <translation>% (по исследованиям: 68%)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="460"/>
        <source>× the lost revenue to win it back (research: 10)</source>
        <translation>× потерянная выручка — столько стоит её вернуть (по исследованиям: 10)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="463"/>
        <source>e.g. $, ₽, ¥ or USD</source>
        <translation>например, ₽, $, ¥ или RUB</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="494"/>
        <source>What it costs, and what the plan wins back</source>
        <translation>Во что обходится плохой сервис и что даёт план</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="513"/>
        <source>Add a retention goal…</source>
        <translation>Добавить цель по удержанию…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="602"/>
        <source>Add a goal</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="608"/>
        <source>new goal</source>
        <translation>добавление цели</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="621"/>
        <source>Edit the goal</source>
        <translation>Изменить цель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="632"/>
        <source>change to a goal</source>
        <translation>изменение цели</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="646"/>
        <source>Delete the goal “{title}”?</source>
        <translation>Удалить цель «{title}»?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/goals.py" line="651"/>
        <source>Its %n means stay in the plan, without a goal.</source>
        <translation>
            <numerusform>%n средство, назначенное для неё, останется в плане без цели.</numerusform>
            <numerusform>%n средства, назначенные для неё, останутся в плане без цели.</numerusform>
            <numerusform>%n средств, назначенных для неё, останутся в плане без цели.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="654"/>
        <location filename="../../ui/pages/goals.py" line="723"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Вернуть удалённое можно командой «Правка ▸ Отменить».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="657"/>
        <source>deletion of a goal</source>
        <translation>удаление цели</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="676"/>
        <source>Add a means</source>
        <translation>Добавить средство</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="682"/>
        <location filename="../../ui/pages/goals.py" line="751"/>
        <source>new means</source>
        <translation>добавление средства</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="695"/>
        <source>Edit the means</source>
        <translation>Изменить средство</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="706"/>
        <source>change to a means</source>
        <translation>изменение средства</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="720"/>
        <source>Delete the means “{action}”?</source>
        <translation>Удалить средство «{action}»?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="726"/>
        <source>deletion of a means</source>
        <translation>удаление средства</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/goals.py" line="747"/>
        <source>%n means from the library</source>
        <translation>
            <numerusform>добавление %n средства из библиотеки</numerusform>
            <numerusform>добавление %n средств из библиотеки</numerusform>
            <numerusform>добавление %n средств из библиотеки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="810"/>
        <source>calculator: {field}</source>
        <translation>изменение поля калькулятора «{field}»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="939"/>
        <source>Specific, measurable and dated, with means to reach it.</source>
        <translation>Цель конкретна, измерима, имеет срок и средства достижения.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="958"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="972"/>
        <source>No goals yet. Add one for each focus problem: name what changes and the indicator that shows it, with a target and a deadline.</source>
        <translation>Целей пока нет. Поставьте цель для каждой проблемы в фокусе: назовите, что должно измениться и по какому показателю это видно, с целевым значением и сроком.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="980"/>
        <source>✓ marks a goal that is specific, measurable and dated, with means to reach it; point at ⚠ to see what a goal still lacks. Ready: {ready} of {count}.</source>
        <translation>✓ — цель конкретна, измерима, имеет срок и средства достижения; наведите указатель на ⚠, чтобы узнать, чего цели ещё не хватает. Готово: {ready} из {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="990"/>
        <source>Measuring the plan…</source>
        <translation>Расчёт показателей плана…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="993"/>
        <source>not measured yet</source>
        <translation>ещё не измерено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1003"/>
        <source>Measured in the plan; it follows new data.</source>
        <translation>Измерено в плане; обновляется вместе с новыми данными.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1005"/>
        <source>Typed in the goal.</source>
        <translation>Введено в цели вручную.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1013"/>
        <location filename="../../ui/pages/goals.py" line="1204"/>
        <source>No goal</source>
        <translation>Без цели</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1052"/>
        <source>No means yet. Add your own, or pick from the library of means that work on each root cause.</source>
        <translation>Средств пока нет. Добавьте свои или выберите из библиотеки средств, работающих на каждую коренную причину.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/goals.py" line="1062"/>
        <source>%n means; budget in all: {budget}.</source>
        <translation>
            <numerusform>%n средство, общий бюджет: {budget}.</numerusform>
            <numerusform>%n средства, общий бюджет: {budget}.</numerusform>
            <numerusform>%n средств, общий бюджет: {budget}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1080"/>
        <source>a year</source>
        <translation>в год</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1090"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1105"/>
        <source>Fill in the customers, their yearly revenue and how many leave a year.</source>
        <translation>Заполните число клиентов, годовую выручку с клиента и сколько клиентов уходит за год.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1117"/>
        <source>Add a goal on customer retention with a target to project the gain.</source>
        <translation>Чтобы рассчитать прогнозируемый эффект, поставьте цель по удержанию клиентов с целевым значением.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1124"/>
        <source>Fill in the customers and their yearly revenue to project the gain of “{goal}”.</source>
        <translation>Чтобы рассчитать прогнозируемый эффект цели «{goal}», заполните число клиентов и годовую выручку с клиента.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1134"/>
        <source>retention from {baseline} to {target}</source>
        <translation>удержание с {baseline} до {target}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1139"/>
        <source>by {deadline}</source>
        <translation>к {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1151"/>
        <source>{months} months</source>
        <translation>{months} мес.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1159"/>
        <source>Where the figures come from:</source>
        <translation>Откуда эти цифры:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1210"/>
        <source>The means on a timeline</source>
        <translation>Средства на временной шкале</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1212"/>
        <source>The means on a timeline: the first {shown} of {count}</source>
        <translation>Средства на временной шкале: первые {shown} из {count}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1215"/>
        <source>No means with both a start and an end date yet.</source>
        <translation>Пока нет средств с датами и начала, и окончания.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1242"/>
        <source>Budget by kind of means</source>
        <translation>Бюджет по видам средств</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1243"/>
        <source>No budgets on the means yet.</source>
        <translation>У средств пока нет бюджета.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1282"/>
        <source>Each goal: baseline and target</source>
        <translation>Цели: исходное и целевое значения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1284"/>
        <source>Each goal: baseline and target, the first {shown} of {count}</source>
        <translation>Цели: исходное и целевое значения, первые {shown} из {count}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1287"/>
        <source>No goals yet.</source>
        <translation>Целей пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="141"/>
        <source>{kind} · {form}</source>
        <translation>{kind} · {form}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="182"/>
        <source>This entry is no longer in the plan; it may have been undone.</source>
        <translation>Этой записи больше нет в плане; возможно, действие было отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="190"/>
        <source>Must not be negative.</source>
        <translation>Значение не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1143"/>
        <source>Can&apos;t be computed yet: the means have no budget.</source>
        <translation>Пока не рассчитать: у мероприятий нет бюджета.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1149"/>
        <source>Can&apos;t be computed yet: no projected gain.</source>
        <translation>Пока не рассчитать: нет прогноза выигрыша.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1154"/>
        <source>Payback = the means&apos; budget ÷ the projected gain a year × 12; it needs both above zero.</source>
        <translation>Окупаемость = бюджет мероприятий ÷ прогноз выигрыша за год × 12; оба должны быть больше нуля.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../ui/guidance.py" line="64"/>
        <source>Fill in: {fields}.</source>
        <translation>Заполните: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="67"/>
        <source>Answer the {count} statements still open (of {total}).</source>
        <translation>Ответьте на оставшиеся утверждения: {count} из {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="70"/>
        <source>Type the {count} business figures still missing (of {total}).</source>
        <translation>Введите недостающие бизнес-показатели: {count} из {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="73"/>
        <source>Import at least {total} survey responses ({count} so far).</source>
        <translation>Импортируйте не менее {total} ответов на опрос (пока {count}).</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="76"/>
        <source>Log the complaints customers made (none yet).</source>
        <translation>Запишите жалобы клиентов (пока ни одной).</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="79"/>
        <source>Add the main problems: start from the suggestions.</source>
        <translation>Добавьте главные проблемы: начните с предложений.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="82"/>
        <source>Mark the seven sins checklist ({count} of {total} marked).</source>
        <translation>Заполните перечень семи грехов (отмечено {count} из {total}).</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="85"/>
        <source>Set service standards: start from a template.</source>
        <translation>Установите стандарты сервиса: начните с шаблона.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="88"/>
        <source>Make {count} standard(s) measurable: an indicator, a target and a unit.</source>
        <translation>Сделайте стандарты измеримыми — показатель, цель и единица: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="91"/>
        <source>Answer {count} focus problem(s) with a standard.</source>
        <translation>Задайте стандарт для проблем в фокусе без стандарта: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="94"/>
        <source>Set at least one goal with a target and a deadline.</source>
        <translation>Поставьте хотя бы одну цель с целевым значением и сроком.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="97"/>
        <source>Make {count} goal(s) specific, measurable and dated.</source>
        <translation>Сделайте цели конкретными, измеримыми и со сроком: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="100"/>
        <source>Give {count} goal(s) a means to reach it.</source>
        <translation>Назначьте мероприятия целям без мероприятий: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="111"/>
        <source>{done} of {total} required fields filled</source>
        <translation>заполнено обязательных полей: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="112"/>
        <source>{done} of {total} statements answered</source>
        <translation>отвечено утверждений: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="113"/>
        <source>{done} of {total} figures typed</source>
        <translation>введено показателей: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="114"/>
        <source>{done} responses ({total} needed)</source>
        <translation>ответов: {done} (нужно {total})</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="115"/>
        <source>{done} complaints logged</source>
        <translation>жалоб записано: {done}</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="116"/>
        <source>{done} problems listed</source>
        <translation>проблем в списке: {done}</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="117"/>
        <source>{done} standards set</source>
        <translation>стандартов установлено: {done}</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="118"/>
        <source>{done} goals set</source>
        <translation>целей поставлено: {done}</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="119"/>
        <source>{done} of {total} steps complete</source>
        <translation>выполнено шагов: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="163"/>
        <source>Every step is complete: preview the Service Plan, print it or export it.</source>
        <translation>Все шаги выполнены: просмотрите Сервисный план, напечатайте или экспортируйте его.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="171"/>
        <source>Still to do first: {what}</source>
        <translation>Сначала нужно: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="181"/>
        <source>To finish this step: {what}</source>
        <translation>Чтобы завершить шаг: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="185"/>
        <source>This step is complete. Next: {step}.</source>
        <translation>Этот шаг выполнен. Далее: {step}.</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="194"/>
        <source>Go to {step} →</source>
        <translation>Перейти: {step} →</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="228"/>
        <source>What is filled in</source>
        <translation>Что заполнено</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="245"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="251"/>
        <source>What to do next</source>
        <translation>Что делать дальше</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="262"/>
        <source>How to do it well</source>
        <translation>Как сделать это хорошо</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="316"/>
        <source>What it is for</source>
        <translation>Зачем это нужно</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="317"/>
        <source>Why it matters</source>
        <translation>Почему это важно</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="334"/>
        <source>Help: {step}</source>
        <translation>Справка: {step}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>A wave of the plan gets these responses added; a new label makes a new wave. The plan's figures are those of its latest wave.</source>
        <translation>Ответы добавятся к выбранной волне опроса; новое название создаст новую волну. Показатели плана берутся из последней волны.</translation>
    </message>
    <message>
        <source>Survey wave:</source>
        <translation>Волна опроса:</translation>
    </message>
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
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>Text encoding:</source>
        <translation>Кодировка текста:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>This text could be read in more than one way. Check the first rows below; if the letters look wrong, choose the file&apos;s encoding.</source>
        <translation>Этот текст можно прочитать по-разному. Проверьте первые строки ниже; если буквы выглядят неправильно, выберите кодировку файла.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>{count} columns with no header are left out</source>
        <translation>столбцов без заголовка пропущено: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>cell {cell} on sheet “{sheet}”: {reason}</source>
        <translation>ячейка {cell} на листе «{sheet}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>{file} has no sheet “{sheet}”.</source>
        <translation>В файле {file} нет листа «{sheet}».</translation>
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
        <location filename="../../ui/main_window.py" line="106"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Open the &amp;Demo Plan</source>
        <translation>Открыть &amp;демонстрационный план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Export the Service Plan…</source>
        <translation>&amp;Экспортировать Сервисный план…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>No recent plans</source>
        <translation>Недавних планов нет</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Open it read-only?</source>
        <translation>Открыть его только для чтения?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Plan in use</source>
        <translation>План уже открыт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>Opened, but no backup could be made: {detail}</source>
        <translation>План открыт, но резервную копию сделать не удалось: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Open it read-only, with those values left out?</source>
        <translation>Открыть его только для чтения, без этих значений?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Cannot edit the plan</source>
        <translation>План нельзя редактировать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Opened read-only; {count} value(s) were left out: {first}</source>
        <translation>Открыт только для чтения; пропущено значений: {count}. Первое: {first}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>A backup made when this plan was last opened exists ({name}). Open the backup read-only? Use File ▸ Save As to keep it under a new name.</source>
        <translation>Есть резервная копия, сделанная при последнем открытии этого плана ({name}). Открыть её только для чтения? Чтобы сохранить её под новым именем, выберите «Файл ▸ Сохранить как».</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Cannot open the plan</source>
        <translation>Не удаётся открыть план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Open a plan</source>
        <translation>Открыть план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Cannot create the plan</source>
        <translation>Не удаётся создать план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Cannot create the demo plan</source>
        <translation>Не удаётся создать демонстрационный план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Save the plan as</source>
        <translation>Сохранить план как</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Cannot save the plan</source>
        <translation>Не удаётся сохранить план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>Read-only: {reason}. Use File ▸ Save As to make an editable copy.</source>
        <translation>Только для чтения: {reason}. Чтобы создать копию для редактирования, выберите «Файл ▸ Сохранить как».</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>opened read-only</source>
        <translation>план открыт в режиме просмотра</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>the file is read-only</source>
        <translation>файл защищён от записи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>its folder is read-only</source>
        <translation>папка плана защищена от записи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>Service Plan Builder</source>
        <translation>Конструктор сервисного плана</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source> [read-only]</source>
        <translation> [только чтение]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторить {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>The change could not be saved</source>
        <translation>Не удалось сохранить изменение</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="512"/>
        <source>The Service Plan was written to {file}</source>
        <translation>Сервисный план сохранён в файл {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="545"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="546"/>
        <source>Service Plan Builder guides a business through assessing its service, hearing its customers, finding the main problems, setting standards, goals and means, and printing a Service Plan. It works offline; each plan is one file.</source>
        <translation>Конструктор сервисного плана помогает компании оценить уровень сервиса, узнать мнение клиентов, выявить основные проблемы, определить стандарты обслуживания, цели и средства их достижения и распечатать Сервисный план. Программа работает без интернета; каждый план хранится в одном файле.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>New from &amp;Template…</source>
        <translation>Создать по &amp;шаблону…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Apply a &amp;Data File…</source>
        <translation>Применить файл &amp;данных…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Choose a template</source>
        <translation>Выберите шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Plans and data files (*.svcplan *.json);;All files (*)</source>
        <translation>Планы и файлы данных (*.svcplan *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Apply a data file</source>
        <translation>Применить файл данных</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Data files (*.json);;All files (*)</source>
        <translation>Файлы данных (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Cannot apply the data file</source>
        <translation>Не удаётся применить файл данных</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>{file} has keys this program does not know; they will be left out: {keys}. Apply the rest?</source>
        <translation>В файле {file} есть ключи, которых программа не знает; они будут пропущены: {keys}. Применить остальное?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Apply {file}</source>
        <translation>Применение {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Applied {file}; Edit ▸ Undo takes it back.</source>
        <translation>Файл {file} применён; «Правка ▸ Отменить» вернёт всё как было.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="551"/>
        <source>The new language is used from the next start of the program. Restart now? The plan and the page you are on open again; everything typed is already saved.</source>
        <translation>Новый язык будет использоваться со следующего запуска программы. Перезапустить сейчас? Тот же план откроется на той же странице; всё введённое уже сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="571"/>
        <source>The program could not be started again. Start it yourself: the new language is used then.</source>
        <translation>Не удалось перезапустить программу. Запустите её сами — тогда будет использоваться новый язык.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="118"/>
        <source>This is the demo plan of a made-up bakery-café. Look around and try anything; your own plan starts empty.</source>
        <translation>Это демонстрационный план вымышленной пекарни-кафе. Осмотритесь и попробуйте что угодно; ваш собственный план начинается с чистого листа.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="126"/>
        <source>Start my own plan…</source>
        <translation>Начать свой план…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Help on This &amp;Step</source>
        <translation>Справка по этому &amp;шагу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Print Pre&amp;view and Print…</source>
        <translation>&amp;Просмотр и печать…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="653"/>
        <source>The Service Plan</source>
        <translation>Сервисный план</translation>
    </message>
</context>
<context>
    <name>MeansDialog</name>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="157"/>
        <source>Action</source>
        <translation>Средство</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="158"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="159"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="160"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="161"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="162"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="163"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="164"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="165"/>
        <location filename="../../ui/pages/goal_dialogs.py" line="166"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="176"/>
        <source>Say what will be done (the action).</source>
        <translation>Укажите, что будет сделано.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="178"/>
        <source>End date: the end is before the start date ({start}).</source>
        <translation>Дата окончания раньше даты начала ({start}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="580"/>
        <source>No goal</source>
        <translation>Без цели</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="624"/>
        <source>What will be done, e.g. “Complaint-handling training”</source>
        <translation>Что будет сделано, например «Обучение работе с жалобами»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="626"/>
        <source>Action:</source>
        <translation>Средство:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="632"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="638"/>
        <source>{name}: {hint}</source>
        <translation>{name}: {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="645"/>
        <source>The root cause it works on: staff learn how (know), want to (want), or are enabled by systems, rules and tools (can).</source>
        <translation>Коренная причина, на которую работает средство: сотрудники узнают, как делать («знать»), начинают хотеть («хотеть») или получают возможность благодаря системам, правилам и инструментам («мочь»).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="651"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="656"/>
        <source>Form:</source>
        <translation>Форма:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="662"/>
        <source>Who does it</source>
        <translation>Кто выполняет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="663"/>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="665"/>
        <location filename="../../ui/pages/goal_dialogs.py" line="668"/>
        <source>Not set</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="667"/>
        <source>Start date:</source>
        <translation>Дата начала:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="670"/>
        <source>End date:</source>
        <translation>Дата окончания:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="685"/>
        <source>Budget:</source>
        <translation>Бюджет:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="692"/>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="697"/>
        <source>Goal:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="707"/>
        <source>— not set —</source>
        <translation>— не указана —</translation>
    </message>
</context>
<context>
    <name>MeansLibraryDialog</name>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="772"/>
        <source>Add means from the library</source>
        <translation>Добавить средства из библиотеки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="777"/>
        <source>Tick the means that fit this business. Each is added with its typical duration from the start date; change owners, dates and budgets afterwards.</source>
        <translation>Отметьте средства, которые подходят компании. Каждое добавляется с обычной для него продолжительностью от даты начала; ответственных, сроки и бюджеты можно изменить потом.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="790"/>
        <source>Means</source>
        <translation>Средство</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="791"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="792"/>
        <source>Takes</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="806"/>
        <source>{name}: {hint}</source>
        <translation>{name}: {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="822"/>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="840"/>
        <source>For the goal:</source>
        <translation>Для цели:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="845"/>
        <source>Starting on:</source>
        <translation>Дата начала:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="881"/>
        <source>Tick at least one means to add.</source>
        <translation>Отметьте хотя бы одно средство.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Another wave is already labelled “{label}”.</source>
        <translation>Волна «{label}» уже есть.</translation>
    </message>
    <message>
        <source>Choose another wave to merge into.</source>
        <translation>Выберите другую волну для объединения.</translation>
    </message>
    <message>
        <source>The wave needs a label.</source>
        <translation>Укажите название волны.</translation>
    </message>
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
        <location filename="../../ui/i18n.py" line="127"/>
        <source>{file} must not be replaced by the document. Choose another file.</source>
        <translation>Файл {file} нельзя заменять документом. Выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="1"/>
        <source>{file} holds values another program wrote that this program cannot edit.</source>
        <translation>В {file} есть значения, записанные другой программой; эта программа не может их редактировать.</translation>
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
        <location filename="../../ui/pages/metrics.py" line="207"/>
        <source>Business metrics against their thresholds</source>
        <translation>Бизнес-показатели и их ориентиры</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="208"/>
        <source>no value</source>
        <translation>нет значения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="207"/>
        <source>better than the reference</source>
        <translation>лучше ориентира</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="210"/>
        <source>worse than the reference</source>
        <translation>хуже ориентира</translation>
    </message>
</context>
<context>
    <name>OwnWords</name>
    <message>
        <location filename="../../ui/pages/own_words.py" line="44"/>
        <source>Opening sentence of the summary (replaces the generated one)</source>
        <translation>Первая фраза резюме (вместо составленной программой)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="46"/>
        <source>Summary: how far the customer groups differ (replaces the generated one)</source>
        <translation>Резюме: насколько различаются группы клиентов (вместо фразы программы)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="46"/>
        <source>Summary: the complaint categories that matter most (replaces the generated one)</source>
        <translation>Резюме: главные категории жалоб (вместо фразы программы)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="52"/>
        <source>Give your section a title.</source>
        <translation>Дайте своему разделу заголовок.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="57"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="58"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="60"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="80"/>
        <source>Your own words in the document</source>
        <translation>Ваш собственный текст в документе</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="86"/>
        <source>Printed as you write them, in the PDF and the Word document: a text under a section&apos;s heading (an introduction or your recommendations), your wording of the summary&apos;s opening sentence (cleared, the generated one is back), and sections of your own.</source>
        <translation>Печатается так, как вы написали, в PDF и в документе Word: текст под заголовком раздела (вступление или ваши рекомендации), ваша формулировка первой фразы резюме (если её стереть, вернётся составленная программой) и ваши собственные разделы.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="110"/>
        <source>Leave empty to keep the generated sentence.</source>
        <translation>Оставьте пустым, чтобы сохранить фразу программы.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="112"/>
        <source>Optional: your introduction or recommendations.</source>
        <translation>Необязательно: ваше вступление или рекомендации.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="121"/>
        <source>Sections of your own</source>
        <translation>Ваши собственные разделы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="134"/>
        <source>Placed after</source>
        <translation>Поместить после</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="148"/>
        <source>Add as a new section</source>
        <translation>Добавить как новый раздел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="150"/>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="152"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="154"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="156"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="185"/>
        <source>{title} — after “{section}”</source>
        <translation>{title} — после «{section}»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="238"/>
        <source>Edit your text: {box}</source>
        <translation>Изменить ваш текст: {box}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="256"/>
        <source>Add your section</source>
        <translation>Добавить ваш раздел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="269"/>
        <source>Edit your section</source>
        <translation>Изменить ваш раздел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="278"/>
        <source>Remove your section</source>
        <translation>Удалить ваш раздел</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="292"/>
        <source>Move your section</source>
        <translation>Переместить ваш раздел</translation>
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
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Use</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Name of a new profile</source>
        <translation>Имя нового профиля</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Save as Profile</source>
        <translation>Сохранить как профиль</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>A profile keeps a firm, logo, colour and footer under a name, for clients you serve under another identity: Use fills the fields above from it, and export --branding NAME prints with it.</source>
        <translation>Профиль хранит под своим именем фирму, логотип, цвет и нижний колонтитул — для клиентов, которых вы обслуживаете от имени другой фирмы: «Применить» заполняет поля выше из профиля, а export --branding NAME печатает с ним.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>No profiles yet</source>
        <translation>Профилей пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Branding profile</source>
        <translation>Профиль оформления</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>The profile could not be saved</source>
        <translation>Не удаётся сохранить профиль</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Replace the profile {name}?</source>
        <translation>Заменить профиль {name}?</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Remove the profile {name}?</source>
        <translation>Удалить профиль {name}?</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="213"/>
        <source>Remove template</source>
        <translation>Убрать шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="217"/>
        <source>Word template</source>
        <translation>Шаблон Word</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="226"/>
        <source>Your own Word document (.docx): the Word Service Plan takes its page, styles, header and footer.</source>
        <translation>Ваш собственный документ Word (.docx): сервисный план в формате Word возьмёт из него страницу, стили и колонтитулы.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="237"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="247"/>
        <source>Choose your Word template</source>
        <translation>Выберите шаблон Word</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="248"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="262"/>
        <source>This is not a Word document (.docx).</source>
        <translation>Это не документ Word (.docx).</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="525"/>
        <source>The Word template could not be saved</source>
        <translation>Не удалось сохранить шаблон Word</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../ui/pages/problems.py" line="230"/>
        <source>A short name, e.g. “Calls are not returned”</source>
        <translation>Короткое название, например «Не перезваниваем клиентам»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="232"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="239"/>
        <source>What goes wrong, for whom, and why</source>
        <translation>Что идёт не так, у кого и почему</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="241"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="248"/>
        <source>The figures, complaints or observations that show it</source>
        <translation>Цифры, жалобы или наблюдения, которые это показывают</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="250"/>
        <source>Evidence:</source>
        <translation>Подтверждение:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="261"/>
        <source>Choose or type a touchpoint</source>
        <translation>Выберите или введите точку контакта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="262"/>
        <source>Where it is seen:</source>
        <translation>Где проявляется:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="277"/>
        <source>How often:</source>
        <translation>Как часто:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="278"/>
        <source>Impact on customers:</source>
        <translation>Влияние на клиентов:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="279"/>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="285"/>
        <source>{name}: {hint}</source>
        <translation>{name}: {hint}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="292"/>
        <source>Why it happens: staff do not know how, do not want to, or cannot because of systems, rules, tools or managers. The means in step 4 address this cause.</source>
        <translation>Почему это происходит: сотрудники не знают как, не хотят или не могут из-за систем, правил, инструментов или руководителей. Средства на шаге 4 направлены на эту причину.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="298"/>
        <source>Root cause:</source>
        <translation>Коренная причина:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="305"/>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="309"/>
        <source>By priority</source>
        <translation>По приоритету</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="310"/>
        <source>Always in the focus</source>
        <translation>Всегда в фокусе</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="311"/>
        <source>Never in the focus</source>
        <translation>Никогда не в фокусе</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="314"/>
        <source>The plan&apos;s focus is its top three problems by priority (ties by impact). Pin a problem in or out when you know better.</source>
        <translation>В фокусе плана — три проблемы с наибольшим приоритетом (при равенстве — с большим влиянием). Закрепите проблему в фокусе или исключите её, если знаете лучше.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="320"/>
        <source>Focus:</source>
        <translation>Фокус:</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../ui/pages/problems.py" line="110"/>
        <source>Know</source>
        <translation>Знать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="111"/>
        <source>Want</source>
        <translation>Хотеть</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="112"/>
        <source>Can</source>
        <translation>Мочь</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="118"/>
        <source>knowledge and skills</source>
        <translation>знания и навыки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="119"/>
        <source>motivation and attitude</source>
        <translation>мотивация и отношение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="120"/>
        <source>systems, rules, tools and managers</source>
        <translation>системы, правила, инструменты и руководители</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="126"/>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="127"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="128"/>
        <source>Solved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="134"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="135"/>
        <source>Rarely</source>
        <translation>Редко</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="136"/>
        <source>Sometimes</source>
        <translation>Иногда</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="137"/>
        <source>Often</source>
        <translation>Часто</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="138"/>
        <source>Always</source>
        <translation>Постоянно</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="144"/>
        <source>1 – rarely</source>
        <translation>1 – редко</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="145"/>
        <source>2 – now and then</source>
        <translation>2 – время от времени</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="146"/>
        <source>3 – regularly</source>
        <translation>3 – регулярно</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="147"/>
        <source>4 – often</source>
        <translation>4 – часто</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="148"/>
        <source>5 – all the time</source>
        <translation>5 – постоянно</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="154"/>
        <source>1 – hardly noticed</source>
        <translation>1 – почти незаметно</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="155"/>
        <source>2 – a small annoyance</source>
        <translation>2 – небольшое неудобство</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="156"/>
        <source>3 – spoils the visit</source>
        <translation>3 – портит впечатление</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="157"/>
        <source>4 – makes customers complain</source>
        <translation>4 – клиенты жалуются</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="158"/>
        <source>5 – drives customers away</source>
        <translation>5 – клиенты уходят</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="163"/>
        <source>{priority} ({frequency} × {impact})</source>
        <translation>{priority} ({frequency} × {impact})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="183"/>
        <source>Give the problem a title.</source>
        <translation>Дайте проблеме название.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="185"/>
        <source>This suggestion is already in the problem list.</source>
        <translation>Это предложение уже есть в списке проблем.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="187"/>
        <source>This problem is no longer in the plan; it may have been undone.</source>
        <translation>Этой проблемы больше нет в плане; возможно, её добавление было отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="191"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="192"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="193"/>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="194"/>
        <location filename="../../ui/pages/problems.py" line="527"/>
        <source>Where it is seen</source>
        <translation>Где проявляется</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="197"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="396"/>
        <source>Identify the main problems</source>
        <translation>Выявите основные проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="400"/>
        <source>Turn what the assessment found into a short list of problems to solve. Each problem is rated for how often it happens and how much it hurts customers; their product is its priority. Name its root cause: staff do not know how, do not want to, or cannot because of systems and rules. The top problems become the plan&apos;s focus.</source>
        <translation>Превратите находки оценки в короткий список проблем, которые нужно решить. У каждой проблемы оценивается, как часто она возникает и насколько вредит клиентам; их произведение — её приоритет. Назовите коренную причину: сотрудники не знают как, не хотят или не могут из-за систем и правил. Главные проблемы становятся фокусом плана.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="424"/>
        <source>Suggested problems</source>
        <translation>Предлагаемые проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="428"/>
        <source>Findings of the assessment that look like problems, with the numbers behind them. Accept one to add it to the list, edit it first, or dismiss it.</source>
        <translation>Находки оценки, похожие на проблемы, и цифры, на которых они основаны. Примите предложение, чтобы добавить его в список, сначала измените его или отклоните.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="464"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="467"/>
        <source>Add it to the problem list as suggested.</source>
        <translation>Добавить в список проблем в предложенном виде.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="470"/>
        <source>Edit and accept…</source>
        <translation>Изменить и принять…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="473"/>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="476"/>
        <source>Not a problem for this business; it is not suggested again.</source>
        <translation>Для этой компании это не проблема; больше не предлагать.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="479"/>
        <source>Suggest again</source>
        <translation>Предлагать снова</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="500"/>
        <source>Problems by priority</source>
        <translation>Проблемы по приоритету</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="504"/>
        <source>Add problem…</source>
        <translation>Добавить проблему…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="507"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="510"/>
        <location filename="../../ui/pages/problems.py" line="789"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="522"/>
        <source>Focus</source>
        <translation>Фокус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="523"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="524"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="525"/>
        <source>Root cause</source>
        <translation>Коренная причина</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="526"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="555"/>
        <source>Priority matrix</source>
        <translation>Матрица приоритетов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="562"/>
        <source>No problems yet. Accept suggestions or add problems; the matrix of frequency against impact appears here.</source>
        <translation>Проблем пока нет. Примите предложения или добавьте проблемы; здесь появится матрица частоты и влияния.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="580"/>
        <source>Seven sins of service</source>
        <translation>Семь грехов сервиса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="584"/>
        <source>Watch how customers are served, or ask someone to, and record how often each sin is seen. A sin seen often or always becomes a suggested problem.</source>
        <translation>Понаблюдайте, как обслуживают клиентов (или попросите кого-нибудь), и отметьте, как часто встречается каждый грех. Грех, который встречается часто или постоянно, становится предлагаемой проблемой.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="608"/>
        <source>— not recorded —</source>
        <translation>— не отмечено —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="654"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="680"/>
        <location filename="../../ui/pages/problems.py" line="704"/>
        <source>acceptance of a suggested problem</source>
        <translation>принятие предложенной проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="695"/>
        <source>Accept the suggested problem</source>
        <translation>Принять предложенную проблему</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="716"/>
        <source>dismissal of a suggested problem</source>
        <translation>отклонение предложенной проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="725"/>
        <source>return of a dismissed suggestion</source>
        <translation>возврат отклонённого предложения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="733"/>
        <source>Add a problem</source>
        <translation>Добавить проблему</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="740"/>
        <source>new problem</source>
        <translation>новая проблема</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="756"/>
        <source>Edit the problem</source>
        <translation>Изменить проблему</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="770"/>
        <source>change to a problem</source>
        <translation>изменение проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="785"/>
        <source>Delete the problem “{title}”?</source>
        <translation>Удалить проблему «{title}»?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="788"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Вернуть удалённое можно командой «Правка ▸ Отменить».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="792"/>
        <source>deletion of a problem</source>
        <translation>удаление проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="801"/>
        <source>seven sins checklist</source>
        <translation>список семи грехов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="850"/>
        <source>Calculating the suggestions…</source>
        <translation>Рассчитываем подсказки…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="866"/>
        <source>The survey could not be read for suggestions: {error}</source>
        <translation>Не удалось прочитать опрос для подсказок: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="886"/>
        <source>{title} — priority {priority}</source>
        <translation>{title} — приоритет {priority}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/problems.py" line="492"/>
        <location filename="../../ui/pages/problems.py" line="900"/>
        <source>Show dismissed (%n)</source>
        <translation>
            <numerusform>Показать отклонённые (%n)</numerusform>
            <numerusform>Показать отклонённые (%n)</numerusform>
            <numerusform>Показать отклонённые (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="907"/>
        <source>No dismissed suggestions.</source>
        <translation>Отклонённых предложений нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="910"/>
        <source>Every suggestion has been accepted or dismissed. New ones appear here as the assessment changes.</source>
        <translation>Все предложения приняты или отклонены. Новые появятся здесь, когда изменится оценка.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="918"/>
        <source>No suggestions yet. They come from the self-audit, the business metrics, the survey, the complaints and the seven sins checklist below, once those show a weakness. You can also add problems yourself.</source>
        <translation>Предложений пока нет. Они появляются из самооценки, показателей бизнеса, опроса, жалоб и списка семи грехов ниже, когда те показывают слабое место. Проблемы можно добавить и самостоятельно.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="936"/>
        <source>Suggested: how often {frequency}, impact {impact}, priority {priority}.</source>
        <translation>Предложено: частота {frequency}, влияние {impact}, приоритет {priority}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="944"/>
        <source>Root cause: {name} ({hint}).</source>
        <translation>Коренная причина: {name} ({hint}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="965"/>
        <source>In the focus: pinned</source>
        <translation>В фокусе: закреплено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="967"/>
        <source>Kept out of the focus</source>
        <translation>Исключено из фокуса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="969"/>
        <source>In the focus by priority</source>
        <translation>В фокусе по приоритету</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="1011"/>
        <source>The plan&apos;s focus: {titles}.</source>
        <translation>Фокус плана: {titles}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="1012"/>
        <source>; </source>
        <comment>between the titles of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="1019"/>
        <source>No problems yet: accept the suggestions that apply, or add your own.</source>
        <translation>Проблем пока нет: примите подходящие предложения или добавьте свои.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="1051"/>
        <source>How often it happens (frequency)</source>
        <translation>Как часто возникает (частота)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="1052"/>
        <source>Impact on customers</source>
        <translation>Влияние на клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="1053"/>
        <source>The plan&apos;s focus</source>
        <translation>Фокус плана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="1054"/>
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
    <message>
        <location filename="../../ui/pages/profile.py" line="401"/>
        <source>Who the plan is for and who prepares it. This plan is open read-only: nothing here can be changed.</source>
        <translation>Для какой компании составляется план и кто его готовит. План открыт только для чтения: здесь ничего нельзя изменить.</translation>
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
        <location filename="../../ui/pages/self_audit.py" line="415"/>
        <source>Progress between assessments</source>
        <translation>Динамика между оценками</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="371"/>
        <source>{name}: {score}</source>
        <comment>a figure and its value</comment>
        <translation>{name}: {score}</translation>
    </message>
</context>
<context>
    <name>ServicePlanPage</name>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="76"/>
        <source>Ready</source>
        <translation>Готов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="77"/>
        <source>Partly filled in</source>
        <translation>Заполнен частично</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="78"/>
        <source>Nothing recorded yet: marked as not assessed</source>
        <translation>Данных пока нет: будет помечен как «Пока не оценено»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="118"/>
        <source>Export the Service Plan…</source>
        <translation>Экспортировать Сервисный план…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="126"/>
        <source>What the document will hold</source>
        <translation>Что войдёт в документ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="134"/>
        <source>Every copy opens with a cover and a table of contents; then these sections:</source>
        <translation>Каждый экземпляр начинается с обложки и содержания, затем идут эти разделы:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="154"/>
        <source>Checking what each section holds…</source>
        <translation>Проверяем, что есть в каждом разделе…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="160"/>
        <source>Branding</source>
        <translation>Фирменное оформление</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="168"/>
        <source>Last exported</source>
        <translation>Последний экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="175"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="179"/>
        <source>Show the folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="214"/>
        <source>Checking…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="230"/>
        <source>Could not be checked: {error}</source>
        <translation>Не удалось проверить: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="245"/>
        <source>Left out (tick it in the Export dialog to include it)</source>
        <translation>Не включён (чтобы включить, отметьте его в окне экспорта)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="258"/>
        <source>Firm: {firm}</source>
        <translation>Фирма: {firm}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="260"/>
        <source>with its logo</source>
        <translation>с логотипом</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="264"/>
        <source>accent colour {colour}</source>
        <translation>акцентный цвет {colour}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="268"/>
        <source>footer “{footer}”</source>
        <translation>нижний колонтитул «{footer}»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="269"/>
        <source>Change it in Edit ▸ Preferences.</source>
        <translation>Изменить можно в меню «Правка ▸ Настройки».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="274"/>
        <source>No consultant branding: the document carries the business&apos;s own name and logo. A consultant can add a firm name, logo, accent colour and footer line.</source>
        <translation>Фирменного оформления консультанта нет: в документе указаны название и логотип самой компании. Консультант может добавить название своей фирмы, логотип, акцентный цвет и нижний колонтитул.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="291"/>
        <source>This plan has not been exported yet.</source>
        <translation>Этот план ещё не экспортировался.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="295"/>
        <source>{file} is no longer there.</source>
        <translation>Файла {file} больше нет.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="301"/>
        <source>{file}, written {when}</source>
        <translation>{file}, сохранён {when}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="187"/>
        <source>What is still missing</source>
        <translation>Чего ещё не хватает</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="282"/>
        <source>Nothing: every step is complete, and every section has its data.</source>
        <translation>Ничего: все шаги выполнены, и у каждого раздела есть данные.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="154"/>
        <source>Preview and print…</source>
        <translation>Просмотр и печать…</translation>
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
    <name>StandardDialog</name>
    <message>
        <location filename="../../ui/pages/standards.py" line="239"/>
        <source>What staff do, e.g. “Answer the phone within three rings”</source>
        <translation>Что делают сотрудники, например «Отвечать на звонок не позднее третьего гудка»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="241"/>
        <source>Standard:</source>
        <translation>Стандарт:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="255"/>
        <source>Choose or type a touchpoint</source>
        <translation>Выберите или введите точку контакта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="256"/>
        <source>Touchpoint:</source>
        <translation>Точка контакта:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="261"/>
        <source>What is counted, e.g. “Rings before the phone is answered”</source>
        <translation>Что считается, например «Число гудков до ответа»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="265"/>
        <source>Indicator:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="281"/>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="285"/>
        <source>unit, e.g. rings, minutes, %</source>
        <translation>единица, например гудков, минут, %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="289"/>
        <source>Target:</source>
        <translation>Целевое значение:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="296"/>
        <source>e.g. ten test calls a week; count the rings</source>
        <translation>например, десять контрольных звонков в неделю; считать гудки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="298"/>
        <source>How it is measured:</source>
        <translation>Как измеряется:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="302"/>
        <source>— not set —</source>
        <translation>— не указана —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="306"/>
        <source>How often it is checked:</source>
        <translation>Периодичность проверки:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="310"/>
        <source>A person or a role</source>
        <translation>Сотрудник или должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="311"/>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="330"/>
        <source>In the plan&apos;s focus</source>
        <translation>В фокусе плана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="337"/>
        <location filename="../../ui/pages/standards.py" line="342"/>
        <source>Problems it addresses:</source>
        <translation>Решает проблемы:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="340"/>
        <source>No problems in the plan yet (step 2).</source>
        <translation>В плане пока нет проблем (шаг 2).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="412"/>
        <source>The target “{text}” is not a number.</source>
        <translation>Целевое значение «{text}» — не число.</translation>
    </message>
</context>
<context>
    <name>StandardLibrary</name>
    <message>
        <location filename="../../ui/pages/standards.py" line="467"/>
        <source>Standards library</source>
        <translation>Библиотека стандартов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="476"/>
        <source>Tried standards with a target, a unit and a way to check them. Tick the ones that fit; each is added as it is, and you can change its numbers afterwards.</source>
        <translation>Проверенные стандарты с целевым значением, единицей измерения и способом проверки. Отметьте подходящие: каждый добавляется как есть, а его числа можно потом изменить.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="488"/>
        <source>All touchpoints</source>
        <translation>Все точки контакта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="497"/>
        <source>Touchpoint:</source>
        <translation>Точка контакта:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="499"/>
        <source>Industry:</source>
        <translation>Отрасль:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="508"/>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="509"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="510"/>
        <source>How it is measured</source>
        <translation>Как измеряется</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="571"/>
        <source>Already in the plan</source>
        <translation>Уже в плане</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="579"/>
        <source>This standard is in the plan.</source>
        <translation>Этот стандарт уже есть в плане.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/standards.py" line="639"/>
        <source>Chosen: %n</source>
        <translation>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/standards.py" line="640"/>
        <source>Add %n</source>
        <translation>
            <numerusform>Добавить (%n)</numerusform>
            <numerusform>Добавить (%n)</numerusform>
            <numerusform>Добавить (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="644"/>
        <source>No templates for this touchpoint and industry.</source>
        <translation>Для этой точки контакта и отрасли шаблонов нет.</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../ui/pages/standards.py" line="153"/>
        <location filename="../../ui/pages/standards.py" line="746"/>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="154"/>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="155"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="156"/>
        <location filename="../../ui/pages/standards.py" line="747"/>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="157"/>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="158"/>
        <source>Direction</source>
        <translation>Условие «не более / не менее»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="159"/>
        <source>How it is measured</source>
        <translation>Как измеряется</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="160"/>
        <location filename="../../ui/pages/standards.py" line="748"/>
        <source>How often</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="161"/>
        <location filename="../../ui/pages/standards.py" line="749"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="162"/>
        <source>Problems it addresses</source>
        <translation>Решает проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="170"/>
        <source>Write the standard itself.</source>
        <translation>Сформулируйте сам стандарт.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="172"/>
        <source>This standard is no longer in the plan; it may have been undone.</source>
        <translation>Этого стандарта больше нет в плане; возможно, действие было отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="176"/>
        <source>A problem this standard is linked to is no longer in the plan; untick it.</source>
        <translation>Одной из проблем, с которыми связан стандарт, больше нет в плане; снимите с неё отметку.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="181"/>
        <source>Target: “{text}” is not a number. Write it as 3 or 2.5.</source>
        <translation>Целевое значение: «{text}» — не число. Введите его в виде 3 или 2,5.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="186"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="675"/>
        <source>Set service standards</source>
        <extracomment>What the flags panel shows: (&quot;problem&quot; | &quot;standard&quot;, id, text) per flag.</extracomment>
        <translation>Установите стандарты обслуживания</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="679"/>
        <source>A standard says what good service is at one touchpoint, so that anyone can check it. It must be concrete: an indicator, a number, a unit, and how often it is checked — “answer the phone within three rings, checked weekly with ten test calls”, not “the customer is always right”. Give every focus problem from step 2 at least one standard, and name who answers for each.</source>
        <translation>Стандарт описывает хороший сервис в одной точке контакта так, чтобы любой мог его проверить. Он должен быть конкретным: показатель, число, единица измерения и периодичность проверки — «отвечать на звонок не позднее третьего гудка; проверка еженедельно, десять контрольных звонков», а не «клиент всегда прав». Дайте каждой проблеме в фокусе из шага 2 хотя бы один стандарт и назначьте ответственного за каждый.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="706"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="720"/>
        <source>Standards by touchpoint</source>
        <translation>Стандарты по точкам контакта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="724"/>
        <source>Add standard…</source>
        <translation>Добавить стандарт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="727"/>
        <source>Add from library…</source>
        <translation>Добавить из библиотеки…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="730"/>
        <location filename="../../ui/pages/standards.py" line="1179"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="733"/>
        <location filename="../../ui/pages/standards.py" line="914"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="750"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="755"/>
        <source>Measurable?</source>
        <translation>Измерим?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="783"/>
        <source>No standards yet. Add your own, or start from the library of tried standards and change their numbers to fit the business.</source>
        <translation>Стандартов пока нет. Добавьте свои или начните с библиотеки проверенных стандартов и подгоните их числа под свой бизнес.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="832"/>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="870"/>
        <source>Add a standard</source>
        <translation>Добавить стандарт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="873"/>
        <source>new standard</source>
        <translation>добавление стандарта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="886"/>
        <source>Edit the standard</source>
        <translation>Изменить стандарт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="895"/>
        <source>change to a standard</source>
        <translation>изменение стандарта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="910"/>
        <source>Delete the standard “{statement}”?</source>
        <translation>Удалить стандарт «{statement}»?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="913"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>Вернуть удалённое можно командой «Правка ▸ Отменить».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="917"/>
        <source>deletion of a standard</source>
        <translation>удаление стандарта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="937"/>
        <source>standards from the library</source>
        <translation>добавление стандартов из библиотеки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="942"/>
        <source>standard from the library</source>
        <translation>добавление стандарта из библиотеки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1022"/>
        <source>{touchpoint} ({count})</source>
        <translation>{touchpoint} ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1023"/>
        <source>No touchpoint</source>
        <translation>Без точки контакта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/standards.py" line="1048"/>
        <source>Standards: %n, measurable: {measurable}.</source>
        <translation>
            <numerusform>%n стандарт, из них измеримых: {measurable}.</numerusform>
            <numerusform>%n стандарта, из них измеримых: {measurable}.</numerusform>
            <numerusform>%n стандартов, из них измеримых: {measurable}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1068"/>
        <source>{indicator}: {target}</source>
        <translation>{indicator}: {target}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1105"/>
        <source>not set</source>
        <translation>не указана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1162"/>
        <source>“{statement}” cannot be measured yet.</source>
        <translation>«{statement}» пока нельзя измерить.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1176"/>
        <source>Add a standard for it…</source>
        <translation>Добавить для неё стандарт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1191"/>
        <source>No focus problems yet. Once step 2 has a focus, each focus problem needs a standard; until then, start from the library.</source>
        <translation>Проблем в фокусе пока нет. Когда на шаге 2 появится фокус, каждой проблеме в фокусе понадобится стандарт; а пока начните с библиотеки.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1199"/>
        <source>Nothing to fix: every focus problem has a standard and every standard can be measured.</source>
        <translation>Исправлять нечего: у каждой проблемы в фокусе есть стандарт, и каждый стандарт можно измерить.</translation>
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
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <location filename="../../ui/pages/survey.py" line="157"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="158"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="159"/>
        <location filename="../../ui/pages/survey.py" line="297"/>
        <source>Customer group</source>
        <translation>Группа клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="163"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="188"/>
        <source>Customer survey</source>
        <translation>Опрос клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="192"/>
        <source>Service is what your customers think it is. Import the answers to your survey (CSV or Excel, from Google Forms, SurveyMonkey or typed in from the printed questionnaire) to see the Net Promoter Score, satisfaction, effort and the SERVQUAL gaps between what customers expect and what they get.</source>
        <translation>Сервис — это то, каким его видят ваши клиенты. Импортируйте ответы на опрос (CSV или Excel из Google Forms, SurveyMonkey или набранные с бумажных анкет), чтобы увидеть индекс потребительской лояльности (NPS), удовлетворённость, усилия клиента и разрывы SERVQUAL между тем, чего клиенты ждут, и тем, что они получают.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="204"/>
        <source>Import responses…</source>
        <translation>Импорт ответов…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="208"/>
        <source>Print a questionnaire…</source>
        <translation>Напечатать анкету…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="215"/>
        <source>Imported files</source>
        <translation>Импортированные файлы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="221"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="256"/>
        <source>No responses yet. Import a file, or print the questionnaire, hand it to customers and type their answers into a spreadsheet.</source>
        <translation>Ответов пока нет. Импортируйте файл или распечатайте анкету, раздайте её клиентам и внесите их ответы в электронную таблицу.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="282"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="298"/>
        <location filename="../../ui/pages/survey.py" line="331"/>
        <source>Responses</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="305"/>
        <source>By customer group</source>
        <translation>По группам клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="312"/>
        <source>Dimension</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="313"/>
        <source>Statement</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="314"/>
        <location filename="../../ui/pages/survey.py" line="508"/>
        <source>Expected</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="315"/>
        <location filename="../../ui/pages/survey.py" line="509"/>
        <source>Perceived</source>
        <translation>Восприятие</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="316"/>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="317"/>
        <location filename="../../ui/pages/survey.py" line="486"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="322"/>
        <source>SERVQUAL items</source>
        <translation>Утверждения SERVQUAL</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="338"/>
        <source>Search the comments</source>
        <translation>Поиск по комментариям</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="348"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="376"/>
        <source>Calculating the survey&apos;s figures…</source>
        <translation>Рассчитываем показатели опроса…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="389"/>
        <source>The survey&apos;s figures could not be calculated: {error}</source>
        <translation>Не удалось рассчитать показатели опроса: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="417"/>
        <source>{file} — imported {date}, rows: {rows}</source>
        <translation>{file} — импортирован {date}, строк: {rows}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="429"/>
        <source>(few answers: read with care)</source>
        <translation>(мало ответов: делайте выводы осторожно)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="435"/>
        <source>&lt;b&gt;Responses: {count}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Анкет: {count}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="439"/>
        <source>&lt;b&gt;{name} {nps}&lt;/b&gt; — {promoters} promoters, {passives} passives, {detractors} detractors</source>
        <translation>&lt;b&gt;{name} {nps}&lt;/b&gt; — промоутеры: {promoters}, нейтралы: {passives}, критики: {detractors}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="453"/>
        <source>&lt;b&gt;{name} {csat}%&lt;/b&gt; satisfied (4 or 5 of 5)</source>
        <translation>&lt;b&gt;{name} {csat}%&lt;/b&gt; довольных (4 или 5 из 5)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="460"/>
        <source>&lt;b&gt;{name} {ces}&lt;/b&gt; of 7 (higher is easier)</source>
        <translation>&lt;b&gt;{name} {ces}&lt;/b&gt; из 7 (чем выше, тем легче)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="467"/>
        <source>&lt;b&gt;{name} {gap}&lt;/b&gt; (perceived − expected)</source>
        <translation>&lt;b&gt;{name} {gap}&lt;/b&gt; (восприятие − ожидание)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="470"/>
        <source>weighted by importance {gap}</source>
        <translation>с учётом важности {gap}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="481"/>
        <source>Detractors</source>
        <translation>Критики</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="482"/>
        <source>Passives</source>
        <translation>Нейтралы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="483"/>
        <source>Promoters</source>
        <translation>Промоутеры</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="485"/>
        <source>How likely customers are to recommend you</source>
        <translation>Готовность клиентов рекомендовать вас</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="511"/>
        <source>What customers expect and what they get</source>
        <translation>Чего ждут клиенты и что они получают</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="512"/>
        <location filename="../../ui/pages/survey.py" line="538"/>
        <source>not rated</source>
        <translation>нет оценок</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="544"/>
        <source>Your self-audit</source>
        <translation>Ваша самооценка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="545"/>
        <source>Your customers</source>
        <translation>Ваши клиенты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="547"/>
        <source>Your view and your customers&apos; (0–100)</source>
        <translation>Ваша оценка и оценка клиентов (0–100)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="567"/>
        <source>Answer the self-audit to compare your own view of the service with your customers&apos;.</source>
        <translation>Пройдите самооценку, чтобы сравнить свой взгляд на сервис с мнением клиентов.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="575"/>
        <source>{dimension} (+{points} points)</source>
        <translation>{dimension} (+{points})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="581"/>
        <source>Finding: you rate your service higher than your customers do in {list}. Where owner and customers disagree, the customers are right: these are problems to look at in step 2.</source>
        <translation>Вывод: вы оцениваете свой сервис выше, чем клиенты, по направлениям: {list}. Когда мнения владельца и клиентов расходятся, правы клиенты: это проблемы, которые стоит разобрать на шаге 2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="590"/>
        <source>Your self-audit and your customers agree within 10 points on every dimension.</source>
        <translation>Ваша самооценка и оценки клиентов расходятся не более чем на 10 баллов по каждому направлению.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="613"/>
        <source>* fewer than 30 answers: read with care</source>
        <translation>* менее 30 ответов: делайте выводы осторожно</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="649"/>
        <source>Comments shown: {count}</source>
        <translation>Показано комментариев: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="669"/>
        <location filename="../../ui/pages/survey.py" line="676"/>
        <location filename="../../ui/pages/survey.py" line="692"/>
        <source>Remove an import</source>
        <translation>Удаление импорта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="670"/>
        <source>Select the imported file to remove first.</source>
        <translation>Сначала выберите импортированный файл, который нужно удалить.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="677"/>
        <source>Remove every response imported from this file? (Undo brings them back.)</source>
        <translation>Удалить все ответы, импортированные из этого файла? (Их можно вернуть командой «Отменить».)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="687"/>
        <source>Remove “{file}”</source>
        <translation>удаление «{file}»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="698"/>
        <source>questionnaire.pdf</source>
        <translation>анкета.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="703"/>
        <location filename="../../ui/pages/survey.py" line="727"/>
        <source>Print a questionnaire</source>
        <translation>Печать анкеты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="704"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="728"/>
        <source>The questionnaire was written to {file}. Print it, hand it to customers, and import their answers from a spreadsheet.</source>
        <translation>Анкета сохранена в файл {file}. Распечатайте её, раздайте клиентам, а затем импортируйте их ответы из электронной таблицы.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="741"/>
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
        <location filename="../../ui/pages/welcome.py" line="32"/>
        <source>Open a plan…</source>
        <translation>Открыть план…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="49"/>
        <source>A new plan starts with the business profile; the sidebar then leads through the method one step at a time. The demo plan is a made-up bakery-café with every step filled in: look around and change anything, it is only an example.</source>
        <translation>Новый план начинается с профиля компании; затем боковая панель ведёт по методике шаг за шагом. Демонстрационный план — вымышленная пекарня-кафе, где заполнены все шаги: осмотритесь и меняйте что угодно, это лишь пример.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="62"/>
        <source>Start a new plan…</source>
        <translation>Начать новый план…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="65"/>
        <source>Explore the demo plan</source>
        <translation>Посмотреть демонстрационный план</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="70"/>
        <source>Recent plans</source>
        <translation>Недавние планы</translation>
    </message>
</context>
<context>
    <name>SurveyWaves</name>
    <message>
        <source>(latest: the figures shown)</source>
        <translation>(последняя: её показатели на странице)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest wave: {label}&lt;/b&gt; ({count} responses)</source>
        <translation>&lt;b&gt;Последняя волна: {label}&lt;/b&gt; (ответов: {count})</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <source>Merge wave “{label}”</source>
        <translation>Объединение волны «{label}»</translation>
    </message>
    <message>
        <source>Merge waves</source>
        <translation>Объединение волн</translation>
    </message>
    <message>
        <source>Move every response of “{label}” into:</source>
        <translation>Перенести все ответы волны «{label}» в:</translation>
    </message>
    <message>
        <source>New label:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove a wave</source>
        <translation>Удаление волны</translation>
    </message>
    <message>
        <source>Remove the wave “{label}” and its {count} responses? (Undo brings them back.)</source>
        <translation>Удалить волну «{label}» и её ответы ({count})? (Отмена вернёт их.)</translation>
    </message>
    <message>
        <source>Remove wave “{label}”</source>
        <translation>Удаление волны «{label}»</translation>
    </message>
    <message>
        <source>Rename a wave</source>
        <translation>Переименование волны</translation>
    </message>
    <message>
        <source>Rename wave “{label}”</source>
        <translation>Переименование волны «{label}»</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Since {label}:</source>
        <translation>С волны {label}:</translation>
    </message>
    <message>
        <source>Survey waves</source>
        <translation>Волны опроса</translation>
    </message>
    <message>
        <source>{label} — {date}, {count} responses</source>
        <translation>{label} — {date}, ответов: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_waves.py" line="47"/>
        <source>(fewer than 30 answers: read with care)</source>
        <translation>(менее 30 ответов: делайте выводы осторожно)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_waves.py" line="220"/>
        <source>Performance (perception, 1–7)</source>
        <translation>Исполнение (восприятие, 1–7)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_waves.py" line="220"/>
        <source>The 22 statements: importance against performance</source>
        <translation>22 утверждения: важность против исполнения</translation>
    </message>
</context>
</TS>
