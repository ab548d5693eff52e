"""Service Plan builder: the GUI with no arguments, the command line with a subcommand."""

from __future__ import annotations

import argparse
import io
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from plan import LANGUAGES
from plan.errors import PlanError
from serviceplan import __version__

# How usage lines name the program: as it was started (the installed program, the bundle, or
# `python -m serviceplan` are all "serviceplan").
_STARTED_AS = Path(sys.argv[0])
PROG = (
    "serviceplan"
    if _STARTED_AS.stem == "serviceplan"
    or (_STARTED_AS.name == "__main__.py" and _STARTED_AS.parent.name == "serviceplan")
    else "main.py"
)

DESCRIPTION = """\
Build a Service Plan for a small business: assess the service level, analyse what customers
say, identify the main problems, set service standards, goals and means, and print the plan.

With no arguments the program opens its window on the last plan (or the built-in demo plan).
With a plan file it opens that plan. Subcommands work without a window, for scripting."""

EPILOG = """\
usage without a subcommand:
  main.py                 open the window on the last plan, or the demo plan
  main.py PLAN.svcplan    open that plan in the window

exit status: 0 success, 1 bad input (one line on stderr says what and where),
2 wrong usage. Nothing is written when a command fails."""


def _cmd_new(args: argparse.Namespace) -> int:
    from plan.demo import fill_demo
    from plan.store import PlanStore

    language: str = args.lang
    name: str | None = args.name

    def fill(store: PlanStore) -> None:
        if args.demo:
            fill_demo(store, language)
        if name is not None:
            store.profile.set_field("business_name", name)

    store = PlanStore.create(Path(args.plan), language=language, fill=fill)
    title = store.display_name()
    store.close()
    kind = "demo plan" if args.demo else "plan"
    print(f"Created {kind} {args.plan} ({language}): {title}")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from plan.report import build_report
    from plan.store import PlanStore

    store = PlanStore.open(Path(args.plan), readonly=True)
    try:
        report = build_report(store)
    finally:
        store.close()
    if args.json:
        if isinstance(sys.stdout, io.TextIOWrapper):
            sys.stdout.reconfigure(encoding="utf-8")  # JSON is UTF-8 (RFC 8259) whatever the locale
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        plan = report["plan"]
        print(f"{plan['name'] or Path(args.plan).stem} ({plan['language']})")
        for step, mark in plan["steps"].items():
            print(f"  {step:<14} {mark}")
    return 0


_SHOWN_PROBLEMS = 20


def _rows(count: int) -> str:
    return f"{count} row" if count == 1 else f"{count} rows"


def _cmd_import(args: argparse.Namespace) -> int:
    from plan.imports import COMPLAINTS, SURVEY, ImportRefused, parse_map_option, prepare_import
    from plan.store import PlanStore
    from plan.tabular import encoding_label, normalise_encoding

    kind = SURVEY if args.command == "import-survey" else COMPLAINTS
    source = Path(args.file)
    try:
        overrides = [parse_map_option(text) for text in args.map]
    except ValueError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    encoding: str | None = None
    if args.encoding is not None:
        try:
            encoding = normalise_encoding(args.encoding)
        except LookupError:
            print(
                f"{PROG}: error: --encoding: unknown encoding {args.encoding!r} (e.g. utf-8,"
                " cp1252, cp1251, gbk, utf-16)",
                file=sys.stderr,
            )
            return 2
    store = PlanStore.open(Path(args.plan))
    if store.backup_problem is not None:
        # The import itself is safe (all of it or nothing), but the user should know that the
        # copy they would restore from after a mistaken import was not made.
        print(
            f"warning: {args.plan}: {store.backup_problem}; importing without a new backup",
            file=sys.stderr,
        )
    try:
        preview = prepare_import(kind, source, overrides, encoding=encoding, sheet=args.sheet)
        previous = store.imports.previous(kind, preview.sha256)
        if previous is not None and not args.again:
            raise ImportRefused(
                source,
                "already_imported",
                f"was already imported on {previous.imported_at[:10]} ({previous.rows} rows,"
                f" as {previous.file_name}); add --again to import it a second time",
                {},
            )
        mapped = ", ".join(
            f"{header!r} → {role}" for header, role in preview.mapping_by_header().items()
        )
        table = preview.table
        ignored = [h for i, h in enumerate(table.headers) if i not in preview.mapping and h]
        ignored += [h for h in table.left_out if h]
        unnamed = table.unnamed_columns + sum(
            1 for i, h in enumerate(table.headers) if i not in preview.mapping and not h
        )
        if not preview.records:
            first = f"; first: {preview.problems[0].message}" if preview.problems else ""
            raise ImportRefused(
                source,
                "no_valid_rows",
                f"has no valid rows ({_rows(preview.bad_rows)} with errors{first})",
                {},
            )
        if preview.bad_rows and args.strict:
            raise ImportRefused(
                source,
                "bad_rows",
                f"{_rows(preview.bad_rows)} with errors (first: {preview.problems[0].message});"
                " nothing imported because of --strict",
                {},
            )
        store.imports.add(preview)
    finally:
        store.close()
    noun = "responses" if kind == SURVEY else "complaints"
    if table.encoding is not None and (encoding is not None or table.encoding_ambiguous):
        how = (
            ", as --encoding asked"
            if encoding is not None
            else "; use --encoding to choose another"
        )
        print(f"Read as {encoding_label(table.encoding)}{how}.")
    if table.sheet_name is not None and len(table.sheet_names) > 1:
        print(f'Read sheet "{table.sheet_name}" (use --sheet NAME for another).')
    print(f"Imported {preview.valid_rows} {noun} from {preview.file_name} into {args.plan}.")
    print(f"Columns: {mapped}")
    no_header = f"{unnamed} column{'s' if unnamed != 1 else ''} with no header"
    if ignored:
        more = f" and {no_header}" if unnamed else ""
        print(f"Ignored columns: {', '.join(map(repr, ignored))}{more}")
    elif unnamed:
        print(f"Ignored: {no_header}")
    if preview.empty_rows:
        print(f"Skipped {_rows(preview.empty_rows)} with nothing in them.")
    if preview.bad_rows:
        print(f"Skipped {_rows(preview.bad_rows)} with errors:")
        for problem in preview.problems[:_SHOWN_PROBLEMS]:
            print(f"  {problem.message}")
        if preview.problem_count > _SHOWN_PROBLEMS:
            print(f"  … and {preview.problem_count - _SHOWN_PROBLEMS} more")
    return 0


