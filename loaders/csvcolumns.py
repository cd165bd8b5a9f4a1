"""The column layout of the CSV templates, declared once: the reader (loaders/csvfiles.py),
the empty templates (data/templates/) and the tables of docs/csv-templates.md all follow it,
and the tests check that the three agree.

Run `python -m loaders.csvcolumns` to print the documentation tables, or with `--write DIR`
to (re)write the header-only templates into DIR."""

import difflib
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

#: text: as written; list: `;`-separated ids or names; date: a calendar day (31/12/2023 or
#: 2023-12-31); number: 0,8 or 0.8; figure: money, quantity or period as the source writes it,
#: parsed by the domain models.
Kind = Literal["text", "list", "date", "number", "figure"]

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Column:
    name: str
    path: Path_  # where the cell goes inside the record; () for columns read by the loader itself
    meaning: str
    example: str = ""
    kind: Kind = "text"
    required: bool = False  # the header has it and every row fills it
    in_header: bool = False  # the header has it, the cell may stay empty


@dataclass(frozen=True)
class Sheet:
    """One CSV file: its rows are records of `section`, or, when `parent` is set, parts of
    the record whose id the `parent` column names, appended to that record's `into` list."""

    name: str
    section: str
    meaning: str
    columns: tuple[Column, ...]
    parent: str | None = None
    into: str | None = None

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


def _col(name: str, meaning: str, example: str = "", kind: Kind = "text", *,
         path: Path_ | None = None, required: bool = False, in_header: bool = False) -> Column:
    return Column(name, (name,) if path is None else path, meaning, example, kind,
                  required, in_header)


def _id(what: str, example: str) -> Column:
    return _col("id", f"Stable id of the {what}: lower case, digits, `-` `_` `.`; other rows "
                "refer to it.", example, required=True)


_NOTES = _col("notes", "Free remarks of the analyst.")


# Every fact row names the document it rests on and the words it rests on: the first source
# lives on the row itself; sources.csv adds further ones.
def _source(index: int = 0) -> tuple[Column, ...]:
    at: Path_ = ("sources", index)
    return (
        _col("source_document", "Id of the document (documents.csv) the row rests on.",
             "quang-tri-aozora-2022-06-15", path=(*at, "document"), required=True),
        _col("source_quote", "The words of the document the row rests on, copied verbatim "
             "(checked against its text). Empty only when the document's text is not stored; "
             "then say in source_note what the row rests on.",
             "thành phố Aozora (Nhật Bản)", path=(*at, "quote"), in_header=True),
        _col("method", "`curated` (read by a person, the default) or `extracted` (proposed "
             "by the extractor).", "curated", path=(*at, "method")),
        _col("confidence", "How sure the source reading is, 0 to 1.", "0,9", "number",
             path=(*at, "confidence")),
        _col("source_note", "Anything to say about the source.", "", path=(*at, "note")),
    )


_IDENTIFIERS = (
    _col("wikidata", "Wikidata item.", "Q17", path=("identifiers", "wikidata")),
    _col("iso_3166", "ISO 3166 code (country, or country-subdivision).", "VN-25",
         path=("identifiers", "iso_3166")),
)

