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
- matplotlib is not thread-safe: building and rendering happen under :data:`RENDER_LOCK`.
  A canvas that draws one of these figures in another thread should hold it too.
- matplotlib is imported inside the functions: ``import export.charts`` must stay cheap,
  because the window imports it at start-up and only draws charts later.
"""

from __future__ import annotations

import contextlib
import io
import math
import threading
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final, cast

from export.fonts import configure_matplotlib_fonts

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.projections.polar import PolarAxes
    from matplotlib.typing import RcKeyType

__all__ = [
    "PALETTE",
    "RENDER_LOCK",
    "figure_to_png",
    "figure_to_svg",
    "metrics_figure",
    "radar_figure",
    "trend_figure",
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


def _format_number(value: float, decimal_separator: str = ".") -> str:
    """A value as people write it: at most one decimal, no trailing ".0"."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    if text == "-0":
        text = "0"
    return text.replace(".", decimal_separator)


def _with_unit(number: str, unit: str) -> str:
    """Number and unit: "24%" but "30 h" (a non-breaking space keeps them on one line)."""
    if not unit:
        return number
    if unit in ("%", "°", "‰"):
        return number + unit
    return f"{number}\u00a0{unit}"


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

        ax.set_theta_offset(math.pi / 2)  # first dimension at the top
        ax.set_theta_direction(-1)  # then clockwise, as people read
        ax.set_rorigin(-14)  # a small inner ring, so a 0 score is a visible point per axis
        ax.set_ylim(0, 100)
        ax.set_yticks([20, 40, 60, 80, 100])
        # A small preview cannot fit five ring labels in its little circle: label every other.
        compact = min(width, height * 1.2) < 4.5
        ring_labels = ["", "40", "", "80", ""] if compact else ["20", "40", "60", "80", "100"]
        ax.set_yticklabels(ring_labels, color=_MUTED)
        ax.set_rlabel_position(180 / n if n else 0)  # between the first two axes
        ax.set_xticks(angles)
        ax.tick_params(axis="x", labelbottom=False, labeltop=False)
        ax.grid(color=_GRID, linewidth=0.8)
        ax.spines["polar"].set_color(_GRID)
        ax.spines["inner"].set_color(_GRID)
        _style_ticks(ax, families, size=6.5 if compact else 7.0)
        label_size = _SMALL if compact else _FONT_SIZE
        ax.set_facecolor("white")

        colour = PALETTE[0]
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

        for angle, label, score in zip(angles, labels, scores, strict=True):
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
                fontsize=label_size,
                fontfamily=families,
                fontstyle="italic" if score is None else "normal",
                color=_MUTED if score is None else _INK,
                parse_math=False,
                annotation_clip=False,
                clip_on=False,  # so the constrained layout makes room for it
            )
            if show_values and score is not None:
                value = _clamp(score)
                # Outward from the point, except near the rim where the axis label sits.
                sign = 1.0 if value < 80 else -1.0
                vx, vy = sign * dx, sign * dy
                ax.annotate(
                    _format_number(round(value)),
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


def _clamp(score: float) -> float:
    """Scores outside 0–100 (a bug upstream) are drawn at the edge rather than off the chart."""
    return min(100.0, max(0.0, float(score)))


# --------------------------------------------------------------------------------------------
# Metrics against thresholds


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
        from matplotlib import patheffects

        fig = _new_figure(width, height)
        if n == 0:
            _title(fig, title, families)
            return fig
        axes = fig.subplots(n, 1, squeeze=False)[:, 0]
        wrap_at = max(20, int(width * 11))
        for ax, label, value, threshold, higher, unit in zip(
            axes, labels, values, thresholds, higher_is_better, units, strict=True
        ):
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
                f"{mark} {_with_unit(_format_number(threshold, decimal_separator), unit)}",
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
            if value is None:
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
                continue
            meets = value >= threshold if higher else value <= threshold
            ax.barh(0.1, value, height=0.5, color=_GOOD if meets else _BAD, zorder=2)
            # Long bars carry their value inside the end, short ones just after it: either way
            # the value never sits on the threshold line just beyond the bar's end.
            inside = value > 0 and value / ax.get_xlim()[1] >= 0.3
            ax.annotate(
                _with_unit(_format_number(value, decimal_separator), unit),
                xy=(max(value, 0.0), 0.1),
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
        _title(fig, title, families)
        return fig


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
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
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
            legend = fig.legend(
                loc="outside lower center",
                ncols=_legend_columns(names, width * 72, _SMALL),
                frameon=False,
                fontsize=_SMALL,
                prop={"family": families, "size": _SMALL},
                handlelength=2.2,
            )
            for text in legend.get_texts():
                text.set_parse_math(False)
        _title(fig, title, families)
        return fig


# --------------------------------------------------------------------------------------------
# Rendering


def figure_to_png(fig: Figure, dpi: int = 100) -> bytes:
    """The figure as PNG bytes, rendered with Agg (no GUI, no pyplot), on a white background."""
    with _drawing():
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
        return buf.getvalue()


def figure_to_svg(fig: Figure) -> bytes:
    """The figure as SVG bytes with text drawn as paths, so the SVG needs no installed fonts.

    No date in the metadata, so output differs only where matplotlib's clip-path ids do.
    """
    with _drawing():
        buf = io.BytesIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
        return buf.getvalue()
