"""The layering contract, checked by importing: plan/ needs no Qt, matplotlib or reportlab;
export/ needs no Qt. Each check runs in a fresh interpreter with those packages made unimportable.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

QT = ("PySide6", "shiboken6")
PLOTTING = ("matplotlib", "reportlab")

BLOCKED_IMPORT = """
import importlib
import importlib.abc
import pkgutil
import sys

root, package, blocked = sys.argv[1], sys.argv[2], frozenset(sys.argv[3].split(","))


class Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in blocked:
            raise ImportError(f"blocked by the layering test: {name}")
        return None


already = sorted(m for m in sys.modules if m.partition(".")[0] in blocked)
if already:
    sys.exit(f"imported before the blocker was installed: {already}")
sys.meta_path.insert(0, Blocker())
sys.path.insert(0, root)

if package == "--probe":
    for name in sorted(blocked):
        try:
            importlib.import_module(name)
        except ImportError as exc:
            print(f"refused {name}: {exc}")
        else:
            print(f"IMPORTED {name}")
    sys.exit(0)


def fail(name):
    raise SystemExit(f"cannot import {name}: {sys.exc_info()[1]!r}")


top = importlib.import_module(package)
names = [package]
for info in pkgutil.walk_packages(top.__path__, package + ".", onerror=fail):
    try:
        importlib.import_module(info.name)
    except BaseException as exc:
        raise SystemExit(f"cannot import {info.name}: {exc!r}") from None
    names.append(info.name)
leaked = sorted(m for m in sys.modules if m.partition(".")[0] in blocked)
if leaked:
    sys.exit(f"blocked modules were loaded anyway: {leaked}")
print("\\n".join(names))
"""


def run_blocked(package: str, blocked: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCKED_IMPORT, str(ROOT), package, ",".join(blocked)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_blocker_refuses_the_blocked_packages() -> None:
    result = run_blocked("--probe", QT + PLOTTING)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(QT + PLOTTING)
    for line in lines:
        assert line.startswith("refused "), line
        assert "blocked by the layering test" in line


def test_blocker_catches_a_module_that_imports_qt(tmp_path: Path) -> None:
    """A stand-in package importing PySide6 must fail the check, or the check proves nothing."""
    package = tmp_path / "leaky"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "widgets.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", BLOCKED_IMPORT, str(tmp_path), "leaky", ",".join(QT)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode != 0
    assert "leaky.widgets" in result.stderr
    assert "PySide6" in result.stderr


def test_plan_imports_without_qt_matplotlib_or_reportlab() -> None:
    result = run_blocked("plan", QT + PLOTTING)
    assert result.returncode == 0, result.stderr
    imported = set(result.stdout.split())
    expected = {f"plan.{path.stem}" for path in (ROOT / "plan").glob("*.py")} - {"plan.__init__"}
    assert expected <= imported
    assert "plan.store" in imported


def test_export_imports_without_qt() -> None:
    folder = ROOT / "export"
    if not folder.is_dir() or not any(folder.rglob("*.py")):
        pytest.skip("export/ has no modules yet")
    result = run_blocked("export", QT)
    assert result.returncode == 0, result.stderr
    imported = set(result.stdout.split())
    expected = {
        "export." + ".".join(path.relative_to(folder).with_suffix("").parts)
        for path in folder.rglob("*.py")
        if path.name != "__init__.py"
    }
    assert expected <= imported
