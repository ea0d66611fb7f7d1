"""Small charts drawn with ReportLab graphics: a trend sparkline per competency and the
ratings over time of one domain. Drawn directly with shapes (not the chart widgets) so
they stay legible at this size and cost little in a 50-page report."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String

from mentorlog.reports.fonts import REGULAR
from mentorlog.reports.styles import ACCENT, MUTED, RULE, WARN

# The rated part of the default scale; "not observed" is never drawn. A framework with
# another scale (San Jose's 1–7) passes its own ``scale=(low, high)``.
LOW, HIGH = 1, 5


def sparkline(
    values: tuple[int, ...],
    width: float = 54,
    height: float = 14,
    scale: tuple[int, int] = (LOW, HIGH),
) -> Drawing:
    """The competency's ratings in date order; the last one marked."""
    low, high = scale if scale[1] > scale[0] else (LOW, HIGH)
    drawing = Drawing(width, height)
    if not values:
        drawing.add(String(0, 3, "–", fontName=REGULAR, fontSize=7, fillColor=MUTED))
        return drawing
    pad = 2.5
    span_y = height - 2 * pad

    def y(v: float) -> float:
        return pad + (min(max(v, low), high) - low) / (high - low) * span_y

    # Long series are thinned to one point per ~2 pt; the shape is what matters here.
    step = max(1, len(values) // int(width / 2))
    shown = list(values[::step])
    if shown[-1] != values[-1] or (len(values) - 1) % step:
        shown.append(values[-1])
    middle = (low + high) / 2
    drawing.add(Line(0, y(middle), width, y(middle), strokeColor=RULE, strokeWidth=0.4))
    if len(shown) == 1:
        xs = [width - pad]
    else:
        xs = [pad + i * (width - 2 * pad) / (len(shown) - 1) for i in range(len(shown))]
    points = [c for x, v in zip(xs, shown, strict=True) for c in (x, y(v))]
    if len(shown) > 1:
        drawing.add(PolyLine(points, strokeColor=ACCENT, strokeWidth=0.8))
    drawing.add(Circle(xs[-1], y(shown[-1]), 1.6, fillColor=ACCENT, strokeColor=None))
    return drawing


def domain_chart(
    points: tuple[tuple[date, float], ...],
    start: date,
    end: date,
    expected: tuple[tuple[date, float], ...],
    width: float,
    height: float = 78,
    scale: tuple[int, int] = (LOW, HIGH),
) -> Drawing:
    """Mean rating per period across the placement, with the level expected through it
    (``expected``: (day, level) at each phase boundary, joined by straight lines)."""
    low, high = scale if scale[1] > scale[0] else (LOW, HIGH)
    drawing = Drawing(width, height)
    left, bottom, right, top = 12, 12, width - 4, height - 4
    days = max(1, (end - start).days)

    def x(d: date) -> float:
        return left + min(max((d - start).days, 0), days) / days * (right - left)

    def y(v: float) -> float:
        return bottom + (min(max(v, low), high) - low) / (high - low) * (top - bottom)

    drawing.add(
        Rect(
            left,
            bottom,
            right - left,
            top - bottom,
            fillColor=None,
            strokeColor=RULE,
            strokeWidth=0.5,
        )
    )
    for level in range(low, high + 1):
        drawing.add(Line(left, y(level), right, y(level), strokeColor=RULE, strokeWidth=0.3))
        drawing.add(
            String(
                left - 3,
                y(level) - 2.2,
                str(level),
                fontName=REGULAR,
                fontSize=6,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    line = _within(expected, start, end)
    if len(line) > 1:
        drawing.add(
            PolyLine(
                [c for d, v in line for c in (x(d), y(v))],
                strokeColor=WARN,
                strokeWidth=0.7,
                strokeDashArray=[2, 1.5],
            )
        )
    drawing.add(
        String(left, 2, start.strftime("%Y-%m-%d"), fontName=REGULAR, fontSize=5.8, fillColor=MUTED)
    )
    drawing.add(
        String(
            right,
            2,
            end.strftime("%Y-%m-%d"),
            fontName=REGULAR,
            fontSize=5.8,
            fillColor=MUTED,
            textAnchor="end",
        )
    )
    if not points:
        drawing.add(
            String(
                (left + right) / 2,
                y(low + (high - low) * 0.85) - 2.5,
                "not yet rated",
                fontName=REGULAR,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
        return drawing
    coords = [c for d, v in points for c in (x(d), y(v))]
    if len(points) > 1:
        drawing.add(PolyLine(coords, strokeColor=ACCENT, strokeWidth=1.1))
    for d, v in points:
        drawing.add(Circle(x(d), y(v), 1.3, fillColor=ACCENT, strokeColor=None))
    return drawing


def _within(
    curve: tuple[tuple[date, float], ...], start: date, end: date
) -> list[tuple[date, float]]:
    """The part of ``curve`` from ``start`` to ``end``, its ends interpolated."""
    if not curve or end <= start:
        return []

    def at(day: date) -> float:
        if day <= curve[0][0]:
            return curve[0][1]
        for (d0, v0), (d1, v1) in pairwise(curve):
            if d0 <= day <= d1:
                return v0 if d1 == d0 else v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days
        return curve[-1][1]

    inside = [(d, v) for d, v in curve if start < d < end]
    return [(start, at(start)), *inside, (end, at(end))]
