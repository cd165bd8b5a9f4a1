"""A large, valid dataset written from nothing but a size: the loader-crash and durability
checks (tests/test_resilience.py) load it, and it is big enough that a load takes seconds."""

import json
from pathlib import Path

HOME = "home-province"


def write(path: Path, partners: int) -> int:
    """Write `partners` partners, each with one donation to the home province, to a JSON
    dataset at `path`; returns the number of records."""
    doc = "synthetic-report"
    cite = [{"document": doc, "quote": "synthetic"}]
    data = {
        "home": HOME,
        "documents": [{"id": doc, "title": "Synthetic report", "published": "2021"}],
        "partners": [{"id": HOME, "kind": "local_government", "name_vi": "tỉnh Nhà",
                      "name_en": "Home Province", "sources": cite}],
        "items": [{"id": "masks", "name_vi": "khẩu trang", "name_en": "face masks"}],
        "donations": [],
    }
    for i in range(partners):
        pid = f"partner-{i:06d}"
        data["partners"].append({
            "id": pid, "kind": "foreign_ngo", "name_vi": f"Tổ chức số {i}",
            "name_en": f"Organisation number {i}", "aliases": [f"org {i}"], "sources": cite})
        data["donations"].append({
            "id": f"gift-{i:06d}", "donors": [pid], "recipients": [HOME],
            "items": [{"item": "masks", "quantity": f"{1000 + i} khẩu trang"}],
            "value": f"{1 + i % 90},5 tỷ đồng", "when": f"{1 + i % 28}/{1 + i % 12}/2021",
            "sources": cite})
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return 3 + 2 * partners