SHEETS: tuple[Sheet, ...] = (
    Sheet("documents.csv", "documents", "The sources: articles, reports, decisions.", (
        _id("document", "quang-tri-aozora-2022-06-15"),
        _col("title", "Title as published.", "Quảng Trị tiếp nhận thiết bị y tế"),
        _col("kind", "`news_article` (default), `report`, `decision`, …", "news_article"),
        _col("publisher", "Who published it.", "Báo Quảng Trị"),
        _col("author", "Who wrote it.", ""),
        _col("published", "Publication date as written.", "15/06/2022", "figure"),
        _col("language", "Language code, `vi` by default.", "vi"),
        _col("url", "Where it was read.", "https://example.org/bai-viet"),
        _col("text_file", "The document's text (UTF-8), relative to this folder: quotes are "
             "checked against it.", "article.txt"),
        _col("sha256", "SHA-256 of text_file, to notice when the text changes.", ""),
        _NOTES,
    )),
    Sheet("places.csv", "places", "Countries and administrative areas.", (
        _id("place", "japan"),
        _col("kind", "`country`, `province`, `autonomous_region`, `prefecture`, `county` "
             "or `city`.", "country", required=True),
        _col("name_vi", "Vietnamese name.", "Nhật Bản"),
        _col("name_en", "English name.", "Japan", required=True),
        _col("aliases", "Other names, `;`-separated.", "日本;Nippon", "list"),
        *_IDENTIFIERS,
        _col("part_of", "Id of the place it lies in.", "japan"),
        _col("merged_into", "Id of the place it was merged into.", ""),
        _col("valid_from", "First day it existed in this form.", "", "date"),
        _col("valid_until", "Last day it existed in this form.", "", "date"),
        _NOTES, *_source(),
    )),
    Sheet("partners.csv", "partners", "Governments, offices, NGOs, companies…", (
        _id("partner", "aozora-city"),
        _col("kind", "`national_government`, `local_government`, `government_office`, "
             "`diplomatic_mission`, `multilateral`, `foreign_ngo`, `domestic_organisation`, "
             "`company` or `association`.", "local_government", required=True),
        _col("home", "`yes` on the one partner the data set is about (the province): "
             "donations are inbound or outbound relative to it.", "yes", path=()),
        _col("name_vi", "Vietnamese name (at least one of name_vi, name_en, acronym).",
             "thành phố Aozora"),
        _col("name_en", "English name.", "Aozora City"),
        _col("aliases", "Other names, any script, `;`-separated.", "青空市;Aozora-shi", "list"),
        _col("acronym", "Acronym as written.", "HKI"),
        _col("acronym_expanded", "`no` when no source expands the acronym.", "yes"),
        *_IDENTIFIERS,
        _col("iati", "IATI organisation identifier.", "", path=("identifiers", "iati")),
        _col("country", "Place id of the country it is based in.", "japan"),
        _col("based_in", "Place id of where it is based.", "aozora"),
        _col("valid_from", "First day it existed in this form.", "", "date"),
        _col("valid_until", "Last day it existed in this form.", "", "date"),
        _NOTES, *_source(),
    )),
    Sheet("affiliations.csv", "partners", "How one partner belongs to another: "
          "`<partner_id> <kind> <target>`.", (
              _col("partner_id", "Id of the partner (partners.csv) that belongs.",
                   "quang-tri-doh", path=(), required=True),
              _col("target", "Id of the partner it belongs to.", "quang-tri-pc", required=True),
              _col("kind", "`part_of` (default), `office_of`, `member_of` or `merged_into`.",
                   "part_of"),
              _col("since", "First day of the affiliation.", "01/07/2025", "date"),
              _col("until", "Last day of the affiliation.", "", "date"),
              _NOTES, *_source(),
          ), parent="partner_id", into="affiliations"),
    Sheet("items.csv", "items", "The catalogue of donated things.", (
        _id("item", "ventilator"),
        _col("name_vi", "Vietnamese name.", "máy thở", required=True),
        _col("name_en", "English name.", "ventilator", required=True),
        _col("aliases", "Other names, `;`-separated.", "máy trợ thở", "list"),
    )),
    Sheet("donations.csv", "donations", "Gifts: one row per donation, joint donors together.", (
        _id("donation", "aozora-hki-medical-2022"),
        _col("title_vi", "Vietnamese title.", "Tặng thiết bị y tế"),
        _col("title_en", "English title.", "Medical equipment"),
        _col("donors", "Partner ids of the donors, `;`-separated (donors or donors_note).",
             "aozora-city;hikari-kokusai", "list"),
        _col("donors_note", "Donors the source names only as a group, as written.",
             "các doanh nghiệp Nhật Bản"),
        _col("recipients", "Partner ids of the recipients, `;`-separated.", "quang-tri-pc",
             "list"),
        _col("recipients_note", "Recipients the source names only as a group.", ""),
        _col("value", "Total value as written, currency included.", "hơn 2,5 tỉ VNĐ", "figure"),
        _col("when", "Date or period as written.", "15/6/2022", "figure"),
        _col("purpose", "What it is for.", "phòng, chống dịch Covid-19"),
        _col("part_of", "Id of a donation this one is a detail of.", ""),
        _NOTES, *_source(),
    )),
    Sheet("donation_items.csv", "donations", "What a donation (donations.csv) consisted of.", (
        _col("donation_id", "Id of the donation.", "aozora-hki-medical-2022", path=(),
             required=True),
        _col("item", "Id of the item (items.csv).", "ventilator", required=True),
        _col("quantity", "How many, as written.", "10 máy thở", "figure"),
        _NOTES, *_source(),
    ), parent="donation_id", into="items"),
    Sheet("agreements.csv", "agreements", "Signed agreements and frameworks.", (
        _id("agreement", "quang-tri-aozora-friendship-2018"),
        _col("kind", "e.g. `friendship_agreement`, `cooperation_agreement`.",
             "friendship_agreement", required=True),
        _col("title_vi", "Vietnamese title.", "Thỏa thuận hợp tác hữu nghị"),
        _col("title_en", "English title.", "Friendship cooperation agreement"),
        _col("parties", "Partner ids of the parties, `;`-separated.",
             "quang-tri-pc;aozora-city", "list"),
        _col("signed", "Signing date as written.", "20/11/2018", "figure"),
        _col("period", "Period it covers, as written.", "giai đoạn 2018-2023", "figure"),
        _col("count", "How many agreements, when the source reports several as one figure.",
             "", "number"),
        _NOTES, *_source(),
    )),
    Sheet("projects.csv", "projects", "Projects, programmes, and aggregates of them.", (
        _id("project", "hki-primary-health-2021"),
        _col("kind", "`project`, `programme` or `aggregate`.", "project", required=True),
        _col("title_vi", "Vietnamese title.", "Nâng cao năng lực y tế cơ sở"),
        _col("title_en", "English title.", "Primary health care capacity"),
        _col("count", "How many projects an aggregate stands for.", "", "number"),
        _col("funders", "Partner ids of the funders, `;`-separated.", "hikari-kokusai", "list"),
        _col("funders_count", "How many funders, when they are not all named.", "", "number"),
        _col("funders_note", "Funders named only as a group.", ""),
        _col("implementers", "Partner ids of the implementers.", "quang-tri-doh", "list"),
        _col("beneficiaries", "Partner ids of the beneficiaries.", "", "list"),
        _col("budget", "Budget as written.", "khoảng 12 tỉ đồng", "figure"),
        _col("disbursed", "Sum disbursed, as written.", "", "figure"),
        _col("period", "Period as written.", "giai đoạn 2021-2024", "figure"),
        _col("status", "e.g. `ongoing`, `completed`.", "ongoing"),
        _NOTES, *_source(),
    )),
    Sheet("engagements.csv", "engagements", "Meetings, visits, calls for support, hand-overs.", (
        _id("engagement", "aozora-handover-2022"),
        _col("kind", "e.g. `handover`, `visit`, `meeting`, `call_for_support`.", "handover",
             required=True),
        _col("title_vi", "Vietnamese title.", "Lễ tiếp nhận thiết bị y tế"),
        _col("title_en", "English title.", "Hand-over ceremony"),
        _col("participants", "Partner ids, `;`-separated.", "quang-tri-pc;aozora-city", "list"),
        _col("participants_note", "Participants named only as a group.", ""),
        _col("when", "Date or period as written.", "15/6/2022", "figure"),
        _col("amount", "A sum it raised or pledged, as written.", "", "figure"),
        _col("related", "Ids of the donations, agreements or projects it led to.",
             "aozora-hki-medical-2022", "list"),
        _NOTES, *_source(),
    )),
    Sheet("policies.csv", "policies", "Strategies, plans and regulations.", (
        _id("policy", "quang-tri-health-cooperation-plan-2021"),
        _col("kind", "e.g. `plan`, `strategy`, `regulation`.", "plan", required=True),
        _col("title_vi", "Vietnamese title.", "Kế hoạch hợp tác quốc tế về y tế",
             required=True),
        _col("title_en", "English title.", ""),
        _col("issuer", "Partner id of the issuer.", "quang-tri-pc"),
        _col("period", "Period as written.", "giai đoạn 2021-2025", "figure"),
        _NOTES, *_source(),
    )),
    # Further sources of a record declared in another file of the folder (sources beyond
    # the one on its own row); affiliations and donation items take one source each.
    Sheet("sources.csv", "", "Further sources of a record of another file.", (
        _col("file", "The file the record is in, e.g. `donations.csv`.", "donations.csv",
             path=(), required=True),
        _col("id", "Id of the record in that file.", "aozora-hki-medical-2022", path=(),
             required=True),
        *_source(-1),
    )),
)

