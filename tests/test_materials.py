"""`carelab materials`: for one small workshop, every file is written; every PDF opens; the Chinese text of the zh
PDFs is embedded and can be extracted; certificates carry the class list's names; the handout's figures are the
parameters' own; a mistake (an unknown curriculum, an --out that is a file, a class list that does not exist) ends
with one message and writes nothing.

PDFs are read with poppler's pdftotext and pdfinfo (Debian poppler-utils, which .ci/run installs)."""
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from simulation.cli import main
from simulation.inputs.errors import InputError, UserError
from simulation.reports import materials
from simulation.reports.materials import content, style
from simulation.reports.materials.slides import decks
from simulation.workshop.curricula.model import load_workshop, validated

REPO = Path(__file__).resolve().parents[1]
WORKSHOP = "policy-half-day"  # the smallest: four presentation sessions
NAMES = ["张伟", "Maria Schmidt", "李娜"]


@pytest.fixture(scope="module")
def poppler():
    if not (shutil.which("pdftotext") and shutil.which("pdfinfo")):
        pytest.fail("pdftotext and pdfinfo are needed to read the PDFs: apt-get install poppler-utils")


@pytest.fixture(scope="module")
def written(tmp_path_factory, poppler):
    folder = tmp_path_factory.mktemp("materials")
    names = folder / "class.csv"
    names.write_text("name,table\n" + "".join(f"{name},{n}\n" for n, name in enumerate(NAMES)), encoding="utf-8")
    out = folder / "M"
    assert main(["materials", WORKSHOP, "--out", str(out), "--class-list", str(names)]) == 0
    return out


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def test_every_material_is_written_for_both_languages(written):
    workshop = load_workshop(REPO / "curricula" / f"{WORKSHOP}.yaml")
    presentations = [s for m in workshop.modules for s in m.sessions if s.kind == "presentation"]
    for lang in ("en", "zh"):
        folder = written / WORKSHOP / lang
        for name in ("handouts.pdf", "evaluation.pdf", "certificates.pdf"):
            assert (folder / name).stat().st_size > 1000, name
        assert len(list((folder / "slides").glob("*.slides.html"))) == len(presentations)
        assert len(list((folder / "slides").glob("*.pdf"))) == len(presentations)
    marker = json.loads((written / ".carelab-output.json").read_text(encoding="utf-8"))
    on_disk = sorted(str(p.relative_to(written)) for p in written.rglob("*") if p.is_file()
                     and p.name != ".carelab-output.json")
    assert marker["command"] == "materials" and marker["files"] == on_disk


def test_every_pdf_opens_and_the_chinese_is_embedded_and_searchable(written):
    pdfs = sorted(written.rglob("*.pdf"))
    assert len(pdfs) == 2 * (3 + 4)
    for pdf in pdfs:
        assert pages_of(pdf) >= 1, pdf
        if "/zh/" in str(pdf):
            assert b"/FontFile2" in pdf.read_bytes(), f"{pdf}: the Chinese font is not embedded"
    zh = written / WORKSHOP / "zh"
    assert "各项目的救助对象" in text_of(zh / "handouts.pdf")
    assert "最低生活保障（低保）" in text_of(zh / "handouts.pdf")
    assert "培训评估表" in text_of(zh / "evaluation.pdf")
    assert "一站式服务中心及其障碍" in text_of(zh / "evaluation.pdf")  # each module, rated
    assert "结业证书" in text_of(zh / "certificates.pdf")
    assert "达川区的一站式服务中心及其堵点" in text_of(next((zh / "slides").glob("*one-stop*.pdf")))
    assert not re.search(r"[\u4e00-\u9fff]", text_of(written / WORKSHOP / "en" / "evaluation.pdf"))


def test_the_certificates_carry_the_class_list_one_page_each(written):
    for lang in ("en", "zh"):
        certificates = written / WORKSHOP / lang / "certificates.pdf"
        assert pages_of(certificates) == len(NAMES)
        shown = text_of(certificates)
        assert all(name in shown for name in NAMES)


def test_without_a_class_list_one_blank_certificate(tmp_path, poppler):
    workshop = load_workshop(REPO / "curricula" / f"{WORKSHOP}.yaml")
    path = tmp_path / "certificates.pdf"
    materials.forms.write_certificates(path, workshop, "zh", [])
    assert pages_of(path) == 1 and "兹证明" in text_of(path)


