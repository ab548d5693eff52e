"""Read survey and complaint exports (CSV or XLSX) into a header row plus string rows.

People pick files exported by Google Forms, SurveyMonkey or Excel in any locale, or typed by
hand, and reliability tests feed this module hostile files. So the format is taken from the
content (never the extension), every limit is checked before the work it guards, nothing is
evaluated or fetched, and every failure is one `TableReadError` naming the file plus a `code`
the window can translate.

Choices worth knowing (the callers rely on them):
- Every cell is a string with outer whitespace stripped; numbers are not parsed ("4,5" stays
  "4,5"). Parsing a number or a date is the caller's job, per column role.
- XLSX booleans read as "TRUE" / "FALSE" (what Excel shows and what its CSV export writes),
  errors as their text ("#N/A"), formulas as their cached value (never evaluated), numbers at
  Excel's 15 significant digits ("8", "4.5", "0.3"), date-formatted numbers as ISO text.
- Trailing header cells that are blank are dropped, so the table is as wide as its last named
  column; cells beyond it that hold text are counted in `Table.extra_cells`.
- A first line `sep=;` (Excel's own hint) sets the delimiter and is not a row.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import math
import os
import posixpath
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from operator import itemgetter
from pathlib import Path
from typing import cast
from xml.etree import ElementTree as ET

from plan.errors import PlanError

MAX_FILE_BYTES: int = 64 * 1024 * 1024
MAX_ROWS: int = 1_000_000
MAX_COLUMNS: int = 1_000

# A survey workbook unpacks to a few megabytes; these stop zip bombs before they inflate.
_MAX_UNPACKED_BYTES = 256 * 1024 * 1024
_MAX_RATIO = 200
_RATIO_FLOOR_BYTES = 1024 * 1024
_MAX_ZIP_MEMBERS = 10_000
# Parts read as a whole tree (workbook, relationships) hold a few dozen elements; a crafted one
# with millions would take gigabytes as a tree, so their elements are counted as they come.
_MAX_TREE_ELEMENTS = 200_000
# Excel allows about 64,000 cell formats; the styles part is streamed and its formats counted.
_MAX_CELL_FORMATS = 200_000
_CHUNK = 64 * 1024
_FEED = 4 * 1024  # measured: 64 KiB feeds cost 3x in GC on a 100k-row sheet
_SNIFF_CHARS = 64 * 1024
_SNIFF_RECORDS = 60


class TableReadError(PlanError):
    """The file cannot be read as a table.

    `code` names the rule (for translated UI messages), `params` its values; `str(err)` and
    `err.message` are one English line naming the file, `err.detail` is that line without it.
    """

    def __init__(
        self,
        path: Path | str | None,
        code: str,
        message: str,
        params: dict[str, object] | None = None,
    ) -> None:
        name = str(path) if path not in (None, "") else ""
        line = f"{name}: {message}" if name else message
        super().__init__(line)
        self.path = Path(name) if name else None
        self.code = code
        self.params = params or {}
        self.detail = message


@dataclass(frozen=True)
class CellProblem:
    """A workbook cell whose stored value cannot be what Excel shows (a serial past the year
    9999, "0x10" as a number): its row keeps the raw text and the import flags it."""

    column: int  # index into Table.headers
    cell: str  # "C7"
    value: str
    code: str  # "cell_not_number" or "cell_date_range"

    @property
    def reason(self) -> str:
        if self.code == "cell_date_range":
            return f"{self.value!r} is a date past the year 9999"
        return f"{self.value!r} is not a number"


@dataclass(frozen=True)
class TableHead:
    """What a reader knows once it has the header row: enough to choose the columns to keep."""

    headers: list[str]
    source_format: str
    sheet_name: str | None
    sheet_names: tuple[str, ...]


#: Given the header, the indexes of the columns to keep (the others are never held in memory).
ColumnChoice = Callable[[TableHead], Iterable[int]]


@dataclass(frozen=True)
class Table:
    """A header row and the data rows under it, every cell a string, as the user sees them.

    When the reader was given a `ColumnChoice`, `headers` and the rows hold only the chosen
    columns; `left_out` names the named columns that were not read and `unnamed_columns`
    counts the ones with no header.
    """

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    extra_cells: dict[int, int]
    source_format: str
    encoding: str | None
    delimiter: str | None
    sheet_name: str | None
    encoding_ambiguous: bool = False
    sheet_names: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()
    unnamed_columns: int = 0
    cell_problems: dict[int, list[CellProblem]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Options:
    encoding: str | None = None
    sheet: str | None = None
    select: ColumnChoice | None = None


_ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (with BOM)",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "cp1252": "Windows-1252 (Western European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "gbk": "GBK (Simplified Chinese)",
    "gb18030": "GB18030 (Chinese)",
    "iso8859-1": "ISO-8859-1 (Latin-1)",
    "koi8-r": "KOI8-R (Cyrillic)",
}
#: The encodings a user is offered to choose from (the window's list; --encoding takes any).
ENCODING_CHOICES: tuple[str, ...] = ("utf-8", "cp1252", "cp1251", "gbk", "utf-16")


def encoding_label(encoding: str) -> str:
    """ "cp1252" → "Windows-1252 (Western European)": how a person knows an encoding."""
    return _ENCODING_LABELS.get(encoding, encoding.upper())


def normalise_encoding(name: str) -> str:
    """A user's encoding name (windows-1252, latin-1, UTF8…) as Python's codec name; raises
    LookupError for one Python does not know."""
    codec = codecs.lookup(name.strip()).name
    return {"utf_16": "utf-16", "windows-1252": "cp1252", "windows-1251": "cp1251"}.get(
        codec, codec
    )


# --------------------------------------------------------------------------- entry points


def read_table(
    path: Path | str,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
    select: ColumnChoice | None = None,
) -> Table:
    """Read a CSV or XLSX file; its size is checked (stat) before a byte is read.

    `encoding` overrides the guess for a text file; `sheet` reads that worksheet instead of
    the workbook's active one; `select` keeps only the columns it returns.
    """
    options = _Options(encoding, sheet, select)
    name = str(path)
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise TableReadError(name, "missing", "the file does not exist") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        reason = getattr(exc, "strerror", None) or exc
        raise TableReadError(name, "unreadable", f"the file cannot be read ({reason})") from None
    if stat.S_ISDIR(st.st_mode):
        raise TableReadError(name, "unreadable", "this is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        # A pipe or device could stream forever; only plain files have a size to check.
        raise TableReadError(name, "unreadable", "this is not a regular file")
    _check_size(st.st_size, name)
    try:
        with p.open("rb") as fh:
            # read(n) allocates n bytes up front: ask for the size stat() saw, then any growth.
            data = fh.read(st.st_size + 1)
            if len(data) > st.st_size:
                data += fh.read(MAX_FILE_BYTES + 1 - len(data))
    except OSError as exc:
        raise TableReadError(
            name, "unreadable", f"the file cannot be read ({exc.strerror or exc})"
        ) from None
    _check_size(len(data), name)  # it may have grown since stat()
    return _read(data, name, options)


def read_table_bytes(
    data: bytes,
    name: str = "",
    *,
    encoding: str | None = None,
    sheet: str | None = None,
    select: ColumnChoice | None = None,
) -> Table:
    """Read a CSV or XLSX file already in memory; `name` is only used in messages."""
    _check_size(len(data), name)
    return _read(data, name, _Options(encoding, sheet, select))


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text export, returning (text, encoding name); raise TableReadError if binary."""
    text, enc, _ambiguous = _decode(data, "")
    return text, enc


