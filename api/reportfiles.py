"""The aid report as a file an analyst can hand on: CSV (one row per group), an Excel
workbook (a sheet per breakdown, the donations, what is not counted, the sources, the rates)
and a printable HTML page. Headings are in Vietnamese and English. Totals stay numbers in
every format; a lower bound or an approximation is marked beside it (and, in the workbook,
in the cell's format: "≥ 53.800.000.000"), never dropped."""

import csv
import io
from html import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from graph.reports import AidReport, Dimension
from graph.totals import Group
from partnergraph import ROOT

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
STYLE = (ROOT / "web" / "src" / "report.css").read_text(encoding="utf-8")

TITLE = "Báo cáo kết quả vận động viện trợ · Aid mobilised"
DIMENSIONS = {
    Dimension.kind: "Theo loại đối tác · By partner kind",
    Dimension.country: "Theo quốc gia · By country",
    Dimension.partner: "Theo đối tác · By partner",
    Dimension.year: "Theo năm · By year",
    Dimension.item: "Theo hàng hóa · By item",
}
GROUP_COLUMNS = [
    ("breakdown", "Cách nhóm · Breakdown"), ("key", "Mã · Key"), ("label", "Nhóm · Group"),
    ("donations", "Số khoản · Donations"), ("valued", "Có giá trị · Valued"),
    ("total_vnd", "Tổng VNĐ · Total VND"), ("total_usd", "Tổng USD · Total USD"),
    ("lower_bound", "Tối thiểu · Lower bound"), ("approximate", "Ước tính · Approximate"),
    ("ambiguous", "Chưa rõ số · Ambiguous"), ("unconverted", "Chưa quy đổi · Unconverted"),
    ("by_currency", "Theo tiền tệ gốc · As written"), ("quantities", "Số lượng · Quantities"),
    ("donation_ids", "Các khoản · Donation ids"),
]
DONATION_COLUMNS = [
    ("id", "Mã · Id"), ("name", "Khoản viện trợ · Donation"), ("donors", "Nhà tài trợ · Donors"),
    ("kinds", "Loại · Kinds"), ("countries", "Quốc gia · Countries"),
    ("recipients", "Bên nhận · Recipients"), ("items", "Hàng hóa · Items"),
    ("when", "Thời gian · When"), ("value_raw", "Giá trị như nguồn ghi · Value as written"),
    ("total_vnd", "VNĐ"), ("total_usd", "USD"), ("rate_year", "Năm tỷ giá · Rate year"),
    ("counted", "Được cộng · Counted"), ("lower_bound", "Tối thiểu · Lower bound"),
    ("approximate", "Ước tính · Approximate"), ("ambiguous", "Chưa rõ số · Ambiguous"),
    ("beyond_period", "Vượt kỳ báo cáo · Beyond the period"), ("sources", "Nguồn · Sources"),
]
SOURCE_COLUMNS = [("donation", "Khoản · Donation"), ("document", "Tài liệu · Document"),
                  ("title", "Tiêu đề · Title"), ("publisher", "Nơi đăng · Publisher"),
                  ("url", "URL"), ("quote", "Trích dẫn · Quote"), ("method", "Cách lấy · Method")]
NOT_COUNTED_COLUMNS = [("id", "Mã · Id"), ("name", "Khoản · Donation"),
                       ("raw", "Giá trị như nguồn ghi · As written"), ("reason", "Lý do · Why")]


def period(report: AidReport) -> str:
    since = report.since.strftime("%d/%m/%Y") if report.since else "…"
    until = report.until.strftime("%d/%m/%Y") if report.until else "…"
    return "toàn bộ · all dates" if not (report.since or report.until) else f"{since} – {until}"


def _group_row(dimension: str, g: Group) -> dict[str, object]:
    return {**g.model_dump(), "breakdown": dimension,
            "by_currency": "; ".join(f"{_vi(v)} {c}" for c, v in g.by_currency.items()),
            "quantities": "; ".join(f"{'≥ ' if q.lower_bound else ''}{_vi(q.quantity)} "
                                    f"{q.unit or ''}".strip() for q in g.quantities),
            "donation_ids": "; ".join(g.donation_ids)}


def _groups(report: AidReport) -> list[dict[str, object]]:
    rows = [_group_row("total", report.total)]
    for b in report.breakdowns:
        rows += [_group_row(b.dimension.value, g) for g in b.groups]
    return rows


