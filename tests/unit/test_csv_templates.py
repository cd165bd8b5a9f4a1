"""The CSV templates: the example set and the empty templates validate, the templates and
docs follow the declared layout, and each bad input is reported with its file, line,
column and reason. No database."""

import csv
import shutil
from pathlib import Path

import pytest

from loaders import csvfiles
from loaders.csvcolumns import SHEETS, header, markdown
from loaders.errors import LoadError, Problem
from partnergraph.domain import Dataset
from partnergraph.domain.dataset import SECTIONS, references

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "data" / "templates"
EXAMPLE = TEMPLATES / "example"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the example set, to spoil one cell at a time."""
    return Path(shutil.copytree(EXAMPLE, tmp_path / "example"))


def problems(folder: Path) -> list[Problem]:
    with pytest.raises(LoadError) as caught:
        csvfiles.read(folder)
    return caught.value.problems


def only(folder: Path) -> Problem:
    found = problems(folder)
    assert len(found) == 1, found
    return found[0]


def rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def write(path: Path, table: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(table)


def set_cell(path: Path, line: int, column: str, value: str) -> None:
    """Line numbers are the file's: the header is line 1 (the example has one-line rows)."""
    table = rows(path)
    table[line - 1][table[0].index(column)] = value
    write(path, table)


# --- what validates -----------------------------------------------------------------


def test_example_validates_with_every_section() -> None:
    source = csvfiles.read(EXAMPLE)
    data = source.dataset
    counts = {s: len(getattr(data, s)) for s in SECTIONS}
    assert counts == {"documents": 1, "places": 3, "partners": 4, "items": 3, "agreements": 1,
                      "projects": 1, "donations": 1, "engagements": 1, "policies": 1}
    assert data.home == "quang-tri-pc"
    donation = data.donations[0]
    assert donation.donors == ["aozora-city", "hikari-kokusai"]
    assert [line.item for line in donation.items] == ["ventilator", "patient-monitor", "face-mask"]
    assert str(donation.items[2].quantity.value) == "50000"
    assert donation.value.currency == "VND" and donation.value.qualifier == "lower_bound"
    assert len(donation.sources) == 2  # its own row's, and one from sources.csv
    assert data.direction(donation) == "inbound"
    doh = next(p for p in data.partners if p.id == "quang-tri-doh")
    assert [(a.kind, a.target) for a in doh.affiliations] == [("part_of", "quang-tri-pc")]
    assert data.documents[0].published.start.isoformat() == "2022-06-15"
    assert source.origins[("partners", 2)] == (EXAMPLE / "partners.csv", 4)


def test_example_references_and_quotes_hold() -> None:
    data = csvfiles.read(EXAMPLE).dataset
    declared = {s: {r.id for r in getattr(data, s)} for s in SECTIONS}
    for ref in references(data):
        assert any(ref.id in declared[t] for t in ref.targets), ref
    text = data.documents[0].text
    assert text and data.documents[0].sha256
    quotes = [s.quote for _, _, r in data.records() for s in getattr(r, "sources", [])]
    quotes += [s.quote for p in data.partners for a in p.affiliations for s in a.sources]
    quotes += [s.quote for d in data.donations for i in d.items for s in i.sources]
    assert len(quotes) > 15
    for quote in quotes:
        assert quote in text, quote


def test_empty_templates_validate_to_an_empty_dataset() -> None:
    assert csvfiles.read(TEMPLATES).dataset == Dataset()


def test_templates_and_docs_follow_the_layout() -> None:
    docs = (ROOT / "docs" / "csv-templates.md").read_text(encoding="utf-8")
    for sheet in SHEETS:
        expected = header(sheet).strip().split(",")
        assert rows(TEMPLATES / sheet.name) == [expected]
        assert rows(EXAMPLE / sheet.name)[0] == expected
        assert markdown(sheet) in docs, f"docs table of {sheet.name} is out of date"
    assert {p.name for p in TEMPLATES.glob("*.csv")} == {s.name for s in SHEETS}