def file_display_name(path: Path | str) -> str:
    """A file's name as text a plan can store: a name whose bytes are not UTF-8 (a Latin-1
    "Zürich.csv" from an old archive) is decoded as its likeliest legacy encoding."""
    name = Path(path).name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(name)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            guess = _legacy_guess(raw)
            return guess[1] if guess is not None else raw.decode("utf-8", "replace")
    return name


def detect_delimiter(text: str) -> str:
    """Pick ",", ";" or tab: the one that splits the first records into a consistent width.

    Each candidate is tried with the csv module itself over the first records, so delimiters
    inside quotes never count; decimal commas in a semicolon file ("4,5") lose because the
    header has none. Ties go to the wider split, then tab, semicolon, comma (rarest in prose
    first). A file no candidate splits is one column: ",".
    """
    hint = _sep_hint(text)
    if hint is not None:
        return hint[0]
    sample = text[:_SNIFF_CHARS]
    truncated = len(text) > len(sample)
    best: tuple[float, int, int] | None = None
    chosen = ","
    for priority, delim in enumerate((",", ";", "\t")):
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delim)
        try:
            records = list(itertools.islice(reader, _SNIFF_RECORDS + 1))
        except csv.Error:
            continue
        if truncated and len(records) <= _SNIFF_RECORDS and len(records) > 1:
            records.pop()  # the sample cut the last record short
        widths = [len(r) for r in records[:_SNIFF_RECORDS] if any(c.strip() for c in r)]
        if not widths or widths[0] < 2:
            continue
        agree = sum(1 for w in widths if w == widths[0]) / len(widths)
        key = (agree, widths[0], priority)
        if best is None or key > best:
            best, chosen = key, delim
    return chosen


# --------------------------------------------------------------------------- dispatch

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BINARY_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
)


def _check_size(size: int, name: str) -> None:
    if size > MAX_FILE_BYTES:
        raise TableReadError(
            name,
            "too_large",
            f"the file is {size / 1048576:.1f} MB; a table may be at most "
            f"{MAX_FILE_BYTES // 1048576} MB",
            {"size_mb": round(size / 1048576, 1), "max_mb": MAX_FILE_BYTES // 1048576},
        )


def _read(data: bytes, name: str, options: _Options) -> Table:
    """Choose the reader from the first bytes: the extension of a download says little."""
    if not data:
        raise TableReadError(name, "empty", "the file is empty")
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _read_xlsx(data, name, options)
    if data.startswith(_OLE2_MAGIC):
        raise TableReadError(
            name,
            "old_excel",
            "this is an old-format Excel workbook (.xls) or a password-protected one; "
            "open it in Excel and save it as .xlsx or CSV",
        )
    for magic, kind in _BINARY_KINDS:
        if data.startswith(magic):
            raise TableReadError(
                name,
                "not_text",
                f"this is {kind}, not a table; choose a CSV file or an Excel workbook (.xlsx)",
                {"kind": kind},
            )
    return _read_csv(data, name, options)


# --------------------------------------------------------------------------- text decoding

# Letters of Russian text, by frequency (per cent): scores how Russian a cp1251 decoding looks.
_RU_FREQ = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
    "ё": 0.04,
}  # fmt: skip
_RU_LOG = {ch: math.log(f / 100) for ch, f in _RU_FREQ.items()}
_RU_WORD = re.compile("[А-Яа-яЁё]+")
_RU_PUNCT = set("«»№–—…“”„‘’•\u00a0")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_UTF8_UNLIKELY = re.compile("[\u0080-\u009f\u0180-\u036f\u0700-\u07ff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")

# Chinese model: the ~1200 most frequent hanzi (by corpus frequency) carry about 90% of real
# text; the rest of GB2312 level 1 (lead bytes B0-D7) most of the remainder, level 2 (D8-F7)
# the rare ones; rows A1/A3 are full-width punctuation. Cyrillic bytes read as GBK land on
# arbitrary hanzi, mostly outside the common set, which is what tells the two apart.
_ZH_COMMON = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之"
    "年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样"
    "理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将"
    "两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信"
    "表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔"
    "更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统"
    "区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品"
    "住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根"
    "干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流"
    "备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越"
    "器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突"
    "专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态"
    "护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故"
    "按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职"
    "速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤"
    "素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略"
    "范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚"
    "善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶"
    "块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序"
    "升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移"
    "娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸"
    "予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授"
    "诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍"
    "凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘"
    "亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞"
    "街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞"
    "圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵"
)
_ZH_COMMON_LOG = math.log(0.80 / len(_ZH_COMMON))
_ZH_LEVEL1 = math.log(0.15 / 2600)
_ZH_LEVEL2 = math.log(0.03 / 3008)
_ZH_PUNCT = math.log(0.10 / 188)
_UNLIKELY = math.log(1e-7)

# Western European model (de, fr, es, it, pt, nl, the Nordic languages): how often each
# non-ASCII character of Windows-1252 occurs among the non-ASCII characters of real text, per
# cent. Cyrillic read as cp1252 lands on the rare ones (ð, ì, ò, ï, ÿ, õ, þ, Î…) and, above all,
# on runs of accented letters with no plain letter between them, which Western words never are.
_WE_FREQ = {
    "é": 16.0, "ä": 7.0, "ü": 6.0, "ö": 6.0, "è": 3.5, "à": 3.5, "á": 3.5, "ß": 2.5,
    "ó": 2.5, "í": 2.5, "ç": 2.0, "ñ": 2.0, "ã": 1.5, "ê": 2.0, "å": 1.5, "ø": 1.2, "æ": 0.8,
    "ú": 1.0, "â": 0.8, "ô": 0.6, "î": 0.4, "û": 0.3, "ë": 0.4, "ï": 0.2, "õ": 0.3, "ù": 0.3,
    "ì": 0.2, "ò": 0.2, "œ": 0.2, "ÿ": 0.01, "Ä": 0.6, "Ö": 0.5, "Ü": 0.5, "É": 0.8,
    "À": 0.1, "Á": 0.1, "Å": 0.2, "Ø": 0.1, "Æ": 0.05, "Ç": 0.1, "Ñ": 0.1, "Ó": 0.1,
    "Í": 0.05, "Ú": 0.05, "È": 0.05, "Ê": 0.02, "Ô": 0.02, "Â": 0.02, "Î": 0.01, "Œ": 0.01,
    "Š": 0.05, "š": 0.1, "Ž": 0.02, "ž": 0.05,
    "€": 2.0, "“": 1.5, "”": 1.5, "„": 0.8, "‘": 0.8, "’": 2.5, "–": 1.5, "—": 0.5,
    "…": 0.6, "«": 0.6, "»": 0.6, "°": 0.5, "£": 0.3, "§": 0.2, "·": 0.1, "²": 0.1,
    "³": 0.05, "½": 0.05, "¿": 0.3, "¡": 0.2, "\u00a0": 1.0, "ª": 0.1, "º": 0.2, "•": 0.3,
    "×": 0.05, "©": 0.05, "®": 0.05, "™": 0.05, "±": 0.02, "µ": 0.02, "¼": 0.02,
}  # fmt: skip
_WE_LOG = {ch: math.log(f / 100) for ch, f in _WE_FREQ.items()}
_WE_OTHER = math.log(0.02 / 100)
_WE_RUN = re.compile(r"[^\x00-\x7f]+")
_WE_ADJACENT = math.log(0.03)  # an accented letter right after another one
_MIXED_SCRIPT = re.compile("[A-Za-z][А-Яа-яЁё]|[А-Яа-яЁё][A-Za-z]")
# Two readings closer than this (in nats: e^8 ≈ 3000 to 1) leave the choice to the user.
_AMBIGUOUS_MARGIN = 8.0


