"""Chart figures shared by the on-screen previews and the printed Service Plan.

Why one module for both: the preview a user checks on screen must be the chart that prints.
Every builder returns a plain :class:`matplotlib.figure.Figure` (never pyplot: pyplot keeps
global state, picks a GUI backend and is unsafe in worker threads); the UI wraps it in a Qt
canvas, the PDF export renders it with :func:`figure_to_png` / :func:`figure_to_svg`.

Rules every builder follows, and why:

- Labels arrive already translated; text that comes from the caller or the user is shown
  literally (``parse_math=False``), so "$5" or "$x$" never turns into mathtext.
- Text uses the family fallback list from :func:`export.fonts.configure_matplotlib_fonts`, set
  explicitly on each text and tick label, so Russian and Chinese render without tofu even when
  the figure is later drawn outside our ``rc_context`` (as a Qt canvas does).
- Long labels are wrapped and the layout engine is "constrained", so nothing is clipped.
- Every builder's text arguments are made printable first (:func:`printable_text`, through
  ``@_printable_inputs``): a character none of our fonts has would be a tofu box, so it is
  folded, dropped or replaced before the builder measures or draws anything.
- matplotlib is not thread-safe: building and rendering happen under :data:`RENDER_LOCK`.
  A canvas that draws one of these figures in another thread should hold it too.
- matplotlib is imported inside the functions: ``import export.charts`` must stay cheap,
  because the window imports it at start-up and only draws charts later.
"""

from __future__ import annotations

import contextlib
import functools
import io
import math
import threading
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple, TypeVar, cast

from export import fonts
from export.fonts import configure_matplotlib_fonts
from plan.scoring import OVERRATING_POINTS
from plan.wording import chart_number, chart_signed, format_amount, with_unit

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.figure import Figure
    from matplotlib.legend import Legend
    from matplotlib.projections.polar import PolarAxes
    from matplotlib.text import Annotation, Text
    from matplotlib.transforms import Bbox, Transform
    from matplotlib.typing import RcKeyType

__all__ = [
    "PALETTE",
    "RENDER_LOCK",
    "VIEWS_FLAG_POINTS",
    "TimelineBar",
    "budget_by_kind_figure",
    "figure_to_drawing",
    "figure_to_png",
    "figure_to_svg",
    "format_amount",
    "goal_progress_figure",
    "groups_interval_figure",
    "importance_performance_figure",
    "means_timeline_figure",
    "metrics_figure",
    "nps_distribution_figure",
    "pareto_figure",
    "priority_matrix_figure",
    "radar_figure",
    "servqual_gaps_figure",
    "trend_figure",
    "views_comparison_figure",
    "waves_trend_figure",
    "wrap_label",
]

#: Serialises all matplotlib work of this program (building, drawing, saving figures).
#: Re-entrant, so a caller that already holds it (e.g. around a canvas draw) may build figures.
RENDER_LOCK: Final = threading.RLock()

#: A calm, print-friendly palette that stays distinguishable in greyscale with the markers below.
PALETTE: Final = (
    "#3B6EA8",  # blue
    "#D08C2E",  # ochre
    "#4C9A6A",  # green
    "#B5475B",  # raspberry
    "#7A5EA8",  # violet
    "#4B9FB5",  # teal
    "#8C6D46",  # brown
    "#6B6B6B",  # grey
)
_MARKERS: Final = ("o", "s", "^", "D", "v", "P", "X", "*")

_INK: Final = "#222222"  # main text
_MUTED: Final = "#777777"  # secondary text, missing values
_GRID: Final = "#CCCCCC"
_GOOD: Final = "#3E8A5C"  # meets the threshold
_BAD: Final = "#B84A33"  # misses the threshold
_THRESHOLD: Final = "#333333"

_FONT_SIZE: Final = 9.0
_SMALL: Final = 8.0
_TITLE_SIZE: Final = 10.5

#: Characters that must not start a line / end a line when wrapping (punctuation rules shared
#: by Latin, Cyrillic and Chinese typesetting).
_NO_BREAK_BEFORE: Final = frozenset(",.;:!?)]}%»”’，。、；：！？）】」』》〉…")
_NO_BREAK_AFTER: Final = frozenset("([{«“‘（【「『《〈")


# --------------------------------------------------------------------------------------------
# Text helpers


def _is_wide(ch: str) -> bool:
    """A full-width (CJK) character: about twice as wide as a Latin letter, breakable anywhere."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _display_width(text: str) -> int:
    return sum(2 if _is_wide(ch) else 1 for ch in text)


def _atoms(paragraph: str) -> list[str]:
    """Split text into unbreakable pieces: words, single CJK characters, and " " separators.

    Why not textwrap: Chinese has no spaces, and a CJK character is twice as wide as a Latin
    one; textwrap would either never break Chinese or break it at the wrong width.
    """
    atoms: list[str] = []
    buf = ""
    for ch in paragraph:
        if ch.isspace():
            if buf:
                atoms.append(buf)
                buf = ""
            atoms.append(" ")
        elif ch in _NO_BREAK_BEFORE:
            if not buf and atoms and atoms[-1] != " ":
                buf = atoms.pop()
            buf += ch
        elif _is_wide(ch):
            if buf and buf[-1] not in _NO_BREAK_AFTER:
                atoms.append(buf)
                buf = ""
            buf += ch
        else:
            if buf and _is_wide(buf[-1]) and buf[-1] not in _NO_BREAK_AFTER:
                atoms.append(buf)
                buf = ""
            buf += ch
    if buf:
        atoms.append(buf)
    return atoms


def _break_penalty(before: str, after: str) -> float:
    """How bad a line break between two atoms is (0 = a natural break point).

    Breaking between two Chinese characters is allowed but worse than after punctuation; a
    one-letter word (Russian "к", "в", "и") left at the end of a line reads badly.
    """
    if len(before) == 1 and before.isalpha() and not _is_wide(before):
        return 40.0
    if before[0] in _NO_BREAK_AFTER and not any(c in _NO_BREAK_BEFORE for c in before[1:]):
        return 60.0  # "(их" / "отсутствие)": keep a short bracketed phrase together
    if _is_wide(before[-1]) and _is_wide(after[0]) and before[-1] not in _NO_BREAK_BEFORE:
        return 12.0
    return 0.0


def _wrap_paragraph(paragraph: str, width: int) -> list[str]:
    """Balanced wrapping: fewest lines first, then even line lengths and good break points.

    Why not greedy: greedy filling leaves "七宗服务罪（未出" / "现）" or a lone word on the last
    line; a short dynamic programme over the (few) atoms of a label reads much better.
    """
    words: list[tuple[str, bool]] = []  # (atom, preceded by a space)
    space = False
    for atom in _atoms(paragraph):
        if atom == " ":
            space = bool(words)
            continue
        words.append((atom, space))
        space = False
    if not words:
        return [""]

    def line_text(i: int, j: int) -> str:
        return "".join(
            ((" " if k > i and sp else "") + a) for k, (a, sp) in enumerate(words[i:j], i)
        )

    n = len(words)
    inf = float("inf")
    best: list[float] = [inf] * (n + 1)
    prev: list[int] = [0] * (n + 1)
    best[n] = 0.0
    # best[i]: cost of setting words[i:] (backwards, so the last line is costed like the others)
    for i in range(n - 1, -1, -1):
        for j in range(i + 1, n + 1):
            w = _display_width(line_text(i, j))
            if w > width and j > i + 1:
                break
            slack = max(width - w, 0)
            cost = 1000.0 + slack * slack + best[j]
            if j < n:
                cost += _break_penalty(words[j - 1][0], words[j][0])
            if cost < best[i]:
                best[i] = cost
                prev[i] = j
    lines: list[str] = []
    i = 0
    while i < n:
        j = prev[i]
        lines.append(line_text(i, j))
        i = j
    return lines


def wrap_label(text: str, width: int = 16) -> str:
    """Wrap *text* into lines of at most *width* columns (CJK characters count as two).

    Existing line breaks are kept; a single word longer than *width* stays whole (breaking
    inside a word reads worse than a slightly wider label).
    """
    out: list[str] = []
    for paragraph in text.split("\n"):
        out.extend(_wrap_paragraph(paragraph, width))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Figure plumbing


def _rc(families: list[str]) -> dict[RcKeyType, Any]:
    """rcParams for building and drawing our figures, independent of the user's matplotlibrc."""
    return {
        "font.family": families,
        "font.size": _FONT_SIZE,
        "text.parse_math": False,
        "text.color": _INK,
        "axes.edgecolor": _GRID,
        "axes.labelcolor": _INK,
        "axes.titlesize": _TITLE_SIZE,
        "xtick.color": _INK,
        "ytick.color": _INK,
        "figure.facecolor": "white",
        "savefig.facecolor": "white",
        "savefig.edgecolor": "white",
        "savefig.transparent": False,
        "savefig.bbox": None,
        "svg.fonttype": "path",
    }


@contextlib.contextmanager
def _drawing() -> Iterator[list[str]]:
    """Hold the render lock with our fonts and settings in effect; yields the family list."""
    with RENDER_LOCK:
        families = configure_matplotlib_fonts()
        import matplotlib

        with matplotlib.rc_context(_rc(families)):
            yield families


#: What a chart prints for a character of content that no font has (DejaVu Sans has it).
REPLACEMENT = "\ufffd"


@functools.cache
def _chart_charmap() -> frozenset[int]:
    """The code points the chart fonts (DejaVu Sans, bold, the CJK font) can draw."""
    from matplotlib.ft2font import FT2Font

    paths = [fonts.latin_cyrillic_font(), fonts.latin_cyrillic_bold_font()]
    paths += [cjk for cjk in (fonts.cjk_font(), fonts.cjk_fallback_font()) if cjk is not None]
    codes: set[int] = set()
    for path in paths:
        try:
            codes.update(FT2Font(str(path)).get_charmap())
        except (OSError, RuntimeError):  # an unreadable CJK font: its characters become boxes
            continue
    return frozenset(codes)


def printable_text(text: str) -> str:
    """`text` as the chart fonts can draw it: no tofu boxes.

    Controls and invisible format characters (joiners, direction marks, variation selectors)
    go; a character no font has is replaced by its compatibility form where the fonts have that
    (styled maths letters such as 𝔯 become r), dropped when it is decoration (an emoji, a mark),
    and otherwise shown as U+FFFD, so a reader sees that something is missing.
    """
    charmap = _chart_charmap()
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf") or 0xFE00 <= ord(ch) <= 0xFE0F:
            if ch == "\n":
                out.append(ch)  # a wrapped label's line break
            continue
        if ord(ch) in charmap:
            out.append(ch)
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if all(ord(c) in charmap for c in folded):
            out.append(folded)
        elif category[0] not in "SMC":
            out.append(REPLACEMENT)
    return "".join(out)


def _printable_value(value: Any) -> Any:
    """`value` with every string in it made printable: lists, tuples, named tuples, dicts."""
    if isinstance(value, str):
        return printable_text(value)
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)(*(_printable_value(item) for item in value))
    if isinstance(value, list | tuple):
        return type(value)(_printable_value(item) for item in value)
    if isinstance(value, dict):
        return {_printable_value(key): _printable_value(item) for key, item in value.items()}
    return value


F = TypeVar("F", bound=Callable[..., Any])


def _printable_inputs(builder: F) -> F:
    """A chart builder whose text arguments are made printable before it measures or draws
    anything (builders measure labels while they lay the chart out)."""

    @functools.wraps(builder)
    def build(*args: Any, **kwargs: Any) -> Any:
        return builder(
            *(_printable_value(arg) for arg in args),
            **{name: _printable_value(arg) for name, arg in kwargs.items()},
        )

    return cast(F, build)


