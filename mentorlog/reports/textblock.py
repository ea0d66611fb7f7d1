"""A fast flowable for long runs of simple styled text (the observations of a report).

ReportLab's Paragraph parses XML markup and re-measures every fragment on each wrap; for
400 observations that was 90% of a report's time (2.7 s of 2.9 s). Entries here are
already-styled runs, wrapped greedily with cached word widths and drawn with one text
object, about ten times faster. It splits between lines across pages like a Paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable

# Word widths per (face, size): narratives repeat their words, so most are looked up,
# not measured. Each table is bounded; names and dates do not repeat.
_widths: dict[tuple[str, float], dict[str, float]] = {}


def _width_table(font: str, size: float) -> dict[str, float]:
    table = _widths.get((font, size))
    if table is None or len(table) > 50_000:
        table = _widths[(font, size)] = {}
    return table


def _width(word: str, font: str, size: float) -> float:
    table = _width_table(font, size)
    found = table.get(word)
    if found is None:
        found = table[word] = stringWidth(word, font, size)
    return found


def _measure(words: list[str], font: str, size: float) -> list[float]:
    table = _width_table(font, size)
    get = table.get
    widths = []
    for word in words:
        w = get(word)
        if w is None:
            w = table[word] = stringWidth(word, font, size)
        widths.append(w)
    return widths


@dataclass(frozen=True)
class Run:
    """Text in one face, size and colour."""

    text: str
    font: str
    size: float
    color: Color


@dataclass(frozen=True)
class Para:
    """Runs that flow together and wrap as one paragraph."""

    runs: tuple[Run, ...]
    leading: float
    space_before: float = 0.0


# A laid-out line: its height and the pieces to draw, as (x, run) with the run's text cut.
_Line = tuple[float, float, tuple[tuple[float, Run], ...]]  # (space above, leading, pieces)


def _cut_wide(words: list[str], font: str, size: float, width: float) -> list[str]:
    """A word wider than the line (a pasted link, a long number) is cut where it must be,
    rather than running off the page."""
    out: list[str] = []
    for word in words:
        if _width(word, font, size) <= width:
            out.append(word)
            continue
        part = ""
        for char in word:
            if part and stringWidth(part + char, font, size) > width:
                out.append(part)
                part = char
            else:
                part += char
        if part:
            out.append(part)
    return out


def _lay_out(para: Para, width: float) -> list[_Line]:
    """Greedy line breaking of the paragraph's runs at ``width``."""
    lines: list[_Line] = []
    pieces: list[tuple[float, Run]] = []
    x = 0.0
    first = True

    def finish() -> None:
        nonlocal pieces, x, first
        lines.append((para.space_before if first else 0.0, para.leading, tuple(pieces)))
        pieces, x, first = [], 0.0, False

    spaced = False  # the run before ended with a space
    for run in para.runs:
        font, size, color = run.font, run.size, run.color
        space = _width(" ", font, size)
        for n, chunk in enumerate(run.text.split("\n")):
            if n:
                finish()
            words = chunk.split()
            if not words:
                continue
            widths = _measure(words, font, size)
            if max(widths) > width:
                words = _cut_wide(words, font, size, width)
                widths = _measure(words, font, size)
            # A run continues the word before it unless a space separates them.
            glued = n == 0 and not chunk[0].isspace() and not spaced
            start_word = 0
            start = x + (0.0 if glued or not x else space)
            for i, w in enumerate(widths):
                gap = 0.0 if (i == 0 and glued) or not x else space
                if x + gap + w > width and x:
                    if i > start_word:
                        pieces.append(
                            (start, Run(" ".join(words[start_word:i]), font, size, color))
                        )
                    finish()
                    start_word, start, gap = i, 0.0, 0.0
                x += gap + w
            pieces.append((start, Run(" ".join(words[start_word:]), font, size, color)))
        spaced = run.text[-1:].isspace()
    if pieces or first:
        finish()
    return lines


class TextBlock(Flowable):
    """Paragraphs of runs, laid out once per width and split between lines."""

    # Fewer lines than this are never left at the foot or the head of a page.
    MIN_LINES = 2

    def __init__(
        self,
        paras: Sequence[Para] = (),
        lines: list[_Line] | None = None,
        width: float | None = None,
        rule: Color | None = None,
    ) -> None:
        super().__init__()
        self._paras = tuple(paras)
        self._lines = lines
        self._laid_width = width
        self._rule = rule  # a hairline above the block (not above a continuation)

    def _layout(self, width: float) -> list[_Line]:
        if self._lines is None or self._laid_width != width:
            self._lines = [line for p in self._paras for line in _lay_out(p, width)]
            self._laid_width = width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._layout(avail_width)
        self.width = avail_width
        self.height = sum(above + leading for above, leading, _ in lines)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._layout(avail_width)
        used, cut = 0.0, 0
        for above, leading, _ in lines:
            if used + above + leading > avail_height:
                break
            used += above + leading
            cut += 1
        if cut < self.MIN_LINES or len(lines) - cut < self.MIN_LINES:
            return []
        rest = [(0.0, leading, pieces) for _, leading, pieces in lines[cut : cut + 1]]
        rest += lines[cut + 1 :]
        return [
            TextBlock(lines=lines[:cut], width=avail_width, rule=self._rule),
            TextBlock(lines=rest, width=avail_width),
        ]

    def draw(self) -> None:
        """Write the text operators straight into the page, as ReportLab's text object
        would for a TrueType font (Tf, Tm, Tj within BT/ET), without its per-call
        bookkeeping: drawing is most of a long report's time."""
        canvas = self.canv
        doc = canvas._doc
        escape = canvas._escape
        code = ["BT"]
        y = self.height
        face = color = None
        for above, leading, pieces in self._lines or []:
            y -= above + leading
            baseline = fp_str(y + leading * 0.25)
            for x, run in pieces:
                if run.color is not color:
                    code.append(f"{fp_str(run.color.red, run.color.green, run.color.blue)} rg")
                    color = run.color
                code.append(f"1 0 0 1 {fp_str(x)} {baseline} Tm")
                font = getFont(run.font)
                for subset, chunk in font.splitString(run.text, doc):
                    name = font.getSubsetInternalName(subset, doc)
                    if (name, run.size) != face:
                        face = (name, run.size)
                        code.append(f"{name} {fp_str(run.size)} Tf")
                    code.append(f"({escape(chunk)}) Tj")
        code.append("ET")
        canvas._code.append(" ".join(code))
        if self._rule is not None:
            canvas.setStrokeColor(self._rule)
            canvas.setLineWidth(0.3)
            canvas.line(0, self.height - 1.5, self.width, self.height - 1.5)
