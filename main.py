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
from typing import Any

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

With no arguments the program opens its window on the last plan (or the welcome page).
With a plan file it opens that plan. Subcommands work without a window, for scripting."""

EPILOG = """\
usage without a subcommand:
  main.py                 open the window on the last plan, or the welcome page
  main.py PLAN.svcplan    open that plan in the window

exit status: 0 success, 1 bad input (one line on stderr says what and where),
2 wrong usage. Nothing is written when a command fails."""


def _unknown_keys(path: str, unknown: list[str], strict: bool) -> None:
    """A data file's unknown keys: a warning, or (`--strict`) a refusal naming the first."""
    from plan.datafile import DataFileError

    if not unknown:
        return
    more = f" and {len(unknown) - 10} more" if len(unknown) > 10 else ""
    shown = ", ".join(unknown[:10]) + more
    if strict:
        plural = "s" if len(unknown) != 1 else ""
        raise DataFileError(
            unknown[0],
            f"is not part of the data format ({len(unknown)} unknown key{plural}: {shown});"
            " nothing was written because of --strict",
            path,
        )
    print(f"warning: {path}: unknown keys left out: {shown}", file=sys.stderr)


def _data_file(path: str, strict: bool) -> dict[str, Any]:
    """A plan data file read and checked; unknown keys warned about, or refused (`--strict`)."""
    from plan.datafile import read_data_file

    data, unknown = read_data_file(Path(path))
    _unknown_keys(path, unknown, strict)
    return data


def _template(path: str, strict: bool) -> dict[str, Any]:
    """A template's data: another plan's, or a data file's, made a template."""
    from plan.datafile import read_template

    data, unknown = read_template(Path(path))
    _unknown_keys(path, unknown, strict)
    return data


def _cmd_new(args: argparse.Namespace) -> int:
    from plan.datafile import load_data
    from plan.demo import fill_demo
    from plan.store import PlanStore

    sources = [
        flag
        for flag, value in (
            ("--demo", args.demo),
            ("--from", args.source),
            ("--template", args.template),
        )
        if value
    ]
    if len(sources) > 1:
        print(
            f"{PROG} new: error: {' and '.join(sources)} cannot be used together", file=sys.stderr
        )
        return 2
    data: dict[str, Any] | None = None
    if args.source is not None:
        data = _data_file(args.source, args.strict)
    elif args.template is not None:
        data = _template(args.template, args.strict)
    language: str = args.lang or (data or {}).get("language") or "en"
    name: str | None = args.name

    def fill(store: PlanStore) -> None:
        if args.demo:
            fill_demo(store, language)
        if data is not None:
            source = args.source or args.template
            load_data(store, {**data, "language": language}, replace_all=True, source=source)
        if name is not None:
            store.profile.set_field("business_name", name)

    store = PlanStore.create(Path(args.plan), language=language, fill=fill)
    title = store.display_name()
    store.close()
    kind = "demo plan" if args.demo else "plan"
    how = (
        f" from {args.source}"
        if args.source
        else f" from the template {args.template}"
        if args.template
        else ""
    )
    print(f"Created {kind} {args.plan}{how} ({language}): {title}")
    return 0


def _cmd_export_data(args: argparse.Namespace) -> int:
    from export.pdf_output import check_target, write_atomically
    from plan.datafile import data_file_text, export_data
    from plan.store import PlanStore

    out = Path(args.output)
    check_target(out, "the data file", Path(args.plan))
    store = PlanStore.open(Path(args.plan), readonly=True)
    try:
        text = data_file_text(export_data(store))
    finally:
        store.close()
    write_atomically(out, text.encode("utf-8"))
    print(f"Wrote the plan's data to {args.output}")
    return 0


def _cmd_apply(args: argparse.Namespace) -> int:
    from plan.datafile import SECTIONS, load_data, sections_of
    from plan.store import PlanStore

    data = _data_file(args.file, args.strict)
    sections = sections_of(data)
    if not sections:
        print(f"Nothing to apply: {args.file} holds no part of a plan.")
        return 0
    store = PlanStore.open(Path(args.plan))
    try:
        load_data(store, data, replace_all=False, source=args.file)
    finally:
        store.close()
    named = ", ".join(s for s in SECTIONS if s in sections)
    print(f"Applied {args.file} to {args.plan}: {named}")
    return 0