def to_csv(report: AidReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([key for key, _ in GROUP_COLUMNS])
    for row in _groups(report):
        writer.writerow(["" if row[k] is None else row[k] for k, _ in GROUP_COLUMNS])
    return "\ufeff" + out.getvalue()  # Excel opens it as UTF-8


def _number_format(flags: dict[str, object]) -> str:
    mark = "≥ " if flags.get("lower_bound") else "≈ " if flags.get("approximate") else ""
    return f'"{mark}"#,##0' if mark else "#,##0"


def _sheet(book: Workbook, title: str, columns, rows) -> None:
    ws = book.create_sheet(title)
    ws.append([label for _, label in columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        ws.append([_cell(row.get(key)) for key, _ in columns])
        for key in ("total_vnd", "total_usd"):
            if key in dict(columns):
                ws.cell(row=ws.max_row, column=[k for k, _ in columns].index(key) + 1) \
                    .number_format = _number_format(row)
    for index, (key, _) in enumerate(columns, start=1):
        wide = key in ("name", "label", "quote", "title", "reason", "donors", "items")
        ws.column_dimensions[get_column_letter(index)].width = 48 if wide else 16
    ws.freeze_panes = "A2"


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return "có · yes" if value else ""
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return value


def to_xlsx(report: AidReport) -> bytes:
    book = Workbook()
    summary = book.active
    summary.title = "Tổng hợp"
    summary.append([TITLE])
    summary["A1"].font = Font(bold=True, size=14)
    summary.append(["Kỳ báo cáo · Period", period(report)])
    summary.append(["Tổng VNĐ · Total VND", report.total.total_vnd])
    summary.append(["Tổng USD · Total USD", report.total.total_usd])
    for row in (3, 4):
        summary.cell(row=row, column=2).number_format = _number_format(report.total.model_dump())
    summary.append(["Số khoản · Donations", report.total.donations])
    summary.append(["Tối thiểu · Lower bound", _cell(report.total.lower_bound)])
    summary.append([])
    summary.append(["Ghi chú · Notes"])
    for note in report.notes:
        summary.append(["", note])
    summary.column_dimensions["A"].width = 28
    summary.column_dimensions["B"].width = 100
    for b in report.breakdowns:
        _sheet(book, b.dimension.value, GROUP_COLUMNS[1:],
               [_group_row(b.dimension.value, g) for g in b.groups])
    _sheet(book, "donations", DONATION_COLUMNS, [d.model_dump() for d in report.donations])
    _sheet(book, "not_counted", NOT_COUNTED_COLUMNS, [n.model_dump() for n in report.not_counted])
    _sheet(book, "sources", SOURCE_COLUMNS, [s.model_dump() for s in report.sources])
    _sheet(book, "rates", [("year", "Năm · Year"), ("vnd_per_usd", "VNĐ / USD")],
           [r.model_dump() for r in report.rates])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _money(value: float | None, g: dict[str, object]) -> str:
    if value is None:
        return "—"
    mark = "≥ " if g.get("lower_bound") else "≈ " if g.get("approximate") else ""
    return mark + _vi(value)


def _vi(number: float) -> str:
    """A whole number as Vietnamese writes it: 53.800.000.000."""
    return f"{number:,.0f}".replace(",", ".")


def _text(value: object) -> str:
    if isinstance(value, float):
        return _vi(value)
    shown = _cell(value)
    return "" if shown is None else str(shown)


def _table(columns, rows, money=("total_vnd", "total_usd")) -> str:
    head = "".join(f"<th>{escape(label)}</th>" for _, label in columns)
    body = []
    for row in rows:
        cells = []
        for key, _ in columns:
            value = row.get(key)
            text = _money(value, row) if key in money else escape(_text(value))
            cells.append(f'<td class="{key}">{text}</td>')
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def to_html(report: AidReport) -> str:
    shown = [c for c in GROUP_COLUMNS if c[0] in ("label", "donations", "valued", "total_vnd",
                                                  "total_usd", "by_currency", "quantities")]
    sections = [f'<section><h2>{escape(DIMENSIONS[b.dimension])}</h2>'
                f'{_table(shown, [_group_row(b.dimension.value, g) for g in b.groups])}</section>'
                for b in report.breakdowns]
    t = report.total
    flags = t.model_dump()
    donations = [c for c in DONATION_COLUMNS if c[0] in
                 ("name", "donors", "when", "value_raw", "total_vnd", "total_usd", "counted")]
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<title>{escape(TITLE)} — {escape(period(report))}</title>
<style>{STYLE}</style></head>
<body><main>
<h1>{escape(TITLE)}</h1>
<p class="period">Kỳ báo cáo · Period: <strong>{escape(period(report))}</strong></p>
<table class="summary"><tbody>
<tr><th>Tổng VNĐ · Total VND</th><td>{_money(t.total_vnd, flags)}</td></tr>
<tr><th>Tổng USD · Total USD</th><td>{_money(t.total_usd, flags)}</td></tr>
<tr><th>Số khoản · Donations</th><td>{t.donations} ({t.valued} có giá trị · valued)</td></tr>
</tbody></table>
<p class="legend">≥ tối thiểu · at least (lower bound); ≈ ước tính · approximate;
— nguồn không ghi giá trị · the source gives no value.</p>
{''.join(sections)}
<section><h2>Các khoản viện trợ · Donations</h2>{_table(donations, [d.model_dump() for d in report.donations])}</section>
<section><h2>Không được cộng · Not counted</h2>{_table(NOT_COUNTED_COLUMNS, [n.model_dump() for n in report.not_counted])}</section>
<section><h2>Nguồn · Sources</h2>{_table([c for c in SOURCE_COLUMNS if c[0] in ("donation", "title", "quote")], [s.model_dump() for s in report.sources])}</section>
<section><h2>Tỷ giá · Rates</h2>{_table([("year", "Năm · Year"), ("vnd_per_usd", "VNĐ / USD")], [r.model_dump() for r in report.rates], money=("vnd_per_usd",))}</section>
<section class="notes"><h2>Ghi chú · Notes</h2><ul>{''.join(f"<li>{escape(n)}</li>" for n in report.notes)}</ul></section>
</main></body></html>"""
