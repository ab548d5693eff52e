<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartPreview</name>
    <message>
        <location filename="../../ui/chart_view.py" line="36"/>
        <source>Drawing the chart…</source>
        <translation>正在绘制图表……</translation>
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="77"/>
        <source>The chart could not be drawn: {error}</source>
        <translation>无法绘制图表：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="1"/>
        <source>Save Chart As…</source>
        <translation>图表另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="1"/>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="1"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 图形 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_view.py" line="1"/>
        <source>The chart could not be saved in {file}: {error}</source>
        <translation>无法将图表保存到 {file}：{error}</translation>
    </message>
</context>
<context>
    <name>ComplaintCategoriesDialog</name>
    <message>
        <location filename="../../ui/pages/complaints.py" line="436"/>
        <source>Complaint categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="440"/>
        <source>One category per line, in the order they are offered. A handful of clear categories makes the Pareto chart useful. Complaints already logged keep their category.</source>
        <translation>每行一个类别，按供选择时的顺序排列。类别少而清晰，帕累托图才有用。已记录的投诉保留原有类别。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="462"/>
        <source>Restore the defaults</source>
        <translation>恢复默认</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Branch or customer group:</source>
        <translation>门店或顾客群体：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="337"/>
        <source>Add a complaint</source>
        <translation>添加投诉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="339"/>
        <source>Edit the complaint</source>
        <translation>编辑投诉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="347"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="351"/>
        <source>Leave it empty when the date is not known.</source>
        <translation>日期未知时请留空。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="355"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="361"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="376"/>
        <source>Choose or type a category</source>
        <translation>选择或输入类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="377"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="383"/>
        <source>What the customer said, in their words where possible</source>
        <translation>顾客反映的内容，尽量使用原话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="385"/>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="387"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="391"/>
        <source>The customer&apos;s problem was put right.</source>
        <translation>顾客的问题已得到解决。</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <location filename="../../ui/pages/complaints.py" line="244"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="245"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="246"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="247"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="257"/>
        <source>Branch or group</source>
        <translation>门店或群体</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../ui/pages/complaints.py" line="76"/>
        <source>(no category)</source>
        <extracomment>Bars in the chart; rarer categories are summed into one last bar so the chart stays legible.</extracomment>
        <translation>（无类别）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="93"/>
        <source>, </source>
        <comment>between items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="94"/>
        <source> and </source>
        <comment>before the last item of a list</comment>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="106"/>
        <source>{category} makes up {share}% of complaints: start there.</source>
        <translation>“{category}”占全部投诉的 {share}%：请从这里入手。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="109"/>
        <source>{categories} together make up {share}% of complaints: start there.</source>
        <translation>{categories}合计占全部投诉的 {share}%：请从这些类别入手。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="119"/>
        <source>Give the complaint a category or a description.</source>
        <translation>请为投诉填写类别或描述。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="121"/>
        <source>There are {count} categories; at most {max} are allowed.</source>
        <translation>共有 {count} 个类别，最多允许 {max} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="125"/>
        <source>This complaint is no longer in the plan; it may have been undone.</source>
        <translation>此投诉已不在计划中，可能已被撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="130"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="131"/>
        <location filename="../../ui/pages/complaints.py" line="643"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="132"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="137"/>
        <source>Write it as YYYY-MM-DD, e.g. {example}, or leave it empty.</source>
        <translation>请按 YYYY-MM-DD 格式填写，例如 {example}，或留空。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="140"/>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="162"/>
        <source>Other categories ({count})</source>
        <translation>其他类别（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="509"/>
        <location filename="../../ui/pages/complaints.py" line="644"/>
        <location filename="../../ui/pages/complaints.py" line="700"/>
        <location filename="../../ui/pages/complaints.py" line="928"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="513"/>
        <source>Each complaint is information, and a chance to win the customer back. Log every one, with its category, and note when it is resolved. The Pareto chart below shows the few categories that cause most complaints: start there.</source>
        <translation>每一条投诉都是信息，也是赢回顾客的机会。请记录每一条投诉及其类别，并在解决后做好标记。下方的帕累托图显示造成大多数投诉的少数类别：请从这些类别入手。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="524"/>
        <source>Add complaint…</source>
        <translation>添加投诉…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="527"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="530"/>
        <location filename="../../ui/pages/complaints.py" line="767"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="533"/>
        <source>Import complaints…</source>
        <translation>导入投诉…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="536"/>
        <source>Read a complaints log from a CSV or Excel file: date, category, description, resolved.</source>
        <translation>从 CSV 或 Excel 文件读取投诉日志：日期、类别、描述、是否已解决。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="543"/>
        <source>Categories…</source>
        <translation>类别…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="558"/>
        <source>Search category or text</source>
        <translation>搜索类别或内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="624"/>
        <source>No complaints logged yet. Add them one by one or import a log; the Pareto chart of their categories appears here.</source>
        <translation>尚未记录任何投诉。可逐条添加或导入投诉日志，按类别绘制的帕累托图将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="645"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="646"/>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="712"/>
        <source>new complaint</source>
        <translation>添加投诉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="734"/>
        <source>change to a complaint</source>
        <translation>修改投诉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="760"/>
        <source>Delete the complaint “{what}”?</source>
        <translation>删除投诉“{what}”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/complaints.py" line="765"/>
        <source>Delete %n complaints?</source>
        <translation>
            <numerusform>删除 %n 条投诉？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="766"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>可通过「编辑 ▸ 撤销」恢复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/complaints.py" line="775"/>
        <source>deletion of %n complaints</source>
        <translation>
            <numerusform>删除 %n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="778"/>
        <source>deletion of a complaint</source>
        <translation>删除投诉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="806"/>
        <source>complaint categories</source>
        <translation>修改投诉类别</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="827"/>
        <source>Complaints imported: {count}.</source>
        <translation>已导入 {count} 条投诉。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="880"/>
        <source>Complaints logged: {total}. Resolved: {resolved} ({share}%).</source>
        <translation>已记录投诉：{total} 条。已解决：{resolved} 条（{share}%）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="885"/>
        <source>Matching the search: {shown}.</source>
        <translation>符合搜索条件：{shown} 条。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="929"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location filename="../../ui/pages/complaints.py" line="930"/>
        <source>Complaints by category (Pareto)</source>
        <translation>按类别统计的投诉（帕累托图）</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="80"/>
        <source>Not set (e.g. {example})</source>
        <translation>未设置（例如 {example}）</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="88"/>
        <source>Choose the date on a calendar</source>
        <translation>在日历中选择日期</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="128"/>
        <source>“{text}” is not a date. Type it like {example}, or leave it empty.</source>
        <translation>“{text}”不是日期。请按 {example} 的格式输入，或留空。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="15"/>
        <source>Service plans (*.svcplan);;All files (*)</source>
        <translation>服务计划 (*.svcplan);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="19"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="23"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../ui/preview.py" line="88"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="128"/>
        <source>Preparing the document…</source>
        <translation>正在准备文件…</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="143"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="150"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="155"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="181"/>
        <source>{count} page(s). Print it, or save it as a PDF.</source>
        <translation>共 {count} 页。可打印，或另存为 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="193"/>
        <source>The document could not be prepared: {error}</source>
        <translation>无法准备文件：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/preview.py" line="212"/>
        <source>{count} page(s) sent to the printer.</source>
        <translation>已发送 {count} 页到打印机。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="78"/>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="79"/>
        <source>The business and its customers</source>
        <translation>企业及其顾客</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="80"/>
        <source>Service level today: the company&apos;s view</source>
        <translation>当前服务水平：企业自评</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="81"/>
        <source>What customers say</source>
        <translation>顾客怎么说</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="82"/>
        <source>The main problems</source>
        <translation>主要问题</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="83"/>
        <source>Service standards</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="84"/>
        <source>Goals and means</source>
        <translation>目标与措施</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="85"/>
        <source>Budget and the cost of poor service</source>
        <translation>预算与劣质服务的代价</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="86"/>
        <source>Appendix: answers and statistics</source>
        <translation>附录：回答与统计</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="102"/>
        <source>Reading the plan…</source>
        <translation>正在读取计划…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="103"/>
        <source>Laying out the pages…</source>
        <translation>正在排版页面…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="104"/>
        <source>Writing the file…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="109"/>
        <source>Writing: {section}</source>
        <translation>正在生成：{section}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="110"/>
        <source>Writing the document…</source>
        <translation>正在生成文档…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="126"/>
        <source>service-plan.pdf</source>
        <translation>服务计划.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="146"/>
        <source>{file} could not be written.</source>
        <translation>无法写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="148"/>
        <source>Details: {detail}</source>
        <translation>详细信息：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="180"/>
        <location filename="../../ui/export_dialog.py" line="345"/>
        <location filename="../../ui/export_dialog.py" line="372"/>
        <source>Export the Service Plan</source>
        <translation>导出服务计划</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="186"/>
        <source>The Service Plan of “{plan}” with its charts: a PDF ready to print or send, or a Word document to edit.</source>
        <translation>“{plan}”的服务计划（含图表）：可直接打印或发送的 PDF，或可编辑的 Word 文档。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="195"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="215"/>
        <source>Checking which sections have something to print…</source>
        <translation>正在检查哪些部分有可打印的内容…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="306"/>
        <source>{section} (not filled in yet)</source>
        <translation>{section}（尚未填写）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="311"/>
        <source>The plan holds nothing for this section yet: the document marks it as not assessed.</source>
        <translation>计划中尚无此章节的内容：文档会将其标注为“尚未评估”。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="209"/>
        <source>The cover and the table of contents are always included.</source>
        <translation>封面和目录始终包含在内。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="222"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="229"/>
        <source>Language of the document</source>
        <translation>文档语言</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="232"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="233"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="236"/>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="244"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="248"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="249"/>
        <source>Open the document when it is ready</source>
        <translation>完成后打开文档</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="269"/>
        <source>Open the document</source>
        <translation>打开文档</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="275"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="280"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="285"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="373"/>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} 已存在。是否替换？</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="415"/>
        <source>Preparing the document…</source>
        <translation>正在准备文档…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="426"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="467"/>
        <source>The Service Plan was written to {file}</source>
        <translation>服务计划已保存到 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="486"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="489"/>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="497"/>
        <source>The Service Plan could not be written</source>
        <translation>无法生成服务计划</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="508"/>
        <source>No program to open PDF documents was found.</source>
        <translation>未找到可打开 PDF 文档的程序。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="249"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="245"/>
        <source>PDF, ready to print or send</source>
        <translation>PDF：可直接打印或发送</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="246"/>
        <source>Word (.docx), to edit</source>
        <translation>Word（.docx）：可编辑</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="371"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Customer group:</source>
        <translation>顾客群体：</translation>
    </message>
    <message>
        <source>The whole survey</source>
        <translation>全部调查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="148"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="149"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="150"/>
        <source>Indicator name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="151"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="152"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="153"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="154"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="155"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="156"/>
        <source>Linked problems</source>
        <translation>关联的问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="174"/>
        <source>Give the goal a title.</source>
        <translation>请为目标填写标题。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="307"/>
        <source>What changes, e.g. “More customers recommend us”</source>
        <translation>要改变什么，例如“更多顾客推荐我们”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="309"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="316"/>
        <source>Other indicator…</source>
        <translation>其他指标…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="317"/>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="322"/>
        <source>e.g. Share of orders delivered on time</source>
        <translation>例如：按时送达的订单比例</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="324"/>
        <source>Indicator name:</source>
        <translation>指标名称：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="329"/>
        <source>e.g. %, minutes, orders</source>
        <translation>例如：%、分钟、单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="330"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="332"/>
        <source>A higher value is better</source>
        <translation>数值越高越好</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="343"/>
        <source>today&apos;s value</source>
        <translation>当前数值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="350"/>
        <source>Baseline:</source>
        <translation>基线：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="361"/>
        <source>Target:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="363"/>
        <source>No deadline</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="365"/>
        <source>Deadline:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="369"/>
        <source>Who answers for it</source>
        <translation>由谁负责</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="370"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="383"/>
        <source>One of the plan&apos;s focus problems</source>
        <translation>计划的重点问题之一</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="389"/>
        <source>No problems in the plan yet (step 2).</source>
        <translation>计划中还没有问题（第 2 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="393"/>
        <source>Linked problems:</source>
        <translation>关联的问题：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="448"/>
        <source>Typed: the plan does not measure this indicator.</source>
        <translation>手工填写：计划不测量此指标。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="456"/>
        <source>follows the plan: {indicator} today {value}</source>
        <translation>随计划数据更新：{indicator}当前为 {value}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="464"/>
        <source>Not measured yet: type today&apos;s value; the plan&apos;s own figure replaces it once it is measured.</source>
        <translation>尚未测量：请填写当前数值；计划测得该指标后，将以实测数值代替。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="539"/>
        <source>Type the baseline and the target as numbers.</source>
        <translation>请用数字填写基线和目标值。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="549"/>
        <source>✓ Specific, measurable and dated, with means to reach it.</source>
        <translation>✓ 具体、可衡量、有期限，并有实现它的措施。</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../ui/pages/goals.py" line="133"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="154"/>
        <source>must be between 0% and 100%.</source>
        <translation>必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="158"/>
        <source>must be between 0 and {maximum}.</source>
        <translation>必须在 0 到 {maximum} 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="162"/>
        <source>must not be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="164"/>
        <source>this is not a number.</source>
        <translation>这不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="166"/>
        <source>cannot be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="169"/>
        <location filename="../../ui/pages/goal_dialogs.py" line="193"/>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="171"/>
        <source>The saved value {value} is back.</source>
        <translation>已恢复为保存的值 {value}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="257"/>
        <location filename="../../ui/pages/goals.py" line="567"/>
        <source>Goals and means</source>
        <translation>目标与措施</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="261"/>
        <source>Set goals for the focus problems: what changes, measured by which indicator, from which baseline to which target, by when. Then plan the means that reach them: what staff must know, want and be able to do, with owners, dates and budgets. The calculator below shows what poor service costs, and what the plan can win back.</source>
        <translation>为重点问题设定目标：要改变什么、用哪个指标衡量、从什么基线提高到什么目标值、在什么时间之前完成。然后规划实现目标的措施：员工需要知道什么、愿意做什么、能够做什么，并明确负责人、日期和预算。下方的计算器显示服务差造成的代价，以及计划能挽回多少。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="291"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="295"/>
        <source>Add goal…</source>
        <translation>添加目标…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="298"/>
        <location filename="../../ui/pages/goals.py" line="363"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="301"/>
        <location filename="../../ui/pages/goals.py" line="366"/>
        <location filename="../../ui/pages/goals.py" line="655"/>
        <location filename="../../ui/pages/goals.py" line="724"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="311"/>
        <location filename="../../ui/pages/goals.py" line="380"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="312"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="313"/>
        <location filename="../../ui/pages/goals.py" line="1279"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="314"/>
        <location filename="../../ui/pages/goals.py" line="1280"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="315"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="316"/>
        <location filename="../../ui/pages/goals.py" line="383"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="317"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="318"/>
        <location filename="../../ui/pages/goals.py" line="386"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="328"/>
        <source>✓ specific, measurable, dated and with means; ⚠ see why</source>
        <translation>✓ 具体、可衡量、有期限且有措施；⚠ 指向可查看原因</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="343"/>
        <source>Means</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="347"/>
        <source>Each means works on one root cause: staff know how (training, coaching, guides), want to (motivation, recognition, rewards), or can (systems, policies, tools, removing rule-book policies).</source>
        <translation>每项措施针对一个根源：让员工知道怎么做（培训、辅导、指南），愿意去做（激励、认可、奖励），或能够做到（制度、规定、工具、废除刻板规定）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="357"/>
        <source>Add means…</source>
        <translation>添加措施…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="360"/>
        <source>Add from library…</source>
        <translation>从措施库添加…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="381"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="382"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="384"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="385"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="387"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="412"/>
        <source>The plan on charts</source>
        <translation>计划图表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="419"/>
        <source>No goals or means yet. The timeline of the means, the budget by kind and each goal&apos;s baseline and target appear here once you add them.</source>
        <translation>还没有目标或措施。添加之后，这里会显示措施时间表、按类型的预算，以及各目标的基线和目标值。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="439"/>
        <source>The cost of poor service</source>
        <translation>服务差的代价</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="443"/>
        <source>What poor service costs this business each year, against what the plan spends. Type your own figures; a decimal comma is fine.</source>
        <translation>服务差每年给本企业造成多少损失，与计划的花费对照。请填入本企业的数据；小数点可用逗号。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="458"/>
        <source>stop buying each year</source>
        <translation>人/年不再购买</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="459"/>
        <source>% (research: 68%)</source>
        <translation>%（研究数据：68%）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="460"/>
        <source>× the lost revenue to win it back (research: 10)</source>
        <translation>× 流失收入 = 补回它的成本（研究数据：10）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="463"/>
        <source>e.g. $, ₽, ¥ or USD</source>
        <translation>例如：¥、元、$ 或 USD</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="494"/>
        <source>What it costs, and what the plan wins back</source>
        <translation>损失多少，计划能挽回多少</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="513"/>
        <source>Add a retention goal…</source>
        <translation>添加顾客保留率目标…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="602"/>
        <source>Add a goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="608"/>
        <source>new goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="621"/>
        <source>Edit the goal</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="632"/>
        <source>change to a goal</source>
        <translation>修改目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="646"/>
        <source>Delete the goal “{title}”?</source>
        <translation>删除目标“{title}”？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/goals.py" line="651"/>
        <source>Its %n means stay in the plan, without a goal.</source>
        <translation>
            <numerusform>它的 %n 项措施仍保留在计划中，但不再关联目标。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="654"/>
        <location filename="../../ui/pages/goals.py" line="723"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>可通过「编辑 ▸ 撤销」恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="657"/>
        <source>deletion of a goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="676"/>
        <source>Add a means</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="682"/>
        <location filename="../../ui/pages/goals.py" line="751"/>
        <source>new means</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="695"/>
        <source>Edit the means</source>
        <translation>编辑措施</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="706"/>
        <source>change to a means</source>
        <translation>修改措施</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="720"/>
        <source>Delete the means “{action}”?</source>
        <translation>删除措施“{action}”？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="726"/>
        <source>deletion of a means</source>
        <translation>删除措施</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/goals.py" line="747"/>
        <source>%n means from the library</source>
        <translation>
            <numerusform>从措施库添加 %n 项措施</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="810"/>
        <source>calculator: {field}</source>
        <translation>计算器：{field}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="939"/>
        <source>Specific, measurable and dated, with means to reach it.</source>
        <translation>具体、可衡量、有期限，并有实现它的措施。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="958"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="972"/>
        <source>No goals yet. Add one for each focus problem: name what changes and the indicator that shows it, with a target and a deadline.</source>
        <translation>还没有目标。请为每个重点问题添加一个目标：写明要改变什么、用哪个指标体现，并设定目标值和截止日期。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="980"/>
        <source>✓ marks a goal that is specific, measurable and dated, with means to reach it; point at ⚠ to see what a goal still lacks. Ready: {ready} of {count}.</source>
        <translation>✓ 表示目标具体、可衡量、有期限，并有实现它的措施；将鼠标指向 ⚠ 可查看目标还缺少什么。已完善：{ready} / {count}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="990"/>
        <source>Measuring the plan…</source>
        <translation>正在测算计划数据…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="993"/>
        <source>not measured yet</source>
        <translation>尚未测量</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1003"/>
        <source>Measured in the plan; it follows new data.</source>
        <translation>由计划实测，随新数据更新。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1005"/>
        <source>Typed in the goal.</source>
        <translation>在目标中手工填写。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1013"/>
        <location filename="../../ui/pages/goals.py" line="1204"/>
        <source>No goal</source>
        <translation>未关联目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1052"/>
        <source>No means yet. Add your own, or pick from the library of means that work on each root cause.</source>
        <translation>还没有措施。可以自行添加，也可以从措施库中挑选针对各个根源的措施。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/goals.py" line="1062"/>
        <source>%n means; budget in all: {budget}.</source>
        <translation>
            <numerusform>共 %n 项措施；总预算：{budget}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1080"/>
        <source>a year</source>
        <translation>/年</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1090"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1105"/>
        <source>Fill in the customers, their yearly revenue and how many leave a year.</source>
        <translation>请填写顾客数、每位顾客的年收入以及每年流失的顾客数。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1117"/>
        <source>Add a goal on customer retention with a target to project the gain.</source>
        <translation>添加一个设有目标值的顾客保留率目标，即可预计收益。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1124"/>
        <source>Fill in the customers and their yearly revenue to project the gain of “{goal}”.</source>
        <translation>填写顾客数和每位顾客的年收入，即可预计“{goal}”的收益。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1134"/>
        <source>retention from {baseline} to {target}</source>
        <translation>保留率从 {baseline} 提高到 {target}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1139"/>
        <source>by {deadline}</source>
        <translation>期限 {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1151"/>
        <source>{months} months</source>
        <translation>{months} 个月</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1159"/>
        <source>Where the figures come from:</source>
        <translation>数据来源：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1210"/>
        <source>The means on a timeline</source>
        <translation>措施时间表</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1212"/>
        <source>The means on a timeline: the first {shown} of {count}</source>
        <translation>措施时间表：共 {count} 项中的前 {shown} 项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1215"/>
        <source>No means with both a start and an end date yet.</source>
        <translation>还没有同时设定开始和结束日期的措施。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1242"/>
        <source>Budget by kind of means</source>
        <translation>按措施类型的预算</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1243"/>
        <source>No budgets on the means yet.</source>
        <translation>措施尚未设定预算。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1282"/>
        <source>Each goal: baseline and target</source>
        <translation>各目标的基线与目标值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1284"/>
        <source>Each goal: baseline and target, the first {shown} of {count}</source>
        <translation>各目标的基线与目标值：共 {count} 个中的前 {shown} 个</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1287"/>
        <source>No goals yet.</source>
        <translation>还没有目标。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="141"/>
        <source>{kind} · {form}</source>
        <translation>{kind} · {form}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="182"/>
        <source>This entry is no longer in the plan; it may have been undone.</source>
        <translation>此条目已不在计划中，可能已被撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="190"/>
        <source>Must not be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1143"/>
        <source>Can&apos;t be computed yet: the means have no budget.</source>
        <translation>暂无法计算：各项措施尚无预算。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1149"/>
        <source>Can&apos;t be computed yet: no projected gain.</source>
        <translation>暂无法计算：尚无预计收益。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goals.py" line="1154"/>
        <source>Payback = the means&apos; budget ÷ the projected gain a year × 12; it needs both above zero.</source>
        <translation>回收期 = 措施预算 ÷ 每年预计收益 × 12；两者都须大于零。</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../ui/guidance.py" line="64"/>
        <source>Fill in: {fields}.</source>
        <translation>请填写：{fields}。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="67"/>
        <source>Answer the {count} statements still open (of {total}).</source>
        <translation>回答尚未作答的 {count} 条陈述（共 {total} 条）。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="70"/>
        <source>Type the {count} business figures still missing (of {total}).</source>
        <translation>填写尚缺的 {count} 项经营指标（共 {total} 项）。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="73"/>
        <source>Import at least {total} survey responses ({count} so far).</source>
        <translation>导入至少 {total} 份调查回答（目前 {count} 份）。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="76"/>
        <source>Log the complaints customers made (none yet).</source>
        <translation>记录顾客的投诉（目前没有）。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="79"/>
        <source>Add the main problems: start from the suggestions.</source>
        <translation>添加主要问题：从建议开始。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="82"/>
        <source>Mark the seven sins checklist ({count} of {total} marked).</source>
        <translation>填写七宗罪清单（已标记 {count}/{total}）。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="85"/>
        <source>Set service standards: start from a template.</source>
        <translation>制定服务标准：从模板开始。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="88"/>
        <source>Make {count} standard(s) measurable: an indicator, a target and a unit.</source>
        <translation>使 {count} 条标准可衡量：指标、目标值和单位。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="91"/>
        <source>Answer {count} focus problem(s) with a standard.</source>
        <translation>为 {count} 个重点问题制定标准。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="94"/>
        <source>Set at least one goal with a target and a deadline.</source>
        <translation>至少设定一个有目标值和期限的目标。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="97"/>
        <source>Make {count} goal(s) specific, measurable and dated.</source>
        <translation>使 {count} 个目标具体、可衡量并有期限。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="100"/>
        <source>Give {count} goal(s) a means to reach it.</source>
        <translation>为 {count} 个目标安排实现措施。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="111"/>
        <source>{done} of {total} required fields filled</source>
        <translation>已填写 {done}/{total} 个必填项</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="112"/>
        <source>{done} of {total} statements answered</source>
        <translation>已回答 {done}/{total} 条陈述</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="113"/>
        <source>{done} of {total} figures typed</source>
        <translation>已填写 {done}/{total} 项指标</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="114"/>
        <source>{done} responses ({total} needed)</source>
        <translation>{done} 份回答（需要 {total} 份）</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="115"/>
        <source>{done} complaints logged</source>
        <translation>已记录 {done} 条投诉</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="116"/>
        <source>{done} problems listed</source>
        <translation>已列出 {done} 个问题</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="117"/>
        <source>{done} standards set</source>
        <translation>已制定 {done} 条标准</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="118"/>
        <source>{done} goals set</source>
        <translation>已设定 {done} 个目标</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="119"/>
        <source>{done} of {total} steps complete</source>
        <translation>已完成 {done}/{total} 个步骤</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="163"/>
        <source>Every step is complete: preview the Service Plan, print it or export it.</source>
        <translation>所有步骤均已完成：预览、打印或导出服务计划。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="171"/>
        <source>Still to do first: {what}</source>
        <translation>尚需先完成：{what}</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="181"/>
        <source>To finish this step: {what}</source>
        <translation>完成此步骤还需：{what}</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="185"/>
        <source>This step is complete. Next: {step}.</source>
        <translation>此步骤已完成。下一步：{step}。</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="194"/>
        <source>Go to {step} →</source>
        <translation>前往：{step} →</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="228"/>
        <source>What is filled in</source>
        <translation>已填写的内容</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="245"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="251"/>
        <source>What to do next</source>
        <translation>下一步做什么</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="262"/>
        <source>How to do it well</source>
        <translation>如何做好</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="316"/>
        <source>What it is for</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="317"/>
        <source>Why it matters</source>
        <translation>为何重要</translation>
    </message>
    <message>
        <location filename="../../ui/guidance.py" line="334"/>
        <source>Help: {step}</source>
        <translation>帮助：{step}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>A wave of the plan gets these responses added; a new label makes a new wave. The plan's figures are those of its latest wave.</source>
        <translation>回答将加入所选的调查批次；输入新名称会新建一个批次。计划的各项指标取自最新一批。</translation>
    </message>
    <message>
        <source>Survey wave:</source>
        <translation>调查批次：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>电子表格 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="62"/>
        <source>NPS: likelihood to recommend (0–10)</source>
        <translation>NPS：推荐可能性（0–10）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="63"/>
        <source>CSAT: satisfaction (1–5)</source>
        <translation>CSAT：满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="64"/>
        <source>CES: ease of getting help (1–7)</source>
        <translation>CES：获得帮助的轻松程度（1–7）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="65"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="66"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="67"/>
        <source>Customer group (segment)</source>
        <translation>顾客群体（细分市场）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="68"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="69"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="70"/>
        <source>Resolved (yes/no)</source>
        <translation>已解决（是/否）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="79"/>
        <source>Importance of {dimension} (points)</source>
        <translation>{dimension}的重要性（分）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="84"/>
        <source>{code} expectation: {statement}</source>
        <translation>{code} 期望：{statement}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="86"/>
        <source>{code} perception: {statement}</source>
        <translation>{code} 感知：{statement}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="94"/>
        <source>“{value}” is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="95"/>
        <source>“{value}” is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="96"/>
        <source>“{value}” is outside {minimum}–{maximum}</source>
        <translation>“{value}”超出 {minimum}–{maximum} 的范围</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="97"/>
        <source>“{value}” is not a date</source>
        <translation>“{value}”不是日期</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="98"/>
        <source>“{value}” is neither yes nor no</source>
        <translation>“{value}”既不是“是”也不是“否”</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="99"/>
        <source>the text is {length} characters; at most {max}</source>
        <translation>文本长度为 {length} 个字符，最多 {max} 个</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="100"/>
        <source>{count} filled cells beyond the last column</source>
        <translation>最后一列之后有 {count} 个非空单元格</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="105"/>
        <source>Row {row}, column “{column}”: {reason}</source>
        <translation>第 {row} 行，“{column}”列：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="108"/>
        <source>Row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="117"/>
        <source>{file} does not exist.</source>
        <translation>{file} 不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="118"/>
        <source>{file} is too large to import.</source>
        <translation>{file} 过大，无法导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="119"/>
        <source>{file} is empty.</source>
        <translation>{file} 为空。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="120"/>
        <source>{file} is neither a spreadsheet nor a text file.</source>
        <translation>{file} 既不是电子表格，也不是文本文件。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="121"/>
        <source>{file} is an old Excel workbook (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation>{file} 是旧版 Excel 工作簿（.xls）。请将其另存为 .xlsx 或 CSV 格式后再导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="125"/>
        <source>{file} is in a format that cannot be imported; save it as CSV.</source>
        <translation>{file} 的格式无法导入，请另存为 CSV。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="128"/>
        <source>{file} is not a valid Excel workbook.</source>
        <translation>{file} 不是有效的 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="129"/>
        <source>{file} expands to far more data than it holds, and was refused.</source>
        <translation>{file} 解压后的数据量远超文件本身，已拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="132"/>
        <source>{file} has too many rows to import.</source>
        <translation>{file} 行数过多，无法导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="133"/>
        <source>{file} has too many columns to import.</source>
        <translation>{file} 列数过多，无法导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="134"/>
        <source>{file} has no header row with column names.</source>
        <translation>{file} 缺少包含列名的标题行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="135"/>
        <source>{file} has no column “{column}”.</source>
        <translation>{file} 中没有“{column}”列。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="136"/>
        <source>{file} has no valid rows.</source>
        <translation>{file} 中没有有效的行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="143"/>
        <source>Details: {detail}</source>
        <translation>详细信息：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="149"/>
        <source>Two columns hold the same thing; choose one of them.</source>
        <translation>有两列被指定为同一内容，请只保留其中一列。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="151"/>
        <source>Choose which column holds at least one survey answer (NPS, CSAT, CES, SERVQUAL or importance).</source>
        <translation>请至少指定一列调查答案（NPS、CSAT、CES、SERVQUAL 或重要性）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="157"/>
        <source>Choose which column holds the complaint&apos;s category or description.</source>
        <translation>请指定包含投诉类别或描述的列。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="181"/>
        <location filename="../../ui/import_dialog.py" line="391"/>
        <source>Import survey responses</source>
        <translation>导入调查答卷</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="183"/>
        <location filename="../../ui/import_dialog.py" line="393"/>
        <source>Import complaints</source>
        <translation>导入投诉</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="188"/>
        <source>{file}: {rows} rows, {columns} columns</source>
        <translation>{file}：{rows} 行，{columns} 列</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="193"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="197"/>
        <source>text in {encoding}, separated by {delimiter}</source>
        <translation>{encoding} 编码的文本，以{delimiter}分隔</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>Excel sheet “{sheet}”</source>
        <translation>Excel 工作表“{sheet}”</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>Text encoding:</source>
        <translation>文本编码：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>This text could be read in more than one way. Check the first rows below; if the letters look wrong, choose the file&apos;s encoding.</source>
        <translation>这段文本可以有多种读法。请检查下面的前几行；如果文字看起来不对，请选择文件的编码。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>{count} columns with no header are left out</source>
        <translation>已略去 {count} 个没有标题的列</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>cell {cell} on sheet “{sheet}”: {reason}</source>
        <translation>工作表“{sheet}”的单元格 {cell}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="204"/>
        <source>{file} has no sheet “{sheet}”.</source>
        <translation>{file} 中没有工作表“{sheet}”。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="212"/>
        <source>What each column holds:</source>
        <translation>各列的内容：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="217"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="218"/>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="219"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="225"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="229"/>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="249"/>
        <source>The first rows:</source>
        <translation>前几行：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="274"/>
        <source>This file was already imported on {date} ({rows} rows). Import it again</source>
        <translation>此文件已于 {date} 导入（{rows} 行）。再次导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="322"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="325"/>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="340"/>
        <source>Valid rows to import: {count}.</source>
        <translation>可导入的有效行：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="346"/>
        <source>Rows with errors, to be skipped: {count}.</source>
        <translation>有错误的行（将跳过）：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="352"/>
        <source>Empty rows, skipped: {count}.</source>
        <translation>空行（已跳过）：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="361"/>
        <source>… and {count} more</source>
        <translation>……另有 {count} 条</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="367"/>
        <source>Import the valid rows ({count})</source>
        <translation>导入有效行（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="398"/>
        <source>The file cannot be imported</source>
        <translation>无法导入文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="427"/>
        <source>Import “{file}”</source>
        <translation>导入“{file}”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Open the &amp;Demo Plan</source>
        <translation>打开演示计划(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Export the Service Plan…</source>
        <translation>导出服务计划(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>No recent plans</source>
        <translation>没有最近打开的计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Clear the list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Open it read-only?</source>
        <translation>是否以只读方式打开？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Plan in use</source>
        <translation>计划正在使用中</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>Opened, but no backup could be made: {detail}</source>
        <translation>已打开，但无法创建备份：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Open it read-only, with those values left out?</source>
        <translation>以只读方式打开，并略去这些值？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Cannot edit the plan</source>
        <translation>无法编辑该计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Opened read-only; {count} value(s) were left out: {first}</source>
        <translation>已以只读方式打开；略去了 {count} 个值：{first}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>A backup made when this plan was last opened exists ({name}). Open the backup read-only? Use File ▸ Save As to keep it under a new name.</source>
        <translation>存在上次打开此计划时生成的备份（{name}）。是否以只读方式打开该备份？如需以新名称保存，请使用「文件 ▸ 另存为」。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>Cannot open the plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Open a plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Cannot create the plan</source>
        <translation>无法创建计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Cannot create the demo plan</source>
        <translation>无法创建演示计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Save the plan as</source>
        <translation>计划另存为</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Cannot save the plan</source>
        <translation>无法保存计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>Read-only: {reason}. Use File ▸ Save As to make an editable copy.</source>
        <translation>只读：{reason}。如需可编辑的副本，请使用「文件 ▸ 另存为」。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>opened read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>its folder is read-only</source>
        <translation>所在文件夹为只读</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>Service Plan Builder</source>
        <translation>服务计划编制工具</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>&amp;Redo {what}</source>
        <translation>重做{what}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>The change could not be saved</source>
        <translation>无法保存此更改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="512"/>
        <source>The Service Plan was written to {file}</source>
        <translation>服务计划已保存到 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="545"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="546"/>
        <source>Service Plan Builder guides a business through assessing its service, hearing its customers, finding the main problems, setting standards, goals and means, and printing a Service Plan. It works offline; each plan is one file.</source>
        <translation>服务计划编制工具引导企业评估服务水平、倾听顾客意见、找出主要问题、制定服务标准及目标与措施，并打印服务计划。本程序无需联网，每个计划保存为一个文件。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>New from &amp;Template…</source>
        <translation>从模板新建(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Apply a &amp;Data File…</source>
        <translation>应用数据文件(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Choose a template</source>
        <translation>选择模板</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Plans and data files (*.svcplan *.json);;All files (*)</source>
        <translation>计划和数据文件 (*.svcplan *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Apply a data file</source>
        <translation>应用数据文件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Data files (*.json);;All files (*)</source>
        <translation>数据文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Cannot apply the data file</source>
        <translation>无法应用数据文件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>{file} has keys this program does not know; they will be left out: {keys}. Apply the rest?</source>
        <translation>{file} 含有本程序不认识的键，它们将被略过：{keys}。应用其余内容吗？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Apply {file}</source>
        <translation>应用 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1"/>
        <source>Applied {file}; Edit ▸ Undo takes it back.</source>
        <translation>已应用 {file}；“编辑 ▸ 撤销”可以撤回。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="551"/>
        <source>The new language is used from the next start of the program. Restart now? The plan and the page you are on open again; everything typed is already saved.</source>
        <translation>新语言将在下次启动程序时生效。现在重新启动吗？将重新打开同一计划和当前页面；已输入的内容均已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="571"/>
        <source>The program could not be started again. Start it yourself: the new language is used then.</source>
        <translation>无法重新启动程序。请自行启动程序，届时将使用新语言。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="118"/>
        <source>This is the demo plan of a made-up bakery-café. Look around and try anything; your own plan starts empty.</source>
        <translation>这是一家虚构烘焙咖啡馆的演示计划。随意浏览和尝试；您自己的计划将从空白开始。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="126"/>
        <source>Start my own plan…</source>
        <translation>开始我自己的计划…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Help on This &amp;Step</source>
        <translation>此步骤的帮助(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Print Pre&amp;view and Print…</source>
        <translation>打印预览与打印(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="653"/>
        <source>The Service Plan</source>
        <translation>服务计划</translation>
    </message>
</context>
<context>
    <name>MeansDialog</name>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="157"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="158"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="159"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="160"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="161"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="162"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="163"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="164"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="165"/>
        <location filename="../../ui/pages/goal_dialogs.py" line="166"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="176"/>
        <source>Say what will be done (the action).</source>
        <translation>请写明要做什么（措施）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="178"/>
        <source>End date: the end is before the start date ({start}).</source>
        <translation>结束日期：早于开始日期（{start}）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="580"/>
        <source>No goal</source>
        <translation>不关联目标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="624"/>
        <source>What will be done, e.g. “Complaint-handling training”</source>
        <translation>要做什么，例如“投诉处理培训”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="626"/>
        <source>Action:</source>
        <translation>措施：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="632"/>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="638"/>
        <source>{name}: {hint}</source>
        <translation>{name}：{hint}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="645"/>
        <source>The root cause it works on: staff learn how (know), want to (want), or are enabled by systems, rules and tools (can).</source>
        <translation>措施针对的根源：员工学会怎么做（知道），愿意去做（愿意），或借助制度、规定和工具得以做到（能够）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="651"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="656"/>
        <source>Form:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="662"/>
        <source>Who does it</source>
        <translation>由谁执行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="663"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="665"/>
        <location filename="../../ui/pages/goal_dialogs.py" line="668"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="667"/>
        <source>Start date:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="670"/>
        <source>End date:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="685"/>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="692"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="697"/>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="707"/>
        <source>— not set —</source>
        <translation>— 未设置 —</translation>
    </message>
</context>
<context>
    <name>MeansLibraryDialog</name>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="772"/>
        <source>Add means from the library</source>
        <translation>从措施库添加措施</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="777"/>
        <source>Tick the means that fit this business. Each is added with its typical duration from the start date; change owners, dates and budgets afterwards.</source>
        <translation>勾选适合本企业的措施。每项措施从开始日期起按其通常所需的时长加入计划；负责人、日期和预算可在之后修改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="790"/>
        <source>Means</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="791"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="792"/>
        <source>Takes</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="806"/>
        <source>{name}: {hint}</source>
        <translation>{name}：{hint}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="822"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="840"/>
        <source>For the goal:</source>
        <translation>对应目标：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="845"/>
        <source>Starting on:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/goal_dialogs.py" line="881"/>
        <source>Tick at least one means to add.</source>
        <translation>请至少勾选一项要添加的措施。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Another wave is already labelled “{label}”.</source>
        <translation>已有名为“{label}”的批次。</translation>
    </message>
    <message>
        <source>Choose another wave to merge into.</source>
        <translation>请选择要合并到的另一个批次。</translation>
    </message>
    <message>
        <source>The wave needs a label.</source>
        <translation>批次需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="53"/>
        <source>Too long: {length} characters, at most {max} are allowed.</source>
        <translation>内容过长：{length} 个字符，最多允许 {max} 个。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="56"/>
        <source>This is not an e-mail address.</source>
        <translation>这不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="57"/>
        <source>Must be between {minimum:g} and {maximum:g}.</source>
        <translation>必须在 {minimum:g} 到 {maximum:g} 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="60"/>
        <source>This is not a number.</source>
        <translation>这不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="61"/>
        <source>This is not a valid date.</source>
        <translation>这不是有效的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="62"/>
        <source>Fill in at least one of the fields.</source>
        <translation>请至少填写其中一项。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="63"/>
        <source>There are {count} entries; at most {max} are allowed.</source>
        <translation>共有 {count} 项，最多允许 {max} 项。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="66"/>
        <source>This entry no longer exists in the plan.</source>
        <translation>计划中已不存在此条目。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="69"/>
        <source>Must be a single line.</source>
        <translation>只能输入一行。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="70"/>
        <source>Contains a character that is not allowed.</source>
        <translation>包含不允许的字符。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="71"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72"/>
        <source>The file is not a PNG or JPEG image.</source>
        <translation>该文件不是 PNG 或 JPEG 图像。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="73"/>
        <location filename="../../ui/preferences.py" line="232"/>
        <source>The image file is truncated or damaged.</source>
        <translation>图像文件不完整或已损坏。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="76"/>
        <source>The file is {size_mb} MB; a logo may be at most {max_mb} MB.</source>
        <translation>文件大小为 {size_mb} MB；徽标不得超过 {max_mb} MB。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="79"/>
        <source>The image is {width}×{height} pixels; at most {max}×{max} is accepted. Scale it down first.</source>
        <translation>图像为 {width}×{height} 像素；最大允许 {max}×{max}。请先缩小图像。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="101"/>
        <source>{file} is not a service plan.</source>
        <translation>{file} 不是服务计划文件。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="105"/>
        <source>{file} is damaged and cannot be opened.</source>
        <translation>{file} 已损坏，无法打开。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="109"/>
        <source>{file} was saved by a newer version of this program. Update the program to open it.</source>
        <translation>{file} 由更高版本的本程序保存。请更新程序后再打开。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="117"/>
        <source>{file} is already open in another window or program.</source>
        <translation>{file} 已在其他窗口或程序中打开。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="123"/>
        <source>{file} already exists.</source>
        <translation>{file} 已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="127"/>
        <source>{file} must not be replaced by the document. Choose another file.</source>
        <translation>不能用文档替换 {file}。请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="1"/>
        <source>{file} holds values another program wrote that this program cannot edit.</source>
        <translation>{file} 含有其他程序写入的值，本程序无法编辑。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="128"/>
        <source>Details: {detail}</source>
        <translation>详细信息：{detail}</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <location filename="../../ui/pages/metrics.py" line="60"/>
        <source>Business metrics</source>
        <translation>经营指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="64"/>
        <source>Figures from the last twelve months, each set against a reference threshold. Leave a field empty when the figure is not known; a decimal comma is fine.</source>
        <translation>填写最近十二个月的数据，每项都与参考阈值对照。数据未知时请留空；小数点可用逗号。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="72"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="86"/>
        <source>Reference: at least {value} {unit}</source>
        <translation>参考值：不低于 {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="88"/>
        <source>Reference: at most {value} {unit}</source>
        <translation>参考值：不高于 {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="139"/>
        <source>Not saved: “{text}” is not a number.</source>
        <translation>未保存：“{text}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="148"/>
        <source>value of “{name}”</source>
        <translation>“{name}”的数值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="154"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="193"/>
        <source>no value yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="196"/>
        <source>meets the reference</source>
        <translation>达到参考值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="207"/>
        <source>Business metrics against their thresholds</source>
        <translation>经营指标与参考阈值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="208"/>
        <source>no value</source>
        <translation>无数值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="207"/>
        <source>better than the reference</source>
        <translation>优于参考值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="210"/>
        <source>worse than the reference</source>
        <translation>差于参考值</translation>
    </message>
</context>
<context>
    <name>OwnWords</name>
    <message>
        <location filename="../../ui/pages/own_words.py" line="44"/>
        <source>Opening sentence of the summary (replaces the generated one)</source>
        <translation>摘要的开头一句（替换自动生成的那句）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="46"/>
        <source>Summary: how far the customer groups differ (replaces the generated one)</source>
        <translation>摘要：各客户群体之间的差异（替换自动生成的那句）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="46"/>
        <source>Summary: the complaint categories that matter most (replaces the generated one)</source>
        <translation>摘要：最主要的投诉类别（替换自动生成的那句）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="52"/>
        <source>Give your section a title.</source>
        <translation>请为您的章节填写标题。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="57"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="58"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="60"/>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="80"/>
        <source>Your own words in the document</source>
        <translation>您在文档中的自己的文字</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="86"/>
        <source>Printed as you write them, in the PDF and the Word document: a text under a section&apos;s heading (an introduction or your recommendations), your wording of the summary&apos;s opening sentence (cleared, the generated one is back), and sections of your own.</source>
        <translation>按您所写原样打印在 PDF 和 Word 文档中：章节标题下的文字（引言或您的建议）、您对摘要开头一句的措辞（清空后恢复自动生成的那句），以及您自己的章节。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="110"/>
        <source>Leave empty to keep the generated sentence.</source>
        <translation>留空则保留自动生成的句子。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="112"/>
        <source>Optional: your introduction or recommendations.</source>
        <translation>可选：您的引言或建议。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="121"/>
        <source>Sections of your own</source>
        <translation>您自己的章节</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="134"/>
        <source>Placed after</source>
        <translation>放在其后</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="148"/>
        <source>Add as a new section</source>
        <translation>添加为新章节</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="150"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="152"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="154"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="156"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="185"/>
        <source>{title} — after “{section}”</source>
        <translation>{title} — 位于“{section}”之后</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="238"/>
        <source>Edit your text: {box}</source>
        <translation>编辑您的文字：{box}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="256"/>
        <source>Add your section</source>
        <translation>添加您的章节</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="269"/>
        <source>Edit your section</source>
        <translation>编辑您的章节</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="278"/>
        <source>Remove your section</source>
        <translation>删除您的章节</translation>
    </message>
    <message>
        <location filename="../../ui/pages/own_words.py" line="292"/>
        <source>Move your section</source>
        <translation>移动您的章节</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="65"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="71"/>
        <source>The system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="75"/>
        <source>Language of the program</source>
        <translation>程序语言</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="77"/>
        <source>Takes effect the next time the program starts.</source>
        <translation>下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="93"/>
        <source>Branding on the Service Plan</source>
        <translation>服务计划的品牌标识</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="97"/>
        <source>For consultants: your firm&apos;s name, logo and colour go on the printed Service Plan of every plan you export.</source>
        <translation>供顾问使用：您公司的名称、徽标和颜色将出现在您导出的每一份服务计划上。</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="110"/>
        <source>Your firm&apos;s name</source>
        <translation>您公司的名称</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="111"/>
        <source>Firm</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="123"/>
        <location filename="../../ui/preferences.py" line="157"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="126"/>
        <source>Remove logo</source>
        <translation>移除徽标</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="134"/>
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="141"/>
        <source>PNG or JPEG, at most {mb} MB.</source>
        <translation>PNG 或 JPEG 格式，不超过 {mb} MB。</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="161"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="166"/>
        <source>Accent colour</source>
        <translation>强调色</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="172"/>
        <source>e.g. Prepared by … · phone · website</source>
        <translation>例如：编制人 … · 电话 · 网站</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="174"/>
        <source>Footer line</source>
        <translation>页脚文字</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="185"/>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="190"/>
        <source>Cannot show this image</source>
        <translation>无法显示此图像</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="207"/>
        <source>Choose your firm&apos;s logo</source>
        <translation>选择您公司的徽标</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="250"/>
        <source>Accent colour of the Service Plan</source>
        <translation>服务计划的强调色</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="264"/>
        <source>{colour} (default)</source>
        <translation>{colour}（默认）</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="286"/>
        <source>The logo could not be saved</source>
        <translation>无法保存徽标</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Profiles</source>
        <translation>品牌方案</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Name of a new profile</source>
        <translation>新方案的名称</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Save as Profile</source>
        <translation>另存为方案</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>A profile keeps a firm, logo, colour and footer under a name, for clients you serve under another identity: Use fills the fields above from it, and export --branding NAME prints with it.</source>
        <translation>方案以一个名称保存公司、标志、颜色和页脚，供您以另一身份服务的客户使用：“使用”会用它填写上面的字段，export --branding NAME 则用它打印。</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>No profiles yet</source>
        <translation>尚无方案</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Branding profile</source>
        <translation>品牌方案</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>The profile could not be saved</source>
        <translation>无法保存方案</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Replace the profile {name}?</source>
        <translation>替换方案 {name}？</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="1"/>
        <source>Remove the profile {name}?</source>
        <translation>删除方案 {name}？</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="213"/>
        <source>Remove template</source>
        <translation>移除模板</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="217"/>
        <source>Word template</source>
        <translation>Word 模板</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="226"/>
        <source>Your own Word document (.docx): the Word Service Plan takes its page, styles, header and footer.</source>
        <translation>您自己的 Word 文档（.docx）：Word 版服务计划将沿用它的页面、样式、页眉和页脚。</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="237"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="247"/>
        <source>Choose your Word template</source>
        <translation>选择您的 Word 模板</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="248"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="262"/>
        <source>This is not a Word document (.docx).</source>
        <translation>这不是 Word 文档（.docx）。</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="525"/>
        <source>The Word template could not be saved</source>
        <translation>无法保存 Word 模板</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../ui/pages/problems.py" line="230"/>
        <source>A short name, e.g. “Calls are not returned”</source>
        <translation>简短名称，例如“未回电给顾客”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="232"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="239"/>
        <source>What goes wrong, for whom, and why</source>
        <translation>哪里出了问题、影响了谁、原因是什么</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="241"/>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="248"/>
        <source>The figures, complaints or observations that show it</source>
        <translation>能说明问题的数据、投诉或观察</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="250"/>
        <source>Evidence:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="261"/>
        <source>Choose or type a touchpoint</source>
        <translation>选择或输入接触点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="262"/>
        <source>Where it is seen:</source>
        <translation>出现在哪里：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="277"/>
        <source>How often:</source>
        <translation>发生频率：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="278"/>
        <source>Impact on customers:</source>
        <translation>对顾客的影响：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="279"/>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="285"/>
        <source>{name}: {hint}</source>
        <translation>{name}：{hint}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="292"/>
        <source>Why it happens: staff do not know how, do not want to, or cannot because of systems, rules, tools or managers. The means in step 4 address this cause.</source>
        <translation>问题的原因：员工不知道怎么做、不愿意做，或因制度、规定、工具或管理者而无法做到。第4步的措施针对这一根源。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="298"/>
        <source>Root cause:</source>
        <translation>根源：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="305"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="309"/>
        <source>By priority</source>
        <translation>按优先级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="310"/>
        <source>Always in the focus</source>
        <translation>始终列为重点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="311"/>
        <source>Never in the focus</source>
        <translation>不列为重点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="314"/>
        <source>The plan&apos;s focus is its top three problems by priority (ties by impact). Pin a problem in or out when you know better.</source>
        <translation>计划的重点是优先级最高的三个问题（优先级相同时看影响）。如有更好的判断，可手动将问题列入或移出重点。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="320"/>
        <source>Focus:</source>
        <translation>重点：</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../ui/pages/problems.py" line="110"/>
        <source>Know</source>
        <translation>知道</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="111"/>
        <source>Want</source>
        <translation>愿意</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="112"/>
        <source>Can</source>
        <translation>能够</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="118"/>
        <source>knowledge and skills</source>
        <translation>知识与技能</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="119"/>
        <source>motivation and attitude</source>
        <translation>动机与态度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="120"/>
        <source>systems, rules, tools and managers</source>
        <translation>制度、规定、工具和管理者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="126"/>
        <source>Open</source>
        <translation>待解决</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="127"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="128"/>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="134"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="135"/>
        <source>Rarely</source>
        <translation>很少</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="136"/>
        <source>Sometimes</source>
        <translation>有时</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="137"/>
        <source>Often</source>
        <translation>经常</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="138"/>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="144"/>
        <source>1 – rarely</source>
        <translation>1 – 很少</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="145"/>
        <source>2 – now and then</source>
        <translation>2 – 偶尔</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="146"/>
        <source>3 – regularly</source>
        <translation>3 – 经常发生</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="147"/>
        <source>4 – often</source>
        <translation>4 – 频繁</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="148"/>
        <source>5 – all the time</source>
        <translation>5 – 一直如此</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="154"/>
        <source>1 – hardly noticed</source>
        <translation>1 – 几乎察觉不到</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="155"/>
        <source>2 – a small annoyance</source>
        <translation>2 – 小小的不便</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="156"/>
        <source>3 – spoils the visit</source>
        <translation>3 – 影响体验</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="157"/>
        <source>4 – makes customers complain</source>
        <translation>4 – 引起投诉</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="158"/>
        <source>5 – drives customers away</source>
        <translation>5 – 导致顾客流失</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="163"/>
        <source>{priority} ({frequency} × {impact})</source>
        <translation>{priority}（{frequency} × {impact}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="183"/>
        <source>Give the problem a title.</source>
        <translation>请为问题填写标题。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="185"/>
        <source>This suggestion is already in the problem list.</source>
        <translation>该建议已在问题列表中。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="187"/>
        <source>This problem is no longer in the plan; it may have been undone.</source>
        <translation>计划中已没有这个问题，可能已被撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="191"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="192"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="193"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="194"/>
        <location filename="../../ui/pages/problems.py" line="527"/>
        <source>Where it is seen</source>
        <translation>出现在哪里</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="197"/>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="396"/>
        <source>Identify the main problems</source>
        <translation>识别主要问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="400"/>
        <source>Turn what the assessment found into a short list of problems to solve. Each problem is rated for how often it happens and how much it hurts customers; their product is its priority. Name its root cause: staff do not know how, do not want to, or cannot because of systems and rules. The top problems become the plan&apos;s focus.</source>
        <translation>把评估发现的情况整理成一份简短的待解决问题清单。每个问题按发生频率和对顾客的伤害程度打分，两者相乘即为优先级。请指出根源：员工不知道怎么做、不愿意做，或因制度和规定而无法做到。优先级最高的问题成为计划的重点。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="424"/>
        <source>Suggested problems</source>
        <translation>建议的问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="428"/>
        <source>Findings of the assessment that look like problems, with the numbers behind them. Accept one to add it to the list, edit it first, or dismiss it.</source>
        <translation>评估中看起来像问题的发现，附有背后的数据。可以接受建议加入列表，先修改再接受，或忽略它。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="464"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="467"/>
        <source>Add it to the problem list as suggested.</source>
        <translation>按建议加入问题列表。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="470"/>
        <source>Edit and accept…</source>
        <translation>修改后接受…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="473"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="476"/>
        <source>Not a problem for this business; it is not suggested again.</source>
        <translation>对本企业不是问题；以后不再建议。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="479"/>
        <source>Suggest again</source>
        <translation>重新建议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="500"/>
        <source>Problems by priority</source>
        <translation>按优先级排列的问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="504"/>
        <source>Add problem…</source>
        <translation>添加问题…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="507"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="510"/>
        <location filename="../../ui/pages/problems.py" line="789"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="522"/>
        <source>Focus</source>
        <translation>重点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="523"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="524"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="525"/>
        <source>Root cause</source>
        <translation>根源</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="526"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="555"/>
        <source>Priority matrix</source>
        <translation>优先级矩阵</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="562"/>
        <source>No problems yet. Accept suggestions or add problems; the matrix of frequency against impact appears here.</source>
        <translation>还没有问题。接受建议或添加问题后，这里会显示频率与影响的矩阵。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="580"/>
        <source>Seven sins of service</source>
        <translation>服务七宗罪</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="584"/>
        <source>Watch how customers are served, or ask someone to, and record how often each sin is seen. A sin seen often or always becomes a suggested problem.</source>
        <translation>观察顾客是如何被接待的（或请别人观察），记录每一宗罪出现的频率。经常或总是出现的罪会成为建议的问题。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="608"/>
        <source>— not recorded —</source>
        <translation>— 未记录 —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="654"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="680"/>
        <location filename="../../ui/pages/problems.py" line="704"/>
        <source>acceptance of a suggested problem</source>
        <translation>接受建议的问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="695"/>
        <source>Accept the suggested problem</source>
        <translation>接受建议的问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="716"/>
        <source>dismissal of a suggested problem</source>
        <translation>忽略建议的问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="725"/>
        <source>return of a dismissed suggestion</source>
        <translation>恢复已忽略的建议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="733"/>
        <source>Add a problem</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="740"/>
        <source>new problem</source>
        <translation>新问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="756"/>
        <source>Edit the problem</source>
        <translation>编辑问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="770"/>
        <source>change to a problem</source>
        <translation>修改问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="785"/>
        <source>Delete the problem “{title}”?</source>
        <translation>删除问题“{title}”？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="788"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>可用“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="792"/>
        <source>deletion of a problem</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="801"/>
        <source>seven sins checklist</source>
        <translation>服务七宗罪清单</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="850"/>
        <source>Calculating the suggestions…</source>
        <translation>正在计算建议…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="866"/>
        <source>The survey could not be read for suggestions: {error}</source>
        <translation>无法读取调查以生成建议：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="886"/>
        <source>{title} — priority {priority}</source>
        <translation>{title} — 优先级 {priority}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/problems.py" line="492"/>
        <location filename="../../ui/pages/problems.py" line="900"/>
        <source>Show dismissed (%n)</source>
        <translation>
            <numerusform>显示已忽略（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="907"/>
        <source>No dismissed suggestions.</source>
        <translation>没有已忽略的建议。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="910"/>
        <source>Every suggestion has been accepted or dismissed. New ones appear here as the assessment changes.</source>
        <translation>所有建议都已接受或忽略。评估有变化时，新的建议会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="918"/>
        <source>No suggestions yet. They come from the self-audit, the business metrics, the survey, the complaints and the seven sins checklist below, once those show a weakness. You can also add problems yourself.</source>
        <translation>还没有建议。当自我评估、业务指标、顾客调查、投诉或下方的服务七宗罪清单显示出薄弱环节时，建议就会出现。你也可以自己添加问题。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="936"/>
        <source>Suggested: how often {frequency}, impact {impact}, priority {priority}.</source>
        <translation>建议：频率 {frequency}，影响 {impact}，优先级 {priority}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="944"/>
        <source>Root cause: {name} ({hint}).</source>
        <translation>根源：{name}（{hint}）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="965"/>
        <source>In the focus: pinned</source>
        <translation>列为重点：手动固定</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="967"/>
        <source>Kept out of the focus</source>
        <translation>已移出重点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="969"/>
        <source>In the focus by priority</source>
        <translation>按优先级列为重点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="1011"/>
        <source>The plan&apos;s focus: {titles}.</source>
        <translation>计划的重点：{titles}。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="1012"/>
        <source>; </source>
        <comment>between the titles of a list</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="1019"/>
        <source>No problems yet: accept the suggestions that apply, or add your own.</source>
        <translation>还没有问题：接受适用的建议，或自行添加。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="1051"/>
        <source>How often it happens (frequency)</source>
        <translation>发生频率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="1052"/>
        <source>Impact on customers</source>
        <translation>对顾客的影响</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="1053"/>
        <source>The plan&apos;s focus</source>
        <translation>计划的重点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/problems.py" line="1054"/>
        <source>Other problems</source>
        <translation>其他问题</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/pages/profile.py" line="43"/>
        <source>Business name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="44"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="45"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="46"/>
        <source>Customer groups</source>
        <translation>顾客群体</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="47"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="48"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="49"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="50"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="51"/>
        <source>Prepared by</source>
        <translation>编制方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="52"/>
        <source>Preparer&apos;s name</source>
        <translation>编制人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="53"/>
        <source>Consultant&apos;s firm</source>
        <translation>咨询公司</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="54"/>
        <source>Plan date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="55"/>
        <location filename="../../ui/pages/profile.py" line="327"/>
        <source>Plan language</source>
        <translation>计划语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="56"/>
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="63"/>
        <location filename="../../ui/pages/profile.py" line="140"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="64"/>
        <source>Micro: 1–9 people</source>
        <translation>微型：1–9 人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="65"/>
        <source>Small: 10–49 people</source>
        <translation>小型：10–49 人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="66"/>
        <source>Medium: 50–249 people</source>
        <translation>中型：50–249 人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="67"/>
        <source>Large: 250 people or more</source>
        <translation>大型：250 人及以上</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="88"/>
        <source>Profile</source>
        <translation>企业概况</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="92"/>
        <source>Who the plan is for and who prepares it. Changes are saved as you type; Undo takes them back.</source>
        <translation>计划面向的企业及计划编制人。更改会在输入时自动保存，可通过「编辑 ▸ 撤销」恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="101"/>
        <source>The business</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="106"/>
        <source>e.g. bakery and café, car repair, dental clinic</source>
        <translation>例如：面包咖啡店、汽车维修、牙科诊所</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="118"/>
        <source>One group per line, e.g. “office workers at lunchtime”</source>
        <translation>每行一个群体，例如“午餐时间的上班族”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="121"/>
        <source>Address and contacts</source>
        <translation>地址与联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="127"/>
        <source>Who prepares the plan</source>
        <translation>计划编制人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="129"/>
        <source>The owner</source>
        <translation>企业主</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="130"/>
        <source>A consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="146"/>
        <source>The plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="153"/>
        <source>The plan&apos;s content and its printed Service Plan use this language.</source>
        <translation>计划内容及打印的服务计划均使用此语言。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="171"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="173"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="182"/>
        <source>PNG or JPEG, at most {mb} MB and 4096×4096 pixels.</source>
        <translation>PNG 或 JPEG 格式，不超过 {mb} MB 和 4096×4096 像素。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="295"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="313"/>
        <source>Edit “{field}”</source>
        <translation>编辑“{field}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="323"/>
        <source>Change the plan language</source>
        <translation>更改计划语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="332"/>
        <source>Choose a logo</source>
        <translation>选择徽标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="354"/>
        <source>Set the logo</source>
        <translation>设置徽标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="358"/>
        <source>Remove the logo</source>
        <translation>移除徽标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="423"/>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="433"/>
        <source>Cannot show this image</source>
        <translation>无法显示此图像</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="401"/>
        <source>Who the plan is for and who prepares it. This plan is open read-only: nothing here can be changed.</source>
        <translation>计划面向的企业及计划编制人。此计划以只读方式打开：此处无法更改任何内容。</translation>
    </message>
</context>
<context>
    <name>SelfAuditPage</name>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="44"/>
        <location filename="../../ui/pages/self_audit.py" line="394"/>
        <source>not enough answers</source>
        <translation>回答不足</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="45"/>
        <source>{score} / 100</source>
        <translation>{score} / 100</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="69"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="82"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="142"/>
        <location filename="../../ui/pages/self_audit.py" line="268"/>
        <source>Self-audit</source>
        <translation>自我评估</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="146"/>
        <source>Rate each statement as things are today, from 1 (strongly disagree) to 5 (strongly agree), or mark it N/A where it does not apply. For the seven sins, agreeing means the sin is seen, so they count in reverse. Click a chosen answer again to clear it.</source>
        <translation>请按目前的实际情况为每条陈述打分：1（完全不同意）到 5（完全同意）；不适用的请选“不适用”。对于服务七宗罪，同意表示确有此现象，因此反向计分。再次点击已选答案即可清除。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="160"/>
        <source>%v of %m answered</source>
        <translation>已回答 %v / %m</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="165"/>
        <source>Save as snapshot</source>
        <translation>保存快照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="167"/>
        <source>Keep today&apos;s scores, so that later reassessments show the progress made.</source>
        <translation>保存今天的得分，以便日后复评时看到进展。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="187"/>
        <source>Weakest statements</source>
        <translation>最薄弱的陈述</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="196"/>
        <location filename="../../ui/pages/self_audit.py" line="307"/>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="202"/>
        <source>Delete snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="264"/>
        <source>answer to a self-audit statement</source>
        <translation>自我评估回答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="303"/>
        <source>snapshot of the scores</source>
        <translation>得分快照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="315"/>
        <source>deletion of a snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="350"/>
        <source>{title} — {answered} of {total} answered · {score}</source>
        <translation>{title} — 已回答 {answered} / {total} · {score}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="371"/>
        <source>No statement scores below 50 yet.</source>
        <translation>目前没有低于 50 分的陈述。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="381"/>
        <source>{date}: index {score}</source>
        <translation>{date}：指数 {score}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="393"/>
        <source>Score by dimension (0–100)</source>
        <translation>各维度得分（0–100）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="415"/>
        <source>Progress between assessments</source>
        <translation>历次评估的变化</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="371"/>
        <source>{name}: {score}</source>
        <comment>a figure and its value</comment>
        <translation>{name}：{score}</translation>
    </message>
</context>
<context>
    <name>ServicePlanPage</name>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="76"/>
        <source>Ready</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="77"/>
        <source>Partly filled in</source>
        <translation>部分填写</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="78"/>
        <source>Nothing recorded yet: marked as not assessed</source>
        <translation>尚无记录：将标注为“尚未评估”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="118"/>
        <source>Export the Service Plan…</source>
        <translation>导出服务计划…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="126"/>
        <source>What the document will hold</source>
        <translation>文档将包含的内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="134"/>
        <source>Every copy opens with a cover and a table of contents; then these sections:</source>
        <translation>每份文档都以封面和目录开头，随后是以下章节：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="154"/>
        <source>Checking what each section holds…</source>
        <translation>正在检查各部分的内容…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="160"/>
        <source>Branding</source>
        <translation>品牌标识</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="168"/>
        <source>Last exported</source>
        <translation>上次导出</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="175"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="179"/>
        <source>Show the folder</source>
        <translation>显示所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="214"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="230"/>
        <source>Could not be checked: {error}</source>
        <translation>无法检查：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="245"/>
        <source>Left out (tick it in the Export dialog to include it)</source>
        <translation>已排除（在导出对话框中勾选即可包含）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="258"/>
        <source>Firm: {firm}</source>
        <translation>公司：{firm}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="260"/>
        <source>with its logo</source>
        <translation>附徽标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="264"/>
        <source>accent colour {colour}</source>
        <translation>强调色 {colour}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="268"/>
        <source>footer “{footer}”</source>
        <translation>页脚“{footer}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="269"/>
        <source>Change it in Edit ▸ Preferences.</source>
        <translation>可在「编辑 ▸ 首选项」中更改。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="274"/>
        <source>No consultant branding: the document carries the business&apos;s own name and logo. A consultant can add a firm name, logo, accent colour and footer line.</source>
        <translation>未设置顾问品牌标识：文档使用企业自己的名称和徽标。顾问可以添加公司名称、徽标、强调色和页脚文字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="291"/>
        <source>This plan has not been exported yet.</source>
        <translation>此计划尚未导出。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="295"/>
        <source>{file} is no longer there.</source>
        <translation>{file} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="301"/>
        <source>{file}, written {when}</source>
        <translation>{file}，保存于 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="187"/>
        <source>What is still missing</source>
        <translation>尚缺的内容</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="282"/>
        <source>Nothing: every step is complete, and every section has its data.</source>
        <translation>无：所有步骤均已完成，每个章节都有数据。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/service_plan.py" line="154"/>
        <source>Preview and print…</source>
        <translation>预览与打印…</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="59"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="60"/>
        <source>Started, not complete</source>
        <translation>已开始，未完成</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="61"/>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <location filename="../../ui/pages/standards.py" line="239"/>
        <source>What staff do, e.g. “Answer the phone within three rings”</source>
        <translation>员工要做什么，例如“电话铃响三声之内接听”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="241"/>
        <source>Standard:</source>
        <translation>标准：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="255"/>
        <source>Choose or type a touchpoint</source>
        <translation>选择或输入接触点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="256"/>
        <source>Touchpoint:</source>
        <translation>接触点：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="261"/>
        <source>What is counted, e.g. “Rings before the phone is answered”</source>
        <translation>计数的对象，例如“接听前的响铃声数”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="265"/>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="281"/>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="285"/>
        <source>unit, e.g. rings, minutes, %</source>
        <translation>单位，例如：声、分钟、%</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="289"/>
        <source>Target:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="296"/>
        <source>e.g. ten test calls a week; count the rings</source>
        <translation>例如：每周打十次测试电话，数响铃声数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="298"/>
        <source>How it is measured:</source>
        <translation>衡量方法：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="302"/>
        <source>— not set —</source>
        <translation>— 未设置 —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="306"/>
        <source>How often it is checked:</source>
        <translation>检查频率：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="310"/>
        <source>A person or a role</source>
        <translation>某个人或某个岗位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="311"/>
        <source>Responsible:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="330"/>
        <source>In the plan&apos;s focus</source>
        <translation>计划的重点问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="337"/>
        <location filename="../../ui/pages/standards.py" line="342"/>
        <source>Problems it addresses:</source>
        <translation>针对的问题：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="340"/>
        <source>No problems in the plan yet (step 2).</source>
        <translation>计划中还没有问题（第 2 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="412"/>
        <source>The target “{text}” is not a number.</source>
        <translation>目标值“{text}”不是数字。</translation>
    </message>
</context>
<context>
    <name>StandardLibrary</name>
    <message>
        <location filename="../../ui/pages/standards.py" line="467"/>
        <source>Standards library</source>
        <translation>标准库</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="476"/>
        <source>Tried standards with a target, a unit and a way to check them. Tick the ones that fit; each is added as it is, and you can change its numbers afterwards.</source>
        <translation>经过实践检验的标准，均附有目标值、单位和检查方法。勾选适用的标准，它们会按原样加入计划，之后可以修改其中的数字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="488"/>
        <source>All touchpoints</source>
        <translation>所有接触点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="497"/>
        <source>Touchpoint:</source>
        <translation>接触点：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="499"/>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="508"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="509"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="510"/>
        <source>How it is measured</source>
        <translation>衡量方法</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="571"/>
        <source>Already in the plan</source>
        <translation>已在计划中</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="579"/>
        <source>This standard is in the plan.</source>
        <translation>此标准已在计划中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/standards.py" line="639"/>
        <source>Chosen: %n</source>
        <translation>
            <numerusform>已选：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/standards.py" line="640"/>
        <source>Add %n</source>
        <translation>
            <numerusform>添加 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="644"/>
        <source>No templates for this touchpoint and industry.</source>
        <translation>此接触点和行业暂无标准模板。</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../ui/pages/standards.py" line="153"/>
        <location filename="../../ui/pages/standards.py" line="746"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="154"/>
        <source>Touchpoint</source>
        <translation>接触点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="155"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="156"/>
        <location filename="../../ui/pages/standards.py" line="747"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="157"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="158"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="159"/>
        <source>How it is measured</source>
        <translation>衡量方法</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="160"/>
        <location filename="../../ui/pages/standards.py" line="748"/>
        <source>How often</source>
        <translation>检查频率</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="161"/>
        <location filename="../../ui/pages/standards.py" line="749"/>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="162"/>
        <source>Problems it addresses</source>
        <translation>针对的问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="170"/>
        <source>Write the standard itself.</source>
        <translation>请填写标准内容。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="172"/>
        <source>This standard is no longer in the plan; it may have been undone.</source>
        <translation>此标准已不在计划中，可能已被撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="176"/>
        <source>A problem this standard is linked to is no longer in the plan; untick it.</source>
        <translation>此标准关联的某个问题已不在计划中，请取消勾选。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="181"/>
        <source>Target: “{text}” is not a number. Write it as 3 or 2.5.</source>
        <translation>目标值：“{text}”不是数字。请写成 3 或 2.5 这样的形式。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="186"/>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="675"/>
        <source>Set service standards</source>
        <extracomment>What the flags panel shows: (&quot;problem&quot; | &quot;standard&quot;, id, text) per flag.</extracomment>
        <translation>制定服务标准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="679"/>
        <source>A standard says what good service is at one touchpoint, so that anyone can check it. It must be concrete: an indicator, a number, a unit, and how often it is checked — “answer the phone within three rings, checked weekly with ten test calls”, not “the customer is always right”. Give every focus problem from step 2 at least one standard, and name who answers for each.</source>
        <translation>标准说明在某个接触点上什么才是好服务，让任何人都能检查。标准必须具体：有指标、数值、单位和检查频率——例如“电话铃响三声之内接听，每周用十次测试电话检查”，而不是“顾客永远是对的”。请为第 2 步中的每个重点问题制定至少一项标准，并为每项标准指定负责人。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="706"/>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="720"/>
        <source>Standards by touchpoint</source>
        <translation>按接触点排列的标准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="724"/>
        <source>Add standard…</source>
        <translation>添加标准…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="727"/>
        <source>Add from library…</source>
        <translation>从标准库添加…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="730"/>
        <location filename="../../ui/pages/standards.py" line="1179"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="733"/>
        <location filename="../../ui/pages/standards.py" line="914"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="750"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="755"/>
        <source>Measurable?</source>
        <translation>是否可衡量？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="783"/>
        <source>No standards yet. Add your own, or start from the library of tried standards and change their numbers to fit the business.</source>
        <translation>还没有标准。可以自行添加，也可以从经过实践检验的标准库入手，再按本企业的情况修改数字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="832"/>
        <source>Standards</source>
        <translation>服务标准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="870"/>
        <source>Add a standard</source>
        <translation>添加标准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="873"/>
        <source>new standard</source>
        <translation>添加标准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="886"/>
        <source>Edit the standard</source>
        <translation>编辑标准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="895"/>
        <source>change to a standard</source>
        <translation>修改标准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="910"/>
        <source>Delete the standard “{statement}”?</source>
        <translation>删除标准“{statement}”？</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="913"/>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>可通过「编辑 ▸ 撤销」恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="917"/>
        <source>deletion of a standard</source>
        <translation>删除标准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="937"/>
        <source>standards from the library</source>
        <translation>从标准库添加标准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="942"/>
        <source>standard from the library</source>
        <translation>从标准库添加标准</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1022"/>
        <source>{touchpoint} ({count})</source>
        <translation>{touchpoint}（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1023"/>
        <source>No touchpoint</source>
        <translation>未指定接触点</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/standards.py" line="1048"/>
        <source>Standards: %n, measurable: {measurable}.</source>
        <translation>
            <numerusform>标准：%n 项，其中可衡量：{measurable} 项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1068"/>
        <source>{indicator}: {target}</source>
        <translation>{indicator}：{target}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1105"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1162"/>
        <source>“{statement}” cannot be measured yet.</source>
        <translation>“{statement}”尚无法衡量。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1176"/>
        <source>Add a standard for it…</source>
        <translation>为其添加标准…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1191"/>
        <source>No focus problems yet. Once step 2 has a focus, each focus problem needs a standard; until then, start from the library.</source>
        <translation>还没有重点问题。第 2 步确定重点后，每个重点问题都需要一项标准；在此之前，可以先从标准库入手。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/standards.py" line="1199"/>
        <source>Nothing to fix: every focus problem has a standard and every standard can be measured.</source>
        <translation>无需处理：每个重点问题都有标准，每项标准都可以衡量。</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../ui/step_texts.py" line="14"/>
        <source>1 Assess the service level</source>
        <translation>1 服务水平评估</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="15"/>
        <source>The company&apos;s view</source>
        <translation>企业视角</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="16"/>
        <source>The customers&apos; view</source>
        <translation>顾客意见</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="23"/>
        <source>Profile</source>
        <translation>企业概况</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="24"/>
        <source>Self-audit</source>
        <translation>自我评估</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="25"/>
        <source>Business metrics</source>
        <translation>经营指标</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="26"/>
        <source>Customer survey</source>
        <translation>顾客调查</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="27"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="28"/>
        <source>2 Identify problems</source>
        <translation>2 问题识别</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="29"/>
        <source>3 Standards</source>
        <translation>3 服务标准</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="30"/>
        <source>4 Goals and means</source>
        <translation>4 目标与措施</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="31"/>
        <source>Service Plan</source>
        <translation>服务计划</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="39"/>
        <source>The business, its customers and who prepares the plan.</source>
        <translation>企业、其顾客以及计划编制人。</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="40"/>
        <source>A scored self-audit of the company&apos;s service: the employee attitudes that make service, readiness to know, want and can, each touchpoint, management support and the seven sins of service. The answers give a score per dimension and a service-level index from 0 to 100.</source>
        <translation>对企业服务进行打分式自我评估：决定服务质量的员工态度、“知道、愿意、能够”三方面的准备程度、各个接触点、管理层支持以及服务七宗罪。根据回答得出各维度得分及 0–100 的服务水平指数。</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="47"/>
        <source>Business figures measured against their thresholds: the share of revenue from repeat customers (below 30% is a warning sign), retention, complaints per 100 customers, first response time and first-contact resolution.</source>
        <translation>将经营数据与阈值对照：回头客贡献的收入占比（低于 30% 为警示信号）、顾客保留率、每百位顾客投诉数、首次响应时间及首次接触解决率。</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="53"/>
        <source>What customers think of the service: survey answers imported from a spreadsheet or typed in from paper forms, giving the Net Promoter Score, satisfaction (CSAT), customer effort (CES) and the SERVQUAL gaps between expectation and perception.</source>
        <translation>顾客如何看待服务：从电子表格导入或根据纸质问卷录入的调查答卷，据此得出净推荐值（NPS）、满意度（CSAT）、顾客费力度（CES），以及期望与感知之间的 SERVQUAL 差距。</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="59"/>
        <source>A log of complaints by category, and a Pareto chart of the few categories that cause most of them.</source>
        <translation>按类别记录的投诉日志，以及找出占大多数投诉的少数类别的帕累托图。</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="64"/>
        <source>The main service problems, each with its evidence from the assessment, its priority (frequency × impact) and its root cause: staff do not know how, do not want to, or cannot because of systems and rules.</source>
        <translation>主要服务问题，每个问题附有来自评估的依据、优先级（频率 × 影响）及根本原因：员工不知道怎么做、不愿意做，或因制度和规则而做不到。</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="70"/>
        <source>Measurable service standards for each touchpoint: an indicator, a target with its unit, how often it is checked and who owns it.</source>
        <translation>针对每个接触点的可衡量服务标准：指标、带单位的目标值、检查频率及负责人。</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="75"/>
        <source>Goals with a baseline, a target and a deadline, the means that reach them with owners, dates and budget, and what poor service costs the business each year.</source>
        <translation>包含基准值、目标值和期限的目标，实现目标的措施及其负责人、日期和预算，以及劣质服务每年给企业造成的损失。</translation>
    </message>
    <message>
        <location filename="../../ui/step_texts.py" line="80"/>
        <source>The printable Service Plan: everything above as one document with charts, ready to hand to the owner and the team.</source>
        <translation>可打印的服务计划：将以上全部内容汇总为一份带图表的文档，可直接交给企业主和团队。</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <location filename="../../ui/pages/survey.py" line="157"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="158"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="159"/>
        <location filename="../../ui/pages/survey.py" line="297"/>
        <source>Customer group</source>
        <translation>顾客群体</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="163"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="188"/>
        <source>Customer survey</source>
        <translation>顾客调查</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="192"/>
        <source>Service is what your customers think it is. Import the answers to your survey (CSV or Excel, from Google Forms, SurveyMonkey or typed in from the printed questionnaire) to see the Net Promoter Score, satisfaction, effort and the SERVQUAL gaps between what customers expect and what they get.</source>
        <translation>服务好不好，由顾客说了算。导入调查答卷（CSV 或 Excel 格式，可来自 Google Forms、SurveyMonkey，或根据打印问卷手工录入），即可查看净推荐值、满意度、费力度，以及顾客期望与实际体验之间的 SERVQUAL 差距。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="204"/>
        <source>Import responses…</source>
        <translation>导入答卷…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="208"/>
        <source>Print a questionnaire…</source>
        <translation>打印问卷…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="215"/>
        <source>Imported files</source>
        <translation>已导入的文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="221"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="256"/>
        <source>No responses yet. Import a file, or print the questionnaire, hand it to customers and type their answers into a spreadsheet.</source>
        <translation>尚无答卷。请导入文件，或打印问卷发给顾客，再将他们的回答录入电子表格。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="282"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="298"/>
        <location filename="../../ui/pages/survey.py" line="331"/>
        <source>Responses</source>
        <translation>答卷</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="305"/>
        <source>By customer group</source>
        <translation>按顾客群体</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="312"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="313"/>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="314"/>
        <location filename="../../ui/pages/survey.py" line="508"/>
        <source>Expected</source>
        <translation>期望</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="315"/>
        <location filename="../../ui/pages/survey.py" line="509"/>
        <source>Perceived</source>
        <translation>感知</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="316"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="317"/>
        <location filename="../../ui/pages/survey.py" line="486"/>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="322"/>
        <source>SERVQUAL items</source>
        <translation>SERVQUAL 题项</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="338"/>
        <source>Search the comments</source>
        <translation>搜索评论</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="348"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="376"/>
        <source>Calculating the survey&apos;s figures…</source>
        <translation>正在计算调查数据…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="389"/>
        <source>The survey&apos;s figures could not be calculated: {error}</source>
        <translation>无法计算调查数据：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="417"/>
        <source>{file} — imported {date}, rows: {rows}</source>
        <translation>{file} — 导入于 {date}，{rows} 行</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="429"/>
        <source>(few answers: read with care)</source>
        <translation>（回答较少，请谨慎解读）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="435"/>
        <source>&lt;b&gt;Responses: {count}&lt;/b&gt;</source>
        <translation>&lt;b&gt;答卷：{count} 份&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="439"/>
        <source>&lt;b&gt;{name} {nps}&lt;/b&gt; — {promoters} promoters, {passives} passives, {detractors} detractors</source>
        <translation>&lt;b&gt;{name} {nps}&lt;/b&gt; — 推荐者 {promoters} 人，被动者 {passives} 人，贬损者 {detractors} 人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="453"/>
        <source>&lt;b&gt;{name} {csat}%&lt;/b&gt; satisfied (4 or 5 of 5)</source>
        <translation>&lt;b&gt;{name} {csat}%&lt;/b&gt; 满意（5 分制中打 4 或 5 分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="460"/>
        <source>&lt;b&gt;{name} {ces}&lt;/b&gt; of 7 (higher is easier)</source>
        <translation>&lt;b&gt;{name} {ces}&lt;/b&gt; / 7（越高越轻松）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="467"/>
        <source>&lt;b&gt;{name} {gap}&lt;/b&gt; (perceived − expected)</source>
        <translation>&lt;b&gt;{name} {gap}&lt;/b&gt;（感知 − 期望）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="470"/>
        <source>weighted by importance {gap}</source>
        <translation>按重要性加权 {gap}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="481"/>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="482"/>
        <source>Passives</source>
        <translation>被动者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="483"/>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="485"/>
        <source>How likely customers are to recommend you</source>
        <translation>顾客推荐您的可能性</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="511"/>
        <source>What customers expect and what they get</source>
        <translation>顾客的期望与实际体验</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="512"/>
        <location filename="../../ui/pages/survey.py" line="538"/>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="544"/>
        <source>Your self-audit</source>
        <translation>您的自我评估</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="545"/>
        <source>Your customers</source>
        <translation>您的顾客</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="547"/>
        <source>Your view and your customers&apos; (0–100)</source>
        <translation>您的看法与顾客的看法（0–100）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="567"/>
        <source>Answer the self-audit to compare your own view of the service with your customers&apos;.</source>
        <translation>完成自我评估后，即可将您对服务的看法与顾客的看法进行比较。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="575"/>
        <source>{dimension} (+{points} points)</source>
        <translation>{dimension}（+{points} 分）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="581"/>
        <source>Finding: you rate your service higher than your customers do in {list}. Where owner and customers disagree, the customers are right: these are problems to look at in step 2.</source>
        <translation>结论：您在以下维度上对服务的评价高于顾客：{list}。企业主与顾客意见不一致时，应以顾客为准：这些问题需要在第 2 步中加以分析。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="590"/>
        <source>Your self-audit and your customers agree within 10 points on every dimension.</source>
        <translation>在每个维度上，您的自我评估与顾客评价的差距都在 10 分以内。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="613"/>
        <source>* fewer than 30 answers: read with care</source>
        <translation>* 回答少于 30 份：请谨慎解读</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="649"/>
        <source>Comments shown: {count}</source>
        <translation>显示的评论：{count} 条</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="669"/>
        <location filename="../../ui/pages/survey.py" line="676"/>
        <location filename="../../ui/pages/survey.py" line="692"/>
        <source>Remove an import</source>
        <translation>移除导入的文件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="670"/>
        <source>Select the imported file to remove first.</source>
        <translation>请先选择要移除的已导入文件。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="677"/>
        <source>Remove every response imported from this file? (Undo brings them back.)</source>
        <translation>移除从此文件导入的所有答卷吗？（可通过「撤销」恢复。）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="687"/>
        <source>Remove “{file}”</source>
        <translation>移除“{file}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="698"/>
        <source>questionnaire.pdf</source>
        <translation>问卷.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="703"/>
        <location filename="../../ui/pages/survey.py" line="727"/>
        <source>Print a questionnaire</source>
        <translation>打印问卷</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="704"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="728"/>
        <source>The questionnaire was written to {file}. Print it, hand it to customers, and import their answers from a spreadsheet.</source>
        <translation>问卷已保存到 {file}。请打印后发给顾客，再从电子表格导入他们的回答。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey.py" line="741"/>
        <source>The questionnaire could not be written</source>
        <translation>无法生成问卷</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/pages/welcome.py" line="17"/>
        <source>Service Plan Builder</source>
        <translation>服务计划编制工具</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="22"/>
        <source>Assess your service level, hear what customers say, find the main problems, set standards, goals and means, and print your Service Plan.</source>
        <translation>评估服务水平，倾听顾客意见，找出主要问题，制定标准、目标与措施，并打印您的服务计划。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="32"/>
        <source>Open a plan…</source>
        <translation>打开计划…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="49"/>
        <source>A new plan starts with the business profile; the sidebar then leads through the method one step at a time. The demo plan is a made-up bakery-café with every step filled in: look around and change anything, it is only an example.</source>
        <translation>新计划从企业概况开始，随后侧边栏会逐步引导您完成整个方法。演示计划是一家虚构的烘焙咖啡馆，所有步骤均已填写：随意浏览和修改，它只是一个示例。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="62"/>
        <source>Start a new plan…</source>
        <translation>开始新计划…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="65"/>
        <source>Explore the demo plan</source>
        <translation>浏览演示计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="70"/>
        <source>Recent plans</source>
        <translation>最近的计划</translation>
    </message>
</context>
<context>
    <name>SurveyWaves</name>
    <message>
        <source>(latest: the figures shown)</source>
        <translation>（最新：页面显示其指标）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest wave: {label}&lt;/b&gt; ({count} responses)</source>
        <translation>&lt;b&gt;最新批次：{label}&lt;/b&gt;（{count} 份回答）</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Merge wave “{label}”</source>
        <translation>合并批次“{label}”</translation>
    </message>
    <message>
        <source>Merge waves</source>
        <translation>合并批次</translation>
    </message>
    <message>
        <source>Move every response of “{label}” into:</source>
        <translation>将“{label}”的全部回答移入：</translation>
    </message>
    <message>
        <source>New label:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove a wave</source>
        <translation>删除批次</translation>
    </message>
    <message>
        <source>Remove the wave “{label}” and its {count} responses? (Undo brings them back.)</source>
        <translation>删除批次“{label}”及其 {count} 份回答？（撤销可恢复。）</translation>
    </message>
    <message>
        <source>Remove wave “{label}”</source>
        <translation>删除批次“{label}”</translation>
    </message>
    <message>
        <source>Rename a wave</source>
        <translation>重命名批次</translation>
    </message>
    <message>
        <source>Rename wave “{label}”</source>
        <translation>重命名批次“{label}”</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Since {label}:</source>
        <translation>与 {label} 相比：</translation>
    </message>
    <message>
        <source>Survey waves</source>
        <translation>调查批次</translation>
    </message>
    <message>
        <source>{label} — {date}, {count} responses</source>
        <translation>{label} — {date}，{count} 份回答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_waves.py" line="47"/>
        <source>(fewer than 30 answers: read with care)</source>
        <translation>（回答少于 30 份：请谨慎解读）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_waves.py" line="220"/>
        <source>Performance (perception, 1–7)</source>
        <translation>表现（感知，1–7）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_waves.py" line="220"/>
        <source>The 22 statements: importance against performance</source>
        <translation>22项陈述：重要性与表现对照</translation>
    </message>
</context>
</TS>
