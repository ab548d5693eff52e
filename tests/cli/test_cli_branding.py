"""Named branding profiles: `branding` to keep them, `export --branding NAME` to use one."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan.demo import create_demo
from tests.cli.test_cli import run_main
from tests.export.pdf_checks import pdf_text
from ui import branding

ROOT = Path(__file__).resolve().parents[2]
LOGO = ROOT / "assets" / "demo" / "logo.png"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "demo.svcplan"
    create_demo(path, "en").close()
    return path


def test_profiles_are_kept_listed_shown_and_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_main(capsys, "branding")[1].startswith("No branding profiles yet")
    code, out, err = run_main(
        capsys,
        "branding",
        "Coastal Co",
        "--firm",
        "Coastal & Co",
        "--accent",
        "#1f4e5f",
        "--footer",
        "Coastal & Co, 2026",
        "--logo",
        str(LOGO),
    )
    assert (code, err) == (0, "")
    assert "--branding Coastal Co" in out
    assert run_main(capsys, "branding", "Harbour", "--firm", "Harbour Advisers")[0] == 0
    code, out, _ = run_main(capsys, "branding")
    assert out.splitlines() == [
        "Coastal Co: Coastal & Co, #1F4E5F, logo",
        "Harbour: Harbour Advisers, #1F4E5F, no logo",
    ]
    # Changing one value keeps the others.
    assert run_main(capsys, "branding", "Coastal Co", "--footer", "New footer")[0] == 0
    kept = branding.load_profile("Coastal Co")
    assert (kept.firm, kept.footer, kept.logo) == ("Coastal & Co", "New footer", LOGO.read_bytes())
    code, out, _ = run_main(capsys, "branding", "Coastal Co")
    assert "  footer: New footer" in out and "  logo:   yes" in out
    assert run_main(capsys, "branding", "Harbour", "--remove")[0] == 0
    assert branding.profile_names() == ["Coastal Co"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["../outside", "--firm", "x"], "is not a usable branding profile name"),
        (["Coastal", "--accent", "teal"], "'teal' is not a colour written as #RRGGBB"),
        (["Nope"], "there is no branding profile 'Nope' (profiles: none yet)"),
        (["Nope", "--remove"], "there is no branding profile 'Nope'"),
    ],
)
def test_bad_profiles_are_refused(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_main(capsys, "branding", *args)
    assert code == 1 and out == ""
    assert err.startswith("error: ") and message in err and err.count("\n") == 1
    assert branding.profile_names() == []


def test_a_bad_logo_leaves_the_profile_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_main(capsys, "branding", "Coastal", "--firm", "Coastal & Co")[0] == 0
    text = tmp_path / "logo.png"
    text.write_text("not an image", encoding="utf-8")
    code, _out, err = run_main(
        capsys, "branding", "Coastal", "--firm", "Other", "--logo", str(text)
    )
    assert code == 1 and "logo" in err
    assert branding.load_profile("Coastal").firm == "Coastal & Co"


def test_export_with_a_profile(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run_main(
            capsys,
            "branding",
            "Harbour",
            "--firm",
            "Harbour Advisers",
            "--footer",
            "Harbour footer line",
        )[0]
        == 0
    )
    pdf = tmp_path / "out.pdf"
    code, _out, err = run_main(capsys, "export", str(plan), "-o", str(pdf), "--branding", "Harbour")
    assert (code, err) == (0, "")
    text = pdf_text(pdf)
    assert "Harbourfooterline" in text and "HarbourAdvisers" in text
    plain = tmp_path / "plain.pdf"
    assert run_main(capsys, "export", str(plan), "-o", str(plain), "--no-branding")[0] == 0
    assert "Harbourfooterline" not in pdf_text(plain)


def test_export_with_an_unknown_profile_writes_nothing(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "out.pdf"
    code, _out, err = run_main(capsys, "export", str(plan), "-o", str(pdf), "--branding", "Nope")
    assert code == 1 and "there is no branding profile 'Nope'" in err
    assert not pdf.exists()
    code, _out, err = run_main(
        capsys, "export", str(plan), "-o", str(pdf), "--branding", "X", "--no-branding"
    )
    assert code == 2 and "exclude each other" in err


def test_a_profiles_word_template_is_the_base_of_the_word_plan(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import docx

    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "Harbour letterhead"
    letterhead.add_paragraph("TEMPLATE BODY")
    template = tmp_path / "letterhead.docx"
    letterhead.save(str(template))
    code, _out, err = run_main(
        capsys, "branding", "Harbour", "--firm", "Harbour", "--word-template", str(template)
    )
    assert (code, err) == (0, "")
    assert "Word template: yes" in run_main(capsys, "branding", "Harbour")[1]
    out = tmp_path / "plan.docx"
    code, _out, err = run_main(capsys, "export", str(plan), "-o", str(out), "--branding", "Harbour")
    assert (code, err) == (0, "")
    written = docx.Document(str(out))
    assert written.sections[0].header.paragraphs[0].text == "Harbour letterhead"
    assert "TEMPLATE BODY" not in "\n".join(p.text for p in written.paragraphs)
    # Not a Word document: refused, the profile keeps its template.
    bad = tmp_path / "bad.docx"
    bad.write_text("not a zip", encoding="utf-8")
    code, _out, err = run_main(capsys, "branding", "Harbour", "--word-template", str(bad))
    assert code == 1 and "not a Word document" in err
    assert branding.load_profile("Harbour").word_template == template.read_bytes()
    assert run_main(capsys, "branding", "Harbour", "--no-word-template")[0] == 0
    assert branding.load_profile("Harbour").word_template is None
