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
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="14"/>
        <source>Service plans (*.svcplan);;All files (*)</source>
        <translation>Сервисные планы (*.svcplan);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="18"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Open the &amp;Demo Plan</source>
        <translation>Открыть &amp;демонстрационный план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>No recent plans</source>
        <translation>Недавних планов нет</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>Open it read-only?</source>
        <translation>Открыть его только для чтения?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Plan in use</source>
        <translation>План уже открыт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Opened, but no backup could be made: {detail}</source>
        <translation>План открыт, но резервную копию сделать не удалось: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>A backup made when this plan was last opened exists ({name}). Open the backup read-only? Use File ▸ Save As to keep it under a new name.</source>
        <translation>Есть резервная копия, сделанная при последнем открытии этого плана ({name}). Открыть её только для чтения? Чтобы сохранить её под новым именем, выберите «Файл ▸ Сохранить как».</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Cannot open the plan</source>
        <translation>Не удаётся открыть план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Open a plan</source>
        <translation>Открыть план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Cannot create the plan</source>
        <translation>Не удаётся создать план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Cannot create the demo plan</source>
        <translation>Не удаётся создать демонстрационный план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Save the plan as</source>
        <translation>Сохранить план как</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Cannot save the plan</source>
        <translation>Не удаётся сохранить план</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Read-only: {reason}. Use File ▸ Save As to make an editable copy.</source>
        <translation>Только для чтения: {reason}. Чтобы создать копию для редактирования, выберите «Файл ▸ Сохранить как».</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>opened read-only</source>
        <translation>план открыт в режиме просмотра</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>the file is read-only</source>
        <translation>файл защищён от записи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>its folder is read-only</source>
        <translation>папка плана защищена от записи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Service Plan Builder</source>
        <translation>Конструктор сервисного плана</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source> [read-only]</source>
        <translation> [только чтение]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторить {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>The change could not be saved</source>
        <translation>Не удалось сохранить изменение</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>The new language is used from the next start of the program.</source>
        <translation>Новый язык будет применён при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
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
        <source>Must be a single line.</source>
        <translation>Текст должен помещаться в одну строку.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="63"/>
        <source>Contains a character that is not allowed.</source>
        <translation>Содержит недопустимый символ.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="64"/>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="65"/>
        <source>The file is not a PNG or JPEG image.</source>
        <translation>Файл не является изображением PNG или JPEG.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="66"/>
        <source>The image file is truncated or damaged.</source>
        <translation>Файл изображения обрезан или повреждён.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="69"/>
        <source>The file is {size_mb} MB; a logo may be at most {max_mb} MB.</source>
        <translation>Размер файла — {size_mb} МБ; логотип может занимать не более {max_mb} МБ.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72"/>
        <source>The image is {width}×{height} pixels; at most {max}×{max} is accepted. Scale it down first.</source>
        <translation>Размер изображения — {width}×{height} пикс.; допускается не более {max}×{max}. Сначала уменьшите изображение.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="94"/>
        <source>{file} is not a service plan.</source>
        <translation>Файл {file} не является сервисным планом.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="98"/>
        <source>{file} is damaged and cannot be opened.</source>
        <translation>Файл {file} повреждён, открыть его невозможно.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="102"/>
        <source>{file} was saved by a newer version of this program. Update the program to open it.</source>
        <translation>Файл {file} сохранён более новой версией программы. Чтобы открыть его, обновите программу.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="110"/>
        <source>{file} is already open in another window or program.</source>
        <translation>Файл {file} уже открыт в другом окне или программе.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="116"/>
        <source>{file} already exists.</source>
        <translation>Файл {file} уже существует.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="121"/>
        <source>Details: {detail}</source>
        <translation>Подробности: {detail}</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <location filename="../../ui/pages/metrics.py" line="69"/>
        <source>Business metrics</source>
        <translation>Бизнес-показатели</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="73"/>
        <source>Figures from the last twelve months, each set against a reference threshold. Leave a field empty when the figure is not known; a decimal comma is fine.</source>
        <translation>Показатели за последние двенадцать месяцев, каждый в сравнении с ориентиром. Если значение неизвестно, оставьте поле пустым; дробную часть можно отделять запятой.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="81"/>
        <source>Figures</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="95"/>
        <source>Reference: at least {value} {unit}</source>
        <translation>Ориентир: не менее {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="97"/>
        <source>Reference: at most {value} {unit}</source>
        <translation>Ориентир: не более {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="148"/>
        <source>Not saved: “{text}” is not a number.</source>
        <translation>Не сохранено: «{text}» — не число.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="157"/>
        <source>value of “{name}”</source>
        <translation>значения «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="163"/>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="202"/>
        <source>no value yet</source>
        <translation>значения пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="205"/>
        <source>meets the reference</source>
        <translation>соответствует ориентиру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="208"/>
        <source>below the reference</source>
        <translation>хуже ориентира</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="216"/>
        <source>Business metrics against their thresholds</source>
        <translation>Бизнес-показатели и их ориентиры</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="217"/>
        <source>no value</source>
        <translation>нет значения</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="20"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="24"/>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="28"/>
        <source>Language of the program</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="30"/>
        <source>Takes effect the next time the program starts.</source>
        <translation>Вступит в силу при следующем запуске программы.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/pages/profile.py" line="42"/>
        <source>Business name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="43"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="44"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="45"/>
        <source>Customer groups</source>
        <translation>Группы клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="46"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="47"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="48"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="49"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="50"/>
        <source>Prepared by</source>
        <translation>Составитель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="51"/>
        <source>Preparer&apos;s name</source>
        <translation>Имя составителя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="52"/>
        <source>Consultant&apos;s firm</source>
        <translation>Фирма консультанта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="53"/>
        <source>Plan date</source>
        <translation>Дата плана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="54"/>
        <location filename="../../ui/pages/profile.py" line="339"/>
        <source>Plan language</source>
        <translation>Язык плана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="55"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="62"/>
        <location filename="../../ui/pages/profile.py" line="139"/>
        <source>Not set</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="63"/>
        <source>Micro: 1–9 people</source>
        <translation>Микропредприятие: 1–9 человек</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="64"/>
        <source>Small: 10–49 people</source>
        <translation>Малое: 10–49 человек</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="65"/>
        <source>Medium: 50–249 people</source>
        <translation>Среднее: 50–249 человек</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="66"/>
        <source>Large: 250 people or more</source>
        <translation>Крупное: от 250 человек</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="87"/>
        <source>Profile</source>
        <translation>Профиль компании</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="91"/>
        <source>Who the plan is for and who prepares it. Changes are saved as you type; Undo takes them back.</source>
        <translation>Для какой компании составляется план и кто его готовит. Изменения сохраняются по мере ввода; их можно отменить командой «Правка ▸ Отменить».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="100"/>
        <source>The business</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="105"/>
        <source>e.g. bakery and café, car repair, dental clinic</source>
        <translation>например, пекарня-кафе, автосервис, стоматология</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="117"/>
        <source>One group per line, e.g. “office workers at lunchtime”</source>
        <translation>По одной группе в строке, например «офисные сотрудники в обеденный перерыв»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="120"/>
        <source>Address and contacts</source>
        <translation>Адрес и контакты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="126"/>
        <source>Who prepares the plan</source>
        <translation>Кто составляет план</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="128"/>
        <source>The owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="129"/>
        <source>A consultant</source>
        <translation>Консультант</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="145"/>
        <source>The plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="152"/>
        <source>The plan&apos;s content and its printed Service Plan use this language.</source>
        <translation>На этом языке ведётся содержание плана и печатается Сервисный план.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="170"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="172"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="181"/>
        <source>PNG or JPEG, at most {mb} MB and 4096×4096 pixels.</source>
        <translation>PNG или JPEG, не более {mb} МБ и 4096×4096 пикселей.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="307"/>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="325"/>
        <source>Edit “{field}”</source>
        <translation>изменение поля «{field}»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="335"/>
        <source>Change the plan language</source>
        <translation>изменение языка плана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="344"/>
        <source>Choose a logo</source>
        <translation>Выбор логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="366"/>
        <source>Set the logo</source>
        <translation>добавление логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="370"/>
        <source>Remove the logo</source>
        <translation>удаление логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="435"/>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="445"/>
        <source>Cannot show this image</source>
        <translation>Не удаётся показать изображение</translation>
    </message>
</context>
<context>
    <name>SelfAuditPage</name>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="43"/>
        <source>not enough answers</source>
        <translation>недостаточно ответов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="44"/>
        <source>{score} / 100</source>
        <translation>{score} из 100</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="68"/>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="81"/>
        <source>Note (optional)</source>
        <translation>Примечание (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="141"/>
        <location filename="../../ui/pages/self_audit.py" line="266"/>
        <source>Self-audit</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="145"/>
        <source>Rate each statement as things are today, from 1 (strongly disagree) to 5 (strongly agree), or mark it N/A where it does not apply. For the seven sins, agreeing means the sin is seen, so they count in reverse. Click a chosen answer again to clear it.</source>
        <translation>Оцените каждое утверждение по сегодняшнему положению дел: от 1 (совершенно не согласен) до 5 (полностью согласен), или отметьте «Н/П», если оно неприменимо. Для семи грехов сервиса согласие означает, что грех встречается, поэтому они считаются в обратную сторону. Повторный щелчок по выбранному ответу снимает его.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="159"/>
        <source>%v of %m answered</source>
        <translation>Отвечено %v из %m</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="164"/>
        <source>Save as snapshot</source>
        <translation>Сохранить срез</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="166"/>
        <source>Keep today&apos;s scores, so that later reassessments show the progress made.</source>
        <translation>Сохранить сегодняшние оценки, чтобы при следующих оценках был виден прогресс.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="186"/>
        <source>Weakest statements</source>
        <translation>Самые слабые места</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="194"/>
        <location filename="../../ui/pages/self_audit.py" line="316"/>
        <source>Snapshots</source>
        <translation>Срезы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="200"/>
        <source>Delete snapshot</source>
        <translation>Удалить срез</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="262"/>
        <source>answer to a self-audit statement</source>
        <translation>ответа в самооценке</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="312"/>
        <source>snapshot of the scores</source>
        <translation>среза оценок</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="324"/>
        <source>deletion of a snapshot</source>
        <translation>удаления среза</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="359"/>
        <source>{title} — {answered} of {total} answered · {score}</source>
        <translation>{title} — отвечено {answered} из {total} · {score}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="372"/>
        <source>Service-level index: {score}</source>
        <translation>Индекс уровня сервиса: {score}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="380"/>
        <source>No statement scores below 50 yet.</source>
        <translation>Пока ни одно утверждение не оценено ниже 50.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="390"/>
        <source>{date}: index {score}</source>
        <translation>{date}: индекс {score}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="402"/>
        <source>Score by dimension (0–100)</source>
        <translation>Оценка по направлениям (0–100)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="420"/>
        <source>Service-level index</source>
        <translation>Индекс уровня сервиса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="421"/>
        <source>Progress between assessments</source>
        <translation>Динамика между оценками</translation>
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