def _cmd_survey_form(args: argparse.Namespace) -> int:
    from export.survey_form import write_survey_form
    from plan.store import PlanStore

    store = PlanStore.open(Path(args.plan), readonly=True)
    try:
        write_survey_form(store, Path(args.output), language=args.lang, paper=args.paper)
    finally:
        store.close()
    print(f"Wrote the customer questionnaire to {args.output}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from export.service_plan import SECTIONS, ExportOptions, write_service_plan
    from plan.store import PlanStore

    sections = frozenset(SECTIONS)
    if args.sections is not None:
        chosen = [name.strip() for name in args.sections.split(",") if name.strip()]
        unknown = [name for name in chosen if name not in SECTIONS]
        if unknown or not chosen:
            what = ", ".join(unknown) or "none given"
            print(
                f"{PROG}: error: --sections: unknown section ({what}); choose from"
                f" {', '.join(SECTIONS)}",
                file=sys.stderr,
            )
            return 2
        sections = frozenset(chosen)
    if args.no_branding:
        from export.service_plan import Branding

        branding = Branding()
    else:
        from ui.branding import branding_from_settings  # QtCore only: no display needed

        branding = branding_from_settings()
    options = ExportOptions(
        language=args.lang, paper=args.paper, sections=sections, branding=branding
    )
    from export.word import format_for, write_word_plan

    # The format follows the output's extension (.docx: Word), unless --format says.
    write = (
        write_word_plan if format_for(args.output, args.format) == "docx" else write_service_plan
    )
    store = PlanStore.open(Path(args.plan), readonly=True)
    try:
        write(store, Path(args.output), options)
    finally:
        store.close()
    print(f"Wrote the Service Plan to {args.output}")
    return 0


def _cmd_open(args: argparse.Namespace) -> int:
    from ui.environment import gui_blocker

    blocker = gui_blocker()
    if blocker is not None:
        if args.plan is None:
            return _headless_demo(blocker)
        print(f"error: cannot open a window: {blocker}", file=sys.stderr)
        return 1
    from ui.app import run_gui

    return run_gui(Path(args.plan) if args.plan else None)


def _headless_demo(reason: str) -> int:
    """No screen: write the demo plan's Service Plan and report instead, and say where."""
    from export.service_plan import write_service_plan
    from plan import paths
    from plan.demo import create_demo
    from plan.report import build_report
    from plan.store import PlanStore

    language = "en"
    plan_path = paths.demo_plan_path(language)
    plan_path.parent.mkdir(parents=True, exist_ok=True)
    if plan_path.exists():
        store = PlanStore.open(plan_path, readonly=True)
    else:
        store = create_demo(plan_path, language)
    pdf = plan_path.with_name(f"demo-{language}-service-plan.pdf")
    try:
        report = build_report(store)
        write_service_plan(store, pdf)
    finally:
        store.close()
    out = plan_path.with_name(f"demo-{language}-report.json")
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"No window can be opened here ({reason}).")
    print(f"The demo plan is at {plan_path}")
    print(f"Its Service Plan was written to {pdf}")
    print(f"Its report was written to {out}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "open": _cmd_open,
    "new": _cmd_new,
    "report": _cmd_report,
    "import-survey": _cmd_import,
    "import-complaints": _cmd_import,
    "survey-form": _cmd_survey_form,
    "export": _cmd_export,
}


