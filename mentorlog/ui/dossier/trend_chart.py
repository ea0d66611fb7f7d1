"""One competency's ratings over time, with the student's self-assessments beside them.

QtCharts is heavy to load, so only the competencies tab imports this module, the first
time it is shown.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

from mentorlog.services.competencies import Trend
from mentorlog.services.frameworks import LevelInfo
from mentorlog.ui import colors
from mentorlog.ui.wording import fill


def _ms(day: date) -> float:
    return QDateTime(datetime.combine(day, time(12))).toMSecsSinceEpoch()


class TrendChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setAccessibleName(self.tr("Trend of the selected competency"))
        self._chart = QChart()
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(self._chart)
        self._apply_palette()
        self.show_message(self.tr("Choose a competency above to see its trend."))

    def _apply_palette(self) -> None:
        palette = QApplication.palette()
        themes = QChart.ChartTheme
        self._chart.setTheme(themes.ChartThemeDark if colors.is_dark() else themes.ChartThemeLight)
        self._chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        self._chart.setTitleBrush(palette.color(QPalette.ColorRole.Text))
        self._chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))

    def _reset(self) -> None:
        self._chart.removeAllSeries()
        for axis in self._chart.axes():
            self._chart.removeAxis(axis)

    def show_message(self, text: str) -> None:
        self._reset()
        self._chart.setTitle(text)
        self._chart.legend().hide()

    def show_trend(
        self,
        trend: Trend,
        name: str,
        levels: tuple[LevelInfo, ...],
        expected: int | None,
    ) -> None:
        self._reset()
        self._apply_palette()
        rated = [lv for lv in levels if not lv.is_not_observed]
        if not trend.mentor and not trend.self_assessed:
            self.show_message(fill(self.tr("%1: not rated yet"), name))
            return
        self._chart.setTitle(name)
        self._chart.legend().show()
        palette = QApplication.palette()
        text_color = palette.color(QPalette.ColorRole.Text)

        x_axis = QDateTimeAxis()
        x_axis.setFormat("yyyy-MM-dd")
        x_axis.setTickCount(6)
        x_axis.setRange(
            QDateTime(datetime.combine(trend.starts_on, time(0))),
            QDateTime(datetime.combine(trend.ends_on, time(23))),
        )
        y_axis = QCategoryAxis()
        y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for level in rated:
            y_axis.append(f"{level.code} {level.label}", level.value)
        low = min((lv.value for lv in rated), default=1)
        high = max((lv.value for lv in rated), default=5)
        y_axis.setRange(low - 0.5, high + 0.5)
        for axis in (x_axis, y_axis):
            axis.setLabelsColor(text_color)
            self._chart.addAxis(
                axis,
                Qt.AlignmentFlag.AlignBottom if axis is x_axis else Qt.AlignmentFlag.AlignLeft,
            )

        def attach(series: QLineSeries | QScatterSeries) -> None:
            self._chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

        if expected is not None:
            line = QLineSeries()
            line.setName(self.tr("Expected by the end of this phase"))
            pen = QPen(palette.color(QPalette.ColorRole.PlaceholderText))
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidth(1)
            line.setPen(pen)
            line.append(_ms(trend.starts_on), expected)
            line.append(_ms(trend.ends_on), expected)
            attach(line)
        if trend.mentor:
            path = QLineSeries()
            path.setName(self.tr("Mentor's ratings"))
            points = QScatterSeries()
            points.setMarkerSize(8)
            points.setColor(palette.color(QPalette.ColorRole.Highlight))
            path.setColor(palette.color(QPalette.ColorRole.Highlight))
            for point in trend.mentor:
                path.append(_ms(point.on), point.value)
                points.append(_ms(point.on), point.value)
            attach(path)
            attach(points)
            self._chart.legend().markers(points)[0].setVisible(False)
        if trend.self_assessed:
            own = QScatterSeries()
            own.setName(self.tr("Student's self-assessment"))
            own.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
            own.setMarkerSize(10)
            own.setColor(colors.self_assessment())
            for point in trend.self_assessed:
                own.append(_ms(point.on), point.value)
            attach(own)
