"""Runs the program's work under an audit hook that blocks the network and records what it
opens and starts. Used by test_offline.py:

    python offline_probe.py ROOT WORKDIR CANARY

The plan is filled with text that names CANARY (a file that must never be opened) in every
way a PDF library or a template could follow: reportlab <img src> and <a href> markup, file://
URLs, shell and Python snippets. Then: the demo plan, a CSV and an XLSX import, the report,
the customer questionnaire PDF, and the Service Plan PDF when the program has it. One JSON
object on stdout: network attempts, files opened, processes started, PDFs' text.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

network: list[str] = []
opened: list[str] = []
started: list[str] = []

NETWORK_EVENTS = {
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.sendto",
    "socket.sendmsg",
    "urllib.Request",
    "http.client.connect",
}
PROCESS_EVENTS = {"subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn"}


def hook(event: str, args: tuple[Any, ...]) -> None:
    if event in NETWORK_EVENTS:
        network.append(f"{event} {args!r}"[:300])
        raise OSError(f"network blocked by the reliability test: {event}")
    if event == "open" and args and isinstance(args[0], str | bytes | Path):
        opened.append(str(args[0]))
    elif event in PROCESS_EVENTS:
        started.append(f"{event} {args!r}"[:300])


def hostile_texts(canary: str) -> dict[str, str]:
    return {
        "business_name": f'<img src="{canary}"/>',
        "industry": f'<a href="file://{canary}">x</a> & <b>bold</b> $x$',
        "address": f"<para><img src='{canary}' width='9' height='9'/></para>\nfile://{canary}",
        "customer_types": (
            f"$(cat {canary})\n`cat {canary}`\n__import__('os').system('cat {canary}')"
        ),
        "preparer_name": "{{7*7}} ${7*7} %(x)s",
    }


def main() -> None:
    root, workdir, canary = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    sys.path.insert(0, root)
    sys.addaudithook(hook)

    from export.survey_form import write_survey_form
    from plan.complaints import Complaint
    from plan.demo import create_demo
    from plan.imports import COMPLAINTS, SURVEY, prepare_import
    from plan.report import build_report
    from plan.scoring import Answer
    from plan.self_audit import item_ids

    texts: dict[str, str] = {}
    store = create_demo(workdir / "demo.svcplan", "en")
    try:
        for field, value in hostile_texts(canary).items():
            store.profile.set_field(field, value)
        store.self_audit.set_answer(item_ids()[0], Answer(3, False, f'<img src="{canary}"/>'))
        store.complaints.add(Complaint(None, f"<a href='{canary}'>", f'<img src="{canary}"/>'))
        survey = workdir / "survey.csv"
        survey.write_text(
            f'nps,comment\n9,"<img src=""{canary}""/>"\n3,=HYPERLINK("file://{canary}")\n',
            encoding="utf-8",
        )
        store.imports.add(prepare_import(SURVEY, survey))
        complaints = workdir / "complaints.csv"
        complaints.write_text(f"category,description\nx,<img src='{canary}'/>\n", encoding="utf-8")
        store.imports.add(prepare_import(COMPLAINTS, complaints))
        json.dumps(build_report(store))
        form = workdir / "form.pdf"
        write_survey_form(store, form, invariant=True)
        texts["form"] = _pdf_text(form)
        try:
            from export.service_plan import ExportOptions, write_service_plan
        except ImportError:
            texts["plan"] = ""
        else:
            out = workdir / "plan.pdf"
            write_service_plan(store, out, ExportOptions(invariant=True))
            texts["plan"] = _pdf_text(out)
    finally:
        store.close()
    import main as program

    report = io.StringIO()
    sys.stdout, real = report, sys.stdout
    try:
        code = program.main(["report", str(workdir / "demo.svcplan"), "--json"])
    finally:
        sys.stdout = real
    print(
        json.dumps(
            {
                "network": network,
                "opened": opened,
                "started": started,
                "texts": texts,
                "report_code": code,
                "report": report.getvalue(),
            }
        )
    )


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


if __name__ == "__main__":
    main()