def _add_pdf_arguments(command: argparse.ArgumentParser, output: str) -> None:
    """What every command that prints a PDF takes: the plan, the output, language and paper."""
    command.add_argument("plan", metavar="PLAN", help="a .svcplan file (only read)")
    command.add_argument("-o", "--output", required=True, metavar=output, help="the PDF to write")
    command.add_argument(
        "--lang", choices=LANGUAGES, default=None, help="its language (default: the plan's)"
    )
    command.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"serviceplan {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_cmd = commands.add_parser("open", help="open a plan in the window (the default)")
    open_cmd.add_argument("plan", nargs="?", metavar="PLAN", help="a .svcplan file")

    new = commands.add_parser("new", help="create a plan file")
    new.add_argument("plan", metavar="PLAN", help="the .svcplan file to create (must not exist)")
    new.add_argument("--demo", action="store_true", help="fill it with the demo bakery-café")
    new.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="the plan's language (default: en)"
    )
    new.add_argument("--name", help="the business name")

    report = commands.add_parser("report", help="print a plan's computed indicators")
    report.add_argument("plan", metavar="PLAN", help="a .svcplan file (only read)")
    report.add_argument(
        "--json", action="store_true", help="print every indicator as JSON on stdout"
    )

    for name, what, roles in (
        (
            "import-survey",
            "survey responses",
            "nps, csat, ces, comment, date, segment, E1…E22, P1…P22, W_tangibles…W_empathy",
        ),
        ("import-complaints", "complaints", "date, category, description, resolved"),
    ):
        command = commands.add_parser(
            name,
            help=f"import {what} from a CSV or XLSX file",
            description=f"Import {what} from a CSV or XLSX file. Columns whose header names a"
            f" role (or asks the usual question) are matched by themselves. Roles: {roles}.",
        )
        command.add_argument("plan", metavar="PLAN", help="the .svcplan file to add them to")
        command.add_argument("file", metavar="FILE", help="a .csv, .tsv, .txt or .xlsx file")
        command.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="COLUMN=ROLE",
            help="give a column a role (ROLE 'ignore' leaves it out); repeat for more columns",
        )
        command.add_argument(
            "--encoding",
            metavar="NAME",
            help="the text file's encoding (e.g. utf-8, cp1252, cp1251, gbk, utf-16); by default"
            " it is recognised, and a close call is named in the output",
        )
        command.add_argument(
            "--sheet",
            metavar="NAME",
            help="the workbook sheet to read (default: the sheet the workbook was saved on)",
        )
        command.add_argument(
            "--again", action="store_true", help="import a file that was imported before"
        )
        command.add_argument(
            "--strict", action="store_true", help="import nothing if any row has an error"
        )

    export = commands.add_parser(
        "export",
        help="write the Service Plan (PDF)",
        description="Write the plan's Service Plan: a cover, the contents, an executive summary,"
        " a section per step that has data, and an appendix. The consultant's branding set in"
        " the window's Preferences is applied unless --no-branding is given.",
    )
    _add_pdf_arguments(export, "OUT.pdf")
    export.add_argument(
        "--sections",
        metavar="LIST",
        help="comma-separated sections to include (default: all): summary, business,"
        " service_level, customers, problems, standards, goals, economics, appendix",
    )
    export.add_argument(
        "--no-branding", action="store_true", help="leave the consultant's branding out"
    )
    export.add_argument(
        "--format",
        choices=("pdf", "docx"),
        default=None,
        help="pdf, or docx for an editable Word document (default: from OUT's extension,"
        " .docx for Word, else pdf)",
    )

    form = commands.add_parser("survey-form", help="write a printable customer questionnaire (PDF)")
    _add_pdf_arguments(form, "FORM.pdf")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if isinstance(sys.stdout, io.TextIOWrapper):
        # Names in any script must not turn success into a traceback on a cp1252 pipe (Windows).
        sys.stdout.reconfigure(errors="backslashreplace")
    if args_list and args_list[0] not in COMMANDS and not args_list[0].startswith("-"):
        args_list.insert(0, "open")
    args = build_parser().parse_args(args_list)
    command = args.command or "open"
    if args.command is None:
        args.plan = None
    try:
        return COMMANDS[command](args)
    except PlanError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error of ours, and nothing to report.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stays open until exit
        return 0
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        # The plan layer words what it foresees; anything else SQLite says still gets one line
        # naming the plan, not a traceback. Each command writes in one transaction, so a
        # failure leaves the plan as it was.
        where = f"{args.plan}: " if getattr(args, "plan", None) else ""
        print(f"error: {where}{exc}; the plan was left as it was", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
