"""The wheel works outside the source checkout: built, installed into a fresh environment, run
from another folder, it writes a Chinese demo plan's PDF with every font embedded.

Kept fast and offline: the wheel is built with the dev environment's setuptools
(--no-build-isolation) and installed with --no-deps into a new virtual environment that sees the
dev environment's site-packages (the dependencies) through a plain path in a .pth file. Such a
path does not run the .pth files found there, so the checkout's editable install stays invisible:
only the wheel's copy of the program can be imported.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "export"))
from pdf_checks import assert_fonts_embedded, pdf_text

ROOT = Path(__file__).resolve().parents[2]


def _run(cmd: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{cmd}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    base = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.pop("SERVICEPLAN_CJK_FONT", None)
    wheels = base / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "--wheel-dir", str(wheels), str(ROOT)],
        cwd=base, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    if build.returncode != 0 and "No module named pip" in build.stderr:
        pytest.skip("pip is not available in this environment")
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("serviceplan-*.whl")
    target = base / "venv"
    venv.create(target, with_pip=False)
    bindir = target / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    purelib = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
    )  # fmt: skip
    (purelib / "_serviceplan_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
         "--no-index", str(wheel)],
        cwd=base, env=env,
    )  # fmt: skip
    return bindir, env


def test_installed_program_runs_outside_the_checkout(
    installed: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    bindir, env = installed
    python = str(next(bindir.glob("python*")))
    where = _run(
        [python, "-c", "import main, plan, serviceplan; print(main.__file__, plan.__file__)"],
        cwd=tmp_path, env=env,
    ).stdout  # fmt: skip
    assert str(ROOT) not in where, where
    version = _run([str(bindir / "serviceplan"), "--version"], cwd=tmp_path, env=env).stdout
    from serviceplan import __version__

    assert version.strip() == f"serviceplan {__version__}"
    assert _run([python, "-m", "serviceplan", "--version"], cwd=tmp_path, env=env).stdout == version

    _run([str(bindir / "serviceplan"), "new", "x.svcplan", "--demo", "--lang", "zh"],
         cwd=tmp_path, env=env)  # fmt: skip
    _run([str(bindir / "serviceplan"), "export", "x.svcplan", "-o", "x.pdf"],
         cwd=tmp_path, env=env)  # fmt: skip
    pdf = tmp_path / "x.pdf"
    names = assert_fonts_embedded(pdf)
    assert any("ServicePlanCJK" in name for name in names), names  # the font it ships
    assert "服务计划" in pdf_text(pdf, first=1, last=1)