def test_csv_folder_is_recognised_by_its_file_names(tmp_path: Path) -> None:
    assert csvfiles.is_csv_folder(EXAMPLE) and csvfiles.is_csv_folder(TEMPLATES)
    (tmp_path / "export.csv").write_text("a,b\n")
    assert not csvfiles.is_csv_folder(tmp_path)


def test_without_bom_with_semicolons_and_multiline_cells(folder: Path) -> None:
    items = folder / "items.csv"
    table = rows(items)
    table[1][table[0].index("name_en")] = "ventilator\n(ICU)"

    def save() -> None:  # no BOM, `;` between cells: a spreadsheet in a decimal-comma locale
        with items.open("w", encoding="utf-8", newline="") as f:
            csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(table)

    save()
    assert csvfiles.read(folder).dataset.items[0].name_en == "ventilator\n(ICU)"
    # Rows after a multi-line cell keep their true line numbers.
    table[3][table[0].index("name_vi")] = ""
    save()
    assert only(folder) == Problem(items, 5, "name_vi", "required: this cell is empty")


# --- what is rejected, and where ------------------------------------------------------


def test_invalid_utf8_names_line_and_column(folder: Path) -> None:
    partners = folder / "partners.csv"
    text = partners.read_text(encoding="utf-8-sig")
    # What Excel writes when a sheet is saved as plain "CSV" on a Vietnamese Windows.
    partners.write_bytes(_cp1258_cell(text, "Sở Y tế"))
    problem = only(folder)
    assert (problem.file, problem.line, problem.field) == (partners, 3, "name_vi")
    assert problem.reason.startswith("not valid UTF-8 (byte 0x")


def _cp1258_cell(text: str, words: str) -> bytes:
    before, after = text.split(words, 1)
    # "Sở Y tế" in Windows-1258: base letters and combining tone marks, one byte each.
    return before.encode("utf-8") + b"S\xf5\xd2 Y t\xea\xec" + after.encode("utf-8")


def test_ragged_row(folder: Path) -> None:
    items = folder / "items.csv"
    with items.open("a", encoding="utf-8") as f:
        f.write("gloves,găng tay\n")
    assert only(folder) == Problem(items, 5, None, "row has 2 cells; the header has 4 columns")


def test_unknown_column(folder: Path) -> None:
    items = folder / "items.csv"
    write(items, [[*row, "colour" if i == 0 else ""] for i, row in enumerate(rows(items))])
    problem = only(folder)
    assert (problem.file, problem.line, problem.field) == (items, 1, "colour")
    assert problem.reason.startswith("unknown column; the columns of items.csv are id,")


def test_misspelt_column_is_unknown_and_leaves_a_required_one_missing(folder: Path) -> None:
    items = folder / "items.csv"
    table = rows(items)
    table[0][table[0].index("name_en")] = "name_english"
    write(items, table)
    unknown, missing = problems(folder)
    assert (unknown.line, unknown.field) == (1, "name_english")
    assert "did you mean name_en?" in unknown.reason
    assert missing == Problem(items, 1, "name_en", "required column is missing")


def test_missing_required_column(folder: Path) -> None:
    partners = folder / "partners.csv"
    at = rows(partners)[0].index("kind")
    write(partners, [row[:at] + row[at + 1:] for row in rows(partners)])
    assert only(folder) == Problem(partners, 1, "kind", "required column is missing")


def test_unknown_partner_kind(folder: Path) -> None:
    set_cell(folder / "partners.csv", 5, "kind", "ngo")
    problem = only(folder)
    assert (problem.file, problem.line, problem.field) == (folder / "partners.csv", 5, "kind")
    assert "'foreign_ngo'" in problem.reason and "'ngo'" in problem.reason


@pytest.mark.parametrize(("file", "column"), [("donations.csv", "when"),
                                              ("affiliations.csv", "since")])