def test_the_reveal_slides_are_in_the_decks_language(written):
    html = next((written / WORKSHOP / "zh" / "slides").glob("*one-stop*.slides.html")).read_text(encoding="utf-8")
    assert '<html lang="zh-Hans">' in html and "reveal" in html
    assert "达川区的一站式服务中心及其堵点" in html and "一站式办理流程" in html  # the session's process slide


def test_the_dibao_session_shows_who_each_programme_is_for():
    workshop = load_workshop(REPO / "curricula" / "practitioner-two-day.yaml")
    deck = next(d for d in decks(workshop, "en") if "dibao-case" in d.name)
    table = next(slide for slide in deck.slides if slide.heading == "Who each programme is for")
    assert [row[0] for row in table.rows[1:]] == [row.name for row in content.programmes("en")]
    assert len(table.rows) == 7


def test_the_handouts_figures_are_the_parameters_own():
    rows = {row.name: row for row in content.programmes("en")}
    dibao = rows["Minimum living guarantee (Dibao)"]
    assert "520 yuan a person urban, 330 rural" in dibao.what.text and dibao.what.sources == {"SEED004": "verified"}
    assert "12.61 million" in dibao.national.text and dibao.national.sources == {"S14": "verified"}
    assert "80 yuan" not in rows["Old-age allowance"].what.text and "60 yuan a month from 80" in \
        rows["Old-age allowance"].what.text
    steps, source = content.process("zh")
    assert len(steps) == 5 and source == "SEED004" and "约需3天" in steps[2][2].text


def test_the_case_cards_answers_are_the_calculators(tmp_path):
    cards = content.cases("en")
    family = next(card for card in cards if "Sanliping" in card.title)
    assert sum(e.amount for e in family.answer) == 682  # datasets/rule-cases/dibao.yaml's first case
    assert all(card.source in content.source_titles() for card in cards)


@pytest.mark.parametrize("argv, field", [
    (["materials", "no-such-workshop"], "CURRICULUM"),
    (["materials", WORKSHOP, "--class-list", "missing.csv"], "file"),
])
def test_a_mistake_gives_one_message_and_writes_nothing(tmp_path, capsys, monkeypatch, argv, field):
    monkeypatch.chdir(tmp_path)
    assert main([*argv, "--out", "M"]) == 2
    message = capsys.readouterr().err
    assert message.startswith("carelab materials") and f"{field} = " in message and "Traceback" not in message
    assert list(tmp_path.iterdir()) == []


def test_an_out_that_is_a_file_is_refused(tmp_path, capsys):
    taken = tmp_path / "notes.txt"
    taken.write_text("mine", encoding="utf-8")
    assert main(["materials", WORKSHOP, "--out", str(taken)]) == 2
    assert "is a file" in capsys.readouterr().err
    assert taken.read_text(encoding="utf-8") == "mine" and sorted(tmp_path.iterdir()) == [taken]


def test_class_lists(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("张伟\n\nMaria Schmidt\n", encoding="utf-8")
    assert materials.class_list(plain) == ["张伟", "Maria Schmidt"]
    with_column = tmp_path / "class.csv"
    with_column.write_text("\ufeffNo,Name\n1,李娜\n2,\n", encoding="utf-8")  # Excel's byte-order mark
    assert materials.class_list(with_column) == ["李娜"]
    empty = tmp_path / "empty.csv"
    empty.write_text("name\n", encoding="utf-8")
    with pytest.raises(InputError, match="names"):
        materials.class_list(empty)


def test_a_missing_chinese_font_names_the_package(monkeypatch):
    monkeypatch.setattr(style, "CHINESE_FONTS", [(Path("/nowhere/font.ttc"), 0)])
    style.font.cache_clear()
    try:
        with pytest.raises(UserError, match="fonts-wqy-zenhei"):
            style.font("zh")
    finally:
        style.font.cache_clear()


def test_slides_belong_to_presentation_sessions():
    import yaml
    data = yaml.safe_load((REPO / "curricula" / f"{WORKSHOP}.yaml").read_text(encoding="utf-8"))
    discussion = next(s for m in data["modules"] for s in m["sessions"] if s["kind"] == "discussion")
    discussion["slides"] = ["programmes"]
    with pytest.raises(InputError, match="slides on a presentation session only"):
        validated(data, "x.yaml")


