"""Preferences: the window's language (a plan's own language is set on its Profile page), and
the consultant's branding that goes on every plan's Service Plan.

Nothing is stored until OK: Cancel leaves the settings and the stored logo as they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plan import LANGUAGES
from plan.errors import InvalidValueError, PlanError
from plan.images import MAX_LOGO_BYTES, validate_logo
from ui import settings as keys
from ui.branding import (
    MAX_TEXT,
    load_logo,
    load_profile,
    load_word_template,
    normalise_accent,
    one_line,
    profile_names,
    remove_logo,
    remove_word_template,
    save_logo,
    save_word_template,
    validate_word_template,
)
from ui.branding import remove_profile as remove_branding_profile
from ui.branding import save_profile as save_branding_profile
from ui.dialogs import Dialogs, image_file_filter
from ui.i18n import LANGUAGE_NAMES, invalid_value_message, plan_error_message
from ui.settings import Settings

translate = QCoreApplication.translate

#: The document's own accent when none is chosen (export.service_plan.DEFAULT_ACCENT; not
#: imported from there, so opening Preferences does not load reportlab).
DEFAULT_ACCENT = "#1F4E5F"
LOGO_PREVIEW = (180, 72)


def decode_image(data: bytes) -> QImage:
    """Decode for display, with a memory cap; a null image when it cannot be decoded."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(128)  # MB; the header was already checked by plan.images
    return reader.read()


class PreferencesDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        dialogs: Dialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.dialogs = dialogs if dialogs is not None else Dialogs()
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.setMinimumWidth(560)
        self._initial = settings.get(keys.UI_LANGUAGE)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.language_combo = QComboBox()
        self.language_combo.addItem(translate("PreferencesDialog", "The system's language"), "")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(self._initial), 0))
        form.addRow(translate("PreferencesDialog", "Language of the program"), self.language_combo)
        note = QLabel(
            translate("PreferencesDialog", "Takes effect the next time the program starts.")
        )
        note.setObjectName("hint")
        form.addRow("", note)
        outer.addLayout(form)
        outer.addWidget(self._build_branding())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    # -- branding -----------------------------------------------------------------------------

    def _build_branding(self) -> QGroupBox:
        box = QGroupBox(translate("PreferencesDialog", "Branding on the Service Plan"))
        box.setObjectName("brandingBox")
        form = QFormLayout(box)
        intro = QLabel(
            translate(
                "PreferencesDialog",
                "For consultants: your firm's name, logo and colour go on the printed Service "
                "Plan of every plan you export.",
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        form.addRow(intro)

        self.firm_edit = QLineEdit(self.settings.get(keys.BRAND_FIRM))
        self.firm_edit.setObjectName("brandFirm")
        self.firm_edit.setMaxLength(MAX_TEXT)
        self.firm_edit.setPlaceholderText(translate("PreferencesDialog", "Your firm's name"))
        form.addRow(translate("PreferencesDialog", "Firm"), self.firm_edit)

        self._logo: bytes | None = load_logo()
        self._logo_changed = False
        logo_row = QHBoxLayout()
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("brandLogoPreview")
        self.logo_preview.setFixedSize(*LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("QLabel { border: 1px solid #c8c8c8; background: white; }")
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        self.choose_logo_button = QPushButton(translate("PreferencesDialog", "Choose…"))
        self.choose_logo_button.setObjectName("chooseBrandLogo")
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(translate("PreferencesDialog", "Remove logo"))
        self.remove_logo_button.setObjectName("removeBrandLogo")
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_buttons.addWidget(self.choose_logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        form.addRow(translate("PreferencesDialog", "Logo"), logo_row)
        self.logo_error = QLabel()
        self.logo_error.setObjectName("fieldError")
        self.logo_error.setWordWrap(True)
        self.logo_error.hide()
        form.addRow("", self.logo_error)
        logo_hint = QLabel(
            translate("PreferencesDialog", "PNG or JPEG, at most {mb} MB.").format(
                mb=MAX_LOGO_BYTES // 1048576
            )
        )
        logo_hint.setObjectName("hint")
        form.addRow("", logo_hint)

        self._accent = normalise_accent(self.settings.get(keys.BRAND_ACCENT)) or ""
        accent_row = QHBoxLayout()
        self.accent_swatch = QLabel()
        self.accent_swatch.setObjectName("brandAccentSwatch")
        self.accent_swatch.setFixedSize(28, 20)
        accent_row.addWidget(self.accent_swatch)
        self.accent_label = QLabel()
        self.accent_label.setObjectName("brandAccent")
        accent_row.addWidget(self.accent_label)
        self.choose_accent_button = QPushButton(translate("PreferencesDialog", "Choose…"))
        self.choose_accent_button.setObjectName("chooseBrandAccent")
        self.choose_accent_button.clicked.connect(self.choose_accent)
        accent_row.addWidget(self.choose_accent_button)
        self.default_accent_button = QPushButton(translate("PreferencesDialog", "Default"))
        self.default_accent_button.setObjectName("defaultBrandAccent")
        self.default_accent_button.clicked.connect(lambda: self.set_accent(""))
        accent_row.addWidget(self.default_accent_button)
        accent_row.addStretch(1)
        form.addRow(translate("PreferencesDialog", "Accent colour"), accent_row)

        self.footer_edit = QLineEdit(self.settings.get(keys.BRAND_FOOTER))
        self.footer_edit.setObjectName("brandFooter")
        self.footer_edit.setMaxLength(MAX_TEXT)
        self.footer_edit.setPlaceholderText(
            translate("PreferencesDialog", "e.g. Prepared by … · phone · website")
        )
        form.addRow(translate("PreferencesDialog", "Footer line"), self.footer_edit)
        self._build_word_template(form)
        for edit in (self.firm_edit, self.footer_edit):
            edit.setCursorPosition(0)  # show a long line's beginning
        self._build_profiles(form)
        self._show_logo()
        self.set_accent(self._accent)
        return box

    # -- the Word template ------------------------------------------------------------------

    def _build_word_template(self, form: QFormLayout) -> None:
        """A .docx of the consultant's own (letterhead, styles) the Word Service Plan is
        written into: chosen and removed here, kept on OK like the logo."""
        self._word_template: bytes | None = load_word_template()
        self._word_template_changed = False
        row = QHBoxLayout()
        self.word_template_label = QLabel()
        self.word_template_label.setObjectName("brandWordTemplate")
        row.addWidget(self.word_template_label, 1)
        self.choose_template_button = QPushButton(translate("PreferencesDialog", "Choose…"))
        self.choose_template_button.setObjectName("chooseWordTemplate")
        self.choose_template_button.clicked.connect(self.choose_word_template)
        row.addWidget(self.choose_template_button)
        self.remove_template_button = QPushButton(translate("PreferencesDialog", "Remove template"))
        self.remove_template_button.setObjectName("removeWordTemplate")
        self.remove_template_button.clicked.connect(self.remove_word_template)
        row.addWidget(self.remove_template_button)
        form.addRow(translate("PreferencesDialog", "Word template"), row)
        self.word_template_error = QLabel()
        self.word_template_error.setObjectName("fieldError")
        self.word_template_error.setWordWrap(True)
        self.word_template_error.hide()
        form.addRow("", self.word_template_error)
        hint = translate(
            "PreferencesDialog",
            "Your own Word document (.docx): the Word Service Plan takes its page, styles, "
            "header and footer.",
        )
        for widget in (self.word_template_label, self.choose_template_button):
            widget.setToolTip(hint)  # a tooltip, not a line more: the dialog stays its size
        self._show_word_template(None)

    def _show_word_template(self, name: str | None) -> None:
        if self._word_template is None:
            text = translate("PreferencesDialog", "None")
        else:
            text = name or "template.docx"
            text += f" ({max(1, len(self._word_template) // 1024)} KB)"
        self.word_template_label.setText(text)
        self.remove_template_button.setEnabled(self._word_template is not None)

    def choose_word_template(self) -> None:
        path = self.dialogs.open_file(
            self,
            translate("PreferencesDialog", "Choose your Word template"),
            translate("PreferencesDialog", "Word documents (*.docx)"),
        )
        if path is not None:
            self.set_word_template_from_file(path)

    def set_word_template_from_file(self, path: Path) -> bool:
        """Take the .docx at `path` as the Word template (kept on OK), or say why not."""
        try:
            data = path.read_bytes()
            validate_word_template(data)
        except OSError as exc:
            self._word_template_problem(f"{path.name}: {exc.strerror or exc}")
            return False
        except PlanError:
            message = translate("PreferencesDialog", "This is not a Word document (.docx).")
            self._word_template_problem(f"{path.name}: {message}")
            return False
        self._word_template = data
        self._word_template_changed = True
        self._word_template_problem(None)
        self._show_word_template(path.name)
        return True

    def remove_word_template(self) -> None:
        self._word_template = None
        self._word_template_changed = True
        self._word_template_problem(None)
        self._show_word_template(None)

    def _word_template_problem(self, text: str | None) -> None:
        self.word_template_error.setText(text or "")
        self.word_template_error.setVisible(bool(text))

    # -- named profiles (`main.py export --branding NAME`) ------------------------------------

    def _build_profiles(self, form: QFormLayout) -> None:
        row = QHBoxLayout()
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("brandProfiles")
        self.profile_combo.setMinimumWidth(200)
        row.addWidget(self.profile_combo)
        self.use_profile_button = QPushButton(translate("PreferencesDialog", "Use"))
        self.use_profile_button.setObjectName("useBrandProfile")
        self.use_profile_button.clicked.connect(self.use_profile)
        row.addWidget(self.use_profile_button)
        self.remove_profile_button = QPushButton(translate("PreferencesDialog", "Remove"))
        self.remove_profile_button.setObjectName("removeBrandProfile")
        self.remove_profile_button.clicked.connect(self.remove_profile)
        row.addWidget(self.remove_profile_button)
        row.addStretch(1)
        form.addRow(translate("PreferencesDialog", "Profiles"), row)
        save_row = QHBoxLayout()
        self.profile_name_edit = QLineEdit()
        self.profile_name_edit.setObjectName("brandProfileName")
        self.profile_name_edit.setMaxLength(60)
        self.profile_name_edit.setPlaceholderText(
            translate("PreferencesDialog", "Name of a new profile")
        )
        save_row.addWidget(self.profile_name_edit)
        self.save_profile_button = QPushButton(translate("PreferencesDialog", "Save as Profile"))
        self.save_profile_button.setObjectName("saveBrandProfile")
        self.save_profile_button.clicked.connect(self.save_profile)
        save_row.addWidget(self.save_profile_button)
        form.addRow("", save_row)
        hint = QLabel(
            translate(
                "PreferencesDialog",
                "A profile keeps a firm, logo, colour and footer under a name, for clients you"
                " serve under another identity: Use fills the fields above from it, and"
                " export --branding NAME prints with it.",
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        form.addRow("", hint)
        self._fill_profiles()

    def _fill_profiles(self, current: str = "") -> None:
        self.profile_combo.clear()
        names = profile_names()
        for name in names:
            self.profile_combo.addItem(name, name)
        if not names:
            self.profile_combo.addItem(translate("PreferencesDialog", "No profiles yet"), "")
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(current), 0))
        for button in (self.use_profile_button, self.remove_profile_button):
            button.setEnabled(bool(names))

    def use_profile(self) -> None:
        """Fill the branding fields from the chosen profile (kept as the default on OK)."""
        name = str(self.profile_combo.currentData() or "")
        if not name:
            return
        try:
            profile = load_profile(name)
        except PlanError as exc:
            self.dialogs.error(
                self, translate("PreferencesDialog", "Branding profile"), plan_error_message(exc)
            )
            return
        self.firm_edit.setText(profile.firm)
        self.footer_edit.setText(profile.footer)
        self._logo = profile.logo
        self._logo_changed = True
        self._logo_problem(None)
        self._show_logo()
        self._word_template = profile.word_template
        self._word_template_changed = True
        self._show_word_template(None)
        self.set_accent("" if profile.accent == DEFAULT_ACCENT else profile.accent)

    def save_profile(self) -> None:
        """Keep the fields as they are now as a named profile, at once (not only on OK)."""
        from export.service_plan import Branding  # on this click only: it loads reportlab

        name = self.profile_name_edit.text().strip()
        title = translate("PreferencesDialog", "The profile could not be saved")
        if name in profile_names() and not self.dialogs.confirm(
            self,
            translate("PreferencesDialog", "Branding profile"),
            translate("PreferencesDialog", "Replace the profile {name}?").format(name=name),
        ):
            return
        branding = Branding(
            firm=one_line(self.firm_edit.text()),
            logo=self._logo,
            accent=self._accent or DEFAULT_ACCENT,
            footer=one_line(self.footer_edit.text()),
            word_template=self._word_template,
        )
        try:
            save_branding_profile(name, branding)
        except InvalidValueError as exc:
            self.dialogs.error(self, title, invalid_value_message(exc))
            return
        except (PlanError, OSError) as exc:
            text = plan_error_message(exc) if isinstance(exc, PlanError) else str(exc)
            self.dialogs.error(self, title, text)
            return
        self.profile_name_edit.clear()
        self._fill_profiles(name)

    def remove_profile(self) -> None:
        name = str(self.profile_combo.currentData() or "")
        if not name or not self.dialogs.confirm(
            self,
            translate("PreferencesDialog", "Branding profile"),
            translate("PreferencesDialog", "Remove the profile {name}?").format(name=name),
        ):
            return
        try:
            remove_branding_profile(name)
        except PlanError as exc:
            self.dialogs.error(
                self, translate("PreferencesDialog", "Branding profile"), plan_error_message(exc)
            )
        self._fill_profiles()

    def _show_logo(self) -> None:
        self.remove_logo_button.setEnabled(self._logo is not None)
        if self._logo is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(translate("PreferencesDialog", "No logo"))
            return
        image = decode_image(self._logo)
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(translate("PreferencesDialog", "Cannot show this image"))
            return
        width, height = LOGO_PREVIEW
        pixmap = QPixmap.fromImage(image).scaled(
            width - 8,
            height - 8,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.logo_preview.setPixmap(pixmap)

    def _logo_problem(self, text: str | None) -> None:
        self.logo_error.setText(text or "")
        self.logo_error.setVisible(bool(text))

    def choose_logo(self) -> None:
        path = self.dialogs.open_file(
            self, translate("PreferencesDialog", "Choose your firm's logo"), image_file_filter()
        )
        if path is not None:
            self.set_logo_from_file(path)

    def set_logo_from_file(self, path: Path) -> bool:
        """Take the image at `path` as the logo (kept on OK); say plainly why when it is refused."""
        try:
            if path.stat().st_size > MAX_LOGO_BYTES:
                size = path.stat().st_size
                raise InvalidValueError(
                    "logo",
                    "too big",
                    "file_too_big",
                    {"size_mb": round(size / 1048576, 1), "max_mb": MAX_LOGO_BYTES // 1048576},
                )
            data = path.read_bytes()
            validate_logo(data)
        except OSError as exc:
            self._logo_problem(f"{path.name}: {exc.strerror or exc}")
            return False
        except InvalidValueError as exc:
            self._logo_problem(f"{path.name}: {invalid_value_message(exc)}")
            return False
        if decode_image(data).isNull():
            message = translate("Messages", "The image file is truncated or damaged.")
            self._logo_problem(f"{path.name}: {message}")
            return False
        self._logo = data
        self._logo_changed = True
        self._logo_problem(None)
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self._logo = None
        self._logo_changed = True
        self._logo_problem(None)
        self._show_logo()

    def choose_accent(self) -> None:
        chosen = self.dialogs.choose_colour(
            self,
            translate("PreferencesDialog", "Accent colour of the Service Plan"),
            self._accent or DEFAULT_ACCENT,
        )
        if chosen is not None:
            self.set_accent(normalise_accent(chosen) or "")

    def set_accent(self, accent: str) -> None:
        """`accent` is "#RRGGBB", or "" for the document's default."""
        self._accent = accent
        shown = accent or DEFAULT_ACCENT
        self.accent_swatch.setStyleSheet(
            f"QLabel {{ background: {shown}; border: 1px solid #808080; }}"
        )
        self.accent_label.setText(
            accent or translate("PreferencesDialog", "{colour} (default)").format(colour=shown)
        )
        self.default_accent_button.setEnabled(bool(accent))

    def accent(self) -> str:
        return self._accent

    # -- closing ------------------------------------------------------------------------------

    def accept(self) -> None:
        if self._logo_changed:
            try:
                if self._logo is None:
                    remove_logo()
                else:
                    save_logo(self._logo)
            except InvalidValueError as exc:
                self._logo_problem(invalid_value_message(exc))
                return
            except (PlanError, OSError) as exc:
                text = plan_error_message(exc) if isinstance(exc, PlanError) else str(exc)
                self.dialogs.error(
                    self, translate("PreferencesDialog", "The logo could not be saved"), text
                )
                return
            self._logo_changed = False
        if self._word_template_changed:
            try:
                if self._word_template is None:
                    remove_word_template()
                else:
                    save_word_template(self._word_template)
            except (PlanError, OSError) as exc:
                text = plan_error_message(exc) if isinstance(exc, PlanError) else str(exc)
                self.dialogs.error(
                    self,
                    translate("PreferencesDialog", "The Word template could not be saved"),
                    text,
                )
                return
            self._word_template_changed = False
        self.settings.set(keys.UI_LANGUAGE, str(self.language_combo.currentData()))
        self.settings.set(keys.BRAND_FIRM, one_line(self.firm_edit.text()))
        self.settings.set(keys.BRAND_ACCENT, self._accent)
        self.settings.set(keys.BRAND_FOOTER, one_line(self.footer_edit.text()))
        super().accept()

    def language_changed(self) -> bool:
        return self.settings.get(keys.UI_LANGUAGE) != self._initial