def _russian_log_likelihood(text: str) -> float:
    """Log-likelihood of the non-ASCII text as Russian: letter frequencies plus word case.

    Case is scored once per word (lower, Capitalised, ALL CAPS, or mixed, which Russian
    never is but GBK bytes read as cp1251 constantly are).
    """
    score = 0.0
    for word in _RU_WORD.findall(text):
        lower = word.lower()
        if word == lower:
            score += -0.29  # log 0.75
        elif word[1:] == lower[1:]:
            score += -1.61  # log 0.2, Capitalised
        elif word.isupper():
            score += -3.0  # log 0.05, ALL CAPS
        else:
            score += -9.2  # log 1e-4, mIxEd
        score += sum(_RU_LOG[c] for c in lower)
    for ch in _RU_WORD.sub("", "".join(_NON_ASCII.findall(text))):
        score += -6.9 if ch in _RU_PUNCT else -13.8
    # A Cyrillic letter touching a Latin one ("schцne": German read as cp1251) is not Russian.
    score += -9.2 * len(_MIXED_SCRIPT.findall(text))
    return score


def _western_log_likelihood(text: str) -> float:
    """Log-likelihood of the non-ASCII text as Western European (Windows-1252) text."""
    score = 0.0
    for run in _WE_RUN.findall(text):
        previous_letter = False
        for ch in run:
            score += _WE_LOG.get(ch, _WE_OTHER)
            letter = ch.isalpha()
            if letter and previous_letter:
                score += _WE_ADJACENT
            previous_letter = letter
    return score


def _chinese_log_likelihood(text: str) -> float:
    """Log-likelihood of the non-ASCII text as Chinese, from each character's GBK code row."""
    score = 0.0
    for ch in _NON_ASCII.findall(text):
        try:
            raw = ch.encode("gbk")
        except UnicodeEncodeError:
            score += _UNLIKELY
            continue
        if len(raw) != 2 or raw[1] < 0xA1:
            score += _UNLIKELY
        elif ch in _ZH_COMMON:
            score += _ZH_COMMON_LOG
        elif 0xB0 <= raw[0] <= 0xD7:
            score += _ZH_LEVEL1
        elif 0xD8 <= raw[0] <= 0xF7:
            score += _ZH_LEVEL2
        elif raw[0] in (0xA1, 0xA3):
            score += _ZH_PUNCT
        else:
            score += _UNLIKELY
    return score


def _gbk_posing_as_utf8(data: bytes, text: str) -> str | None:
    """GBK text that happens to be valid UTF-8 (short files: "水平" is UTF-8 "ˮƽ"), else None.

    Only when every non-ASCII character of the UTF-8 reading is one no survey contains (C1
    controls, IPA, modifier letters, combining marks, rare Latin-B) and every one of the GBK
    reading is a common hanzi or full-width punctuation.
    """
    sample = text[:_SNIFF_CHARS]
    odd = _NON_ASCII.findall(sample)
    if not odd or len(_UTF8_UNLIKELY.findall(sample)) != len(odd):
        return None
    try:
        gbk = data.decode("gbk")
    except UnicodeDecodeError:
        return None
    for ch in _NON_ASCII.findall(gbk[:_SNIFF_CHARS]):
        raw = ch.encode("gbk")
        if raw[1] < 0xA1 or not (0xB0 <= raw[0] <= 0xD7 or raw[0] in (0xA1, 0xA3)):
            return None
    return gbk


