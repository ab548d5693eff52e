"""Every reference to the method or the design in code, tests, assets and the README resolves
inside the repository: to docs/methodology.md or docs/design.md, and to a section they have."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = {"methodology": ROOT / "docs" / "methodology.md", "design": ROOT / "docs" / "design.md"}
SOURCES = ("plan", "export", "ui", "tests", "bench", "assets/content", "main.py", "README.md")
REFERENCE = re.compile(r"docs/(methodology|design)\.md\s+§(\d+(?:\.\d+)*)")
OUTSIDE = re.compile(r"\b(METHODOLOGY|DESIGN)\.md\b")


def _files() -> list[Path]:
    found: list[Path] = []
    for name in SOURCES:
        path = ROOT / name
        if path.is_file():
            found.append(path)
        else:
            found += [p for p in path.rglob("*") if p.suffix in {".py", ".json", ".md"}]
    return [p for p in found if p != Path(__file__)]


def _sections(doc: Path) -> set[str]:
    return set(re.findall(r"^#{2,4} (\d+(?:\.\d+)*) ", doc.read_text(encoding="utf-8"), re.M))


def test_no_reference_points_outside_the_repository() -> None:
    outside = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in _files()
        for match in OUTSIDE.finditer(path.read_text(encoding="utf-8"))
    ]
    assert outside == []


def test_every_cited_section_exists() -> None:
    sections = {name: _sections(doc) for name, doc in DOCS.items()}
    assert all(sections.values())
    cited = [
        (path.relative_to(ROOT), match.group(1), match.group(2))
        for path in _files()
        for match in REFERENCE.finditer(path.read_text(encoding="utf-8").replace("\n", " "))
    ]
    assert len(cited) >= 15
    missing = [item for item in cited if item[2] not in sections[item[1]]]
    assert missing == []
