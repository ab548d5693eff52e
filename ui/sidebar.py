"""The step sidebar: the method's sequence, with a completeness mark per step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QTreeWidgetItemIterator, QWidget

from plan.steps import Completeness, Step
from ui.step_texts import group_title, step_title

_STEP_ROLE = Qt.ItemDataRole.UserRole + 1
_GROUP_ROLE = Qt.ItemDataRole.UserRole + 2

# The sidebar's tree: top-level steps, with step 1's two views and their parts beneath it.
LAYOUT: list[tuple[Step | str, list[tuple[str, list[Step]]]]] = [
    (Step.PROFILE, []),
    (
        "assess",
        [
            ("company", [Step.SELF_AUDIT, Step.METRICS]),
            ("customers", [Step.SURVEY, Step.COMPLAINTS]),
        ],
    ),
    (Step.PROBLEMS, []),
    (Step.STANDARDS, []),
    (Step.GOALS, []),
    (Step.SERVICE_PLAN, []),
]


def _mark_icon(mark: Completeness) -> QIcon:
    """A circle: empty, half-filled or filled, drawn here so no icon font can show as tofu."""
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#2e7d32") if mark is Completeness.COMPLETE else QColor("#8a8a8a")
    painter.setPen(QPen(colour, 1.6))
    if mark is Completeness.COMPLETE:
        painter.setBrush(colour)
        painter.drawEllipse(2, 2, 12, 12)
        painter.setPen(QPen(QColor("white"), 1.8))
        painter.drawLine(5, 8, 7, 11)
        painter.drawLine(7, 11, 11, 5)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(2, 2, 12, 12)
        if mark is Completeness.PARTIAL:
            painter.setBrush(QColor("#f9a825"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPie(2, 2, 12, 12, 90 * 16, 180 * 16)
    painter.end()
    return QIcon(pixmap)


def mark_tooltip(mark: Completeness) -> str:
    texts = {
        Completeness.EMPTY: QCoreApplication.translate("Sidebar", "Not started"),
        Completeness.PARTIAL: QCoreApplication.translate("Sidebar", "Started, not complete"),
        Completeness.COMPLETE: QCoreApplication.translate("Sidebar", "Complete"),
    }
    return texts[mark]


class StepSidebar(QTreeWidget):
    step_selected = Signal(object)  # Step
    #: A group's header was chosen ("assess", "company", "customers"): its overview opens.
    group_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepSidebar")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.items: dict[Step, QTreeWidgetItem] = {}
        self.marks: dict[Step, Completeness] = {}
        self.group_items: dict[str, QTreeWidgetItem] = {}
        for entry, groups in LAYOUT:
            if isinstance(entry, Step):
                self.items[entry] = self._step_item(entry, None)
                continue
            top = QTreeWidgetItem(self, [group_title(entry)])
            top.setData(0, _GROUP_ROLE, entry)
            self.group_items[entry] = top
            for group, steps in groups:
                middle = QTreeWidgetItem(top, [group_title(group)])
                middle.setData(0, _GROUP_ROLE, group)
                self.group_items[group] = middle
                for step in steps:
                    self.items[step] = self._step_item(step, middle)
        self.expandAll()
        self.currentItemChanged.connect(self._on_current)

    def _step_item(self, step: Step, parent: QTreeWidgetItem | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([step_title(step)]) if parent is None else QTreeWidgetItem(parent)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            item.setText(0, step_title(step))
        item.setData(0, _STEP_ROLE, step.value)
        return item

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        value = current.data(0, _STEP_ROLE)
        if value:
            self.step_selected.emit(Step(value))
            return
        group = current.data(0, _GROUP_ROLE)
        if group:
            self.group_selected.emit(str(group))

    def select_group(self, group: str) -> None:
        self.setCurrentItem(self.group_items[group])

    def current_group(self) -> str | None:
        item = self.currentItem()
        value = item.data(0, _GROUP_ROLE) if item is not None else None
        return str(value) if value else None

    def select(self, step: Step) -> None:
        self.setCurrentItem(self.items[step])

    def current_step(self) -> Step | None:
        item = self.currentItem()
        value = item.data(0, _STEP_ROLE) if item is not None else None
        return Step(value) if value else None

    def set_marks(self, marks: dict[Step, Completeness]) -> None:
        self.marks = dict(marks)
        for step, item in self.items.items():
            mark = marks.get(step, Completeness.EMPTY)
            item.setIcon(0, _mark_icon(mark))
            item.setToolTip(0, mark_tooltip(mark))
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            if top is not None and top.childCount():
                self._mark_group(top)

    def _mark_group(self, item: QTreeWidgetItem) -> Completeness:
        """A group is complete when all its steps are, started when any is."""
        value = item.data(0, _STEP_ROLE)
        if value:
            return self.marks.get(Step(value), Completeness.EMPTY)
        children = [
            self._mark_group(child)
            for child in (item.child(i) for i in range(item.childCount()))
            if child is not None
        ]
        if all(mark is Completeness.COMPLETE for mark in children):
            mark = Completeness.COMPLETE
        elif any(mark is not Completeness.EMPTY for mark in children):
            mark = Completeness.PARTIAL
        else:
            mark = Completeness.EMPTY
        item.setIcon(0, _mark_icon(mark))
        item.setToolTip(0, mark_tooltip(mark))
        return mark

    def clear_marks(self) -> None:
        self.marks = {}
        iterator = QTreeWidgetItemIterator(self)
        while iterator.value() is not None:
            iterator.value().setIcon(0, QIcon())
            iterator.value().setToolTip(0, "")
            iterator += 1