def _new_figure(width: float, height: float, *, compress: bool = False) -> Figure:
    """A Figure with an Agg canvas attached (so it can be measured and saved without pyplot).

    *compress* is for fixed-aspect axes (the radar): plain constrained layout mis-sizes the
    margins around a square polar axes and clips the side labels by a few pixels.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    engine = ConstrainedLayoutEngine(
        w_pad=4 / 72, h_pad=4 / 72, hspace=0.02, wspace=0.02, compress=compress
    )
    fig = Figure(figsize=(width, height), dpi=100, layout=engine)
    FigureCanvasAgg(fig)
    return fig


def _style_ticks(ax: Axes, families: list[str], *, size: float = _SMALL) -> None:
    """Fix tick label font and size on the axis itself, so ticks created at draw time (outside
    our rc_context, e.g. by a Qt canvas) still get fonts that cover the labels."""
    ax.tick_params(labelfontfamily=families, labelsize=size, colors=_INK)


def _open_axes(ax: Axes) -> None:
    """Only the left and bottom spines: the frame on the other two sides is just ink."""
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _category_ticks(
    ax: Axes,
    axis: Literal["x", "y"],
    labels: list[str],
    families: list[str],
    *,
    size: float = _SMALL,
) -> list[Text]:
    """Caller text as tick labels at 0, 1, 2, …: shown literally, in our fonts, at *size*.

    The tick label texts are returned for per-label styling (emphasis, rotation). A fixed
    locator keeps these very Text objects at draw time, so their settings stick in a Qt canvas.
    """
    positions = list(range(len(labels)))
    if axis == "x":
        ax.set_xticks(positions, labels)
        texts = ax.get_xticklabels()
    else:
        ax.set_yticks(positions, labels)
        texts = ax.get_yticklabels()
    ax.tick_params(axis=axis, labelfontfamily=families, labelsize=size, length=0)
    for text in texts:
        text.set_parse_math(False)
    return list(texts)


def _legend_columns(labels: list[str], available_pt: float, size_pt: float) -> int:
    """How many legend columns fit across *available_pt* (at most 3), estimated from text width.

    Why estimate: a legend wider than the figure is clipped by the constrained layout, and
    measuring needs a draw; about 0.6 em per column of text (CJK counting as two) is close for
    DejaVu Sans and conservative for CJK fonts; each entry adds its handle and spacing (~5 em).
    """
    widest = max(
        (_display_width(line) for label in labels for line in label.split("\n")), default=0
    )
    column_pt = (widest * 0.6 + 5.0) * size_pt
    fits = int(available_pt * 0.95 // column_pt) if column_pt else 1
    return max(1, min(3, len(labels), fits))


def _legend_below(
    fig: Figure, handles: list[Artist], labels: list[str], width: float, families: list[str]
) -> Legend:
    """A frameless legend below the axes (so it never covers data), in as many columns as fit."""
    legend = fig.legend(
        handles,
        labels,
        loc="outside lower center",
        ncols=_legend_columns(labels, width * 72, _SMALL),
        frameon=False,
        prop={"family": families, "size": _SMALL},
        handlelength=2.2,
    )
    for text in legend.get_texts():
        text.set_parse_math(False)
    return legend


def _title(fig: Figure, title: str, families: list[str]) -> None:
    if title:
        fig.suptitle(
            wrap_label(title, 60),
            fontsize=_TITLE_SIZE,
            fontweight="bold",
            fontfamily=families,
            parse_math=False,
        )


# --------------------------------------------------------------------------------------------
# Radar


@_printable_inputs
def radar_figure(
    labels: list[str],
    scores: list[float | None],
    *,
    title: str = "",
    width: float = 5.0,
    height: float = 4.2,
    missing_text: str = "",
    show_values: bool = True,
) -> Figure:
    """A radar (spider) chart of 0–100 scores, one axis per dimension.

    *scores* holds None for a dimension without enough answers: the polygon joins only the
    scored axes, a missing axis gets a hollow marker on the inner ring and a grey label, and
    *missing_text* (if given, already translated) explains the hollow marker below the chart.
    Labels are wrapped and laid out outside the circle, aligned away from it, so long Russian
    labels are neither clipped nor drawn over the plot.
    """
    if len(labels) != len(scores):
        raise ValueError(f"{len(labels)} labels but {len(scores)} scores")
    with _drawing() as families:
        fig = _new_figure(width, height, compress=True)
        ax = cast("PolarAxes", fig.add_subplot(projection="polar"))
        n = len(labels)
        angles = [2 * math.pi * i / n for i in range(n)] if n else []
        # A small preview cannot fit five ring labels in its little circle: label every other.
        compact = min(width, height * 1.2) < 4.5
        _radar_axes(ax, angles, families, compact=compact)
        label_size = _SMALL if compact else _FONT_SIZE
        ax.set_facecolor("white")

        colour = PALETTE[0]
        missing = _radar_shape(ax, angles, scores, colour)
        for angle, label, score in zip(angles, labels, scores, strict=True):
            _radar_spoke_label(ax, angle, label, score, label_size, families)
            if show_values and score is not None:
                _radar_value(ax, angle, score, colour, families, compact=compact)

        if missing and missing_text:
            fig.supxlabel(  # a figure label, so the layout keeps it clear of the chart
                "○ " + missing_text,
                fontsize=_SMALL,
                color=_MUTED,
                fontfamily=families,
                parse_math=False,
            )
        _title(fig, title, families)
        return fig


def _radar_axes(ax: PolarAxes, angles: list[float], families: list[str], *, compact: bool) -> None:
    """Orientation, rings and grid of the radar: first axis on top, clockwise as people read."""
    n = len(angles)
    ax.set_theta_offset(math.pi / 2)  # first dimension at the top
    ax.set_theta_direction(-1)  # then clockwise, as people read
    ax.set_rorigin(-14)  # a small inner ring, so a 0 score is a visible point per axis
    ax.set_ylim(0, 100)
    ax.set_yticks([20, 40, 60, 80, 100])
    ring_labels = ["", "40", "", "80", ""] if compact else ["20", "40", "60", "80", "100"]
    ax.set_yticklabels(ring_labels, color=_MUTED)
    ax.set_rlabel_position(180 / n if n else 0)  # between the first two axes
    ax.set_xticks(angles)
    ax.tick_params(axis="x", labelbottom=False, labeltop=False)
    ax.grid(color=_GRID, linewidth=0.8)
    ax.spines["polar"].set_color(_GRID)
    ax.spines["inner"].set_color(_GRID)
    _style_ticks(ax, families, size=6.5 if compact else 7.0)


def _radar_shape(
    ax: PolarAxes, angles: list[float], scores: list[float | None], colour: str
) -> list[float]:
    """The polygon over the scored axes and hollow markers on the missing; returns the latter."""
    present = [(a, s) for a, s in zip(angles, scores, strict=True) if s is not None]
    if len(present) >= 3:
        xs = [a for a, _ in present] + [present[0][0]]
        ys = [_clamp(s) for _, s in present] + [_clamp(present[0][1])]
        ax.fill(xs, ys, color=colour, alpha=0.18, zorder=2)
        ax.plot(xs, ys, color=colour, linewidth=1.8, zorder=3)
    elif len(present) == 2:
        ax.plot(
            [a for a, _ in present],
            [_clamp(s) for _, s in present],
            color=colour,
            linewidth=1.8,
            zorder=3,
        )
    if present:
        ax.plot(
            [a for a, _ in present],
            [_clamp(s) for _, s in present],
            linestyle="none",
            marker="o",
            markersize=5,
            color=colour,
            zorder=4,
        )
    missing = [a for a, s in zip(angles, scores, strict=True) if s is None]
    if missing:
        ax.plot(
            missing,
            [0.0] * len(missing),
            linestyle="none",
            marker="o",
            markersize=6,
            markerfacecolor="white",
            markeredgecolor=_MUTED,
            markeredgewidth=1.3,
            zorder=4,
            clip_on=False,
        )
    return missing


def _radar_spoke_label(
    ax: PolarAxes,
    angle: float,
    label: str,
    score: float | None,
    size: float,
    families: list[str],
) -> None:
    """An axis label outside the circle, aligned away from it; grey italics when unscored."""
    dx, dy = math.sin(angle), math.cos(angle)  # screen direction (clockwise from top)
    ha = "left" if dx > 0.15 else "right" if dx < -0.15 else "center"
    va = "bottom" if dy > 0.15 else "top" if dy < -0.15 else "center"
    ax.annotate(
        wrap_label(label, 16),
        xy=(angle, 100),
        xytext=(dx * 7, dy * 7),
        textcoords="offset points",
        ha=ha,
        va=va,
        multialignment={"left": "left", "right": "right"}.get(ha, "center"),
        fontsize=size,
        fontfamily=families,
        fontstyle="italic" if score is None else "normal",
        color=_MUTED if score is None else _INK,
        parse_math=False,
        annotation_clip=False,
        clip_on=False,  # so the constrained layout makes room for it
    )


def _radar_value(
    ax: PolarAxes,
    angle: float,
    score: float,
    colour: str,
    families: list[str],
    *,
    compact: bool,
) -> None:
    """A score written beside its point, outward unless the axis label near the rim is there."""
    dx, dy = math.sin(angle), math.cos(angle)
    value = _clamp(score)
    # Outward from the point, except near the rim where the axis label sits.
    sign = 1.0 if value < 80 else -1.0
    vx, vy = sign * dx, sign * dy
    ax.annotate(
        chart_number(round(value)),
        xy=(angle, value),
        xytext=(vx * 6, vy * 6),
        textcoords="offset points",
        ha="left" if vx > 0.15 else "right" if vx < -0.15 else "center",
        va="bottom" if vy > 0.15 else "top" if vy < -0.15 else "center",
        fontsize=7.0 if compact else 7.5,
        fontweight="bold",
        fontfamily=families,
        color=colour,
        parse_math=False,
        annotation_clip=False,
        clip_on=False,
        zorder=5,
        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
    )


def _clamp(score: float, low: float = 0.0, high: float = 100.0) -> float:
    """Scores outside their scale (a bug upstream) are drawn at the edge, not off the chart."""
    return min(high, max(low, float(score)))


# --------------------------------------------------------------------------------------------
# Metrics against thresholds


def _bar_value(
    ax: Any, text: str, end: tuple[float, float], *, inside: bool, families: list[str]
) -> None:
    """A horizontal bar's value at its *end*: in white inside a long bar, after a short one."""
    ax.annotate(
        text,
        xy=end,
        xytext=(-4 if inside else 3, 0),
        textcoords="offset points",
        ha="right" if inside else "left",
        va="center",
        fontsize=_FONT_SIZE,
        fontweight="bold",
        color="white" if inside else _INK,
        fontfamily=families,
        parse_math=False,
        annotation_clip=False,
        clip_on=False,
        zorder=4,
    )


@_printable_inputs
def metrics_figure(
    labels: list[str],
    values: list[float | None],
    thresholds: list[float],
    higher_is_better: list[bool],
    units: list[str],
    *,
    title: str = "",
    missing_text: str = "no value",
    width: float = 5.0,
    height: float | None = None,
    decimal_separator: str = ".",
) -> Figure:
    """Business metrics against their thresholds: one row per metric, each on its own scale.

    Why own scales: the metrics mix percentages, hours and counts, so a shared axis would make
    most bars unreadable. Each row runs from 0 to 1.25 × max(value, threshold); the bar is
    green when the value meets its threshold (≥ when higher is better, ≤ otherwise) and red
    when not; a dashed line marks the threshold, labelled "≥ 30%" / "≤ 24 h". A missing value
    shows *missing_text* (already translated). *height* defaults to what the rows need.
    """
    n = len(labels)
    for name, seq in (
        ("values", values),
        ("thresholds", thresholds),
        ("higher_is_better", higher_is_better),
        ("units", units),
    ):
        if len(seq) != n:
            raise ValueError(f"{n} labels but {len(seq)} {name}")
    if height is None:
        height = 0.35 + 0.62 * max(n, 1) + (0.3 if title else 0.0)
    with _drawing() as families:
        fig = _new_figure(width, height)
        if n == 0:
            _title(fig, title, families)
            return fig
        axes = fig.subplots(n, 1, squeeze=False)[:, 0]
        wrap_at = max(20, int(width * 11))
        for ax, label, value, threshold, higher, unit in zip(
            axes, labels, values, thresholds, higher_is_better, units, strict=True
        ):
            _metric_axes(ax, label, value, threshold, wrap_at, families)
            _metric_threshold(ax, threshold, higher, unit, decimal_separator, families)
            if value is None:
                _metric_missing(ax, missing_text, families)
                continue
            meets = value >= threshold if higher else value <= threshold
            ax.barh(0.1, value, height=0.5, color=_GOOD if meets else _BAD, zorder=2)
            # Long bars carry their value inside the end, short ones just after it: either way
            # the value never sits on the threshold line just beyond the bar's end.
            inside = value > 0 and value / ax.get_xlim()[1] >= 0.3
            _bar_value(
                ax,
                with_unit(chart_number(value, decimal_separator), unit),
                (max(value, 0.0), 0.1),
                inside=inside,
                families=families,
            )
        _title(fig, title, families)
        return fig


def _metric_axes(
    ax: Axes,
    label: str,
    value: float | None,
    threshold: float,
    wrap_at: int,
    families: list[str],
) -> None:
    """A metric's own scale (0 to a quarter past the larger of value and threshold) and title."""
    top = max(value if value is not None else 0.0, threshold, 0.0)
    low = min(value if value is not None else 0.0, 0.0)
    ax.set_xlim(low, top * 1.25 if top > 0 else 1.0)
    ax.set_ylim(-0.5, 0.5)
    ax.set_yticks([])
    ax.set_xticks([])
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color("#999999")
    ax.set_title(
        wrap_label(label, wrap_at),
        loc="left",
        fontsize=_FONT_SIZE,
        fontfamily=families,
        pad=2,
        parse_math=False,
    )
    _style_ticks(ax, families)


def _metric_threshold(
    ax: Axes,
    threshold: float,
    higher: bool,
    unit: str,
    decimal_separator: str,
    families: list[str],
) -> None:
    """The dashed threshold line, labelled with the direction that meets it ("≥ 30%")."""
    from matplotlib import patheffects

    ax.axvline(
        threshold,
        color=_THRESHOLD,
        linestyle=(0, (3, 2)),
        linewidth=1.3,
        zorder=3,
        # A white halo keeps the dashes visible where they cross a coloured bar.
        path_effects=[patheffects.withStroke(linewidth=3, foreground="white")],
    )
    mark = "≥" if higher else "≤"
    ax.annotate(
        f"{mark} {with_unit(chart_number(threshold, decimal_separator), unit)}",
        xy=(threshold, -0.5),
        xytext=(3, 1),
        textcoords="offset points",
        ha="left",
        va="bottom",
        fontsize=_SMALL,
        color=_THRESHOLD,
        fontfamily=families,
        parse_math=False,
        annotation_clip=False,
        clip_on=False,
    )


def _metric_missing(ax: Axes, missing_text: str, families: list[str]) -> None:
    """Said in place of the bar, so a missing value is not read as zero."""
    ax.text(
        0.01,
        0.6,
        missing_text,
        transform=ax.transAxes,
        ha="left",
        va="center",
        fontsize=_SMALL,
        fontstyle="italic",
        color=_MUTED,
        fontfamily=families,
        parse_math=False,
    )


# --------------------------------------------------------------------------------------------
# Trend over re-assessments