def test_impossible_date(folder: Path, file: str, column: str) -> None:
    set_cell(folder / file, 2, column, "31/02/2023")
    problem = only(folder)
    assert (problem.file, problem.line, problem.field) == (folder / file, 2, column)
    assert "31/02/2023" in problem.reason
    assert "not a real date" in problem.reason or "day value is outside" in problem.reason


def test_negative_quantity(folder: Path) -> None:
    set_cell(folder / "donation_items.csv", 3, "quantity", "-20 máy theo dõi bệnh nhân")
    problem = only(folder)
    assert (problem.file, problem.line, problem.field) == (folder / "donation_items.csv", 3,
                                                           "quantity")
    assert "-20 máy theo dõi bệnh nhân" in problem.reason


def test_unknown_currency(folder: Path) -> None:
    set_cell(folder / "donations.csv", 2, "value", "53 XYZ")
    problem = only(folder)
    assert (problem.file, problem.line, problem.field) == (folder / "donations.csv", 2, "value")
    assert "currency 'XYZ'" in problem.reason


def test_unknown_csv_file_name(folder: Path) -> None:
    (folder / "partner.csv").write_text("id\n", encoding="utf-8")
    (folder / "~$partners.csv").write_text("lock file", encoding="utf-8")  # Excel's: ignored
    problem = only(folder)
    assert (problem.file, problem.line, problem.field) == (folder / "partner.csv", None, None)
    assert problem.reason.startswith("unknown CSV file name; did you mean partners.csv?")


# --- the rules between cells and files ------------------------------------------------


def test_empty_source_document_is_one_problem(folder: Path) -> None:
    set_cell(folder / "donations.csv", 2, "source_document", "")
    assert only(folder) == Problem(folder / "donations.csv", 2, "source_document",
                                   "required: this cell is empty")


def test_list_written_with_commas(folder: Path) -> None:
    set_cell(folder / "donations.csv", 2, "donors", "aozora-city, hikari-kokusai")
    problem = only(folder)
    assert (problem.line, problem.field) == (2, "donors")
    assert "separate the ids of a list with ;" in problem.reason


def test_rule_over_several_cells_names_its_first_column(folder: Path) -> None:
    for column in ("name_vi", "name_en", "acronym"):
        set_cell(folder / "partners.csv", 5, column, "")
    problem = only(folder)
    assert (problem.line, problem.field) == (5, "name_vi")
    assert "at least one of name_vi, name_en or acronym" in problem.reason


def test_child_rows_need_their_parent(folder: Path) -> None:
    set_cell(folder / "donation_items.csv", 4, "donation_id", "no-such-donation")
    set_cell(folder / "sources.csv", 2, "id", "no-such-donation")
    assert problems(folder) == [
        Problem(folder / "donation_items.csv", 4, "donation_id",
                "no donation 'no-such-donation' in donations.csv"),
        Problem(folder / "sources.csv", 2, "id", "no record 'no-such-donation' in donations.csv"),
    ]


def test_one_home_only(folder: Path) -> None:
    set_cell(folder / "partners.csv", 4, "home", "yes")
    problem = only(folder)
    assert (problem.line, problem.field) == (4, "home")


def test_problems_of_several_files_come_together(folder: Path) -> None:
    set_cell(folder / "partners.csv", 5, "kind", "ngo")
    set_cell(folder / "donations.csv", 2, "value", "53 XYZ")
    set_cell(folder / "places.csv", 2, "valid_from", "2023-02-31")
    found = [(p.file.name, p.line, p.field) for p in problems(folder)]
    assert found == [("donations.csv", 2, "value"), ("partners.csv", 5, "kind"),
                     ("places.csv", 2, "valid_from")]


def test_missing_text_file(folder: Path) -> None:
    (folder / "article.txt").unlink()
    problem = only(folder)
    assert (problem.file, problem.line, problem.field) == (folder / "documents.csv", 2,
                                                           "text_file")
