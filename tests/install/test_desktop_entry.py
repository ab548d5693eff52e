"""packaging/linux/install-desktop.sh: a per-user menu entry, icons and the *.svcplan type,
installed under XDG_DATA_HOME and taken out again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "linux" / "install-desktop.sh"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops")


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run(
        ["sh", str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60
    )


def test_install_and_uninstall(tmp_path: Path) -> None:
    program = tmp_path / "my programs" / "serviceplan"  # a space in the path
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    done = _run(str(program), home=tmp_path)
    assert done.returncode == 0, done.stderr
    data = tmp_path / ".local" / "share"
    entry = (data / "applications" / "serviceplan.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}" %f' in entry
    assert "MimeType=application/x-serviceplan;" in entry
    mime = (data / "mime" / "packages" / "serviceplan.xml").read_text(encoding="utf-8")
    assert 'pattern="*.svcplan"' in mime
    icons = data / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert (icons / f"{size}x{size}" / "apps" / "serviceplan.png").is_file()
    validate = shutil.which("desktop-file-validate")
    if validate:
        subprocess.run([validate, str(data / "applications" / "serviceplan.desktop")], check=True)

    done = _run("--uninstall", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert not list(data.rglob("serviceplan*"))


def test_a_missing_program_is_one_clear_line(tmp_path: Path) -> None:
    done = _run(str(tmp_path / "nowhere" / "serviceplan"), home=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("error: ")
    assert not (tmp_path / ".local").exists()