def _cmd_imports(args: argparse.Namespace) -> int:
    from plan.store import PlanStore

    if args.remove is not None:
        store = PlanStore.open(Path(args.plan))
        try:
            found = [s for s in store.imports.stored() if s.id == args.remove]
            if not found:
                known = ", ".join(str(s.id) for s in store.imports.stored()) or "none"
                raise PlanError(f"has no import {args.remove} (its imports: {known})", args.plan)
            store.imports.delete(args.remove)
        finally:
            store.close()
        gone = found[0]
        print(
            f"Removed import {gone.id} ({gone.kind}, {gone.file_name}, {_rows(gone.rows)})"
            f" from {args.plan}."
        )
        return 0
    store = PlanStore.open(Path(args.plan), readonly=True)
    try:
        stored = store.imports.stored()
    finally:
        store.close()
    if args.json:
        listed = [
            {
                "id": s.id,
                "kind": s.kind,
                "file": s.file_name,
                "date": s.imported_at,
                "rows": s.rows,
                "skipped": s.skipped,
            }
            for s in stored
        ]
        if isinstance(sys.stdout, io.TextIOWrapper):
            sys.stdout.reconfigure(encoding="utf-8")
        json.dump(listed, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not stored:
        print(f"{args.plan} has no imports.")
        return 0
    print(f"{'id':>4}  {'kind':<10}  {'date':<10}  {'rows':>7}  file")
    for s in stored:
        print(f"{s.id:>4}  {s.kind:<10}  {s.imported_at[:10]:<10}  {s.rows:>7}  {s.file_name}")
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
    if kind == SURVEY and args.wave is not None:
        from plan.waves import check_label

        check_label(args.wave)  # a bad label is refused before the file is read
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
        wave = None
        if kind == SURVEY:
            wave = store.imports.wave_label(preview, args.wave)
            known = {w.label for w in store.survey.waves()}
            wave = f'"{wave}"' + ("" if wave in known else " (new)")
        store.imports.add(preview, args.wave if kind == SURVEY else None)
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
    if wave is not None:
        print(f"Wave: {wave}")
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
    if args.no_branding and args.branding is not None:
        print(
            f"{PROG} export: error: --branding and --no-branding exclude each other",
            file=sys.stderr,
        )
        return 2
    if args.no_branding:
        from export.service_plan import Branding

        branding = Branding()
    elif args.branding is not None:
        from ui.branding import load_profile  # QtCore only: no display needed

        branding = load_profile(args.branding)
    else:
        from ui.branding import branding_from_settings  # QtCore only: no display needed

        branding = branding_from_settings()
    options = ExportOptions(
        language=args.lang, paper=args.paper, sections=sections, branding=branding
    )
    if args.output is None and args.charts is None:
        print(f"{PROG} export: error: give -o OUT, --charts DIR, or both", file=sys.stderr)
        return 2
    if args.charts is not None:
        from export.chart_files import write_charts

        store = PlanStore.open(Path(args.plan), readonly=True)
        try:
            written = write_charts(store, Path(args.charts), options)
        finally:
            store.close()
        print(f"Wrote {len(written) // 2} charts (PNG and SVG) to {args.charts}")
        if args.output is None:
            return 0
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


def _cmd_branding(args: argparse.Namespace) -> int:
    """List, show, make, change or remove the consultant's named branding profiles."""
    import dataclasses

    from export.service_plan import Branding
    from ui import branding as profiles

    if args.name is None:
        names = profiles.profile_names()
        if not names:
            print("No branding profiles yet; make one with: branding NAME --firm TEXT …")
        for name in names:
            shown = profiles.load_profile(name)
            logo = "logo" if shown.logo is not None else "no logo"
            print(f"{name}: {shown.firm or '(no firm)'}, {shown.accent}, {logo}")
        return 0
    if args.remove:
        profiles.remove_profile(args.name)
        print(f"Removed the branding profile {args.name}.")
        return 0
    changes = {
        key: value
        for key, value in (("firm", args.firm), ("accent", args.accent), ("footer", args.footer))
        if value is not None
    }
    if args.logo is not None:
        changes["logo"] = Path(args.logo).read_bytes()
    if args.no_logo:
        changes["logo"] = None
    if args.word_template is not None:
        changes["word_template"] = Path(args.word_template).read_bytes()
    if args.no_word_template:
        changes["word_template"] = None
    if not changes and not args.from_preferences:
        shown = profiles.load_profile(args.name)
        print(f"{args.name}")
        print(f"  firm:   {shown.firm}")
        print(f"  accent: {shown.accent}")
        print(f"  footer: {shown.footer}")
        print(f"  logo:   {'yes' if shown.logo is not None else 'none'}")
        print(f"  Word template: {'yes' if shown.word_template is not None else 'none'}")
        return 0
    if args.from_preferences:
        start = profiles.branding_from_settings()
    elif args.name in profiles.profile_names():
        start = profiles.load_profile(args.name)
    else:
        start = Branding()
    profiles.save_profile(args.name, dataclasses.replace(start, **changes))
    print(f"Saved the branding profile {args.name}; use it with: export … --branding {args.name}")
    return 0


def _cmd_waves(args: argparse.Namespace) -> int:
    """List the survey waves, or rename, merge or remove one (each edit one transaction)."""
    from plan.errors import InvalidValueError
    from plan.store import PlanStore

    editing = args.rename or args.merge or args.remove
    store = PlanStore.open(Path(args.plan), readonly=not editing)
    try:
        ids = {wave.label: wave.id for wave in store.survey.waves()}

        def wave_id(label: str) -> int:
            if label not in ids:
                known = ", ".join(map(repr, ids)) or "none"
                raise InvalidValueError("wave", f"no wave labelled {label!r} (waves: {known})")
            return ids[label]

        if args.rename:
            store.survey.rename_wave(wave_id(args.rename[0]), args.rename[1])
        elif args.merge:
            store.survey.merge_waves(wave_id(args.merge[0]), wave_id(args.merge[1]))
        elif args.remove:
            store.survey.remove_wave(wave_id(args.remove))
        latest = store.survey.latest_wave()
        for wave in store.survey.waves():
            mark = "  (latest: the plan's survey figures)" if wave == latest else ""
            print(f"{wave.date}  {wave.label}  {_rows(wave.responses)}{mark}")
    finally:
        store.close()
    return 0


def _cmd_open(args: argparse.Namespace) -> int:
    from ui.environment import gui_blocker

    demo = bool(getattr(args, "demo", False))
    if demo and args.plan is not None:
        print("error: open takes a plan or --demo, not both", file=sys.stderr)
        return 2
    blocker = gui_blocker()
    if blocker is not None:
        if args.plan is None:
            return _headless_demo(blocker)
        print(f"error: cannot open a window: {blocker}", file=sys.stderr)
        return 1
    from ui.app import run_gui

    return run_gui(Path(args.plan) if args.plan else None, demo=demo)


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
    "export-data": _cmd_export_data,
    "apply": _cmd_apply,
    "imports": _cmd_imports,
    "branding": _cmd_branding,
    "waves": _cmd_waves,
}


