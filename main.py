"""Service Plan builder: the GUI with no arguments, the command line with a subcommand."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from plan import LANGUAGES
from plan.errors import PlanError

PROG = "main.py"

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
            store.set_profile_field("business_name", name)

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
    """No screen: write the demo plan's output instead of opening a window, and say where."""
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
    try:
        report = build_report(store)
    finally:
        store.close()
    out = plan_path.with_name(f"demo-{language}-report.json")
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"No window can be opened here ({reason}).")
    print(f"The demo plan is at {plan_path}")
    print(f"Its report was written to {out}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "open": _cmd_open,
    "new": _cmd_new,
    "report": _cmd_report,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
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
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