def _parse_date(text: str) -> date:
    """An ISO date ("2025-03-01", or a full ISO timestamp); a clear error otherwise."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            raise ValueError(f"not an ISO date: {text!r}") from None


@_printable_inputs
def trend_figure(
    dates: list[str],
    series: dict[str, list[float | None]],
    *,
    title: str = "",
    y_label: str = "",
    width: float = 5.0,
    height: float = 3.6,
) -> Figure:
    """Scores (0–100) over re-assessment dates, one line per series, legend below the plot.

    *dates* are ISO date strings, shown as ISO dates (language-neutral, unambiguous in all
    three languages). None values leave a gap; markers make single points visible. The legend
    sits below the axes so it can never cover a line.
    """
    for name, values in series.items():
        if len(values) != len(dates):
            raise ValueError(f"series {name!r} has {len(values)} values for {len(dates)} dates")
    parsed = [_parse_date(d) for d in dates]
    with _drawing() as families:
        from matplotlib import dates as mdates

        fig = _new_figure(width, height)
        ax = fig.add_subplot()
        xs = [float(mdates.date2num(d)) for d in parsed]
        for i, (name, values) in enumerate(series.items()):
            ys = [math.nan if v is None else float(v) for v in values]
            ax.plot(
                xs,
                ys,
                color=PALETTE[i % len(PALETTE)],
                marker=_MARKERS[i % len(_MARKERS)],
                markersize=5,
                linewidth=1.8,
                label=wrap_label(name, 28),
            )
        ax.set_ylim(0, 100)
        ax.set_yticks([0, 20, 40, 60, 80, 100])
        ax.grid(axis="y", color=_GRID, linewidth=0.7)
        ax.set_axisbelow(True)
        _open_axes(ax)
        _style_ticks(ax, families)
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
        distinct = sorted(set(xs))
        if 0 < len(distinct) <= 8:
            ax.set_xticks(distinct)
        else:
            ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=7))
        if len(distinct) == 1:
            ax.set_xlim(distinct[0] - 15, distinct[0] + 15)
        else:
            ax.margins(x=0.06)
        if len(distinct) > 4:
            ax.tick_params(axis="x", labelrotation=30)
            for tick_label in ax.get_xticklabels():
                tick_label.set_horizontalalignment("right")
                tick_label.set_rotation_mode("anchor")
        if y_label:
            ax.set_ylabel(y_label, fontfamily=families, fontsize=_SMALL, parse_math=False)
        if series:
            names = [wrap_label(name, 28) for name in series]
            _legend_below(fig, list(ax.get_lines()), names, width, families)
        _title(fig, title, families)
        return fig


# --------------------------------------------------------------------------------------------
# The customers' view: NPS, SERVQUAL gaps, complaints' Pareto, company against customers

_DETRACTOR: Final = "#C0604D"  # muted red
_PASSIVE: Final = "#C9A45E"  # greyish ochre: neither good nor bad
_PROMOTER: Final = _GOOD
_NPS_COLOURS: Final = (_DETRACTOR, _PASSIVE, _PROMOTER)
#: Answers 0–10 per NPS group, as docs/methodology.md §3.2 defines them: detractors, passives,
#: promoters.
_NPS_GROUPS: Final = (range(0, 7), range(7, 9), range(9, 11))
_NPS_SIZE: Final = 13.0

_VITAL: Final = PALETTE[0]  # the Pareto "vital few"
_TRIVIAL: Final = "#C4CAD2"  # the rest: present, but not the point
_CUMULATIVE: Final = PALETTE[1]

_EXPECTATION: Final = "#8A8A8A"
_PERCEPTION: Final = PALETTE[0]
_COMPANY: Final = PALETTE[1]
_CUSTOMERS: Final = PALETTE[0]
#: An owner who rates a dimension this many points (of 100) above the customers has a finding:
#: the rule of `plan.scoring.overrated_dimensions`, so the chart flags what the report names.
VIEWS_FLAG_POINTS: Final = OVERRATING_POINTS


@_printable_inputs
def nps_distribution_figure(
    counts: list[int],
    *,
    group_labels: tuple[str, str, str],
    nps: float | None,
    nps_label: str = "NPS",
    title: str = "",
    count_label: str = "",
    width: float = 5.0,
    height: float = 3.4,
    decimal_separator: str = ".",
) -> Figure:
    """How many customers gave each answer 0–10 to "would you recommend us?", by NPS group.

    *counts* has 11 entries (answers 0..10). Bars are coloured by group — detractors 0–6 in a
    muted red, passives 7–8 in ochre, promoters 9–10 in green — and the legend below names each
    group (*group_labels*, translated, in that order) with its share of the answers. The score,
    "NPS +12", stands above the plot's right corner, where no bar can cover it; *nps* comes
    from the caller (the chart shows what the report says), written with *decimal_separator*,
    and None shows "—". With no answers
    the chart keeps its axes, ticks and labels: an empty chart, not a different one.
    """
    if len(counts) != 11:
        raise ValueError(f"{len(counts)} counts: NPS answers run 0..10, so 11 are needed")
    if any(count < 0 for count in counts):
        raise ValueError(f"a negative count in {counts}")
    if len(group_labels) != 3:
        raise ValueError(f"{len(group_labels)} group labels, 3 needed")
    total = sum(counts)
    with _drawing() as families:
        from matplotlib.patches import Patch

        fig = _new_figure(width, height)
        ax = fig.add_subplot()
        _nps_bars(ax, counts, families)
        if count_label:
            ax.set_ylabel(count_label, fontfamily=families, fontsize=_SMALL, parse_math=False)
        _nps_score(ax, nps, nps_label, families, decimal_separator)
        labels = _nps_legend_labels(group_labels, counts, total)
        handles: list[Artist] = [Patch(facecolor=c, edgecolor="none") for c in _NPS_COLOURS]
        _legend_below(fig, handles, labels, width, families)
        _title(fig, title, families)
        return fig


def _nps_bars(ax: Axes, counts: list[int], families: list[str]) -> None:
    """The answers' bars coloured by group, the group boundaries and each bar's count."""
    from matplotlib.ticker import MaxNLocator

    answers = list(range(11))
    colours = [_NPS_COLOURS[_nps_group(answer)] for answer in answers]
    ax.bar(answers, counts, width=0.72, color=colours, zorder=2)
    top = max(counts)
    ax.set_xlim(-0.6, 10.6)
    ax.set_xticks(answers)
    ax.set_ylim(0, top * 1.18 if top else 1.0)
    if top:
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    else:
        ax.set_yticks([0])
    for boundary in (6.5, 8.5):  # where one group ends and the next begins
        ax.axvline(boundary, color=_GRID, linewidth=0.8, linestyle=(0, (2, 2)), zorder=1)
    ax.grid(axis="y", color=_GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    _open_axes(ax)
    _style_ticks(ax, families)
    for answer, count in zip(answers, counts, strict=True):
        if count:
            ax.annotate(
                str(count),
                xy=(answer, count),
                xytext=(0, 1.5),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=7.0,
                color=_MUTED,
                fontfamily=families,
                parse_math=False,
                annotation_clip=False,
                clip_on=False,
            )


def _nps_score(
    ax: Axes, nps: float | None, nps_label: str, families: list[str], decimal: str = "."
) -> None:
    """The score above the plot's right corner, coloured by its sign, where no bar covers it."""
    score = "—" if nps is None else chart_signed(nps, decimal)
    colour = (
        _MUTED
        if nps is None
        else _BAD
        if score.startswith("\u2212")
        else _GOOD
        if score.startswith("+")
        else _INK
    )
    ax.set_title(
        f"{nps_label}\u00a0{score}",
        loc="right",
        fontsize=_NPS_SIZE,
        fontweight="bold",
        color=colour,
        fontfamily=families,
        parse_math=False,
        pad=4,
    )


def _nps_legend_labels(
    group_labels: tuple[str, str, str], counts: list[int], total: int
) -> list[str]:
    """Each group's name with its share of the answers (no share when there are none)."""
    labels = []
    for label, group in zip(group_labels, _NPS_GROUPS, strict=True):
        text = wrap_label(label, 24)
        if total:
            share = round(100 * sum(counts[a] for a in group) / total)
            text += "\u00a0" + with_unit(chart_number(share), "%")
        labels.append(text)
    return labels


def _nps_group(answer: int) -> int:
    """0 for a detractor's answer, 1 for a passive's, 2 for a promoter's."""
    return next(i for i, group in enumerate(_NPS_GROUPS) if answer in group)


class _Marker(NamedTuple):
    colour: str
    shape: str
    size: float


class _PairNote(NamedTuple):
    """What a row of a paired chart says about its pair, right of the plot."""

    text: str  # the difference, e.g. "−0.8"
    colour: str  # of the text and of the line joining the pair
    bold: bool
    flag: bool  # a finding: the row's label is set in bold, in *colour*


def _paired_rows_figure(
    labels: list[str],
    first: list[float | None],
    second: list[float | None],
    notes: list[_PairNote | None],
    *,
    markers: tuple[_Marker, _Marker],
    series_labels: tuple[str, str],
    limits: tuple[float, float],
    ticks: list[float],
    note_header: str,
    title: str,
    missing_text: str,
    width: float,
    height: float,
) -> Figure:
    """One row per label with two values on a shared scale, joined by a line (a dumbbell).

    Shared by the SERVQUAL gaps and the company-against-customers chart. Labels are tick
    labels on the left (wrapped); each row's difference is written in a column right of the
    plot, under *note_header*; the legend sits below. A value of None has no marker: the row
    shows the value it has, and the difference column says *missing_text* in grey italics
    ("—" without one). Why there and not in the row: the row may have no room left beside the
    marker it has (a narrow preview, a long Russian phrase); the column always has.
    """
    n = len(labels)
    for name, seq in (("values", first), ("values", second), ("notes", notes)):
        if len(seq) != n:
            raise ValueError(f"{n} labels but {len(seq)} {name}")
    with _drawing() as families:
        fig = _new_figure(width, height)
        ax = fig.add_subplot()
        _paired_axes(ax, labels, notes, limits, ticks, families, compact=width < 4.5)
        for y, (a, b, note) in enumerate(zip(first, second, notes, strict=True)):
            _paired_row(ax, y, a, b, note, limits, missing_text, families)
        for z, (values, marker) in enumerate(zip((first, second), markers, strict=True)):
            _paired_markers(ax, values, marker, limits, zorder=3 + z)
        if note_header and n:
            _paired_note_header(ax, note_header, families)
        handles = _marker_handles(markers)
        _legend_below(fig, handles, [wrap_label(s, 28) for s in series_labels], width, families)
        _title(fig, title, families)
        return fig


