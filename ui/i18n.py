"""Translations: Qt's .qm files for the window, and wording of plan-layer errors per language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from plan import LANGUAGES
from plan.errors import InvalidValueError, PlanError
from plan.glossary import label
from plan.resources import assets_dir

I18N_DIR = assets_dir() / "i18n"

LANGUAGE_NAMES: dict[str, str] = {"en": "English", "ru": "Русский", "zh": "中文"}

QT_CATALOGUES: dict[str, tuple[str, ...]] = {"zh": ("qtbase_zh_CN", "qtbase_zh")}


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def resolve_language(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


_window_language = ["en"]


def window_language() -> str:
    """The language the window's translators were installed for ("en" before any)."""
    return _window_language[0]


def figure_name(key: str) -> str:
    """A figure's name in the window's language, as the PDF names it (`plan.glossary`): not a
    Qt translation, so that the window and the paper cannot drift apart."""
    return label(key, window_language())


def install_translators(language: str) -> list[QTranslator]:
    """Load the program's and Qt's own translations; keep the returned objects alive."""
    app = QCoreApplication.instance()
    _window_language[0] = language if language in LANGUAGES else "en"
    installed: list[QTranslator] = []
    if app is None or language == "en":
        return installed
    own = QTranslator(app)
    if own.load(str(I18N_DIR / f"serviceplan_{language}.qm")):
        app.installTranslator(own)
        installed.append(own)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt ships Chinese as qtbase_zh_CN / qtbase_zh_TW; the plan's "zh" is Simplified Chinese.
    for name in QT_CATALOGUES.get(language, (f"qtbase_{language}",)):
        base = QTranslator(app)
        if base.load(name, qt_dir):
            app.installTranslator(base)
            installed.append(base)
            break
    return installed


def invalid_value_message(error: InvalidValueError) -> str:
    """The plan layer's refusal, worded in the window's language."""
    p = error.params
    messages = {
        "too_long": QCoreApplication.translate(
            "Messages", "Too long: {length} characters, at most {max} are allowed."
        ),
        "bad_email": QCoreApplication.translate("Messages", "This is not an e-mail address."),
        "out_of_range": QCoreApplication.translate(
            "Messages", "Must be between {minimum:g} and {maximum:g}."
        ),
        "not_a_number": QCoreApplication.translate("Messages", "This is not a number."),
        "bad_date": QCoreApplication.translate("Messages", "This is not a valid date."),
        "empty": QCoreApplication.translate("Messages", "Fill in at least one of the fields."),
        "too_many": QCoreApplication.translate(
            "Messages", "There are {count} entries; at most {max} are allowed."
        ),
        "unknown_item": QCoreApplication.translate(
            "Messages", "This entry no longer exists in the plan."
        ),
        "multiline": QCoreApplication.translate("Messages", "Must be a single line."),
        "nul": QCoreApplication.translate("Messages", "Contains a character that is not allowed."),
        "empty_file": QCoreApplication.translate("Messages", "The file is empty."),
        "not_image": QCoreApplication.translate("Messages", "The file is not a PNG or JPEG image."),
        "damaged_image": QCoreApplication.translate(
            "Messages", "The image file is truncated or damaged."
        ),
        "file_too_big": QCoreApplication.translate(
            "Messages", "The file is {size_mb} MB; a logo may be at most {max_mb} MB."
        ),
        "image_too_large": QCoreApplication.translate(
            "Messages",
            "The image is {width}×{height} pixels; at most {max}×{max} is accepted. "
            "Scale it down first.",
        ),
    }
    template = messages.get(error.code)
    if template is None:
        return str(error)
    return template.format(**p)


def plan_error_message(error: PlanError) -> str:
    """A plan-file error in the window's language, naming the file."""
    from plan import errors

    if isinstance(error, InvalidValueError):
        return invalid_value_message(error)
    name = str(error.path) if error.path is not None else ""
    kinds: list[tuple[type[PlanError], str]] = [
        (
            errors.NotAPlanError,
            QCoreApplication.translate("Messages", "{file} is not a service plan."),
        ),
        (
            errors.CorruptPlanError,
            QCoreApplication.translate("Messages", "{file} is damaged and cannot be opened."),
        ),
        (
            errors.NewerPlanError,
            QCoreApplication.translate(
                "Messages",
                "{file} was saved by a newer version of this program. Update the program to "
                "open it.",
            ),
        ),
        (
            errors.PlanInUseError,
            QCoreApplication.translate(
                "Messages", "{file} is already open in another window or program."
            ),
        ),
        (
            errors.PlanExistsError,
            QCoreApplication.translate("Messages", "{file} already exists."),
        ),
        (
            errors.UnsafeTargetError,
            QCoreApplication.translate(
                "Messages", "{file} must not be replaced by the document. Choose another file."
            ),
        ),
        (
            errors.ChangedPlanError,
            QCoreApplication.translate(
                "Messages",
                "{file} holds values another program wrote that this program cannot edit.",
            ),
        ),
    ]
    # These say all there is; their details would only repeat the sentence in other words.
    whole = (errors.PlanInUseError, errors.PlanExistsError)
    for kind, template in kinds:
        if isinstance(error, kind):
            if isinstance(error, whole):
                return template.format(file=name)
            detail = QCoreApplication.translate("Messages", "Details: {detail}").format(
                detail=error.message
            )
            return template.format(file=name) + "\n\n" + detail
    return str(error)


def window_locale() -> QLocale:
    """The locale dates and numbers are typed in: the system's when it speaks the window's
    language (en_GB keeps day/month), else the window language's own."""
    language = window_language()
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale({"en": "en_US", "ru": "ru_RU", "zh": "zh_CN"}.get(language, language))