def _add_pdf_arguments(
    command: argparse.ArgumentParser, output: str, *, required: bool = True
) -> None:
    """What every command that prints a PDF takes: the plan, the output, language and paper."""
    command.add_argument("plan", metavar="PLAN", help="a .svcplan file (only read)")
    command.add_argument(
        "-o", "--output", required=required, metavar=output, help="the document to write"
    )
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
    open_cmd.add_argument(
        "--demo",
        action="store_true",
        help="open the built-in demo plan in the window's language (made on first use)",
    )

    new = commands.add_parser(
        "new",
        help="create a plan file",
        description="Create a plan: empty, the demo, from a data file (--from, everything it"
        " holds) or from a template (--template: another plan's or data file's standards, goals"
        " and means, none of its data).",
    )
    new.add_argument("plan", metavar="PLAN", help="the .svcplan file to create (must not exist)")
    new.add_argument("--demo", action="store_true", help="fill it with the demo bakery-café")
    new.add_argument(
        "--from",
        dest="source",
        metavar="FILE.json",
        help="build it from a data file written by export-data (or by hand)",
    )
    new.add_argument(
        "--template",
        metavar="OTHER",
        help="start it with the standards, goals and means of another plan (.svcplan) or data"
        " file (.json)",
    )
    new.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="the plan's language (default: the data file's, else en)",
    )
    new.add_argument("--name", help="the business name")
    new.add_argument(
        "--strict", action="store_true", help="refuse a data file with keys it does not know"
    )

    export_data = commands.add_parser(
        "export-data",
        help="write everything a plan holds as one JSON data file",
        description="Write everything the plan holds (profile, logo, self-audit, metrics,"
        " snapshots, imports with their rows, complaints, problems, standards, goals, means, the"
        " calculator's inputs) as one JSON file; its format is documented in README.md and"
        " docs/serviceplan-data.schema.json.",
    )
    export_data.add_argument("plan", metavar="PLAN", help="a .svcplan file (only read)")
    export_data.add_argument(
        "-o", "--output", required=True, metavar="FILE.json", help="the data file to write"
    )

    apply = commands.add_parser(
        "apply",
        help="merge a (partial) data file into a plan as one change",
        description="Merge a data file into a plan in one transaction. A list the file holds"
        " (standards, goals, means, problems, complaints, imports, snapshots…) replaces the"
        " plan's; an object (profile, answers, metrics, sins, economics) sets the keys it gives;"
        " what the file does not hold is left as it is.",
    )
    apply.add_argument("plan", metavar="PLAN", help="the .svcplan file to change")
    apply.add_argument("file", metavar="FILE.json", help="a data file (all of it or a part)")
    apply.add_argument(
        "--strict", action="store_true", help="refuse a data file with keys it does not know"
    )

    imports = commands.add_parser(
        "imports",
        help="list a plan's imported files, or remove one",
        description="List the survey and complaint files imported into a plan (id, kind, date,"
        " rows, file), or remove one with all its rows as the window does.",
    )
    imports.add_argument("plan", metavar="PLAN", help="a .svcplan file")
    imports.add_argument(
        "--remove", type=int, metavar="ID", help="remove the import with this id and its rows"
    )
    imports.add_argument("--json", action="store_true", help="list them as JSON on stdout")

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
        ("import-complaints", "complaints", "date, category, description, resolved, segment"),
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
        if name == "import-survey":
            command.add_argument(
                "--wave",
                metavar="LABEL",
                help="the survey wave to add them to (a new label makes a new wave; default: the"
                " wave named after the responses' month, or the import day's, as YYYY-MM)",
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
    _add_pdf_arguments(export, "OUT.pdf", required=False)
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
    export.add_argument(
        "--charts",
        metavar="DIR",
        help="also (or, without -o, only) write every chart into DIR as PNG and SVG",
    )
    export.add_argument(
        "--branding",
        metavar="NAME",
        help="use this branding profile (see the branding command) instead of the Preferences'",
    )

    branding = commands.add_parser(
        "branding",
        help="list, make or remove named branding profiles for export --branding",
        description="A consultant serving several client identities keeps a named branding"
        " profile for each (firm, accent colour, footer, logo) and picks one per export with"
        " export … --branding NAME. Without NAME: list them. With NAME alone: show it. With"
        " options: make it, or change what the options give.",
    )
    branding.add_argument("name", nargs="?", metavar="NAME", help="the profile's name")
    branding.add_argument("--firm", metavar="TEXT", help="the consultant's firm")
    branding.add_argument("--accent", metavar="#RRGGBB", help="the accent colour")
    branding.add_argument("--footer", metavar="TEXT", help="the footer line on every page")
    branding.add_argument("--logo", metavar="FILE", help="a PNG or JPEG logo")
    branding.add_argument("--no-logo", action="store_true", help="remove the profile's logo")
    branding.add_argument(
        "--word-template",
        metavar="FILE",
        help="a .docx whose page, styles, header and footer the Word Service Plan takes",
    )
    branding.add_argument(
        "--no-word-template", action="store_true", help="remove the profile's Word template"
    )
    branding.add_argument(
        "--from-preferences",
        action="store_true",
        help="start from the branding set in the window's Preferences",
    )
    branding.add_argument("--remove", action="store_true", help="forget the profile")

    waves = commands.add_parser(
        "waves",
        help="list, rename, merge or remove survey waves",
        description="List the plan's survey waves in date order. The plan's survey figures are"
        " the latest wave's; the report compares it with the wave before.",
    )
    waves.add_argument("plan", metavar="PLAN", help="a .svcplan file")
    edit = waves.add_mutually_exclusive_group()
    edit.add_argument("--rename", nargs=2, metavar=("LABEL", "NEW"), help="relabel a wave")
    edit.add_argument(
        "--merge", nargs=2, metavar=("LABEL", "INTO"), help="move a wave's imports into another"
    )
    edit.add_argument("--remove", metavar="LABEL", help="remove a wave and its responses")

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
