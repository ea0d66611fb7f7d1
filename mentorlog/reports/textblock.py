"""A fast flowable for long runs of simple styled text (the observations of a report).

ReportLab's Paragraph parses XML markup and re-measures every fragment on each wrap; for
400 observations that was 90% of a report's time (2.7 s of 2.9 s). Entries here are
already-styled runs, wrapped greedily with cached word widths and drawn with one text
object, about ten times faster. It splits between lines across pages like a Paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

_widths: dict[tuple[str, str, float], float] = {}


def _width(word: str, font: str, size: float) -> float:
    key = (word, font, size)
    found = _widths.get(key)
    if found is None:
        if len(_widths) > 200_000:  # narratives repeat their words; names and dates do not
            _widths.clear()
        found = _widths[key] = stringWidth(word, font, size)
    return found


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


def _words(text: str, font: str, size: float, width: float) -> Iterator[str]:
    """The words of ``text``; one wider than the line (a pasted link, a long number) is
    cut where it must be, rather than running off the page."""
    for word in text.split():
        if _width(word, font, size) <= width:
            yield word
            continue
        part = ""
        for char in word:
            if part and stringWidth(part + char, font, size) > width:
                yield part
                part = char
            else:
                part += char
        if part:
            yield part


def _lay_out(para: Para, width: float) -> list[_Line]:
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
        space = _width(" ", run.font, run.size)
        for n, chunk in enumerate(run.text.split("\n")):
            if n:
                finish()
            words: list[str] = []
            start = x
            # A run continues the word before it unless a space separates them.
            glue = n == 0 and bool(chunk) and not chunk[0].isspace() and not spaced
            for word in _words(chunk, run.font, run.size, width):
                w = _width(word, run.font, run.size)
                gap = 0.0 if glue or not (words or x) else space
                glue = False
                if x + gap + w > width and (words or x):
                    if words:
                        pieces.append((start, Run(" ".join(words), run.font, run.size, run.color)))
                    finish()
                    words, start, gap = [], 0.0, 0.0
                if not words and x and gap:
                    start = x + gap
                x += gap + w
                words.append(word)
            if words:
                pieces.append((start, Run(" ".join(words), run.font, run.size, run.color)))
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
        canvas = self.canv
        text = canvas.beginText()
        y = self.height
        font = color = None
        for above, leading, pieces in self._lines or []:
            y -= above + leading
            for x, run in pieces:
                if (run.font, run.size) != font:
                    text.setFont(run.font, run.size)
                    font = (run.font, run.size)
                if run.color is not color:
                    text.setFillColor(run.color)
                    color = run.color
                text.setTextOrigin(x, y + leading * 0.25)
                text.textOut(run.text)
        canvas.drawText(text)
        if self._rule is not None:
            canvas.setStrokeColor(self._rule)
            canvas.setLineWidth(0.3)
            canvas.line(0, self.height - 1.5, self.width, self.height - 1.5)