def _utf16_without_bom(data: bytes) -> str | None:
    """Spot BOM-less UTF-16 from its NULs: ASCII text in UTF-16LE has one every other byte."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2 or b"\x00" not in sample:
        return None
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd >= 0.2 and even <= odd / 4:
        return "utf-16-le"
    if even >= 0.2 and odd <= even / 4:
        return "utf-16-be"
    return None


def _not_text(name: str, why: str) -> TableReadError:
    return TableReadError(
        name,
        "not_text",
        f"{why}; choose a CSV file (UTF-8 is safest) or an Excel workbook (.xlsx)",
    )


def _legacy_guess(data: bytes) -> tuple[str, str, bool] | None:
    """(encoding, text, ambiguous) for bytes that are not UTF-8: the likeliest reading as
    Windows-1252 (Western European), Windows-1251 (Cyrillic) or GBK, each scored as real text
    of its languages; ambiguous when the two best are close. None if none decodes."""
    decoded: dict[str, str] = {}
    for enc in ("cp1251", "cp1252", "gbk", "gb18030"):
        if enc == "gb18030" and "gbk" in decoded:
            continue
        try:
            decoded[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    if not decoded:
        return None
    if len(decoded) == 1:
        enc, text = next(iter(decoded.items()))
        return enc, text, False
    scores: list[tuple[float, str]] = []
    for enc, text in decoded.items():
        sample = text[:_SNIFF_CHARS]
        if enc == "cp1251":
            scores.append((_russian_log_likelihood(sample), enc))
        elif enc == "cp1252":
            scores.append((_western_log_likelihood(sample), enc))
        else:
            scores.append((_chinese_log_likelihood(sample), enc))
    # Ties go to the order above: cp1251, then cp1252, then GBK (as before cp1252 was scored).
    order = {enc: i for i, enc in enumerate(decoded)}
    scores.sort(key=lambda item: (-item[0], order[item[1]]))
    (best, enc), (second, _) = scores[0], scores[1]
    return enc, decoded[enc], best - second < _AMBIGUOUS_MARGIN


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    """Decode with the encoding the user chose (a BOM is dropped whatever they chose)."""
    if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise TableReadError(
            name,
            "not_text",
            f"the file cannot be read as {encoding_label(encoding)}: line {line} has a byte"
            f" (0x{data[exc.start]:02X}) that is not valid in it; choose another encoding",
            {"encoding": encoding, "row": line},
        ) from None
    except LookupError:
        raise TableReadError(
            name, "not_text", f"{encoding!r} is not an encoding", {"encoding": encoding}
        ) from None
    return _check_text(text, name)


def _decode(data: bytes, name: str) -> tuple[str, str, bool]:
    """Decode by BOM, then NUL pattern, then strict UTF-8, then the likeliest of cp1252 /
    cp1251 / GBK. Returns (text, encoding, whether that last guess was a close call)."""
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            candidates = [utf16]
        elif b"\x00" in data:
            raise _not_text(name, "this is a binary file, not text")
        else:
            candidates = []
    if candidates:
        enc = candidates[0]
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as exc:
            raise _not_text(
                name, f"the file looks like {enc.upper()} text but byte {exc.start} is not valid"
            ) from None
        return _check_text(text, name), enc, False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        gbk = _gbk_posing_as_utf8(data, text)
        if gbk is not None:
            return _check_text(gbk, name), "gbk", False
        return _check_text(text, name), "utf-8", False
    guess = _legacy_guess(data)
    if guess is None:
        raise _not_text(name, "this is not text in a known encoding")
    enc, text, ambiguous = guess
    return _check_text(text, name), enc, ambiguous


def _check_text(text: str, name: str) -> str:
    """Refuse decoded text that is really binary: NULs, or control characters beyond noise."""
    if "\x00" in text:
        raise _not_text(name, "this is a binary file, not text")
    if text.endswith("\x1a"):  # DOS end-of-file mark from old tools
        text = text.rstrip("\x1a")
    sample = text[:_SNIFF_CHARS]
    controls = len(_CONTROL.findall(sample))
    if controls > 2 and controls > 0.05 * len(sample):
        raise _not_text(name, "this is a binary file, not text")
    return text


# --------------------------------------------------------------------------- CSV

# NUL never occurs in decoded text (`_check_text` refuses it), so this cannot be a real cell.
_END_MARK = "\x00end of file\x00"
_END_RECORD = _END_MARK + "\n"
# A line with its end, as io.StringIO(newline="") splits them: at \n, \r or \r\n.
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+\Z")
_STREAM_LINES_FROM = 4 * 1024 * 1024  # characters
_SEP_LINE = re.compile(r"\A\ufeff?sep=(.)[ \t]*(\r\n|\n|\r|\Z)")
_MARKUP = ("<?xml", "<html", "<!doctype", "<table", "<head", "<body")


def _sep_hint(text: str) -> tuple[str, int] | None:
    """Excel's `sep=;` first line: (delimiter, length of that line), or None."""
    match = _SEP_LINE.match(text)
    if match is None or match.group(1) in '\r\n"':
        return None
    return match.group(1), match.end()


def _read_csv(data: bytes, name: str, options: _Options) -> Table:
    if options.encoding is not None:
        encoding, ambiguous = options.encoding, False
        text = _decode_as(data, name, encoding)
    else:
        text, encoding, ambiguous = _decode(data, name)
    if not text or text.isspace():
        raise TableReadError(name, "empty", "the file is empty (only blank space)")
    head = text[:1024].lstrip().lower()
    if head.startswith(_MARKUP):
        raise TableReadError(
            name,
            "not_supported",
            "this is a web page or XML file (sometimes saved with an .xls name), not CSV; "
            "open it in Excel and save it as .xlsx or CSV",
        )
    hint = _sep_hint(text)
    if hint is not None:
        delimiter, skip = hint
        text = text[skip:]
    else:
        delimiter = detect_delimiter(text)
    # A record of its own after the text: if a quote is left open, the csv module (not strict)
    # takes the rest of the file, this mark too, as one cell instead of saying so.
    end = [_END_RECORD] if text.endswith(("\n", "\r")) else ["\n", _END_RECORD]
    # io.StringIO is fastest, but holds a copy of the text at 4 bytes a character (200 MB for
    # a 50 MB file): big files are split into lines as they are read instead.
    lines: Iterable[str] = (
        io.StringIO(text, newline="")
        if len(text) < _STREAM_LINES_FROM
        else (match.group() for match in _LINE.finditer(text))
    )
    reader = csv.reader(itertools.chain(lines, end), delimiter=delimiter)
    state = [0]

    def records() -> Iterator[tuple[int, list[str]]]:
        for number, row in enumerate(reader, start=1):
            state[0] = number
            if row and "\x00" in row[-1]:
                if row == [_END_MARK]:
                    return
                raise TableReadError(
                    name,
                    "unreadable",
                    f"row {number}: a quote opens a cell that is never closed, so the rest of "
                    "the file would be one cell",
                    {"row": number},
                )
            yield number, row

    try:
        table = _assemble(records(), name, "csv", encoding, delimiter, None, options.select)
        return replace(table, encoding_ambiguous=ambiguous) if ambiguous else table
    except csv.Error as exc:
        row = state[0] + 1
        raise TableReadError(
            name,
            "unreadable",
            f"row {row}: {exc} (is a quote left open?)",
            {"row": row},
        ) from None


# --------------------------------------------------------------------------- rows → Table


def _assemble(
    records: Iterable[tuple[int, list[str]]],
    name: str,
    source_format: str,
    encoding: str | None,
    delimiter: str | None,
    sheet_name: str | None,
    select: ColumnChoice | None = None,
    sheet_names: tuple[str, ...] = (),
    bad_cells: dict[int, list[tuple[int, str, str, str]]] | None = None,
) -> Table:
    """Find the header (first non-blank row), then strip, pad and trim every row to its width.

    This loop is the hot path for big files: per cell it only strips; everything else is per
    row, so reading costs about what csv.reader itself costs. With `select`, only the chosen
    columns of each row are kept: a row 1,000 cells wide is never held.
    """
    max_rows = MAX_ROWS + 1  # the header row does not count
    max_cols = MAX_COLUMNS
    it = iter(records)
    headers: list[str] | None = None
    count = 0
    for number, row in it:
        count += 1
        if len(row) > max_cols:
            raise _too_many_columns(name, number, len(row))
        cells = list(map(str.strip, row))
        if any(cells):
            while not cells[-1]:
                cells.pop()
            headers = cells
            break
    if headers is None:
        if source_format == "xlsx":
            others = [n for n in sheet_names if n != sheet_name]
            hint = (
                f" (other sheets: {', '.join(map(_quoted, others))}; choose one with --sheet)"
                if others
                else ""
            )
            raise TableReadError(
                name,
                "empty",
                f'the worksheet "{sheet_name}" has no filled cells{hint}',
                {"sheet": sheet_name},
            )
        raise TableReadError(name, "no_header", "no row has any text to use as column headers")

    width = len(headers)
    if select is not None:
        head = TableHead(list(headers), source_format, sheet_name, sheet_names)
        positions = sorted({p for p in select(head) if 0 <= p < width})
        return _assemble_columns(
            it, count, name, headers, positions, source_format, encoding, delimiter,
            sheet_name, sheet_names, bad_cells if bad_cells is not None else {},
        )  # fmt: skip
    # One string object per distinct cell text: survey answers repeat ("4", "10", "yes"), and
    # a string each would cost ~50 bytes per cell (1.5 GB for a 50 MB file of numbers).
    # map(canon, cells, cells) is dict.setdefault(text, text) per cell, in C.
    seen: dict[str, str] = {}
    canon = seen.setdefault
    rows: list[list[str]] = []
    numbers: list[int] = []
    extra: dict[int, int] = {}
    add_row = rows.append
    add_number = numbers.append
    for number, row in it:
        count += 1
        if count > max_rows:
            raise TableReadError(
                name,
                "too_many_rows",
                f"the table has more than {MAX_ROWS:,} rows",
                {"max": MAX_ROWS},
            )
        n = len(row)
        if n == width:
            cells = list(map(str.strip, row))
        elif n > width:
            if n > max_cols:
                raise _too_many_columns(name, number, n)
            beyond = sum(1 for c in row[width:] if c.strip())
            cells = list(map(str.strip, row[:width]))
            if beyond:
                extra[number] = beyond
                add_row(list(map(canon, cells, cells)))
                add_number(number)
                continue
        elif n == 0:
            continue
        else:
            cells = list(map(str.strip, row))
            cells.extend([""] * (width - n))
        if any(cells):
            add_row(list(map(canon, cells, cells)))
            add_number(number)
    problems = _cell_problems(bad_cells or {}, list(range(width)))
    return Table(
        headers, rows, numbers, extra, source_format, encoding, delimiter, sheet_name,
        sheet_names=sheet_names, cell_problems=problems,
    )  # fmt: skip