def _paired_axes(
    ax: Axes,
    labels: list[str],
    notes: list[_PairNote | None],
    limits: tuple[float, float],
    ticks: list[float],
    families: list[str],
    *,
    compact: bool,
) -> None:
    """Scale, grid and row labels of a paired chart; a flagged row's label is set apart."""
    low, high = limits
    n = len(labels)
    pad = 0.04 * (high - low)
    ax.set_xlim(low - pad, high + pad)
    ax.set_xticks(ticks)
    ax.set_ylim(n - 0.5 if n else 0.5, -0.5)  # first label on top
    ax.grid(axis="x", color=_GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    _open_axes(ax)
    ax.spines["left"].set_visible(False)
    _style_ticks(ax, families)
    shown = _category_ticks(
        ax,
        "y",
        [wrap_label(label, 16) for label in labels],
        families,
        size=_SMALL if compact else _FONT_SIZE,
    )
    for text, note in zip(shown, notes, strict=True):
        text.set_multialignment("right")
        if note is not None and note.flag:
            text.set_fontweight("bold")
            text.set_color(note.colour)


def _paired_row(
    ax: Axes,
    y: int,
    a: float | None,
    b: float | None,
    note: _PairNote | None,
    limits: tuple[float, float],
    missing_text: str,
    families: list[str],
) -> None:
    """A row's joining line and difference, drawn together so artists keep their order."""
    low, high = limits
    if a is not None and b is not None:
        ax.plot(
            [_clamp(a, low, high), _clamp(b, low, high)],
            [y, y],
            color=note.colour if note else _GRID,
            linewidth=2.6,
            alpha=0.6,
            solid_capstyle="butt",
            zorder=2,
        )
    if note is not None:
        said, size, colour, style = note.text, _FONT_SIZE, note.colour, "normal"
    elif missing_text:  # said where the difference would be: room there is certain
        said, size, colour, style = wrap_label(missing_text, 14), 7.0, _MUTED, "italic"
    else:
        said, size, colour, style = "—", _FONT_SIZE, _MUTED, "normal"
    ax.annotate(
        said,
        xy=(1.0, y),
        xycoords=("axes fraction", "data"),
        xytext=(6, 0),
        textcoords="offset points",
        ha="left",
        va="center",
        fontsize=size,
        fontweight="bold" if note and note.bold else "normal",
        fontstyle=style,
        color=colour,
        fontfamily=families,
        parse_math=False,
        annotation_clip=False,
        clip_on=False,
    )


def _paired_markers(
    ax: Axes,
    values: list[float | None],
    marker: _Marker,
    limits: tuple[float, float],
    *,
    zorder: float,
) -> None:
    """One series' markers as a single line; a missing value simply has no marker."""
    low, high = limits
    points = [(_clamp(v, low, high), y) for y, v in enumerate(values) if v is not None]
    if not points:
        return  # an empty unclipped line counts as an artist at (0, 0) in the layout
    ax.plot(
        [x for x, _ in points],
        [y for _, y in points],
        linestyle="none",
        marker=marker.shape,
        markersize=marker.size,
        markeredgecolor="white",
        markeredgewidth=0.6,
        color=marker.colour,
        zorder=zorder,
        clip_on=False,
    )


def _paired_note_header(ax: Axes, note_header: str, families: list[str]) -> None:
    """The difference column's heading, above the plot's top-right corner."""
    ax.annotate(
        wrap_label(note_header, 12),
        xy=(1.0, 1.0),
        xycoords="axes fraction",
        xytext=(6, 3),
        textcoords="offset points",
        ha="left",
        va="bottom",
        fontsize=_SMALL,
        color=_MUTED,
        fontfamily=families,
        parse_math=False,
        annotation_clip=False,
        clip_on=False,
    )


def _marker_handles(markers: tuple[_Marker, _Marker]) -> list[Artist]:
    """Legend keys drawn like the chart's markers (the plotted lines carry no labels)."""
    from matplotlib.lines import Line2D

    return [
        Line2D(
            [],
            [],
            linestyle="none",
            marker=m.shape,
            markersize=m.size,
            color=m.colour,
            markeredgecolor="white",
            markeredgewidth=0.6,
        )
        for m in markers
    ]


def _servqual_range(values: list[float | None]) -> tuple[int, int]:
    """The part of the 1–7 scale the ratings use, in whole points, at least three wide.

    Why not always 1–7: customers rate between about 4 and 7, so the full scale squeezes
    every gap into a quarter of the chart's width.
    """
    known = [v for v in values if v is not None]
    if not known:
        return 1, 7
    low = max(1, math.floor(min(known)))
    high = min(7, math.ceil(max(known)))
    while high - low < 3:
        if low > 1:
            low -= 1
        else:
            high += 1
    return low, high


@_printable_inputs
def servqual_gaps_figure(
    dimension_labels: list[str],
    expectations: list[float | None],
    perceptions: list[float | None],
    *,
    expectation_label: str,
    perception_label: str,
    gap_label: str = "",
    title: str = "",
    missing_text: str = "",
    width: float = 5.0,
    height: float = 3.6,
    decimal_separator: str = ".",
) -> Figure:
    """Expectation against perception (1–7) per SERVQUAL dimension, and the gap P − E.

    One row per dimension: a grey square for what customers expect, a blue dot for what they
    got, joined by a red line where perception falls short (a negative gap: the finding) and a
    green one otherwise. The gap is written right of the plot with its sign and one decimal
    ("−0.84"), red when negative, under *gap_label*. A dimension with None on either side
    shows what it has, and *missing_text* in grey italics where its gap would be.
    """
    n = len(dimension_labels)
    for name, seq in (("expectations", expectations), ("perceptions", perceptions)):
        if len(seq) != n:
            raise ValueError(f"{n} dimension labels but {len(seq)} {name}")
    notes: list[_PairNote | None] = []
    for expected, perceived in zip(expectations, perceptions, strict=True):
        if expected is None or perceived is None:
            notes.append(None)
            continue
        # Two decimals: the gap as the SERVQUAL table and the summary print it.
        text = chart_signed(perceived - expected, decimal_separator, fixed=True, digits=2)
        shortfall = text.startswith("\u2212")
        notes.append(_PairNote(text, _BAD if shortfall else _GOOD, bold=True, flag=False))
    low, high = _servqual_range([*expectations, *perceptions])
    return _paired_rows_figure(
        dimension_labels,
        expectations,
        perceptions,
        notes,
        markers=(_Marker(_EXPECTATION, "s", 7.0), _Marker(_PERCEPTION, "o", 7.5)),
        series_labels=(expectation_label, perception_label),
        limits=(float(low), float(high)),
        ticks=list(range(low, high + 1)),
        note_header=gap_label,
        title=title,
        missing_text=missing_text,
        width=width,
        height=height,
    )


@_printable_inputs
def views_comparison_figure(
    dimension_labels: list[str],
    company: list[float | None],
    customers: list[float | None],
    *,
    company_label: str,
    customers_label: str,
    difference_label: str = "",
    title: str = "",
    missing_text: str = "",
    width: float = 5.0,
    height: float = 3.4,
    decimal_separator: str = ".",
) -> Figure:
    """The owner's self-rating against the customers' rating (both 0–100) per dimension.

    Why the flag: service is what customers think it is, so a dimension the owner rates
    :data:`VIEWS_FLAG_POINTS` or more above the customers is a finding. Each row joins an ochre
    square (company) and a blue dot (customers); the difference company − customers is written
    right of the plot ("+18", under *difference_label*). Flagged rows get a red line, a bold
    red difference and a bold red label; the other differences stay grey. None values are
    handled as in :func:`servqual_gaps_figure`.
    """
    n = len(dimension_labels)
    for name, seq in (("company values", company), ("customers values", customers)):
        if len(seq) != n:
            raise ValueError(f"{n} dimension labels but {len(seq)} {name}")
    notes: list[_PairNote | None] = []
    for own, theirs in zip(company, customers, strict=True):
        if own is None or theirs is None:
            notes.append(None)
            continue
        difference = own - theirs
        flag = difference >= VIEWS_FLAG_POINTS
        text = chart_signed(difference, decimal_separator)
        notes.append(_PairNote(text, _BAD if flag else _MUTED, bold=flag, flag=flag))
    return _paired_rows_figure(
        dimension_labels,
        company,
        customers,
        notes,
        markers=(_Marker(_COMPANY, "s", 7.0), _Marker(_CUSTOMERS, "o", 7.5)),
        series_labels=(company_label, customers_label),
        limits=(0.0, 100.0),
        ticks=[0, 20, 40, 60, 80, 100],
        note_header=difference_label,
        title=title,
        missing_text=missing_text,
        width=width,
        height=height,
    )


@_printable_inputs
def pareto_figure(
    categories: list[str],
    counts: list[int],
    cumulative_percent: list[float],
    *,
    vital_few: int,
    count_label: str = "",
    cumulative_label: str = "",
    title: str = "",
    width: float = 5.0,
    height: float = 3.6,
) -> Figure:
    """Complaints by category as a Pareto chart: bars in the order given, cumulative % line.

    The caller sorts (descending) and computes *cumulative_percent*, so the chart shows exactly
    the report's numbers. The first *vital_few* bars are in the accent colour, the rest muted;
    the cumulative line (right axis, 0–100%) has a marker per category and a dashed line marks
    80%. Category labels are wrapped to the space a bar has, and slanted when they still do
    not fit. No categories gives an empty chart with its axes and labels.
    """
    n = len(categories)
    for name, seq in (("counts", counts), ("cumulative_percent", cumulative_percent)):
        if len(seq) != n:
            raise ValueError(f"{n} categories but {len(seq)} {name}")
    vital_few = max(0, min(vital_few, n))
    with _drawing() as families:
        from matplotlib.ticker import MaxNLocator

        fig = _new_figure(width, height)
        ax = fig.add_subplot()
        xs = list(range(n))
        colours = [_VITAL if i < vital_few else _TRIVIAL for i in xs]
        ax.bar(xs, counts, width=0.7, color=colours, zorder=2)
        top = max(counts, default=0)
        ax.set_xlim(-0.6, n - 0.4 if n else 0.6)
        ax.set_ylim(0, top * 1.08 if top > 0 else 1.0)
        if top > 0:
            ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        else:
            ax.set_yticks([0])
        ax.spines["top"].set_visible(False)
        _style_ticks(ax, families)

        ax2 = _pareto_cumulative(ax, xs, cumulative_percent, families)

        shown, angle, size = _pareto_labels(categories, width)
        texts = _category_ticks(ax, "x", shown, families, size=size)
        if angle:
            for text in texts:
                text.set_rotation(angle)
                text.set_horizontalalignment("right")
                text.set_verticalalignment("center")
                text.set_rotation_mode("anchor")
                text.set_multialignment("right")
        # Wrapped: a short plot (many slanted labels, a small preview) is shorter than a
        # long axis label, which would then reach into the title.
        if count_label:
            ax.set_ylabel(
                wrap_label(count_label, 20), fontfamily=families, fontsize=_SMALL, parse_math=False
            )
        if cumulative_label:
            ax2.set_ylabel(
                wrap_label(cumulative_label, 20),
                fontfamily=families,
                fontsize=_SMALL,
                color=_CUMULATIVE,
                parse_math=False,
            )
        _title(fig, title, families)
        return fig


def _pareto_cumulative(
    ax: Axes, xs: list[int], cumulative_percent: list[float], families: list[str]
) -> Axes:
    """The cumulative % line on a right axis (0–100%), with the 80% line dashed across."""
    from matplotlib.ticker import PercentFormatter

    ax2 = ax.twinx()
    ax2.set_ylim(0, 100)
    ax2.set_yticks([0, 20, 40, 60, 80, 100])
    ax2.yaxis.set_major_formatter(PercentFormatter(100, decimals=0))
    ax2.axhline(80, color=_THRESHOLD, linestyle=(0, (4, 3)), linewidth=1.0, zorder=1)
    if xs:  # an empty unclipped line counts as an artist at (0, 0) in the layout
        ax2.plot(
            xs,
            [_clamp(c) for c in cumulative_percent],
            color=_CUMULATIVE,
            marker="o",
            markersize=4.5,
            linewidth=1.6,
            zorder=3,
            clip_on=False,  # the 100% marker sits on the top edge
        )
    ax2.spines["top"].set_visible(False)
    _style_ticks(ax2, families)
    return ax2


def _two_lines(label: str) -> str:
    """The label in two lines as even as its words allow (one line when no break gives two)."""
    total = _display_width(label)
    for columns in range(max(12, math.ceil(total / 2) + 2), total + 1):
        wrapped = wrap_label(label, columns)
        if wrapped.count("\n") <= 1:
            return wrapped
    return label


def _pareto_labels(categories: list[str], width: float) -> tuple[list[str], float, float]:
    """Category labels for the bars: (texts, rotation in degrees, font size).

    Upright and wrapped when every label fits its bar's width in at most three lines.
    Otherwise slanted: a long label is wrapped into two lines (one long line would reach far
    below and to the left of the plot), and the angle is the flattest at which neighbouring
    labels of that many lines do not run into each other (40°, 60° or upright 90°).
    Widths are estimated as in :func:`_legend_columns` (0.6 em per column, CJK counting as
    two), because measuring needs a draw.
    """
    n = len(categories)
    if not n:
        return [], 0.0, _SMALL
    size = _SMALL if n <= 8 else 7.0
    slot_pt = width * 72 * 0.7 / n  # about the axes' share of the figure, per bar
    columns = int(slot_pt / (0.6 * size))
    if columns >= 6:
        upright = [wrap_label(c, columns) for c in categories]
        if all(
            label.count("\n") < 3
            and all(_display_width(line) <= columns for line in label.split("\n"))
            for label in upright
        ):
            return upright, 0.0, size

    def room(angle: float) -> int:
        """Lines of text that fit between the centre lines of neighbouring slanted labels."""
        # 1.2 line height, and a third of a line between neighbours: at 1.1 slanted Cyrillic
        # labels of two lines touched their neighbours.
        return int(slot_pt * math.sin(math.radians(angle)) // (size * 1.2 * 1.35))

    one_line = [" ".join(c.split()) for c in categories]
    two_lines = [_two_lines(c) if _display_width(c) > 16 else c for c in one_line]
    needed = max(t.count("\n") + 1 for t in two_lines)
    for angle in (40.0, 60.0, 90.0):
        if room(angle) >= needed:
            return two_lines, angle, size
    # Crowded (a small preview of many categories): upright, two lines in a smaller font.
    # One long line each would leave the bars almost no height.
    return two_lines, 90.0, 6.5


# --------------------------------------------------------------------------------------------
# Rendering


def figure_to_png(fig: Figure, dpi: int = 100) -> bytes:
    """The figure as PNG bytes, rendered with Agg (no GUI, no pyplot), on a white background."""
    with _drawing():
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
        return buf.getvalue()


def figure_to_drawing(fig: Figure, fonts: Any = None) -> Any:
    """The figure as a reportlab Drawing of vector shapes, for the PDF: its text as real text
    in `fonts` (an `export.pdf_text.FontSet`: searchable, selectable), or as outlines.

    See `export.chart_drawing` for why this is not SVG through svglib.
    """
    from export.chart_drawing import render_figure

    with _drawing():
        return render_figure(fig, fonts)


def figure_to_svg(fig: Figure) -> bytes:
    """The figure as SVG bytes with text drawn as paths, so the SVG needs no installed fonts.

    No date in the metadata, so output differs only where matplotlib's clip-path ids do.
    """
    with _drawing():
        buf = io.BytesIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
        return buf.getvalue()


# --------------------------------------------------------------------------------------------
# Priority matrix (step 2)

_FOCUS: Final = PALETTE[3]  # raspberry: the plan's focus problems
_OTHER: Final = PALETTE[0]
#: Background of a cell by its priority (frequency × impact): high, medium, low.
_ZONES: Final = ((15, "#F7E1E4"), (8, "#FBF0DC"), (0, "#EDF3EE"))
_LABEL_SIZE: Final = 7.0


def _cluster(count: int, spacing: float) -> list[tuple[float, float]]:
    """Offsets (points) of `count` bubbles sharing one cell: a small centred grid, so none hides
    another whatever the plot's size (the spacing is in points, not data units)."""
    columns = math.ceil(math.sqrt(count))
    rows = math.ceil(count / columns)
    offsets = []
    for k in range(count):
        row, column = divmod(k, columns)
        in_row = min(columns, count - row * columns)  # a short last row is centred too
        offsets.append(((column - (in_row - 1) / 2) * spacing, ((rows - 1) / 2 - row) * spacing))
    return offsets


def _label_candidates(gap: float) -> list[tuple[float, float, str, str]]:
    """Where a bubble's label may go: (dx, dy) in points from its centre, and the alignment.
    Beside the bubble first (reads best), then above or below, then diagonally; then the same
    directions further out, where a thin leader line joins label and bubble."""
    directions = [
        (1.0, 0.0, "left", "center"),
        (-1.0, 0.0, "right", "center"),
        (0.0, 1.0, "center", "bottom"),
        (0.0, -1.0, "center", "top"),
        (0.8, 0.8, "left", "bottom"),
        (0.8, -0.8, "left", "top"),
        (-0.8, 0.8, "right", "bottom"),
        (-0.8, -0.8, "right", "top"),
    ]
    return [
        (dx * gap * reach, dy * gap * reach, ha, va)
        for reach in (1.0, 2.4, 4.0, 6.0)
        for dx, dy, ha, va in directions
    ]


def _distance(box: Any, point: tuple[float, float]) -> float:
    """From a point to the nearest point of a box (0 inside it)."""
    dx = max(box.x0 - point[0], 0.0, point[0] - box.x1)
    dy = max(box.y0 - point[1], 0.0, point[1] - box.y1)
    return math.hypot(dx, dy)


def _segment_hits(box: Any, start: tuple[float, float], end: tuple[float, float]) -> bool:
    """Whether the straight line from start to end passes through box (sampled finely)."""
    steps = 24
    for k in range(1, steps):
        x = start[0] + (end[0] - start[0]) * k / steps
        y = start[1] + (end[1] - start[1]) * k / steps
        if box.x0 <= x <= box.x1 and box.y0 <= y <= box.y1:
            return True
    return False


def _boxes_overlap(a: Any, b: Any, pad: float) -> bool:
    return bool(a.x0 < b.x1 + pad and b.x0 < a.x1 + pad and a.y0 < b.y1 + pad and b.y0 < a.y1 + pad)


@_printable_inputs
def priority_matrix_figure(
    labels: list[str],
    frequencies: list[int],
    impacts: list[int],
    focus: list[bool],
    *,
    frequency_label: str,
    impact_label: str,
    title: str = "",
    focus_label: str = "",
    other_label: str = "",
    zone_labels: tuple[str, ...] = (),
    width: float = 5.0,
    height: float = 4.2,
) -> Figure:
    """Problems on a 5 × 5 grid of frequency (x) against impact on customers (y), as bubbles.

    Why a grid and not a list: the same priority (frequency × impact) can mean "constant but
    mild" or "rare but severe", and the grid shows which. Cells are tinted by priority (15 and
    up, 8 to 14, below 8). Focus problems are raspberry, the others blue; problems sharing a
    cell are set around its centre. Each bubble is labelled with its (short) title, placed
    beside, above or below it where it overlaps no other label or bubble and stays inside the
    plot; pass the labels most important first (they are placed first). When some label finds
    no free place (many problems, long titles, a small preview), every bubble shows its number
    instead and the titles are listed, numbered, in a key beside or below the plot: nothing is
    clipped or drawn over. *focus_label* and *other_label*, when given, explain the colours;
    *zone_labels* (high, medium, low priority), when given, the tints.
    """
    n = len(labels)
    for name, seq in (("frequencies", frequencies), ("impacts", impacts), ("focus flags", focus)):
        if len(seq) != n:
            raise ValueError(f"{n} labels but {len(seq)} {name}")
    for name, values in (("frequency", frequencies), ("impact", impacts)):
        for value in values:
            if value not in (1, 2, 3, 4, 5):
                raise ValueError(f"{name} {value!r} is not a whole number from 1 to 5")
    with _drawing() as families:
        fig = _new_figure(width, height)
        ax = fig.add_subplot()
        _matrix_grid(ax, families, frequency_label, impact_label)
        anchors, centres, size = _matrix_places(fig, ax, frequencies, impacts)
        for k in range(n):
            ax.plot(
                [centres[k][0]],
                [centres[k][1]],
                linestyle="none",
                marker="o",
                markersize=size,
                color=_FOCUS if focus[k] else _OTHER,
                markeredgecolor="white",
                markeredgewidth=0.8,
                transform=anchors[k],
                clip_on=False,  # a crowded cell of a small plot may reach past the frame
                zorder=3,
            )

        colour_legend = _matrix_legend(
            fig, focus, (focus_label, other_label), zone_labels, width, families
        )
        _title(fig, title, families)

        def label(k: int, place: _Placement) -> Annotation:
            return _matrix_label(ax, labels[k], place, centres[k], anchors[k], size, families)

        trial = [label(k, _Placement(0, 0, "left", "center", 18, False)) for k in range(n)]
        places = _place_labels(fig, ax, trial, labels, anchors, centres, size, focus) if n else None
        for text in trial:
            text.remove()
        if places is not None:
            for k, place in enumerate(places):
                label(k, place)
            return fig
        _matrix_key(fig, ax, labels, focus, anchors, centres, colour_legend, width, families)
        return fig


def _matrix_legend(
    fig: Figure,
    focus: list[bool],
    kinds: tuple[str, str],
    zone_labels: tuple[str, ...],
    width: float,
    families: list[str],
) -> Legend | None:
    """The colours explained below the plot, only for the kinds of problem shown; then the
    cells' tints (the priority zones), when named: an unexplained colour is a question."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    focus_label, other_label = kinds
    handles: list[Artist] = []
    names: list[str] = []
    if focus_label and any(focus):
        handles.append(Line2D([], [], linestyle="none", marker="o", color=_FOCUS))
        names.append(focus_label)
    if other_label and not all(focus):
        handles.append(Line2D([], [], linestyle="none", marker="o", color=_OTHER))
        names.append(other_label)
    if focus:
        for (_, colour), name in zip(_ZONES, zone_labels, strict=False):
            handles.append(Patch(facecolor=colour, edgecolor=_GRID, linewidth=0.5))
            names.append(name)
    return (
        _legend_below(fig, handles, [wrap_label(s, 28) for s in names], width, families)
        if handles and focus
        else None
    )


def _matrix_label(
    ax: Axes,
    text: str,
    place: _Placement,
    centre: tuple[float, float],
    anchor: Transform,
    size: float,
    families: list[str],
) -> Annotation:
    """A bubble's label at `place`, with a leader line when it is not right beside it."""
    arrow = {
        "arrowstyle": "-",
        "color": _MUTED,
        "linewidth": 0.6,
        "shrinkA": 1.0,
        "shrinkB": size / 2,
    }
    note = ax.annotate(
        wrap_label(" ".join(text.split()), place.columns),
        xy=centre,
        xycoords=anchor,
        xytext=(place.dx, place.dy),
        textcoords="offset points",
        ha=place.ha,
        va=place.va,
        fontsize=_LABEL_SIZE,
        fontfamily=families,
        color=_INK,
        parse_math=False,
        annotation_clip=False,
        arrowprops=arrow if place.leader else None,
        zorder=4,
    )
    note.set_in_layout(False)  # placed after the layout, inside the axes
    note.set_multialignment(
        "center" if place.ha == "center" else "right" if place.ha == "right" else "left"
    )
    return note


def _matrix_grid(ax: Axes, families: list[str], frequency_label: str, impact_label: str) -> None:
    """The priority matrix's 5 × 5 cells, tinted by priority, and its axes."""
    from matplotlib.patches import Rectangle

    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    ax.set_xticks([1, 2, 3, 4, 5])
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.tick_params(length=0)
    _style_ticks(ax, families)
    for spine in ax.spines.values():
        spine.set_color(_GRID)
    for f in range(1, 6):
        for i in range(1, 6):
            colour = next(c for cut, c in _ZONES if f * i >= cut)
            ax.add_patch(
                Rectangle(
                    (f - 0.5, i - 0.5),
                    1,
                    1,
                    facecolor=colour,
                    edgecolor="white",
                    linewidth=1.2,
                    zorder=0,
                )
            )
    ax.set_xlabel(
        wrap_label(frequency_label, 40), fontfamily=families, fontsize=_SMALL, parse_math=False
    )
    ax.set_ylabel(
        wrap_label(impact_label, 24), fontfamily=families, fontsize=_SMALL, parse_math=False
    )


def _matrix_places(
    fig: Figure, ax: Axes, frequencies: list[int], impacts: list[int]
) -> tuple[list[Transform], list[tuple[float, float]], float]:
    """Each bubble's anchor and cell centre, and the bubbles' size: its cell's centre (data)
    shifted by its place in the cell's cluster (points), so the cluster keeps its shape
    however the layout sizes the plot."""
    from matplotlib.transforms import offset_copy

    n = len(frequencies)
    cells: dict[tuple[int, int], list[int]] = {}
    for index, cell in enumerate(zip(frequencies, impacts, strict=True)):
        cells.setdefault(cell, []).append(index)
    crowded = max((len(v) for v in cells.values()), default=1)
    size = 11.0 if crowded <= 6 else 8.0
    anchors: list[Transform] = [ax.transData] * n
    centres: list[tuple[float, float]] = [(0.0, 0.0)] * n
    for (f, i), members in cells.items():
        for index, (dx, dy) in zip(members, _cluster(len(members), size + 1.5), strict=True):
            centres[index] = (f, i)
            anchors[index] = offset_copy(ax.transData, fig=fig, x=dx, y=dy, units="points")
    return anchors, centres, size


def _matrix_key(
    fig: Figure,
    ax: Axes,
    labels: list[str],
    focus: list[bool],
    anchors: list[Transform],
    centres: list[tuple[float, float]],
    colour_legend: Legend | None,
    width: float,
    families: list[str],
) -> None:
    """The key: numbers in the bubbles, titles listed beside (wide) or below (narrow)."""
    from matplotlib.lines import Line2D

    n = len(labels)
    for k in range(n):
        ax.annotate(
            str(k + 1),
            xy=centres[k],
            xycoords=anchors[k],
            ha="center",
            va="center",
            fontsize=6.0 if k >= 9 else 6.5,
            fontweight="bold",
            color="white",
            fontfamily=families,
            parse_math=False,
            zorder=5,
        )
    if not n:
        return
    beside = width >= 5.6
    columns = 26 if beside else max(20, int(width * 72 * 0.45 / (0.6 * _SMALL)))
    key_labels = [
        f"{k + 1}. " + wrap_label(" ".join(label.split()), columns).replace("\n", "\n    ")
        for k, label in enumerate(labels)
    ]
    key_handles: list[Artist] = [
        Line2D([], [], linestyle="none", marker="o", color=_FOCUS if flag else _OTHER)
        for flag in focus
    ]
    if colour_legend is not None and not beside:
        colour_legend.remove()
    key = fig.legend(
        key_handles,
        key_labels,
        loc="outside right upper" if beside else "outside lower center",
        ncols=1 if beside else min(2, n),
        frameon=False,
        prop={"family": families, "size": _SMALL - 0.5},
        handlelength=1.0,
        handletextpad=0.4,
        labelspacing=0.45,
        borderaxespad=0.2,
    )
    for entry, flag in zip(key.get_texts(), focus, strict=True):
        entry.set_parse_math(False)
        if flag:
            entry.set_fontweight("bold")


class _Placement(NamedTuple):
    """Where a bubble's label goes: offset in points, alignment, the width it is wrapped to,
    and whether a leader line joins it to its bubble (it is not right beside it)."""

    dx: float
    dy: float
    ha: str
    va: str
    columns: int
    leader: bool


#: Wrapping widths tried for the labels, in columns (CJK counting two): the middle one first.
_LABEL_WIDTHS: Final = (18, 26, 13)


def _place_labels(
    fig: Figure,
    ax: Axes,
    texts: list[Annotation],
    labels: list[str],
    anchors: list[Transform],
    centres: list[tuple[float, float]],
    marker_size: float,
    focus: list[bool],
) -> list[_Placement] | None:
    """A free place for every label, or None when some label has none.

    Free: inside the plot, clear of every other label, bubble and leader line, and with its own
    leader (if any) crossing no label or bubble. Labels are placed greedily, the focus first;
    when that fails, the labels of crowded cells go first, then other wrapping widths are tried.
    Runs after a layout pass (the labels are out of the layout, so moving them changes nothing
    else); offsets are in points from the bubble, so the placement holds at any dpi.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.transforms import Bbox

    canvas = cast("FigureCanvasAgg", fig.canvas)  # _new_figure attached it
    renderer = canvas.get_renderer()
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.execute(fig)  # the layout alone: a full draw would render every text for nothing
    area = ax.get_window_extent(renderer)
    px = fig.dpi / 72
    radius = marker_size / 2 * px
    points = [
        tuple(anchor.transform((x, y))) for anchor, (x, y) in zip(anchors, centres, strict=True)
    ]
    bubbles = [
        Bbox.from_extents(cx - radius, cy - radius, cx + radius, cy + radius) for cx, cy in points
    ]
    gap = marker_size / 2 + 2.5
    n = len(texts)
    crowding = [sum(1 for c in centres if c == centres[k]) for k in range(n)]
    orders = [
        sorted(range(n), key=lambda k: (not focus[k], k)),
        sorted(range(n), key=lambda k: (-crowding[k], not focus[k], k)),
    ]
    pairs = [(p[0], p[1]) for p in points]
    space = _LabelSpace(renderer, texts, labels, pairs, bubbles, area, px, gap)
    for columns in _LABEL_WIDTHS:
        for order in orders:
            result = space.attempt(order, columns)
            if result is not None:
                return result
    return None


_Point = tuple[float, float]


class _LabelSpace:
    """One chart's labels, bubbles and plot area: a label's size is measured once per wrapping
    however many orders and places are tried."""

    def __init__(
        self,
        renderer: RendererAgg,
        texts: list[Annotation],
        labels: list[str],
        points: list[_Point],
        bubbles: list[Bbox],
        area: Bbox,
        px: float,
        gap: float,
    ) -> None:
        self.renderer = renderer
        self.texts = texts
        self.labels = labels
        self.points = points
        self.bubbles = bubbles
        self.area = area
        self.px = px
        self.gap = gap
        self.sizes: dict[tuple[int, int], tuple[float, float]] = {}

    def size_of(self, k: int, columns: int) -> tuple[float, float]:
        """A label's width and height in pixels at this wrapping (measured once)."""
        from matplotlib.text import Text

        if (k, columns) not in self.sizes:
            self.texts[k].set_text(wrap_label(" ".join(self.labels[k].split()), columns))
            box = Text.get_window_extent(self.texts[k], self.renderer)  # the text alone
            self.sizes[k, columns] = (box.width, box.height)
        return self.sizes[k, columns]

    def box_at(self, k: int, columns: int, dx: float, dy: float, ha: str, va: str) -> Bbox:
        """Where label *k* would sit at this offset and alignment, in pixels."""
        from matplotlib.transforms import Bbox

        w, h = self.size_of(k, columns)
        x = self.points[k][0] + dx * self.px
        y = self.points[k][1] + dy * self.px
        x0 = x if ha == "left" else x - w if ha == "right" else x - w / 2
        y0 = y if va == "bottom" else y - h if va == "top" else y - h / 2
        return Bbox.from_extents(x0, y0, x0 + w, y0 + h)

    def free(
        self, k: int, box: Bbox, placed: list[Bbox], leaders: list[tuple[_Point, _Point]]
    ) -> bool:
        """Inside the plot, clear of labels, bubbles and leaders, and nearest its own bubble."""
        px, area = self.px, self.area
        if not (
            box.x0 >= area.x0 + px
            and box.x1 <= area.x1 - px
            and box.y0 >= area.y0 + px
            and box.y1 <= area.y1 - px
        ):
            return False
        if any(_boxes_overlap(box, other, 1.5 * px) for other in placed):
            return False
        if any(_boxes_overlap(box, b, 0.5 * px) for b in self.bubbles):
            return False
        if any(_segment_hits(box, a, b) for a, b in leaders):
            return False
        own = _distance(box, self.points[k])
        # Nearer another bubble, it would read as that bubble's label.
        return not any(
            _distance(box, p) < own + 2 * px for j, p in enumerate(self.points) if j != k
        )

    def attempt(self, order: list[int], columns: int) -> list[_Placement] | None:
        """Every label placed greedily in *order* at this wrapping, or None if one cannot be."""
        placed: list[Any] = []
        leaders: list[tuple[_Point, _Point]] = []
        found: list[_Placement | None] = [None] * len(self.texts)
        for k in order:
            for dx, dy, ha, va in _label_candidates(self.gap):
                box = self.box_at(k, columns, dx, dy, ha, va)
                if not self.free(k, box, placed, leaders):
                    continue
                leader = None
                if math.hypot(dx, dy) > self.gap * 1.01:
                    # matplotlib draws it from the bubble towards the label's centre
                    leader = (self.points[k], ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2))
                    others = [b for j, b in enumerate(self.bubbles) if j != k]
                    if any(_segment_hits(b, *leader) for b in [*placed, *others]):
                        continue
                placed.append(box)
                if leader is not None:
                    leaders.append(leader)
                found[k] = _Placement(dx, dy, ha, va, columns, leader is not None)
                break
            else:
                return None
        return [p for p in found if p is not None]


# --------------------------------------------------------------------------------------------
# Goals and means (step 4)

#: The three root causes a means works on, in the method's order, and their colours (shared by
#: the timeline and the budget chart, so a kind looks the same on both).
_KINDS: Final = ("know", "want", "can")
_KIND_COLOURS: Final = {"know": PALETTE[0], "want": PALETTE[1], "can": PALETTE[2]}
_OTHER_KIND: Final = PALETTE[7]
_BAND: Final = "#EEF1F4"  # a goal's heading row on the timeline
_BASELINE: Final = "#8A8A8A"
_TARGET: Final = PALETTE[0]


class TimelineBar(NamedTuple):
    """One means on the timeline: its (short) label, its dates, its kind, whether it is done."""

    label: str
    start: date
    end: date
    kind: str
    done: bool


def _kind_colour(kind: str) -> str:
    return _KIND_COLOURS.get(kind, _OTHER_KIND)


def tint(colour: str, share: float = 0.4) -> str:
    """*colour* mixed with white, keeping *share* of it: a done means drawn but receded in a
    chart, a light table header or band in the PDF.

    Why a mix and not alpha or hatching: the PDF renderer (`export.chart_drawing`) draws no
    hatches, and a solid tint prints the same on every printer.
    """
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mixed = (round(255 - (255 - c) * share) for c in (red, green, blue))
    return "#" + "".join(f"{c:02X}" for c in mixed)


def _fitted_title(fig: Figure, title: str, families: list[str], width: float) -> None:
    """The figure's title, wrapped to the figure's width (a narrow preview too), not to a fixed
    60 columns: about 0.62 em per column of bold text, CJK counting as two."""
    if title:
        columns = max(16, min(60, int(width * 72 / (0.62 * _TITLE_SIZE))))
        fig.suptitle(
            wrap_label(title, columns),
            fontsize=_TITLE_SIZE,
            fontweight="bold",
            fontfamily=families,
            parse_math=False,
        )


def _empty_note(fig: Figure, text: str, families: list[str]) -> None:
    """What an empty chart says instead of data, in the middle of the figure."""
    if text:
        fig.text(
            0.5,
            0.5,
            wrap_label(text, 40),
            ha="center",
            va="center",
            fontsize=_FONT_SIZE,
            fontstyle="italic",
            color=_MUTED,
            fontfamily=families,
            parse_math=False,
        )


def _month_ticks(ax: Axes, first: date, last: date, plot_inches: float) -> None:
    """Date ticks a reader can place: months ("2026-05") for spans of two months or more, as
    many as fit (every 1, 2, 3, 6 or 12 months); weeks ("2026-05-04") for shorter spans.

    Why numeric ISO-like dates: they read the same in English, Russian and Chinese, and need no
    month names in the chart's fonts.
    """
    from matplotlib import dates as mdates

    span = (last - first).days
    fit = max(2, int(plot_inches / 0.62))  # a "2026-05" label and some air
    if span >= 60:
        months = span / 30.4
        step = next((s for s in (1, 2, 3, 6, 12) if months / s <= fit), 24)
        ax.xaxis.set_major_locator(mdates.MonthLocator(interval=step))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
        if step > 1:
            ax.xaxis.set_minor_locator(mdates.MonthLocator())
    else:
        weeks = max(1, math.ceil(span / 7 / max(2, fit // 2)))
        ax.xaxis.set_major_locator(mdates.WeekdayLocator(byweekday=0, interval=weeks))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
        ax.tick_params(axis="x", labelrotation=30)
        for tick_label in ax.get_xticklabels():
            tick_label.set_horizontalalignment("right")
            tick_label.set_rotation_mode("anchor")


@_printable_inputs
def means_timeline_figure(
    groups: list[tuple[str, list[TimelineBar]]],
    *,
    kind_labels: dict[str, str],
    today: date | None = None,
    title: str = "",
    width: float = 6.5,
    height: float | None = None,
    empty_text: str = "",
) -> Figure:
    """The means on a timeline (a Gantt chart), grouped under the goal each one serves.

    Each group opens with a tinted band holding the goal's title (bold, wrapped to the plot's
    width); its means follow, one bar each from start to end, labelled on the left (wrapped).
    Bars are coloured by kind — know, want, can, as in the budget chart — and the legend below
    names the kinds present with *kind_labels*; a done means is a lighter bar with a dark
    outline, and the legend explains it when *kind_labels* has a "done" entry. A dashed line
    marks *today* when it falls within the plan's dates. The x axis has month ticks. *height*
    defaults to what the rows need (two-line labels get taller rows). With no means at all the
    figure keeps its title and says *empty_text* (already translated).
    """
    for _, bars in groups:
        for bar in bars:
            if bar.end < bar.start:
                raise ValueError(f"{bar.label!r} ends ({bar.end}) before it starts ({bar.start})")
    rows, plot_estimate = _timeline_rows(groups, width)
    rows_height = sum(h for *_, h in rows)
    if height is None:
        height = rows_height + 0.55 + (0.35 if title else 0.0) + (0.35 if rows else 0.0)
        if not rows:
            height = 1.6 + (0.35 if title else 0.0)
        height = round(height, 2)  # whole pixels at the usual dpi
    with _drawing() as families:
        from matplotlib import dates as mdates

        fig = _new_figure(width, height)
        if not rows:
            _fitted_title(fig, title, families, width)
            _empty_note(fig, empty_text, families)
            return fig
        ax = fig.add_subplot()
        all_bars = [bar for _, bar, _ in rows if bar is not None]
        first = min(bar.start for bar in all_bars)
        last = max(bar.end for bar in all_bars)
        span = max((last - first).days, 1)
        pad = max(3.0, span * 0.03)
        x0 = float(mdates.date2num(first)) - pad
        x1 = float(mdates.date2num(last)) + pad
        ax.set_xlim(x0, x1)
        ax.set_ylim(rows_height, 0.0)  # the first row on top; y in inches of row height
        minimum = (x1 - x0) * 0.006  # a one-day means is still a visible bar

        centres, labels = _timeline_bars(fig, ax, rows, width, minimum, families)
        _timeline_axes(ax, centres, labels, families)
        _month_ticks(ax, first, last, plot_estimate)

        if today is not None and first <= today <= last:
            _timeline_today(ax, today, families)

        _timeline_legend(fig, all_bars, kind_labels, width, families)
        _fitted_title(fig, title, families, width)
        return fig


def _timeline_bars(
    fig: Figure,
    ax: Axes,
    rows: list[tuple[str, TimelineBar | None, float]],
    width: float,
    minimum: float,
    families: list[str],
) -> tuple[list[float], list[str]]:
    """Each row drawn top-down: a goal's band or a means' bar; returns the rows' centres and labels.

    A heading row's label is empty: its title is in the band, not on the axis.
    """
    from matplotlib import dates as mdates

    centres: list[float] = []
    labels: list[str] = []
    top = 0.0
    for text, row_bar, h in rows:
        middle = top + h / 2
        centres.append(middle)
        if row_bar is None:
            _timeline_heading(fig, ax, text, top, h, width, families)
            labels.append("")
        else:
            start = float(mdates.date2num(row_bar.start))
            length = max(float(mdates.date2num(row_bar.end)) - start, minimum)
            colour = _kind_colour(row_bar.kind)
            ax.barh(
                middle,
                length,
                left=start,
                height=min(0.2, h * 0.7),
                color=tint(colour) if row_bar.done else colour,
                edgecolor=colour if row_bar.done else "none",
                linewidth=0.9 if row_bar.done else 0,
                zorder=2,
            )
            labels.append(text)
        top += h
    return centres, labels


def _timeline_axes(ax: Axes, centres: list[float], labels: list[str], families: list[str]) -> None:
    """The means' labels right-aligned on the left, a month grid, no frame but the axis."""
    ax.set_yticks(centres, labels)
    ax.tick_params(axis="y", labelfontfamily=families, labelsize=_SMALL, length=0)
    for tick_label in ax.get_yticklabels():
        tick_label.set_parse_math(False)
        tick_label.set_multialignment("right")
    ax.grid(axis="x", which="major", color=_GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    _open_axes(ax)
    ax.spines["left"].set_visible(False)
    _style_ticks(ax, families)


def _timeline_rows(
    groups: list[tuple[str, list[TimelineBar]]], width: float
) -> tuple[list[tuple[str, TimelineBar | None, float]], float]:
    """The timeline's rows (text, bar or None for a goal's heading, height in inches), labels
    and headings wrapped, and the plot's estimated width in inches."""
    label_columns = max(14, min(36, int(width * 5.4)))
    rows: list[tuple[str, TimelineBar | None, float]] = []  # (text, bar or None: a heading, h)
    for heading, bars in groups:
        if not bars:
            continue
        rows.append((" ".join(heading.split()), None, 0.0))
        for bar in bars:
            label = wrap_label(" ".join(bar.label.split()), label_columns)
            # Rows are measured in inches, so a two-line label gets a taller row.
            rows.append((label, bar, max(0.27, 0.09 + 0.14 * (label.count("\n") + 1))))
    # The plot's width, estimated from the label column (about 0.6 em per column, as in
    # _legend_columns) and the margins: how many month ticks fit. The goal titles span the
    # whole figure, labels' column included.
    widest = max(
        (_display_width(line) for text, row, _ in rows if row for line in text.split("\n")),
        default=0,
    )
    plot_estimate = max(1.5, width - widest * 0.6 * _SMALL / 72 - 0.5)
    heading_columns = max(20, int((width - 0.2) * 72 / (0.64 * _FONT_SIZE)))
    for index, (text, row, _) in enumerate(rows):
        if row is None:
            wrapped = wrap_label(text, heading_columns)
            rows[index] = (wrapped, None, 0.1 + 0.155 * (wrapped.count("\n") + 1))
    return rows, plot_estimate


def _timeline_heading(
    fig: Figure, ax: Axes, text: str, top: float, h: float, width: float, families: list[str]
) -> None:
    """A goal's row: a band across the whole figure, its title from the left edge."""
    from matplotlib.patches import Rectangle
    from matplotlib.transforms import blended_transform_factory

    across = blended_transform_factory(fig.transFigure, ax.transData)  # x: the figure's
    edge = 4 / 72 / width  # the layout's outer padding, as a share of the figure's width
    middle = top + h / 2
    # A goal's row: a band across the whole figure, its title from the left edge
    # (the bars' labels leave that row free). Both are out of the layout: they
    # only use room the layout gives the axes and their labels anyway.
    band = Rectangle(
        (edge, top + 0.02),
        1 - 2 * edge,
        h - 0.04,
        transform=across,
        facecolor=_BAND,
        edgecolor="none",
        zorder=0,
        clip_on=False,
    )
    band.set_in_layout(False)
    ax.add_artist(band)
    heading_text = ax.text(
        edge + 3 / 72 / width,
        middle,
        text,
        transform=across,
        ha="left",
        va="center",
        fontsize=_FONT_SIZE,
        fontweight="bold",
        color=_INK,
        fontfamily=families,
        parse_math=False,
        clip_on=False,
        # Over the "today" line, on the band's own colour: the title stays legible.
        bbox={"boxstyle": "square,pad=0.1", "fc": _BAND, "ec": "none"},
        zorder=5,
    )
    heading_text.set_in_layout(False)


def _timeline_today(ax: Axes, today: date, families: list[str]) -> None:
    """A dashed line at *today*, dated above the plot."""
    from matplotlib import dates as mdates

    x = float(mdates.date2num(today))
    ax.axvline(x, color=_BAD, linestyle=(0, (4, 2.5)), linewidth=1.1, zorder=4)
    ax.annotate(
        today.isoformat(),
        xy=(x, 1.0),
        xycoords=("data", "axes fraction"),
        xytext=(0, 2),
        textcoords="offset points",
        ha="center",
        va="bottom",
        fontsize=7.0,
        color=_BAD,
        fontfamily=families,
        parse_math=False,
        annotation_clip=False,
        clip_on=False,
    )


def _timeline_legend(
    fig: Figure,
    all_bars: list[TimelineBar],
    kind_labels: dict[str, str],
    width: float,
    families: list[str],
) -> None:
    """The kinds present, and "done" when some means is, below the plot."""
    from matplotlib.patches import Patch

    present = [k for k in _KINDS if any(b.kind == k for b in all_bars)]
    present += sorted({b.kind for b in all_bars} - set(_KINDS))
    handles: list[Artist] = [Patch(facecolor=_kind_colour(k), edgecolor="none") for k in present]
    names = [kind_labels.get(k, k) for k in present]
    if "done" in kind_labels and any(b.done for b in all_bars):
        handles.append(Patch(facecolor=tint(_MUTED), edgecolor=_MUTED, linewidth=0.9))
        names.append(kind_labels["done"])
    _legend_below(fig, handles, [wrap_label(n, 24) for n in names], width, families)


@_printable_inputs
def budget_by_kind_figure(
    budgets: dict[str, float],
    *,
    kind_labels: dict[str, str],
    currency: str = "",
    decimal_separator: str = ".",
    title: str = "",
    width: float = 4.5,
    height: float = 3.0,
    empty_text: str = "",
) -> Figure:
    """The means' budget by kind: one horizontal bar per kind, know, want, can, top to bottom.

    Every kind gets a row, a zero one too (that no money goes to "can" is a finding); a kind not
    among the three (an older plan) follows them. Each bar carries its amount, thousands
    grouped, in *currency*, with *decimal_separator*; the colours are the timeline's. When
    every amount is zero the bars are absent and, if given, *empty_text* says why.
    """
    kinds = list(_KINDS) + sorted(set(budgets) - set(_KINDS))
    values = [float(budgets.get(k, 0.0)) for k in kinds]
    if any(v < 0 or math.isnan(v) for v in values):
        raise ValueError(f"a budget must be a positive amount: {budgets}")
    top = max(values, default=0.0)
    with _drawing() as families:
        fig = _new_figure(width, height)
        ax = fig.add_subplot()
        ys = list(range(len(kinds)))
        ax.barh(ys, values, height=0.6, color=[_kind_colour(k) for k in kinds], zorder=2)
        ax.set_ylim(len(kinds) - 0.5, -0.5)
        ax.set_xlim(0, top * 1.04 if top > 0 else 1.0)
        ax.set_xticks([])
        for side in ("top", "right", "bottom"):
            ax.spines[side].set_visible(False)
        ax.spines["left"].set_color("#999999")
        _style_ticks(ax, families)
        _category_ticks(
            ax,
            "y",
            [wrap_label(kind_labels.get(k, k), 16) for k in kinds],
            families,
            size=_FONT_SIZE,
        )
        for y, value in zip(ys, values, strict=True):
            text = format_amount(value, decimal_separator, currency)
            # Long bars carry the amount inside their end; short ones just after it (the layout
            # then makes room for it right of the plot).
            inside = top > 0 and value / top >= 0.55 and _display_width(text) <= 14
            _bar_value(ax, text, (value, y), inside=inside, families=families)
        if top == 0:
            _empty_note(fig, empty_text, families)
        _fitted_title(fig, title, families, width)
        return fig


def _goal_marker(ax: Any, value: float, *, baseline: bool) -> None:
    """A goal row's baseline (grey dot) or target (accent diamond) on its line."""
    ax.plot(
        [value],
        [0],
        linestyle="none",
        marker="o" if baseline else "D",
        markersize=8,
        color=_BASELINE if baseline else _TARGET,
        markeredgecolor="white",
        zorder=4,
        clip_on=False,
    )


def _goal_value(
    ax: Axes,
    text: str,
    *,
    xy: tuple[float, float],
    xytext: tuple[float, float],
    ha: Literal["left", "right"],
    color: str,
    families: list[str],
    fontweight: str = "normal",
) -> None:
    """A value beside its marker, on white so the row's track line does not run through it."""
    ax.annotate(
        text,
        xy=xy,
        xytext=xytext,
        textcoords="offset points",
        ha=ha,
        va="center",
        color=color,
        fontweight=fontweight,
        fontsize=_FONT_SIZE,
        fontfamily=families,
        parse_math=False,
        annotation_clip=False,
        clip_on=False,
        zorder=5,
        bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none"},
    )


def _goal_row(
    ax: Axes,
    label: str,
    base: float | None,
    target: float | None,
    unit: str,
    *,
    decimal_separator: str,
    labels: tuple[str, str],
    families: list[str],
    digits: int = 1,
) -> None:
    """One goal's row of the progress chart: baseline and target on the row's own scale."""
    baseline_label, target_label = labels
    ax.set_ylim(-0.5, 0.5)
    ax.set_yticks([])
    ax.set_xticks([])
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    ax.set_title(
        label, loc="left", fontsize=_FONT_SIZE, fontfamily=families, pad=2, parse_math=False
    )
    _style_ticks(ax, families)
    known = [v for v in (base, target) if v is not None]
    if not known:
        ax.set_xlim(0, 1)
        ax.text(
            0.0,
            0.0,
            "—",
            ha="left",
            va="center",
            color=_MUTED,
            fontsize=_FONT_SIZE,
            fontfamily=families,
            parse_math=False,
        )
        return
    low, high = min(known), max(known)
    spread = high - low or max(abs(high) * 0.5, 1.0)
    # The markers sit in the middle half; the values go outside them, so each row
    # leaves them room on both sides.
    ax.set_xlim(low - spread * 0.6, high + spread * 0.6)
    ax.axhline(0, color=_GRID, linewidth=0.8, zorder=1)

    if base is not None and target is not None:
        _goal_pair(ax, base, target, unit, decimal_separator, families, digits)
    elif target is not None:
        _goal_marker(ax, target, baseline=False)
        _goal_value(
            ax,
            f"{target_label}\u00a0{_goal_shown(target, unit, decimal_separator, digits)}",
            xy=(target, 0),
            xytext=(8, 0),
            ha="left",
            color=_TARGET,
            fontweight="bold",
            families=families,
        )
    elif base is not None:
        _goal_marker(ax, base, baseline=True)
        _goal_value(
            ax,
            f"{baseline_label}\u00a0{_goal_shown(base, unit, decimal_separator, digits)}",
            xy=(base, 0),
            xytext=(8, 0),
            ha="left",
            color=_MUTED,
            families=families,
        )


def _goal_shown(value: float, unit: str, decimal_separator: str, digits: int = 1) -> str:
    """A goal's value with its unit and a true minus sign, as the row writes it (at most
    `digits` decimals: a SERVQUAL gap's two, as its table prints it)."""
    number = chart_number(value, decimal_separator, digits=digits)
    return with_unit(number.replace("-", "\u2212"), unit)  # a true minus sign


def _goal_pair(
    ax: Axes,
    base: float,
    target: float,
    unit: str,
    decimal_separator: str,
    families: list[str],
    digits: int = 1,
) -> None:
    """Baseline and target joined by an arrow, their values written outside the pair."""
    if base != target:
        ax.annotate(
            "",
            xy=(target, 0),
            xytext=(base, 0),
            arrowprops={
                "arrowstyle": "-|>",
                "color": _TARGET,
                "linewidth": 2.0,
                "shrinkA": 4.5,
                "shrinkB": 6.0,
                "mutation_scale": 11,
            },
            zorder=3,
        )
    rising = target >= base
    _goal_marker(ax, base, baseline=True)
    _goal_marker(ax, target, baseline=False)
    _goal_value(
        ax,
        _goal_shown(base, unit, decimal_separator, digits),
        xy=(base, 0),
        xytext=(-8 if rising else 8, 0),
        ha="right" if rising else "left",
        color=_MUTED,
        families=families,
    )
    _goal_value(
        ax,
        _goal_shown(target, unit, decimal_separator, digits),
        xy=(target, 0),
        xytext=(8 if rising else -8, 0),
        ha="left" if rising else "right",
        color=_TARGET,
        fontweight="bold",
        families=families,
    )


@_printable_inputs
def goal_progress_figure(
    labels: list[str],
    baselines: list[float | None],
    targets: list[float | None],
    units: list[str],
    *,
    baseline_label: str,
    target_label: str,
    decimal_separator: str = ".",
    title: str = "",
    width: float = 6.5,
    height: float | None = None,
    empty_text: str = "",
    digits: list[int] | None = None,
) -> Figure:
    """Where each goal starts and where it should get to: one row per goal, on its own scale.

    Why own scales: goals mix NPS points, percentages, hours and gap points, so a shared axis
    would flatten most of them. A row shows the baseline (grey dot) and the target (blue
    diamond) joined by an arrow, each value written beside its marker with its unit, away from
    the other. A row without a baseline shows the target alone, its value prefixed with
    *target_label*; one without a target shows the baseline alone, prefixed with
    *baseline_label*; one with neither says "—". The legend below explains the two markers.
    *height* defaults to what the rows need; no goals gives the title and *empty_text*.
    *digits* gives each row's decimals (at most; one by default).
    """
    n = len(labels)
    digits = digits or [1] * n
    for name, seq in (("baselines", baselines), ("targets", targets), ("units", units)):
        if len(seq) != n:
            raise ValueError(f"{n} labels but {len(seq)} {name}")
    wrap_at = max(20, int(width * 11))
    wrapped = [wrap_label(" ".join(label.split()), wrap_at) for label in labels]
    if height is None:
        lines = sum(text.count("\n") for text in wrapped)
        height = 0.45 + 0.6 * n + 0.15 * lines + (0.3 if title else 0.0)
        if n == 0:
            height = 1.6 + (0.3 if title else 0.0)
        height = round(height, 2)  # whole pixels at the usual dpi
    with _drawing() as families:
        from matplotlib.lines import Line2D

        fig = _new_figure(width, height)
        if n == 0:
            _fitted_title(fig, title, families, width)
            _empty_note(fig, empty_text, families)
            return fig
        axes = fig.subplots(n, 1, squeeze=False)[:, 0]
        for ax, label, base, target, unit, places in zip(
            axes, wrapped, baselines, targets, units, digits, strict=True
        ):
            _goal_row(
                ax,
                label,
                base,
                target,
                unit,
                decimal_separator=decimal_separator,
                labels=(baseline_label, target_label),
                families=families,
                digits=places,
            )
        handles: list[Artist] = [
            Line2D([], [], linestyle="none", marker="o", markersize=7, color=_BASELINE),
            Line2D([], [], linestyle="none", marker="D", markersize=7, color=_TARGET),
        ]
        _legend_below(
            fig,
            handles,
            [wrap_label(baseline_label, 28), wrap_label(target_label, 28)],
            width,
            families,
        )
        _fitted_title(fig, title, families, width)
        return fig


# --------------------------------------------------------------------------------------------
# Survey waves


@_printable_inputs
def waves_trend_figure(
    labels: list[str],
    series: dict[str, list[float | None]],
    intervals: dict[str, list[tuple[float, float] | None]],
    *,
    title: str = "",
    y_label: str = "",
    decimal_separator: str = ".",
    width: float = 5.0,
    height: float = 3.2,
) -> Figure:
    """Figures across survey waves (*labels*, oldest first), one line per series, each point
    with its 95% interval as an error bar and its value beside it; a missing value (None)
    leaves a gap. NPS (−100…100) and shares in percent (0…100) read on the same axis.
    """
    for name, values in series.items():
        if len(values) != len(labels) or len(intervals.get(name, values)) != len(labels):
            raise ValueError(f"series {name!r} does not have one value per wave")
    with _drawing() as families:
        fig = _new_figure(width, height)
        ax = fig.add_subplot()
        xs = list(range(len(labels)))
        spread = max(1, len(series))
        lows: list[float] = [0.0]
        highs: list[float] = [0.0]
        handles: list[Artist] = []
        for i, (name, values) in enumerate(series.items()):
            colour = PALETTE[i % len(PALETTE)]
            # Series side by side at each wave, so their error bars do not overlap.
            shift = (i - (spread - 1) / 2) * 0.08
            points = [x + shift for x in xs]
            ys = [math.nan if v is None else float(v) for v in values]
            (line,) = ax.plot(
                points,
                ys,
                color=colour,
                marker=_MARKERS[i % len(_MARKERS)],
                markersize=5,
                linewidth=1.8,
                label=wrap_label(name, 28),
                zorder=3,
            )
            handles.append(line)
            for x, value, interval in zip(points, values, intervals.get(name, []), strict=False):
                if value is None:
                    continue
                if interval is not None:
                    low, high = interval
                    ax.errorbar(
                        [x],
                        [value],
                        yerr=[[value - low], [high - value]],
                        color=colour,
                        linewidth=1.0,
                        capsize=3,
                        zorder=2,
                    )
                    lows.append(low)
                    highs.append(high)
                lows.append(value)
                highs.append(value)
                ax.annotate(
                    chart_number(value, decimal_separator).replace("-", "\u2212"),
                    xy=(x, value),
                    xytext=(5, 0),
                    textcoords="offset points",
                    ha="left",
                    va="center",
                    fontsize=7.0,
                    color=colour,
                    fontfamily=families,
                    parse_math=False,
                )
        bottom, top = min(lows), max(highs)
        margin = max(5.0, (top - bottom) * 0.08)
        ax.set_ylim(bottom - margin, top + margin)
        ax.axhline(0, color=_GRID, linewidth=0.8)
        _category_ticks(ax, "x", [wrap_label(label, 14) for label in labels], families)
        ax.set_xlim(-0.5, len(labels) - 0.5)
        ax.grid(axis="y", color=_GRID, linewidth=0.6)
        ax.set_axisbelow(True)
        _open_axes(ax)
        _style_ticks(ax, families)
        if y_label:
            ax.set_ylabel(y_label, fontfamily=families, fontsize=_SMALL, parse_math=False)
        if series:
            names = [wrap_label(name, 28) for name in series]
            _legend_below(fig, handles, names, width, families)
        _title(fig, title, families)
        return fig


def _quadrant_axes(
    ax: Any,
    xs: list[float],
    ys: list[float],
    cuts: tuple[float, float],
    quadrant_names: tuple[str, str, str, str],
    families: Any,
    *,
    pads: tuple[float, float, float, float],
    size: float,
) -> tuple[float, float]:
    """An importance–performance plot's frame: limits around the points and the cross-hairs
    at `cuts` (across, up), and the quadrants named in their corners (fix first top left, keep
    it up top right, low priority bottom left, possibly overdone bottom right). `pads` are the
    least and the share of the span across, and the share of the top and of the span up, left
    beside the points. Returns the span across and its pad, for placing labels in points."""
    low_x, high_x = min([*xs, cuts[0]]), max([*xs, cuts[0]])
    low_y, high_y = min([*ys, cuts[1]]), max([*ys, cuts[1]])
    pad_x = max(pads[0], (high_x - low_x) * pads[1])
    pad_y = max(abs(high_y) * pads[2], (high_y - low_y) * pads[3], 1e-3)
    ax.set_xlim(low_x - pad_x, high_x + pad_x)
    ax.set_ylim(low_y - pad_y, high_y + pad_y)
    ax.axvline(cuts[0], color=_GRID, linewidth=1.0, zorder=1)
    ax.axhline(cuts[1], color=_GRID, linewidth=1.0, zorder=1)
    corners = (
        (0.02, 0.98, "left", "top"),
        (0.98, 0.98, "right", "top"),
        (0.02, 0.02, "left", "bottom"),
        (0.98, 0.02, "right", "bottom"),
    )
    for name, (x, y, ha, va), colour in zip(
        quadrant_names, corners, (_BAD, _GOOD, _MUTED, _MUTED), strict=True
    ):
        ax.text(
            x,
            y,
            wrap_label(name, 22),
            transform=ax.transAxes,
            ha=ha,
            va=va,
            fontsize=size,
            color=colour,
            fontweight="bold",
            fontfamily=families,
            parse_math=False,
        )
    return high_x - low_x, pad_x


@_printable_inputs
def importance_performance_figure(
    labels: list[str],
    importance: list[float],
    performance: list[float],
    *,
    importance_cut: float,
    performance_cut: float,
    quadrant_names: tuple[str, str, str, str],
    importance_label: str,
    performance_label: str,
    title: str = "",
    width: float = 5.0,
    height: float = 3.6,
) -> Figure:
    """Each dimension placed by its performance (across) and importance (up), the cross-hairs
    at their means, and the quadrants named in their corners: *quadrant_names* are fix first
    (top left), keep it up (top right), low priority (bottom left), possibly overdone (bottom
    right), as `plan.importance.QUADRANTS` orders them."""
    if not len(labels) == len(importance) == len(performance):
        raise ValueError("one importance and one performance per label")
    with _drawing() as families:
        fig = _new_figure(width, height)
        ax = fig.add_subplot()
        _quadrant_axes(
            ax,
            performance,
            importance,
            (performance_cut, importance_cut),
            quadrant_names,
            families,
            pads=(0.3, 0.25, 0.05, 0.25),
            size=7.5,
        )
        ax.scatter(performance, importance, s=36, color=PALETTE[0], zorder=3)
        texts = [wrap_label(label, 16) for label in labels]
        placed = _spread_point_labels(ax, texts, performance, importance, size=7.5)
        for text, x, y, (dx, dy, ha) in zip(texts, performance, importance, placed, strict=True):
            ax.annotate(
                text,
                xy=(x, y),
                xytext=(dx, dy),
                textcoords="offset points",
                ha=ha,
                fontsize=7.5,
                color=_INK,
                fontfamily=families,
                parse_math=False,
            )
        _open_axes(ax)
        _style_ticks(ax, families)
        ax.set_xlabel(performance_label, fontfamily=families, fontsize=_SMALL, parse_math=False)
        ax.set_ylabel(
            wrap_label(importance_label, 40), fontfamily=families, fontsize=_SMALL, parse_math=False
        )
        _title(fig, title, families)
        return fig


def _spread_point_labels(
    ax: Any, texts: list[str], xs: list[float], ys: list[float], *, size: float
) -> list[tuple[float, float, str]]:
    """Where each point's label goes: (dx, dy) in points and its alignment. Above right of its
    point unless that box meets a label already placed; then below right, above left, below
    left. Boxes are estimated (0.6 em per column, CJK as two), as no draw has measured them."""
    from matplotlib.transforms import Bbox

    to_points = 72.0 / ax.figure.dpi
    below = -3.0 - 1.2 * size
    candidates: list[tuple[float, float, str]] = [
        (5.0, 3.0, "left"),
        (5.0, below, "left"),
        (-5.0, 3.0, "right"),
        (-5.0, below, "right"),
    ]
    boxes: list[Any] = []
    chosen: list[tuple[float, float, str]] = []
    for text, x, y in zip(texts, xs, ys, strict=True):
        px, py = (v * to_points for v in ax.transData.transform((x, y)))
        lines = text.split("\n")
        width = 0.6 * size * max(_display_width(line) for line in lines)
        height = 1.2 * size * len(lines)
        best: tuple[float, float, str] | None = None
        for dx, dy, ha in candidates:
            left = px + dx if ha == "left" else px + dx - width
            box = Bbox.from_extents(left, py + dy, left + width, py + dy + height)
            if not any(_boxes_overlap(box, other, 0.0) for other in boxes):
                best = (dx, dy, ha)
                boxes.append(box)
                break
        if best is None:  # crowded every way: the first place, as before
            best = candidates[0]
            left = px + best[0]
            boxes.append(Bbox.from_extents(left, py + best[1], left + width, py + best[1] + height))
        chosen.append(best)
    return chosen


@_printable_inputs
def groups_interval_figure(
    labels: list[str],
    values: list[float | None],
    intervals: list[tuple[float, float] | None],
    *,
    marked: list[bool] | None = None,
    title: str = "",
    value_label: str = "",
    decimal_separator: str = ".",
    width: float = 5.0,
    height: float = 3.0,
) -> Figure:
    """One figure per group (branches side by side): a dot with its 95% interval as a
    horizontal bar and its value beside it; *marked* groups (few answers) are drawn hollow and
    muted. A group without a value keeps its row, empty."""
    if not len(labels) == len(values) == len(intervals):
        raise ValueError("one value and one interval per group")
    marks = marked if marked is not None else [False] * len(labels)
    with _drawing() as families:
        fig = _new_figure(width, height)
        ax = fig.add_subplot()
        rows = list(range(len(labels)))[::-1]  # the first group on top
        ends: list[float] = [0.0]
        for row, value, interval, mark in zip(rows, values, intervals, marks, strict=True):
            if value is None:
                continue
            colour = _MUTED if mark else PALETTE[0]
            if interval is not None:
                ax.plot(
                    [interval[0], interval[1]], [row, row], color=colour, linewidth=2.0, zorder=2
                )
                ends += [interval[0], interval[1]]
            ax.scatter(
                [value],
                [row],
                s=40,
                facecolors="white" if mark else colour,
                edgecolors=colour,
                zorder=3,
            )
            ends.append(value)
            ax.annotate(
                chart_number(value, decimal_separator).replace("-", "\u2212"),
                xy=(value, row),
                xytext=(0, 6),
                textcoords="offset points",
                ha="center",
                fontsize=7.5,
                color=colour,
                fontfamily=families,
                parse_math=False,
            )
        low, high = min(ends), max(ends)
        pad = max(5.0, (high - low) * 0.08)
        ax.set_xlim(low - pad, high + pad)
        ax.set_ylim(-0.7, len(labels) - 0.3)
        ax.axvline(0, color=_GRID, linewidth=0.8, zorder=1)
        _category_ticks(ax, "y", [wrap_label(label, 18) for label in labels][::-1], families)
        ax.grid(axis="x", color=_GRID, linewidth=0.6)
        ax.set_axisbelow(True)
        _open_axes(ax)
        _style_ticks(ax, families)
        if value_label:
            ax.set_xlabel(value_label, fontfamily=families, fontsize=_SMALL, parse_math=False)
        _title(fig, title, families)
        return fig


#: Where a statement's number goes from its dot, in points up: above, below, higher, lower.
_NUMBER_PLACES: Final = (4.0, -4.0, 11.0, -11.0)


@_printable_inputs
def statements_importance_figure(
    numbers: list[int],
    groups: list[int],
    importance: list[float],
    performance: list[float],
    *,
    group_names: list[str],
    importance_cut: float,
    performance_cut: float,
    quadrant_names: tuple[str, str, str, str],
    importance_label: str,
    performance_label: str,
    decimal_separator: str = ".",
    title: str = "",
    width: float = 5.0,
    height: float = 3.8,
) -> Figure:
    """The statements' importance–performance chart: each statement a dot numbered as in the
    questionnaire, coloured by its group (*groups* index *group_names*: the dimensions, named
    in the legend), placed by its performance (across) and importance (up), the cross-hairs
    at *importance_cut* and *performance_cut*, the quadrants named in their corners in
    `plan.importance.QUADRANTS` order. Statements of one dimension share a height, so their
    numbers alternate above and below the dots to stay apart."""
    if not len(numbers) == len(groups) == len(importance) == len(performance):
        raise ValueError("one group, importance and performance per statement")
    if any(not 0 <= g < len(group_names) for g in groups):
        raise ValueError("a statement's group is not one of group_names")
    with _drawing() as families:
        fig = _new_figure(width, height)
        ax = fig.add_subplot()
        span_x, pad_x = _quadrant_axes(
            ax,
            performance,
            importance,
            (performance_cut, importance_cut),
            quadrant_names,
            families,
            pads=(0.2, 0.12, 0.08, 0.22),
            size=7.0,
        )
        # Points per unit across, as laid out (about four fifths of the width is the plot).
        points_per_unit = width * 0.8 * 72 / (span_x + 2 * pad_x)
        handles: list[Artist] = []
        for g, _name in enumerate(group_names):
            members = [k for k, group in enumerate(groups) if group == g]
            colour = PALETTE[g % len(PALETTE)]
            handles.append(
                ax.scatter(
                    [performance[k] for k in members],
                    [importance[k] for k in members],
                    s=22,
                    color=colour,
                    zorder=3,
                )
            )
            # Numbers of one row take the first of four places (above, below, higher, lower)
            # where they clear the number before them: close dots keep legible numbers.
            last = [-math.inf] * len(_NUMBER_PLACES)
            for k in sorted(members, key=lambda k: performance[k]):
                x = performance[k] * points_per_unit
                needed = 4.2 * len(str(numbers[k])) + 2.0
                free = [n for n, end in enumerate(last) if x - needed / 2 >= end]
                level = free[0] if free else min(range(len(last)), key=lambda n: last[n])
                last[level] = x + needed / 2
                ax.annotate(
                    str(numbers[k]),
                    xy=(performance[k], importance[k]),
                    xytext=(0, _NUMBER_PLACES[level]),
                    textcoords="offset points",
                    ha="center",
                    va="bottom" if _NUMBER_PLACES[level] > 0 else "top",
                    fontsize=6.5,
                    color=_INK,
                    fontfamily=families,
                    parse_math=False,
                )
        _open_axes(ax)
        _style_ticks(ax, families)
        if decimal_separator != ".":
            from matplotlib.ticker import FuncFormatter

            def axis_number(value: float, _position: object) -> str:
                return f"{value:g}".replace(".", decimal_separator).replace("-", "\u2212")

            ax.xaxis.set_major_formatter(FuncFormatter(axis_number))
            ax.yaxis.set_major_formatter(FuncFormatter(axis_number))
        ax.set_xlabel(performance_label, fontfamily=families, fontsize=_SMALL, parse_math=False)
        ax.set_ylabel(
            wrap_label(importance_label, 40), fontfamily=families, fontsize=_SMALL, parse_math=False
        )
        _legend_below(fig, handles, list(group_names), width, families)
        _title(fig, title, families)
        return fig
