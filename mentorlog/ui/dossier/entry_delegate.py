"""Paints a timeline entry in two lines: its headline in bold, then the search snippet
(matched words highlighted, the first of them always in view) or the start of its text,
elided to the cell's width; and the other cells' two lines (the date over the kind of
entry, a status mark a line)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mentorlog.services.search import MARK_END, MARK_START
from mentorlog.ui import colors
from mentorlog.ui.dossier.timeline_model import TimelineModel

PADDING = 4
TOP_MARGIN = 0


def row_height(font: QFont) -> int:
    return QFontMetrics(font).lineSpacing() * 2 + PADDING * 3


def split_marked(marked: str) -> list[tuple[str, bool]]:
    """``a \\x02b\\x03 c`` → [("a ", False), ("b", True), (" c", False)]."""
    parts: list[tuple[str, bool]] = []
    matched = False
    current = ""
    for ch in marked:
        if ch in (MARK_START, MARK_END):
            if current:
                parts.append((current, matched))
            current = ""
            matched = ch == MARK_START
        else:
            current += ch
    if current:
        parts.append((current, matched))
    return parts


def elide_parts(
    parts: list[tuple[str, bool]], metrics: QFontMetrics, width: int
) -> list[tuple[str, bool]]:
    """Cut the runs so their text fits ``width``, ending in "…" when cut."""
    whole = "".join(text for text, _ in parts)
    if metrics.horizontalAdvance(whole) <= width:
        return parts
    kept = metrics.elidedText(whole, Qt.TextElideMode.ElideRight, width)
    budget = len(kept.rstrip("…"))
    out = []
    for text, matched in parts:
        if budget <= 0:
            break
        out.append((text[:budget], matched))
        budget -= len(text)
    out.append(("…", False))
    return out


def fit_parts(
    parts: list[tuple[str, bool]], metrics: QFontMetrics, width: int
) -> list[tuple[str, bool]]:
    """The runs cut to ``width`` so that the first matched word is in view: when it
    would fall past the edge, the text before it is dropped (from a word's start, a few
    words of context kept) behind a leading "…"."""
    whole = "".join(text for text, _ in parts)
    if metrics.horizontalAdvance(whole) <= width:
        return parts
    before = ""
    for text, matched in parts:
        if matched:
            first = text
            break
        before += text
    else:
        return elide_parts(parts, metrics, width)
    if metrics.horizontalAdvance(before + first) <= width * 0.85:
        return elide_parts(parts, metrics, width)
    # Keep about a quarter of the width of context before the match, from a word start.
    budget = width // 4
    cut = len(before)
    while cut > 0 and metrics.horizontalAdvance("…" + before[cut - 1 :]) <= budget:
        cut -= 1
    space = before.find(" ", cut)
    if 0 <= space < len(before):
        cut = space + 1
    out: list[tuple[str, bool]] = [("…", False)]
    skipped = 0
    for text, matched in parts:
        if skipped + len(text) <= cut:
            skipped += len(text)
            continue
        out.append((text[max(0, cut - skipped) :], matched))
        skipped = cut
    return elide_parts(out, metrics, width)


def paint_background(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> bool:
    """The view's own background and selection for the cell, without its text; whether
    the row is selected."""
    delegate.initStyleOption(option, index)
    style = option.widget.style() if option.widget else QApplication.style()
    option.text = ""
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
    return bool(option.state & QStyle.StateFlag.State_Selected)


class EntryDelegate(QStyledItemDelegate):
    def __init__(self, model: TimelineModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model  # read directly: a round trip through index.data() costs more
        self._font_key = ""
        self._font_set: tuple[QFont, QFontMetrics, QFontMetrics] | None = None

    def _fonts(self, font: QFont) -> tuple[QFont, QFontMetrics, QFontMetrics]:
        """The bold font and both metrics, made once per font (paint runs per row)."""
        if self._font_set is None or font.key() != self._font_key:
            bold = QFont(font)
            bold.setBold(True)
            self._font_key = font.key()
            self._font_set = (bold, QFontMetrics(bold), QFontMetrics(font))
        return self._font_set

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        selected = paint_background(self, painter, option, index)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = option.palette.color(role)
        # The first line sits where the other columns' text does (their top margin).
        rect = option.rect.adjusted(PADDING, TOP_MARGIN, -PADDING, -PADDING)
        bold, bold_metrics, metrics = self._fonts(option.font)

        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(text_color)
        painter.setFont(bold)
        first = QRect(rect.left(), rect.top(), rect.width(), bold_metrics.lineSpacing())
        headline = self._model.headline_at(index.row())
        painter.drawText(
            first,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(headline, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(option.font)
        x = rect.left()
        top = first.bottom() + 2
        height = metrics.lineSpacing()
        for text, matched in fit_parts(
            split_marked(self._model.detail_at(index.row())), metrics, rect.width()
        ):
            width = metrics.horizontalAdvance(text)
            run = QRect(x, top, width, height)
            if matched:
                # Highlighted words keep the palette's text colour, readable on the band
                # even inside a selected row.
                painter.fillRect(run, colors.match_background())
                painter.setPen(option.palette.color(QPalette.ColorRole.Text))
            else:
                painter.setPen(text_color)
            painter.drawText(run, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += width
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(320, row_height(option.font))


class TwoLineDelegate(QStyledItemDelegate):
    """A cell's text on up to two lines ("\n" between them), each elided; the second in
    the secondary colour when ``second_quiet``. ``second`` gives a second line the model's
    text does not have (the kind of entry under its date)."""

    def __init__(
        self,
        model: TimelineModel,
        parent: QObject | None = None,
        *,
        second: Callable[[int], str] | None = None,
        second_quiet: bool = False,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._second = second
        self._quiet = second_quiet
        self._metrics: tuple[str, QFontMetrics] | None = None  # made once per font

    def _font_metrics(self, font: QFont) -> QFontMetrics:
        if self._metrics is None or self._metrics[0] != font.key():
            self._metrics = (font.key(), QFontMetrics(font))
        return self._metrics[1]

    def lines(self, index: QModelIndex | QPersistentModelIndex) -> list[str]:
        text = self._model.data(index) or ""
        lines = text.split("\n") if text else []
        if self._second is not None:
            lines.append(self._second(index.row()))
        if len(lines) > 2:
            lines = [lines[0], ", ".join(lines[1:])]
        return lines

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        selected = paint_background(self, painter, option, index)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = self._font_metrics(option.font)
        rect = option.rect.adjusted(PADDING, TOP_MARGIN, -PADDING, -PADDING)
        align = int(self._model.data(index, Qt.ItemDataRole.TextAlignmentRole) or 0)
        horizontal = (
            Qt.AlignmentFlag.AlignRight
            if align & Qt.AlignmentFlag.AlignRight
            else (Qt.AlignmentFlag.AlignLeft)
        )
        painter.save()
        painter.setClipRect(option.rect)
        painter.setFont(option.font)
        top = rect.top()
        for number, line in enumerate(self.lines(index)):
            quiet = number > 0 and self._quiet and not selected
            painter.setPen(
                colors.secondary_text(option.palette) if quiet else option.palette.color(role)
            )
            run = QRect(rect.left(), top, rect.width(), metrics.lineSpacing())
            painter.drawText(
                run,
                horizontal | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width()),
            )
            top += metrics.lineSpacing() + 2
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = self._font_metrics(option.font)
        width = max((metrics.horizontalAdvance(line) for line in self.lines(index)), default=0)
        return QSize(width + PADDING * 2, row_height(option.font))