def _quoted(text: str) -> str:
    return f'"{text}"'


def _cell_problems(
    bad_cells: dict[int, list[tuple[int, str, str, str]]], positions: list[int]
) -> dict[int, list[CellProblem]]:
    """Odd cells of the kept columns, by row number, with their column as kept."""
    if not bad_cells:
        return {}
    kept = {position: index for index, position in enumerate(positions)}
    result: dict[int, list[CellProblem]] = {}
    for number, cells in bad_cells.items():
        found = [
            CellProblem(kept[col], ref, value, code)
            for col, ref, value, code in cells
            if col in kept
        ]
        if found:
            result[number] = found
    return result


def _assemble_columns(
    it: Iterator[tuple[int, list[str]]],
    count: int,
    name: str,
    headers: list[str],
    positions: list[int],
    source_format: str,
    encoding: str | None,
    delimiter: str | None,
    sheet_name: str | None,
    sheet_names: tuple[str, ...],
    bad_cells: dict[int, list[tuple[int, str, str, str]]],
) -> Table:
    """`_assemble` for the chosen columns only: each row is cut to them as it is read.

    A row whose chosen cells are empty but which has text elsewhere is kept (empty), so the
    import still counts it as a row with nothing in it, as it does when every column is read.
    """
    max_rows = MAX_ROWS + 1
    max_cols = MAX_COLUMNS
    width = len(headers)
    kept_headers = [headers[p] for p in positions]
    chosen = set(positions)
    left_out = tuple(h for p, h in enumerate(headers) if p not in chosen and h)
    unnamed = sum(1 for p, h in enumerate(headers) if p not in chosen and not h)
    pick: Callable[[list[str]], Iterable[str]]
    if len(positions) > 1:
        pick = cast("Callable[[list[str]], Iterable[str]]", itemgetter(*positions))
    elif positions:
        only = positions[0]

        def pick(row: list[str]) -> Iterable[str]:
            return (row[only],)
    else:

        def pick(row: list[str]) -> Iterable[str]:
            return ()

    last = positions[-1] if positions else -1
    empty_row = [""] * len(positions)
    seen: dict[str, str] = {}
    canon = seen.setdefault
    rows: list[list[str]] = []
    numbers: list[int] = []
    extra: dict[int, int] = {}
    for number, row in it:
        count += 1
        if count > max_rows:
            raise TableReadError(
                name,
                "too_many_rows",
                f"the table has more than {MAX_ROWS:,} rows",
                {"max": MAX_ROWS},
            )
        n = len(row)
        if n == 0:
            continue
        if n > width:
            if n > max_cols:
                raise _too_many_columns(name, number, n)
            beyond = sum(1 for c in row[width:] if c.strip())
            if beyond:
                extra[number] = beyond
        if n <= last:  # a short row: no padding to the far column, just what is there
            cells = [row[p].strip() if p < n else "" for p in positions]
        else:
            cells = list(map(str.strip, pick(row)))
        if any(cells):
            rows.append(list(map(canon, cells, cells)))
            numbers.append(number)
        elif number in extra or any(c.strip() for c in row[:width]):
            rows.append(empty_row)
            numbers.append(number)
    return Table(
        kept_headers, rows, numbers, extra, source_format, encoding, delimiter, sheet_name,
        sheet_names=sheet_names, left_out=left_out, unnamed_columns=unnamed,
        cell_problems=_cell_problems(bad_cells, positions),
    )  # fmt: skip


def _too_many_columns(name: str, row: int, count: int) -> TableReadError:
    return TableReadError(
        name,
        "too_many_columns",
        f"row {row} has {count:,} columns; at most {MAX_COLUMNS:,} are supported",
        {"row": row, "columns": count, "max": MAX_COLUMNS},
    )


# --------------------------------------------------------------------------- XLSX

_DOCTYPE_MARKS = (
    b"<!DOCTYPE",
    "<!DOCTYPE".encode("utf-16-le"),
    "<!DOCTYPE".encode("utf-16-be"),
)
_XLSX_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    ET.ParseError,
    UnicodeError,
    ValueError,
    KeyError,
    IndexError,
    EOFError,
    OSError,
    RuntimeError,  # encrypted member
    NotImplementedError,  # unknown compression method
    zlib.error,
    struct.error,
    OverflowError,
)

# Built-in number formats (no code in styles.xml) that show dates or times, incl. the CJK
# locale ones Chinese Excel writes (27-36, 50-58).
_BUILTIN_TIME = frozenset({18, 19, 20, 21, 32, 33, 34, 35, 45, 46, 47, 55, 56})
_BUILTIN_PERCENT = frozenset({9, 10})
_BUILTIN_DATE = frozenset({14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58})
_FORMAT_NOISE = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.|am/pm|a/p|general', re.IGNORECASE)
_XML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SURROGATE = re.compile("[\ud800-\udfff]")
_DIGITS = "0123456789"
_EXCEL_EPOCH = datetime(1899, 12, 30)
_EXCEL_EPOCH_1904 = datetime(1904, 1, 1)


