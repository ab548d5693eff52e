"""Step 0, the profile: the business, its customers, who prepares the plan, language and logo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plan import LANGUAGES
from plan.errors import InvalidValueError, PlanError
from plan.images import MAX_LOGO_BYTES
from plan.profile import FIELD_SPECS, SIZES, validate_field
from plan.steps import Step
from plan.store import PlanChange, Section
from ui.commands import SetLogo, SetPlanLanguage, SetProfileField
from ui.date_field import DateField
from ui.dialogs import Dialogs, image_file_filter
from ui.i18n import LANGUAGE_NAMES, invalid_value_message, plan_error_message, window_locale
from ui.pages.base import PageContext, StepPage
from ui.pending import PendingCommits
from ui.session import PlanSession

translate = QCoreApplication.translate

COMMIT_DELAY_MS = 600


def field_label(name: str) -> str:
    labels = {
        "business_name": translate("ProfilePage", "Business name"),
        "industry": translate("ProfilePage", "Industry"),
        "size": translate("ProfilePage", "Size"),
        "customer_types": translate("ProfilePage", "Customer groups"),
        "address": translate("ProfilePage", "Address"),
        "phone": translate("ProfilePage", "Phone"),
        "email": translate("ProfilePage", "E-mail"),
        "website": translate("ProfilePage", "Website"),
        "prepared_by": translate("ProfilePage", "Prepared by"),
        "preparer_name": translate("ProfilePage", "Preparer's name"),
        "consultant_firm": translate("ProfilePage", "Consultant's firm"),
        "plan_date": translate("ProfilePage", "Plan date"),
        "language": translate("ProfilePage", "Plan language"),
        "logo": translate("ProfilePage", "Logo"),
    }
    return labels[name]


def size_label(size: str) -> str:
    labels = {
        "": translate("ProfilePage", "Not set"),
        "micro": translate("ProfilePage", "Micro: 1–9 people"),
        "small": translate("ProfilePage", "Small: 10–49 people"),
        "medium": translate("ProfilePage", "Medium: 50–249 people"),
        "large": translate("ProfilePage", "Large: 250 people or more"),
    }
    return labels[size]


class ProfilePage(StepPage):
    """Edits commit on their own (after a pause in typing, or on leaving the field)."""

    step = Step.PROFILE
    refreshed_by = frozenset({Section.PROFILE, Section.META, Section.PLAN})

    @classmethod
    def build(cls, context: PageContext) -> StepPage:
        return cls(context.session, context.dialogs)

    def __init__(self, session: PlanSession, dialogs: Dialogs, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.dialogs = dialogs
        self.setWidgetResizable(True)
        self.setObjectName("profilePage")
        self._visit = 0
        self._pending = PendingCommits(self._commit_now, COMMIT_DELAY_MS, self)
        self._inputs: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}

        body = QWidget()
        outer = QVBoxLayout(body)
        heading = QLabel(translate("ProfilePage", "Profile"))
        heading.setObjectName("pageHeading")
        outer.addWidget(heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)

        business = self._group(outer, translate("ProfilePage", "The business"))
        self._line(business, "business_name")
        self._line(
            business,
            "industry",
            translate("ProfilePage", "e.g. bakery and café, car repair, dental clinic"),
        )
        self.size_combo = QComboBox()
        for size in ("", *SIZES):
            self.size_combo.addItem(size_label(size), size)
        self.size_combo.activated.connect(
            lambda _i: self._commit("size", str(self.size_combo.currentData()))
        )
        self._add(business, "size", self.size_combo)
        self._text(
            business,
            "customer_types",
            translate("ProfilePage", "One group per line, e.g. “office workers at lunchtime”"),
        )

        contacts = self._group(outer, translate("ProfilePage", "Address and contacts"))
        self._text(contacts, "address", "", height=60)
        self._line(contacts, "phone")
        self._line(contacts, "email")
        self._line(contacts, "website")

        preparer = self._group(outer, translate("ProfilePage", "Who prepares the plan"))
        self.prepared_by_combo = QComboBox()
        self.prepared_by_combo.addItem(translate("ProfilePage", "The owner"), "owner")
        self.prepared_by_combo.addItem(translate("ProfilePage", "A consultant"), "consultant")
        self.prepared_by_combo.activated.connect(
            lambda _i: self._commit("prepared_by", str(self.prepared_by_combo.currentData()))
        )
        self._add(preparer, "prepared_by", self.prepared_by_combo)
        self._line(preparer, "preparer_name")
        self._line(preparer, "consultant_firm")
        self.date_edit = DateField(window_locale())
        self.date_edit.textEdited.connect(lambda _text: self._schedule("plan_date"))
        self.date_edit.editingFinished.connect(self._finish_date)
        self._add(preparer, "plan_date", self.date_edit)
        self.date_edit.line.setObjectName("plan_date")
        self.date_edit.line.installEventFilter(self)

        plan_box = self._group(outer, translate("ProfilePage", "The plan"))
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.activated.connect(lambda _i: self._set_language())
        self._add(plan_box, "language", self.language_combo)
        note = QLabel(
            translate(
                "ProfilePage", "The plan's content and its printed Service Plan use this language."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        plan_box.addRow("", note)

        logo_box = self._group(outer, field_label("logo"))
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(120, 120)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setObjectName("logoPreview")
        row_layout.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        self.choose_logo_button = QPushButton(translate("ProfilePage", "Choose…"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(translate("ProfilePage", "Remove"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        row_layout.addLayout(buttons)
        row_layout.addStretch(1)
        logo_box.addRow(row)
        hint = QLabel(
            translate("ProfilePage", "PNG or JPEG, at most {mb} MB and 4096×4096 pixels.").format(
                mb=MAX_LOGO_BYTES // 1048576
            )
        )
        hint.setObjectName("hint")
        logo_box.addRow(hint)
        self._errors["logo"] = self._error_label()
        logo_box.addRow(self._errors["logo"])

        outer.addStretch(1)
        self.setWidget(body)
        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _group(self, outer: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addWidget(box)
        return form

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        return label

    def _add(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        widget.setObjectName(name)
        widget.installEventFilter(self)
        self._inputs[name] = widget
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        self._errors[name] = self._error_label()
        column.addWidget(self._errors[name])
        form.addRow(field_label(name), holder)

    def _line(self, form: QFormLayout, name: str, placeholder: str = "") -> None:
        edit = QLineEdit()
        edit.setMaxLength(FIELD_SPECS[name].max_length)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _text: self._schedule(name))
        edit.editingFinished.connect(lambda: self._commit_now(name))
        self._add(form, name, edit)

    def _text(self, form: QFormLayout, name: str, placeholder: str, height: int = 90) -> None:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.textChanged.connect(lambda: self._schedule(name))
        self._add(form, name, edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._disposed:
            return False
        if event.type() == QEvent.Type.FocusIn:
            self._visit += 1
        elif event.type() == QEvent.Type.FocusOut:
            name = watched.objectName()
            if self._pending.is_scheduled(name):
                self._commit_now(name)
        return super().eventFilter(watched, event)

    # -- committing edits ---------------------------------------------------------------------

    def _schedule(self, name: str) -> None:
        if not self._refreshing:
            self._pending.schedule(name)

    def _commit_now(self, name: str) -> None:
        self._pending.cancel(name)
        if self._refreshing:
            return
        if name == "plan_date" and self.date_edit.value() is None:
            return  # still being typed; leaving the field says what is wrong
        self._commit(name, self._widget_value(name))

    def _finish_date(self) -> None:
        """The date field was left (or a day picked): save it, or say why it cannot be."""
        self._pending.cancel("plan_date")
        if self._refreshing or self.session.store.readonly:
            return
        if self.date_edit.value() is None:
            self._show_error("plan_date", self.date_edit.unreadable())
            return
        self._commit_now("plan_date")

    def dispose(self) -> None:
        """Detach before deletion: a focus event reaching a half-destroyed page crashes Qt."""
        self.commit_pending()
        self._pending.stop()
        for widget in self._inputs.values():
            widget.removeEventFilter(self)
        self._disposed = True
        super().dispose()

    _disposed = False

    def commit_pending(self) -> None:
        """Save what is typed but not yet saved (before undo, closing or switching plans)."""
        self._pending.flush()

    def _widget_value(self, name: str) -> str:
        widget = self._inputs[name]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, DateField):
            return widget.value() or ""
        if isinstance(widget, QComboBox):
            return str(widget.currentData())
        raise TypeError(name)

    def _show_error(self, name: str, message: str | None) -> None:
        label = self._errors[name]
        if message:
            label.setText(translate("ProfilePage", "Not saved: {reason}").format(reason=message))
            label.show()
        else:
            label.clear()
            label.hide()

    def _commit(self, name: str, value: str) -> None:
        store = self.session.store
        if store.readonly:
            return
        try:
            stored = validate_field(name, value)
        except InvalidValueError as exc:
            self._show_error(name, invalid_value_message(exc))
            return
        self._show_error(name, None)
        if stored == getattr(store.profile.get(), name):
            return
        text = translate("ProfilePage", "Edit “{field}”").format(field=field_label(name))
        error = self.session.push(SetProfileField(store, name, stored, text, self._visit))
        if error is not None:
            self._show_error(name, plan_error_message(error))

    def _set_language(self) -> None:
        language = str(self.language_combo.currentData())
        store = self.session.store
        if store.readonly or language == store.language():
            return
        text = translate("ProfilePage", "Change the plan language")
        error = self.session.push(SetPlanLanguage(store, language, text))
        if error is not None:
            self.dialogs.error(
                self, translate("ProfilePage", "Plan language"), plan_error_message(error)
            )

    def choose_logo(self) -> None:
        path = self.dialogs.open_file(
            self, translate("ProfilePage", "Choose a logo"), image_file_filter()
        )
        if path is not None:
            self.set_logo_from_file(path)

    def set_logo_from_file(self, path: Path) -> None:
        try:
            size = path.stat().st_size
            if size > MAX_LOGO_BYTES:
                raise InvalidValueError(
                    "logo",
                    "too big",
                    "file_too_big",
                    {"size_mb": round(size / 1048576, 1), "max_mb": MAX_LOGO_BYTES // 1048576},
                )
            data = path.read_bytes()
        except OSError as exc:
            self._show_error("logo", f"{path}: {exc.strerror or exc}")
            return
        except InvalidValueError as exc:
            self._show_error("logo", invalid_value_message(exc))
            return
        self._push_logo(data, translate("ProfilePage", "Set the logo"))

    def remove_logo(self) -> None:
        if self.session.store.profile.logo() is not None:
            self._push_logo(None, translate("ProfilePage", "Remove the logo"))

    def _push_logo(self, data: bytes | None, text: str) -> None:
        error: PlanError | None = self.session.push(SetLogo(self.session.store, data, text))
        if isinstance(error, InvalidValueError):
            self._show_error("logo", invalid_value_message(error))
        elif error is not None:
            self._show_error("logo", plan_error_message(error))
        else:
            self._show_error("logo", None)

    # -- showing the plan ---------------------------------------------------------------------

    _refreshing = False

    def apply_change(self, change: PlanChange) -> None:
        self.refresh(change.keys if change.section is Section.PROFILE else None)

    def refresh(self, keys: frozenset[str] | None = None) -> None:
        """Show the stored values (all, or the named fields) without firing edits."""
        store = self.session.store
        profile = store.profile.get()
        self._refreshing = True
        try:
            for name in FIELD_SPECS:
                if keys is not None and name not in keys:
                    continue
                self._set_widget(name, str(getattr(profile, name)))
                self._show_error(name, None)
            index = self.language_combo.findData(store.language())
            self.language_combo.setCurrentIndex(max(index, 0))
            if keys is None or "logo" in keys:
                self._show_logo()
            readonly = store.readonly
            self.intro.setText(
                translate(
                    "ProfilePage",
                    "Who the plan is for and who prepares it. This plan is open read-only: "
                    "nothing here can be changed.",
                )
                if readonly
                else translate(
                    "ProfilePage",
                    "Who the plan is for and who prepares it. Changes are saved as you type; "
                    "Undo takes them back.",
                )
            )
            for widget in self._inputs.values():
                if isinstance(widget, QLineEdit | QPlainTextEdit | DateField):
                    widget.setReadOnly(readonly)
                else:
                    widget.setEnabled(not readonly)
            self._inputs["consultant_firm"].setEnabled(
                profile.prepared_by == "consultant" or bool(profile.consultant_firm)
            )
            self.choose_logo_button.setEnabled(not readonly)
            self.remove_logo_button.setEnabled(not readonly and store.profile.logo() is not None)
        finally:
            self._refreshing = False

    def _set_widget(self, name: str, value: str) -> None:
        widget = self._inputs[name]
        if value == self._widget_value(name):
            return
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, DateField):
            widget.set_value(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))

    def _show_logo(self) -> None:
        logo = self.session.store.profile.logo()
        if logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(translate("ProfilePage", "No logo"))
            return
        buffer = QBuffer()
        buffer.setData(QByteArray(logo.data))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAllocationLimit(128)  # MB; the header was already checked by the plan layer
        image = reader.read()
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(translate("ProfilePage", "Cannot show this image"))
            return
        pixmap = QPixmap.fromImage(image).scaled(
            self.logo_preview.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.logo_preview.setPixmap(pixmap)
