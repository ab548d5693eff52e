"""What real PDF tools say about a PDF we wrote: shared by the export tests.

pdftotext and pdffonts (poppler-utils) and qpdf are installed by .ci/run; a machine without
them skips the tests that need them rather than failing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (poppler-utils / qpdf)")
    return path


def squash(text: str) -> str:
    """Text without whitespace: lines wrap differently per paper and language."""
    return re.sub(r"\s+", "", text)


def pdf_text(pdf: Path, *, first: int | None = None, last: int | None = None) -> str:
    """pdftotext's reading of the PDF (optionally of pages first..last), whitespace removed."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    result = subprocess.run(
        [tool("pdftotext"), "-enc", "UTF-8", *pages, str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return squash(result.stdout)


def font_rows(pdf: Path) -> list[list[str]]:
    """pdffonts' table, one list of columns per font (the header lines dropped)."""
    listing = subprocess.run(
        [tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return [row.split() for row in listing.splitlines()[2:]]


def assert_fonts_embedded(pdf: Path) -> list[str]:
    """Every font embedded, Helvetica (reportlab's unembedded default) absent; the names."""
    rows = font_rows(pdf)
    assert rows, "no fonts at all"
    for columns in rows:
        assert columns[-5] == "yes", columns  # emb
    names = [columns[0] for columns in rows]
    assert not any("Helvetica" in name for name in names), names
    return names


def assert_qpdf_clean(pdf: Path) -> None:
    result = subprocess.run(
        [tool("qpdf"), "--check", str(pdf)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