BY_NAME: dict[str, Sheet] = {s.name: s for s in SHEETS}

#: Files whose records have an id that sources.csv can add sources to.
SOURCED = tuple(s.name for s in SHEETS
                if not s.parent and any(c.name == "source_document" for c in s.columns))

#: Bytes that are not UTF-8, as Python's "surrogateescape" decoding keeps them.
NOT_UTF8 = re.compile("[\udc80-\udcff]")


def not_utf8(char: str) -> str:
    return f'not valid UTF-8 (byte 0x{ord(char) - 0xDC00:02x}): save the file as "CSV UTF-8"'


def unknown_file(name: str) -> str:
    close = difflib.get_close_matches(name.lower(), BY_NAME, n=1)
    hint = f"did you mean {close[0]}? " if close else ""
    return f"unknown CSV file name; {hint}the template files are {', '.join(BY_NAME)}"


def check_header(sheet: Sheet, columns: list[str]) -> list[tuple[str | None, str]]:
    """(column, reason) for each problem of a header row."""
    known = [c.name for c in sheet.columns]
    problems: list[tuple[str | None, str]] = []
    for number, name in enumerate(columns, 1):
        if bad := NOT_UTF8.search(name):
            problems.append((None, not_utf8(bad.group())))
        elif not name:
            problems.append((None, f"column {number} has no name: name it or delete it"))
        elif name in columns[:number - 1]:
            problems.append((name, "column given twice"))
        elif name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f"did you mean {close[0]}? " if close else ""
            problems.append((name, f"unknown column; {hint}the columns of {sheet.name} are "
                             f"{', '.join(known)}"))
    problems += [(c.name, "required column is missing") for c in sheet.columns
                 if (c.required or c.in_header) and c.name not in columns]
    return problems


def header(sheet: Sheet) -> str:
    return ",".join(c.name for c in sheet.columns) + "\n"


def markdown(sheet: Sheet) -> str:
    """The table of docs/csv-templates.md for one file."""
    rows = ["| column | required? | meaning | example |", "| --- | --- | --- | --- |"]
    for c in sheet.columns:
        required = "yes" if c.required else ("yes, may be empty" if c.in_header else "no")
        example = f"`{c.example}`" if c.example else ""
        rows.append(f"| `{c.name}` | {required} | {c.meaning.replace('|', '/')} | {example} |")
    return "\n".join(rows)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--write":
        for sheet in SHEETS:
            # With a BOM, Excel opens the file as UTF-8 and saves it back as "CSV UTF-8".
            (Path(sys.argv[2]) / sheet.name).write_text(header(sheet), encoding="utf-8-sig")
    else:
        for sheet in SHEETS:
            print(f"### `{sheet.name}`\n\n{sheet.meaning}\n\n{markdown(sheet)}\n")
