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
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="14"/>
        <source>Service plans (*.svcplan);;All files (*)</source>
        <translation>服务计划 (*.svcplan);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="18"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图像 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Open the &amp;Demo Plan</source>
        <translation>打开演示计划(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>No recent plans</source>
        <translation>没有最近打开的计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Clear the list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>Open it read-only?</source>
        <translation>是否以只读方式打开？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Plan in use</source>
        <translation>计划正在使用中</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Opened, but no backup could be made: {detail}</source>
        <translation>已打开，但无法创建备份：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>A backup made when this plan was last opened exists ({name}). Open the backup read-only? Use File ▸ Save As to keep it under a new name.</source>
        <translation>存在上次打开此计划时生成的备份（{name}）。是否以只读方式打开该备份？如需以新名称保存，请使用「文件 ▸ 另存为」。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Cannot open the plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Open a plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Cannot create the plan</source>
        <translation>无法创建计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Cannot create the demo plan</source>
        <translation>无法创建演示计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Save the plan as</source>
        <translation>计划另存为</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Cannot save the plan</source>
        <translation>无法保存计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>Read-only: {reason}. Use File ▸ Save As to make an editable copy.</source>
        <translation>只读：{reason}。如需可编辑的副本，请使用「文件 ▸ 另存为」。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>opened read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>its folder is read-only</source>
        <translation>所在文件夹为只读</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>Service Plan Builder</source>
        <translation>服务计划编制工具</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="398"/>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>&amp;Redo {what}</source>
        <translation>重做{what}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>The change could not be saved</source>
        <translation>无法保存此更改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>The new language is used from the next start of the program.</source>
        <translation>新语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>Service Plan Builder guides a business through assessing its service, hearing its customers, finding the main problems, setting standards, goals and means, and printing a Service Plan. It works offline; each plan is one file.</source>
        <translation>服务计划编制工具引导企业评估服务水平、倾听顾客意见、找出主要问题、制定服务标准及目标与措施，并打印服务计划。本程序无需联网，每个计划保存为一个文件。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
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
        <source>Must be a single line.</source>
        <translation>只能输入一行。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="63"/>
        <source>Contains a character that is not allowed.</source>
        <translation>包含不允许的字符。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="64"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="65"/>
        <source>The file is not a PNG or JPEG image.</source>
        <translation>该文件不是 PNG 或 JPEG 图像。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="66"/>
        <source>The image file is truncated or damaged.</source>
        <translation>图像文件不完整或已损坏。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="69"/>
        <source>The file is {size_mb} MB; a logo may be at most {max_mb} MB.</source>
        <translation>文件大小为 {size_mb} MB；徽标不得超过 {max_mb} MB。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72"/>
        <source>The image is {width}×{height} pixels; at most {max}×{max} is accepted. Scale it down first.</source>
        <translation>图像为 {width}×{height} 像素；最大允许 {max}×{max}。请先缩小图像。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="94"/>
        <source>{file} is not a service plan.</source>
        <translation>{file} 不是服务计划文件。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="98"/>
        <source>{file} is damaged and cannot be opened.</source>
        <translation>{file} 已损坏，无法打开。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="102"/>
        <source>{file} was saved by a newer version of this program. Update the program to open it.</source>
        <translation>{file} 由更高版本的本程序保存。请更新程序后再打开。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="110"/>
        <source>{file} is already open in another window or program.</source>
        <translation>{file} 已在其他窗口或程序中打开。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="116"/>
        <source>{file} already exists.</source>
        <translation>{file} 已存在。</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="121"/>
        <source>Details: {detail}</source>
        <translation>详细信息：{detail}</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <location filename="../../ui/pages/metrics.py" line="69"/>
        <source>Business metrics</source>
        <translation>经营指标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="73"/>
        <source>Figures from the last twelve months, each set against a reference threshold. Leave a field empty when the figure is not known; a decimal comma is fine.</source>
        <translation>填写最近十二个月的数据，每项都与参考阈值对照。数据未知时请留空；小数点可用逗号。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="81"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="95"/>
        <source>Reference: at least {value} {unit}</source>
        <translation>参考值：不低于 {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="97"/>
        <source>Reference: at most {value} {unit}</source>
        <translation>参考值：不高于 {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="148"/>
        <source>Not saved: “{text}” is not a number.</source>
        <translation>未保存：“{text}”不是数字。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="157"/>
        <source>value of “{name}”</source>
        <translation>“{name}”的数值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="163"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="202"/>
        <source>no value yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="205"/>
        <source>meets the reference</source>
        <translation>达到参考值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="208"/>
        <source>below the reference</source>
        <translation>未达参考值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="216"/>
        <source>Business metrics against their thresholds</source>
        <translation>经营指标与参考阈值</translation>
    </message>
    <message>
        <location filename="../../ui/pages/metrics.py" line="217"/>
        <source>no value</source>
        <translation>无数值</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="20"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="24"/>
        <source>The system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="28"/>
        <source>Language of the program</source>
        <translation>程序语言</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="30"/>
        <source>Takes effect the next time the program starts.</source>
        <translation>下次启动程序时生效。</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/pages/profile.py" line="42"/>
        <source>Business name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="43"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="44"/>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="45"/>
        <source>Customer groups</source>
        <translation>顾客群体</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="46"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="47"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="48"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="49"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="50"/>
        <source>Prepared by</source>
        <translation>编制方</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="51"/>
        <source>Preparer&apos;s name</source>
        <translation>编制人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="52"/>
        <source>Consultant&apos;s firm</source>
        <translation>咨询公司</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="53"/>
        <source>Plan date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="54"/>
        <location filename="../../ui/pages/profile.py" line="339"/>
        <source>Plan language</source>
        <translation>计划语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="55"/>
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="62"/>
        <location filename="../../ui/pages/profile.py" line="139"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="63"/>
        <source>Micro: 1–9 people</source>
        <translation>微型：1–9 人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="64"/>
        <source>Small: 10–49 people</source>
        <translation>小型：10–49 人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="65"/>
        <source>Medium: 50–249 people</source>
        <translation>中型：50–249 人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="66"/>
        <source>Large: 250 people or more</source>
        <translation>大型：250 人及以上</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="87"/>
        <source>Profile</source>
        <translation>企业概况</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="91"/>
        <source>Who the plan is for and who prepares it. Changes are saved as you type; Undo takes them back.</source>
        <translation>计划面向的企业及计划编制人。更改会在输入时自动保存，可通过「编辑 ▸ 撤销」恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="100"/>
        <source>The business</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="105"/>
        <source>e.g. bakery and café, car repair, dental clinic</source>
        <translation>例如：面包咖啡店、汽车维修、牙科诊所</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="117"/>
        <source>One group per line, e.g. “office workers at lunchtime”</source>
        <translation>每行一个群体，例如“午餐时间的上班族”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="120"/>
        <source>Address and contacts</source>
        <translation>地址与联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="126"/>
        <source>Who prepares the plan</source>
        <translation>计划编制人</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="128"/>
        <source>The owner</source>
        <translation>企业主</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="129"/>
        <source>A consultant</source>
        <translation>顾问</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="145"/>
        <source>The plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="152"/>
        <source>The plan&apos;s content and its printed Service Plan use this language.</source>
        <translation>计划内容及打印的服务计划均使用此语言。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="170"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="172"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="181"/>
        <source>PNG or JPEG, at most {mb} MB and 4096×4096 pixels.</source>
        <translation>PNG 或 JPEG 格式，不超过 {mb} MB 和 4096×4096 像素。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="307"/>
        <source>Not saved: {reason}</source>
        <translation>未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="325"/>
        <source>Edit “{field}”</source>
        <translation>编辑“{field}”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="335"/>
        <source>Change the plan language</source>
        <translation>更改计划语言</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="344"/>
        <source>Choose a logo</source>
        <translation>选择徽标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="366"/>
        <source>Set the logo</source>
        <translation>设置徽标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="370"/>
        <source>Remove the logo</source>
        <translation>移除徽标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="435"/>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile.py" line="445"/>
        <source>Cannot show this image</source>
        <translation>无法显示此图像</translation>
    </message>
</context>
<context>
    <name>SelfAuditPage</name>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="43"/>
        <source>not enough answers</source>
        <translation>回答不足</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="44"/>
        <source>{score} / 100</source>
        <translation>{score} / 100</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="68"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="81"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="141"/>
        <location filename="../../ui/pages/self_audit.py" line="266"/>
        <source>Self-audit</source>
        <translation>自我评估</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="145"/>
        <source>Rate each statement as things are today, from 1 (strongly disagree) to 5 (strongly agree), or mark it N/A where it does not apply. For the seven sins, agreeing means the sin is seen, so they count in reverse. Click a chosen answer again to clear it.</source>
        <translation>请按目前的实际情况为每条陈述打分：1（完全不同意）到 5（完全同意）；不适用的请选“不适用”。对于服务七宗罪，同意表示确有此现象，因此反向计分。再次点击已选答案即可清除。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="159"/>
        <source>%v of %m answered</source>
        <translation>已回答 %v / %m</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="164"/>
        <source>Save as snapshot</source>
        <translation>保存快照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="166"/>
        <source>Keep today&apos;s scores, so that later reassessments show the progress made.</source>
        <translation>保存今天的得分，以便日后复评时看到进展。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="186"/>
        <source>Weakest statements</source>
        <translation>最薄弱的陈述</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="194"/>
        <location filename="../../ui/pages/self_audit.py" line="316"/>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="200"/>
        <source>Delete snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="262"/>
        <source>answer to a self-audit statement</source>
        <translation>自我评估回答</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="312"/>
        <source>snapshot of the scores</source>
        <translation>得分快照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="324"/>
        <source>deletion of a snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="359"/>
        <source>{title} — {answered} of {total} answered · {score}</source>
        <translation>{title} — 已回答 {answered} / {total} · {score}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="372"/>
        <source>Service-level index: {score}</source>
        <translation>服务水平指数：{score}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="380"/>
        <source>No statement scores below 50 yet.</source>
        <translation>目前没有低于 50 分的陈述。</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="390"/>
        <source>{date}: index {score}</source>
        <translation>{date}：指数 {score}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="402"/>
        <source>Score by dimension (0–100)</source>
        <translation>各维度得分（0–100）</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="420"/>
        <source>Service-level index</source>
        <translation>服务水平指数</translation>
    </message>
    <message>
        <location filename="../../ui/pages/self_audit.py" line="421"/>
        <source>Progress between assessments</source>
        <translation>历次评估的变化</translation>
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
    <message>
        <location filename="../../ui/step_texts.py" line="90"/>
        <source>This step&apos;s tools are not in this version yet. Nothing is recorded here; the step is left out of the plan until they arrive.</source>
        <translation>当前版本尚未提供此步骤的工具。此处不记录任何内容；在工具推出之前，此步骤不纳入计划。</translation>
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
        <location filename="../../ui/pages/welcome.py" line="31"/>
        <source>New plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="32"/>
        <source>Open a plan…</source>
        <translation>打开计划…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome.py" line="33"/>
        <source>Open the demo plan</source>
        <translation>打开演示计划</translation>
    </message>
</context>
</TS>