class _Budget:
    """Bytes the workbook may still unpack, counted as they stream (sizes in headers can lie)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.left = _MAX_UNPACKED_BYTES

    def chunks(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """Yield a member's bytes, refusing more than declared, over budget, or with a DTD."""
        seen = 0
        tail = b""
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                seen += len(chunk)
                self.left -= len(chunk)
                if seen > info.file_size:
                    raise _bomb(self.name, f"{info.filename} unpacks to more than it declares")
                if self.left < 0:
                    limit = _MAX_UNPACKED_BYTES // 1048576
                    raise _bomb(self.name, f"more than {limit} MB unpacked")
                window = tail + chunk[:32]
                for mark in _DOCTYPE_MARKS:
                    if mark in chunk or mark in window:
                        raise _bad(
                            self.name, f"{info.filename} declares a DOCTYPE, which is not allowed"
                        )
                tail = chunk[-32:]
                yield chunk

    def parse(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> ET.Element:
        """Parse a small part (workbook, relationships) into a tree, refusing one with more
        elements than such a part ever has (a tree of millions would take gigabytes)."""
        parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(("start",))
        root: ET.Element | None = None
        count = 0
        for chunk in _slices(self.chunks(zf, info)):
            parser.feed(chunk)
            for _event, elem in _events(parser):
                if root is None:
                    root = elem
                count += 1
            if count > _MAX_TREE_ELEMENTS:
                raise _bad(self.name, f"{info.filename} has over {_MAX_TREE_ELEMENTS:,} elements")
        parser.close()
        for _event, elem in _events(parser):
            if root is None:
                root = elem
        if root is None:
            raise _bad(self.name, f"{info.filename} is empty")
        return root


def _bad(name: str, why: str) -> TableReadError:
    return TableReadError(
        name,
        "bad_xlsx",
        f"the Excel workbook cannot be read: {why}; open it in Excel and save it again",
        {"reason": why},
    )


def _bomb(name: str, why: str) -> TableReadError:
    return TableReadError(
        name,
        "xlsx_bomb",
        f"the workbook unpacks to far more data than a table holds ({why}); it was not opened",
        {"reason": why},
    )


def _ns(tag: str) -> str:
    """The `{namespace}` prefix of a tag, so transitional and strict OOXML both work."""
    return tag[: tag.rfind("}") + 1] if tag.startswith("{") else ""


def _read_xlsx(data: bytes, name: str, options: _Options) -> Table:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return _read_workbook(zf, name, options)
    except TableReadError:
        raise
    except _XLSX_ERRORS as exc:
        raise _bad(name, str(exc) or type(exc).__name__) from None


def _check_zip(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse a zip bomb from its directory, before any member is inflated."""
    if len(infos) > _MAX_ZIP_MEMBERS:
        raise _bad(name, f"it holds {len(infos):,} parts")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > _RATIO_FLOOR_BYTES and info.file_size > _MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise _bomb(
                name,
                f"{info.filename} would grow {info.file_size // max(info.compress_size, 1):,} "
                "times",
            )
    if total > _MAX_UNPACKED_BYTES:
        raise _bomb(name, f"{total / 1048576:.0f} MB unpacked")


def _read_workbook(zf: zipfile.ZipFile, name: str, options: _Options) -> Table:
    infos = zf.infolist()
    _check_zip(infos, name)
    parts = {info.filename: info for info in infos}
    if "mimetype" in parts:
        with zf.open(parts["mimetype"]) as fh:
            mimetype = fh.read(200)
        if mimetype.startswith(b"application/vnd.oasis.opendocument"):
            kind = "spreadsheet (.ods)" if b"spreadsheet" in mimetype else "document"
            raise TableReadError(
                name,
                "not_supported",
                f"this is an OpenDocument {kind}; save it as .xlsx or CSV",
                {"kind": "ods"},
            )
    if "xl/workbook.bin" in parts:
        raise TableReadError(
            name,
            "not_supported",
            "this is a binary Excel workbook (.xlsb); save it as .xlsx or CSV",
            {"kind": "xlsb"},
        )
    budget = _Budget(name)
    wb_path = _office_document(zf, parts, budget) or "xl/workbook.xml"
    if wb_path not in parts or not wb_path.endswith(".xml"):
        raise _bad(name, "this zip archive is not an Excel workbook")
    workbook = budget.parse(zf, parts[wb_path])
    ns = _ns(workbook.tag)
    if workbook.tag != ns + "workbook":
        raise _bad(name, "this zip archive is not an Excel workbook")
    rels = _relationships(zf, parts, wb_path, budget)

    pr = workbook.find(ns + "workbookPr")
    date1904 = pr is not None and pr.get("date1904", "").lower() in ("1", "true")

    sheet_name, sheet_path, sheet_names = _choose_worksheet(workbook, ns, rels, name, options.sheet)
    if sheet_path not in parts:
        raise _bad(name, f'the worksheet "{sheet_name}" is missing from the file')

    strings_path = _rel_target(rels, "/sharedStrings") or "xl/sharedStrings.xml"
    shared = _shared_strings(zf, parts[strings_path], budget) if strings_path in parts else []
    styles_path = _rel_target(rels, "/styles") or "xl/styles.xml"
    date_styles = _date_styles(zf, parts[styles_path], budget) if styles_path in parts else {}

    bad_cells: dict[int, list[tuple[int, str, str, str]]] = {}
    rows = _sheet_rows(
        zf, parts[sheet_path], budget, shared, date_styles, date1904, name, sheet_name, bad_cells
    )
    return _assemble(
        rows, name, "xlsx", None, None, sheet_name, options.select, sheet_names, bad_cells
    )


def _office_document(
    zf: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo], budget: _Budget
) -> str | None:
    """The main part named by _rels/.rels, which is where Excel looks first."""
    if "_rels/.rels" not in parts:
        return None
    root = budget.parse(zf, parts["_rels/.rels"])
    for rel in root:
        if rel.get("Type", "").endswith("/officeDocument") and rel.get("TargetMode") != "External":
            return _resolve("", rel.get("Target", ""))
    return None


def _resolve(base_dir: str, target: str) -> str | None:
    """A relationship target as a zip member name; None for anything outside the package."""
    if not target or ":" in target or "\\" in target:
        return None  # URLs, drive paths: external, never followed
    path = target[1:] if target.startswith("/") else posixpath.join(base_dir, target)
    path = posixpath.normpath(path)
    if path.startswith(("../", "/")) or path in (".", ".."):
        return None
    return path


def _relationships(
    zf: zipfile.ZipFile, parts: dict[str, zipfile.ZipInfo], wb_path: str, budget: _Budget
) -> dict[str, tuple[str, str]]:
    """The workbook's relationships: id → (type, internal target). External ones are dropped."""
    base = posixpath.dirname(wb_path)
    rels_path = posixpath.join(base, "_rels", posixpath.basename(wb_path) + ".rels")
    if rels_path not in parts:
        return {}
    result: dict[str, tuple[str, str]] = {}
    for rel in budget.parse(zf, parts[rels_path]):
        if rel.get("TargetMode") == "External":
            continue
        target = _resolve(base, rel.get("Target", ""))
        if target is not None:
            result[rel.get("Id", "")] = (rel.get("Type", ""), target)
    return result


def _rel_target(rels: dict[str, tuple[str, str]], type_suffix: str) -> str | None:
    for rel_type, target in rels.values():
        if rel_type.endswith(type_suffix):
            return target
    return None


def _choose_worksheet(
    workbook: ET.Element,
    ns: str,
    rels: dict[str, tuple[str, str]],
    name: str,
    wanted: str | None,
) -> tuple[str, str, tuple[str, ...]]:
    """(name, part, every worksheet's name): the sheet asked for, else the one the workbook
    was saved showing (its active tab: a cover page first in tab order is not the data),
    else the first visible worksheet in tab order."""
    found: list[tuple[int, bool, str, str]] = []  # tab index, hidden, name, part
    for index, sheet in enumerate(workbook.iter(ns + "sheet")):
        rel_id = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
        sheet_name = sheet.get("name", "")
        hidden = sheet.get("state", "visible") != "visible"
        if rel_id is not None and rel_id in rels:
            rel_type, target = rels[rel_id]
            if rel_type.endswith("/worksheet"):
                found.append((index, hidden, sheet_name, target))
        elif not rels and index == 0:
            found.append((index, hidden, sheet_name, "xl/worksheets/sheet1.xml"))
    if not found:
        raise _bad(name, "the workbook has no worksheet")
    names = tuple(f[2] for f in found)
    if wanted is not None:
        match = [f for f in found if f[2] == wanted] or [
            f for f in found if f[2].strip().casefold() == wanted.strip().casefold()
        ]
        if not match:
            raise TableReadError(
                name,
                "unknown_sheet",
                f'the workbook has no sheet "{wanted}" (sheets: {", ".join(map(_quoted, names))})',
                {"sheet": wanted, "sheets": ", ".join(names)},
            )
        return match[0][2], match[0][3], names
    view = workbook.find(f"{ns}bookViews/{ns}workbookView")
    active_tab = view.get("activeTab", "0") if view is not None else "0"
    if active_tab.isdigit() and len(active_tab) < 6:
        for index, hidden, sheet_name, target in found:
            if index == int(active_tab) and not hidden:
                return sheet_name, target, names
    visible = [f for f in found if not f[1]]
    _, _, sheet_name, target = (visible or found)[0]
    return sheet_name, target, names


def _unescape(text: str) -> str:
    """OOXML writes control characters as _xHHHH_ (Excel: a cell's CR is _x000D_).

    The escapes are UTF-16 code units: a pair of surrogates (_xD83D__xDE00_) is one character
    (😀), and a lone surrogate, which no text can hold or store, becomes U+FFFD.
    """
    text = _XML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def _rich_text(si: ET.Element, t_tag: str, r_tag: str) -> str:
    """A string item's text: plain <t> or rich-text runs <r><t>; phonetic runs are skipped."""
    parts: list[str] = []
    for child in si:
        if child.tag == t_tag:
            parts.append(child.text or "")
        elif child.tag == r_tag:
            t = child.find(t_tag)
            if t is not None:
                parts.append(t.text or "")
    text = "".join(parts)
    return _unescape(text) if "_x" in text else text


def _events(parser: ET.XMLPullParser[ET.Element]) -> Iterator[tuple[str, ET.Element]]:
    """The parser's queued events; with only start/end requested every item is an Element."""
    return cast("Iterator[tuple[str, ET.Element]]", parser.read_events())


def _slices(chunks: Iterable[bytes]) -> Iterator[memoryview]:
    """Feed the parser a little at a time: fewer live elements between rows, less GC work."""
    for chunk in chunks:
        view = memoryview(chunk)
        for start in range(0, len(view), _FEED):
            yield view[start : start + _FEED]


def _shared_strings(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> list[str]:
    """Stream the shared-string table, dropping each item once read so memory stays flat."""
    strings: list[str] = []
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(("start", "end"))
    root: ET.Element | None = None
    si_tag = t_tag = r_tag = ""
    for chunk in _slices(budget.chunks(zf, info)):
        parser.feed(chunk)
        for event, elem in _events(parser):
            if event == "start":
                if root is None:
                    root = elem
                    ns = _ns(elem.tag)
                    si_tag, t_tag, r_tag = ns + "si", ns + "t", ns + "r"
            elif elem.tag == si_tag:
                strings.append(_rich_text(elem, t_tag, r_tag))
                if root is not None:
                    root.clear()
    parser.close()
    return strings


def _format_kind(code: str) -> str | None:
    """'date', 'time', 'percent' or None for a custom number format, from its tokens outside
    quotes."""
    tokens = _FORMAT_NOISE.sub("", code).lower()
    if "%" in tokens:
        return "percent"
    if "d" in tokens or "y" in tokens:
        return "date"
    if "h" in tokens or "s" in tokens:
        return "time"
    if "m" in tokens:
        return "date"
    return None


def _date_styles(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> dict[str, str]:
    """Cell style index (as written in s="…") → 'date' / 'time' / 'percent' for the styles
    whose number format shows a date, a time or a percentage.

    Streamed, each element dropped once read: only the number formats and the cell formats'
    format ids are needed, and a crafted styles part of millions of elements would take
    gigabytes as a tree. More formats or elements than Excel ever writes are refused.
    """
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(("start", "end"))
    open_elements: list[ET.Element] = []
    custom: dict[int, str] = {}
    xf_formats: list[int | None] = []
    numfmt_tag = xf_tag = cellxfs_tag = ""
    count = 0
    for chunk in _slices(budget.chunks(zf, info)):
        parser.feed(chunk)
        for event, elem in _events(parser):
            if event == "start":
                if not open_elements:
                    ns = _ns(elem.tag)
                    numfmt_tag, xf_tag, cellxfs_tag = ns + "numFmt", ns + "xf", ns + "cellXfs"
                open_elements.append(elem)
                count += 1
                continue
            open_elements.pop()
            if elem.tag == numfmt_tag:
                number = elem.get("numFmtId", "")
                if number.isdigit():
                    custom[int(number)] = elem.get("formatCode", "")
            elif elem.tag == xf_tag and open_elements and open_elements[-1].tag == cellxfs_tag:
                try:
                    xf_formats.append(int(elem.get("numFmtId", "0")))
                except ValueError:
                    xf_formats.append(None)
            if open_elements:
                open_elements[-1].remove(elem)  # only the open path stays in memory
        if len(xf_formats) + len(custom) > _MAX_CELL_FORMATS or count > 4 * _MAX_CELL_FORMATS:
            raise _bad(budget.name, f"{info.filename} has more cell formats than Excel allows")
    parser.close()
    result: dict[str, str] = {}
    for index, fmt_id in enumerate(xf_formats):
        if fmt_id is None:
            continue
        if fmt_id in custom:
            kind = _format_kind(custom[fmt_id])
        elif fmt_id in _BUILTIN_DATE:
            kind = "date"
        elif fmt_id in _BUILTIN_TIME:
            kind = "time"
        elif fmt_id in _BUILTIN_PERCENT:
            kind = "percent"
        else:
            kind = None
        if kind is not None:
            result[str(index)] = kind
    return result


def _number_text(text: str) -> str:
    """A stored number as Excel shows it at 15 significant digits: "8" not "8.0", "4.5"."""
    if text.isdigit() and len(text) <= 15 and (text[0] != "0" or len(text) == 1):
        return text
    value = float(text)
    if not math.isfinite(value):
        return text
    value = float(f"{value:.15g}")
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


def _percent_text(text: str) -> str:
    """A percent-formatted number as Excel shows it: 0.2 → "20%" (what a CSV export holds)."""
    value = float(text) * 100
    if not math.isfinite(value):
        return _number_text(text)
    return _number_text(f"{value:.15g}") + "%"


def _date_text(text: str, kind: str, date1904: bool) -> str:
    """A date-formatted serial number as ISO text; a time of day alone as HH:MM:SS.

    The time part is written when the value has one (to the second), whatever the format
    shows, so nothing is lost. Serials Excel cannot show (negative, past 9999) stay numbers.
    """
    value = float(text)
    if not math.isfinite(value) or value < 0 or value >= 2958466:
        return _number_text(text)
    days, seconds = divmod(round(value * 86400), 86400)
    if kind == "time" and days == 0:
        return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    if date1904:
        moment = _EXCEL_EPOCH_1904 + timedelta(days=days, seconds=seconds)
    elif days == 60:
        return "1900-02-29" if seconds == 0 else _number_text(text)  # Lotus's leap-year bug
    elif 1 <= days < 60:  # Excel's serial 1 is 1900-01-01, one more than the epoch says
        moment = _EXCEL_EPOCH + timedelta(days=days + 1, seconds=seconds)
    else:
        moment = _EXCEL_EPOCH + timedelta(days=days, seconds=seconds)
    if seconds:
        return moment.isoformat(timespec="seconds")
    return moment.date().isoformat()


def _column_letters(index: int) -> str:
    """1 → 'A', 1000 → 'ALL'."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_MAX_SHEET_ROW = 1_048_576  # Excel's last row


def _column_index(letters: str, name: str, ref: str) -> int:
    """'A' → 1, 'XFD' → 16384; anything else is a damaged reference."""
    if (
        not letters
        or len(letters) > 3
        or not letters.isascii()
        or not letters.isalpha()  # "1A" is upper case too
        or not letters.isupper()
    ):
        raise _bad(name, f'a cell has the reference "{ref[:20]}"')
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index


def _sheet_rows(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    budget: _Budget,
    shared: list[str],
    date_styles: dict[str, str],
    date1904: bool,
    name: str,
    sheet_name: str = "",
    bad_cells: dict[int, list[tuple[int, str, str, str]]] | None = None,
) -> Iterator[tuple[int, list[str]]]:
    """Stream a worksheet's rows as (row number, cells placed by their references).

    Each row is dropped from the tree once read, so a 100k-row sheet never sits in memory.
    A number cell that cannot be shown (a serial past the year 9999, "0x10") keeps its raw
    text and is recorded in `bad_cells` (row → (column index from 0, cell, text, code)), so
    its row is refused, not the workbook.
    """
    if bad_cells is None:
        bad_cells = {}
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(("start", "end"))
    root: ET.Element | None = None
    sheet_data: ET.Element | None = None
    data_tag = row_tag = c_tag = v_tag = is_tag = t_tag = r_tag = ""
    columns: dict[str, int] = {}
    max_cols = MAX_COLUMNS
    last_row = 0
    for chunk in _slices(budget.chunks(zf, info)):
        parser.feed(chunk)
        for event, elem in _events(parser):
            if event == "start":
                if root is None:
                    root = elem
                    ns = _ns(elem.tag)
                    data_tag, row_tag, c_tag = ns + "sheetData", ns + "row", ns + "c"
                    v_tag, is_tag, t_tag, r_tag = ns + "v", ns + "is", ns + "t", ns + "r"
                elif elem.tag == data_tag:
                    sheet_data = elem
                continue
            if elem.tag != row_tag:
                continue
            r = elem.get("r")
            if r:
                if (
                    not r.isdigit()
                    or not r.isascii()
                    or len(r) > 7
                    or not 0 < int(r) <= _MAX_SHEET_ROW
                ):
                    raise _bad(
                        name,
                        f'sheet "{sheet_name}" has a row numbered "{r[:30]}"; Excel\'s rows are'
                        f" numbered 1 to {_MAX_SHEET_ROW:,}",
                    )
                number = int(r)
            else:
                number = last_row + 1
                if number > _MAX_SHEET_ROW:
                    raise _bad(name, f'sheet "{sheet_name}" has more than {_MAX_SHEET_ROW:,} rows')
            last_row = number
            cells: list[str] = []
            col = 0
            for c in elem:
                if c.tag != c_tag:
                    continue
                ref = c.get("r")
                if ref:
                    letters = ref.rstrip(_DIGITS)
                    found = columns.get(letters)
                    if found is None:
                        found = columns[letters] = _column_index(letters, name, ref)
                    col = found
                else:
                    col += 1
                kind = c.get("t")
                v = c.find(v_tag)
                if v is None:
                    inline = c.find(is_tag)
                    if inline is None:
                        continue
                    text = _rich_text(inline, t_tag, r_tag)
                else:
                    text = v.text or ""
                    if not text:
                        continue
                    if kind is None or kind == "n":
                        style = c.get("s")
                        date_kind = date_styles.get(style) if style else None
                        try:
                            if date_kind is None:
                                text = _number_text(text)
                            elif date_kind == "percent":
                                text = _percent_text(text)
                            else:
                                text = _date_text(text, date_kind, date1904)
                        except (ValueError, OverflowError) as exc:
                            code = (
                                "cell_date_range"
                                if isinstance(exc, OverflowError)
                                else "cell_not_number"
                            )
                            cell = ref or f"{_column_letters(col)}{number}"
                            bad_cells.setdefault(number, []).append(
                                (col - 1, cell, text.strip()[:100], code)
                            )
                    elif kind == "s":
                        index = int(text) if text.isdigit() and len(text) < 12 else -1
                        if not 0 <= index < len(shared):
                            raise _bad(
                                name,
                                f'cell {ref or col} on sheet "{sheet_name}" refers to a missing'
                                f" shared string ({text.strip()[:20]})",
                            )
                        text = shared[index]
                    elif kind == "b":
                        text = "TRUE" if text.strip() in ("1", "true") else "FALSE"
                    elif "_x" in text:
                        text = _unescape(text)
                if not text:
                    continue
                if col > max_cols:
                    raise _too_many_columns(name, number, col)
                have = len(cells)
                if col > have:
                    if col > have + 1:
                        cells.extend([""] * (col - have - 1))
                    cells.append(text)
                else:
                    cells[col - 1] = text
            if sheet_data is not None:
                # Drop finished rows now (queued events still hold the ones not yet read), so
                # elements die young instead of being promoted and rescanned by the cyclic GC.
                sheet_data.clear()
            yield number, cells
    parser.close()
