"""A matplotlib renderer that draws a figure straight into a reportlab Drawing (vector).

Why not SVG through svglib: a chart's SVG has every glyph as a `<use>` of a path, which svglib
converts one by one; the Service Plan's eight charts took seconds that way. Drawing the
figure's paths directly into reportlab shapes gives the same vector output (text as outlines,
so no font enters the PDF, and mixed Latin/Cyrillic/CJK labels keep matplotlib's per-glyph font
fallback) in a fraction of the time.

What it supports is what our chart builders use: filled and stroked paths with alpha, dashes,
caps and joins; clipping to rectangles and paths; markers and collections (drawn as paths by
matplotlib's base renderer); text. Given the document's fonts, text is real text in them, split
into runs per script as every other text of the PDF (`export.pdf_text.text_runs`), so a client
can search and copy a chart's figures; the fonts are the ones matplotlib laid the chart out
with (DejaVu Sans and the CJK font), so the widths agree. Italic and math text, and every text
when no fonts are given, are drawn as outlines. Raster images and Gouraud shading are refused
with `UnsupportedChart`, so a future chart that needs them fails loudly rather than printing
something different from its preview.

Call through `export.charts.figure_to_drawing`, which holds matplotlib's render lock.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from export.pdf_text import FontSet

__all__ = ["UnsupportedChart", "render_figure"]


class UnsupportedChart(Exception):
    """The figure uses something this renderer does not draw (a raster image, shading)."""


_CAPS = {"butt": 0, "round": 1, "projecting": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}


def render_figure(fig: Any, fonts: FontSet | None = None) -> Any:
    """The figure as a reportlab Drawing, one point per point of the figure's size; its text
    in `fonts` (as outlines without them)."""
    from reportlab.graphics.shapes import Drawing

    width, height = (float(v) * 72 for v in fig.get_size_inches())
    renderer = _renderer(width, height, fonts)
    old_dpi = fig.dpi
    fig.set_dpi(72)  # one figure unit = one point
    _share_layout_measures(fig._get_renderer())
    try:
        fig.draw(renderer)
    finally:
        fig.set_dpi(old_dpi)
    drawing = Drawing(width, height)
    drawing.add(renderer.root)
    return drawing


def _share_layout_measures(layout_renderer: Any) -> None:
    """Let the renderer the layout engine measures with (the figure's Agg renderer at 72 dpi)
    share its text measures and font metrics with every other figure's.

    Why: each figure has its own Agg renderer, so each chart measured its tick labels, legend
    and titles anew. The measures are the Agg renderer's own, only remembered, so the layout
    is the same to the bit.
    """
    from matplotlib.backends.backend_agg import RendererAgg

    if type(layout_renderer) is not RendererAgg or layout_renderer.dpi != 72:
        return  # another canvas: left as it is

    def measure(text: str, prop: Any, ismath: Any) -> Any:
        if ismath == "TeX":
            return RendererAgg.get_text_width_height_descent(layout_renderer, text, prop, ismath)
        key = (text, prop.copy(), ismath, _settings())
        found = _AGG_MEASURES.get(key)
        if found is None:
            if len(_AGG_MEASURES) >= 8192:
                _AGG_MEASURES.clear()
            found = RendererAgg.get_text_width_height_descent(layout_renderer, text, prop, ismath)
            _AGG_MEASURES[key] = found
        return found

    target: Any = layout_renderer  # instance attributes: this renderer only
    target.get_text_width_height_descent = measure
    target._get_font_height_metrics = lambda prop: _line_metrics(prop.copy(), _settings())


#: Text measures of the Agg renderer at 72 dpi, by (text, font properties, ismath, settings).
_AGG_MEASURES: dict[tuple[Any, ...], Any] = {}


def _colour(rgba: Any, forced_alpha: float | None) -> tuple[Any, float]:
    """A matplotlib RGBA as a reportlab colour and an opacity (the gc's forced alpha wins)."""
    from reportlab.lib.colors import Color

    red, green, blue = (float(c) for c in rgba[:3])
    alpha = forced_alpha if forced_alpha is not None else float(rgba[3]) if len(rgba) > 3 else 1.0
    return Color(red, green, blue), alpha


def _outline(path: Any, transform: Any) -> Any:
    """A matplotlib path, transformed, as a reportlab Path (quadratic curves raised to cubic)."""
    from matplotlib.path import Path as MplPath
    from reportlab.graphics.shapes import Path as RlPath

    shape = RlPath()
    start = (0.0, 0.0)
    last = (0.0, 0.0)
    for segment, code in path.iter_segments(transform, remove_nans=True, curves=True):
        points = segment.tolist()  # plain floats: reportlab's arithmetic expects them
        if code == MplPath.MOVETO:
            shape.moveTo(points[0], points[1])
            start = last = (points[0], points[1])
        elif code == MplPath.LINETO:
            shape.lineTo(points[0], points[1])
            last = (points[0], points[1])
        elif code == MplPath.CURVE3:  # quadratic: raise to the cubic PDF knows
            qx, qy, ex, ey = points
            shape.curveTo(
                last[0] + 2 / 3 * (qx - last[0]),
                last[1] + 2 / 3 * (qy - last[1]),
                ex + 2 / 3 * (qx - ex),
                ey + 2 / 3 * (qy - ey),
                ex,
                ey,
            )
            last = (ex, ey)
        elif code == MplPath.CURVE4:
            shape.curveTo(*points)
            last = (points[4], points[5])
        elif code == MplPath.CLOSEPOLY:
            shape.closePath()
            last = start
    return shape


def _clip_group(rectangle: Any, clip_path: Any, clip_transform: Any) -> Any:
    """A group clipped to a gc's rectangle and/or path, for the shapes drawn under that clip."""
    from reportlab.graphics.shapes import Group
    from reportlab.graphics.shapes import Path as RlPath

    group = Group()
    if rectangle is not None:
        x, y, w, h = rectangle.bounds
        group.add(_clipping(RlPath, [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]))
    if clip_path is not None:
        shape = _outline(clip_path, clip_transform)
        shape.isClipPath = 1
        shape.strokeColor = shape.fillColor = None
        group.add(shape)
    return group


def _painted(gc: Any, path: Any, transform: Any, rgb_face: Any) -> Any:
    """The path as a shape with the gc's fill and stroke; None when it would paint nothing."""
    shape = _outline(path, transform)
    forced = gc.get_alpha() if gc.get_forced_alpha() else None
    if rgb_face is not None and (len(rgb_face) < 4 or rgb_face[3] > 0 or forced):
        shape.fillColor, shape.fillOpacity = _colour(rgb_face, forced)
    else:
        shape.fillColor = None
    line_width = gc.get_linewidth()
    stroke_rgba = gc.get_rgb()
    if line_width > 0 and stroke_rgba is not None and (len(stroke_rgba) < 4 or stroke_rgba[3] > 0):
        shape.strokeColor, shape.strokeOpacity = _colour(stroke_rgba, forced)
        shape.strokeWidth = line_width
        shape.strokeLineCap = _CAPS.get(gc.get_capstyle(), 0)
        shape.strokeLineJoin = _JOINS.get(gc.get_joinstyle(), 0)
        offset, dashes = gc.get_dashes()
        if dashes is not None and len(dashes):
            shape.strokeDashArray = (float(offset or 0), [float(d) for d in dashes])
    else:
        shape.strokeColor = None
    if shape.fillColor is None and shape.strokeColor is None:
        return None
    return shape


#: Font weights matplotlib draws in the bold face.
_BOLD_WEIGHTS = frozenset({"semibold", "demibold", "demi", "bold", "heavy", "extra bold", "black"})


def _text(text: str, size: float, bold: bool, colour: Any, fonts: FontSet) -> tuple[Any, float]:
    """One line of text from its baseline's start, in runs per script, as a reportlab group;
    and its width."""
    from reportlab.graphics.shapes import Group, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from export.pdf_text import text_runs

    group = Group()
    offset = 0.0
    for font, run in text_runs(text, fonts, bold=bold):
        group.add(String(offset, 0, run, fontName=font, fontSize=size, fillColor=colour))
        offset += stringWidth(run, font, size)
    return group, offset


@functools.lru_cache(maxsize=8192)
def _measured(text: str, prop: Any, ismath: Any, _settings: tuple[Any, ...]) -> Any:
    """Width, height and descent of `text` at 72 dpi, as matplotlib's base renderer measures it.

    Why cached across figures: the base renderer measures with a fresh FreeType layout on each
    call, and the charts of one plan share most of their texts (tick values, axis names,
    legends); `_settings` are the rcParams the measure depends on.
    """
    from matplotlib.backend_bases import RendererBase

    return RendererBase.get_text_width_height_descent(_MEASURER, text, prop, ismath)


class _Measurer:
    """What the base renderer's measure reads of its renderer: one pixel per point."""

    def __init__(self) -> None:
        from matplotlib.textpath import TextToPath

        self._text2path = TextToPath()

    def points_to_pixels(self, points: Any) -> Any:
        return points


_MEASURER: Any = None


def _text_size(text: str, prop: Any, ismath: Any) -> Any:
    """`_measured`, keyed on a copy of `prop` (matplotlib's font properties are mutable)."""
    global _MEASURER
    if _MEASURER is None:
        _MEASURER = _Measurer()
    return _measured(text, prop.copy(), ismath, _settings())


@functools.lru_cache(maxsize=256)
def _line_metrics(prop: Any, _settings: tuple[Any, ...]) -> tuple[Any, Any, Any]:
    """Ascent, descent and line gap of `prop`'s first font at 72 dpi: what matplotlib's text
    layout reads from the font's tables for every text it places, found once per font here."""
    from matplotlib.font_manager import fontManager, get_font

    font: Any = get_font(fontManager._find_fonts_by_props(prop))
    tables = (
        ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
        ("hhea", "lineGap", "ascent", "descent"),
    )
    for table_name, gap_key, ascent_key, descent_key in tables:
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        units_per_em = font.get_sfnt_table("head")["unitsPerEm"]
        scale = 1 / units_per_em * prop.get_size_in_points() * 72 / 72  # as matplotlib: same bits
        return table[ascent_key] * scale, -table[descent_key] * scale, table[gap_key] * scale
    return None, None, None  # matplotlib then measures a sample text itself


def _settings() -> tuple[Any, ...]:
    """The rcParams a text measure depends on besides the text and its font properties."""
    import matplotlib

    rc = matplotlib.rcParams
    return (
        rc["text.hinting"],
        rc["text.hinting_factor"],
        tuple(rc["font.family"]),
        tuple(rc["font.sans-serif"]),
        rc["mathtext.fontset"],
    )


def _renderer(width: float, height: float, fonts: FontSet | None = None) -> Any:
    """A renderer drawing into a reportlab Group; its class is made here so that importing
    this module does not import matplotlib."""
    from matplotlib.backend_bases import RendererBase
    from reportlab.graphics.shapes import Group

    class Renderer(RendererBase):
        def __init__(self) -> None:
            super().__init__()
            self.root = Group()
            self._group = self.root
            self._clip: Any = None

        def get_text_width_height_descent(self, s: str, prop: Any, ismath: Any) -> Any:
            if ismath == "TeX":
                return super().get_text_width_height_descent(s, prop, ismath)
            return _text_size(s, prop, ismath)

        def _get_font_height_metrics(self, prop: Any) -> tuple[Any, Any, Any]:
            # matplotlib's text layout asks a renderer for these when it has this method
            # (figures are drawn here at 72 dpi), else reads the font's tables for each text
            return _line_metrics(prop.copy(), _settings())

        def flipy(self) -> bool:
            return False

        def get_canvas_width_height(self) -> tuple[float, float]:
            return width, height

        def points_to_pixels(self, points: Any) -> Any:
            return points

        def option_image_nocomposite(self) -> bool:
            return True

        def draw_image(self, gc: Any, x: Any, y: Any, im: Any, transform: Any = None) -> None:
            raise UnsupportedChart("a chart with a raster image cannot be printed as vectors")

        def draw_gouraud_triangles(self, *args: Any, **kwargs: Any) -> None:
            raise UnsupportedChart("a chart with shading cannot be printed as vectors")

        def _group_for(self, gc: Any) -> Any:
            """The group whose clip is `gc`'s: a new one each time the clip changes."""
            rectangle = gc.get_clip_rectangle()
            clip_path, clip_transform = gc.get_clip_path()
            key = (
                None if rectangle is None else tuple(rectangle.bounds),
                None if clip_path is None else (id(clip_path), str(clip_transform)),
            )
            if key == self._clip:
                return self._group
            self._clip = key
            if key == (None, None):
                self._group = self.root
                return self.root
            group = _clip_group(rectangle, clip_path, clip_transform)
            self.root.add(group)
            self._group = group
            return group

        def draw_text(
            self,
            gc: Any,
            x: float,
            y: float,
            s: str,
            prop: Any,
            angle: float,
            ismath: Any = False,
            mtext: Any = None,
        ) -> None:
            weight = prop.get_weight()
            bold = weight in _BOLD_WEIGHTS or (isinstance(weight, int) and weight >= 600)
            if fonts is None or ismath or prop.get_style() != "normal":
                super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)  # as outlines
                return
            from reportlab.lib.colors import Color

            rgba = gc.get_rgb()
            forced = gc.get_alpha() if gc.get_forced_alpha() else None
            alpha = forced if forced is not None else float(rgba[3]) if len(rgba) > 3 else 1.0
            colour = Color(float(rgba[0]), float(rgba[1]), float(rgba[2]), alpha)
            group, drawn = _text(s, prop.get_size_in_points(), bold, colour, fonts)
            group.translate(x, y)  # (x, y): the start of the baseline, as matplotlib lays it
            if angle:
                group.rotate(angle)
            # Exactly as wide as matplotlib measured it (a quotation mark may come from
            # another font here): a right-aligned label must end where the layout put it.
            laid_out, _, _ = self.get_text_width_height_descent(s, prop, ismath)
            if drawn > 0 and laid_out > 0 and abs(laid_out / drawn - 1) > 0.001:
                group.scale(laid_out / drawn, 1)
            self._group_for(gc).add(group)

        def draw_path(self, gc: Any, path: Any, transform: Any, rgbFace: Any = None) -> None:
            shape = _painted(gc, path, transform, rgbFace)
            if shape is not None:
                self._group_for(gc).add(shape)

    return Renderer()


def _clipping(path_class: Any, corners: list[tuple[float, float]]) -> Any:
    shape = path_class()
    shape.moveTo(*corners[0])
    for corner in corners[1:]:
        shape.lineTo(*corner)
    shape.closePath()
    shape.isClipPath = 1
    shape.strokeColor = shape.fillColor = None
    return shape
