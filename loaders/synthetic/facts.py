"""Donations, agreements, projects, engagements and policies between the generated
partners, each told by one sentence of a report that it quotes."""

import random
from collections.abc import Iterator
from typing import Any

from loaders.synthetic import figures, vocab
from loaders.synthetic.library import Library
from loaders.synthetic.partners import Partners

# Typical gift of each kind of donor, in US dollars (the median of a log-normal).
MEDIAN_USD = {"national_government": 200_000, "multilateral": 500_000,
              "local_government": 30_000, "foreign_ngo": 15_000, "company": 8_000,
              "association": 3_000, "government_office": 10_000, "diplomatic_mission": 20_000,
              "domestic_organisation": 2_000}


class Facts:
    def __init__(self, ps: Partners, lib: Library):
        self.ps, self.lib = ps, lib
        self.kind = {r["id"]: r["kind"] for r in ps.records}
        self.countries = {c.id: c for c in vocab.COUNTRIES}
        self.home = vocab.HOME[0]

    def _currency(self, rng: random.Random, partner: str) -> str:
        options = self.countries[self.ps.country_of[partner]].currencies
        return rng.choices(options, weights=[4, 1, 1][: len(options)])[0]

    def _amount(self, rng: random.Random, partner: str, scale: float = 1.0) -> str:
        return figures.amount(rng, self._currency(rng, partner),
                              MEDIAN_USD[self.kind[partner]] * scale)

    def _local(self, rng: random.Random) -> str:
        """A recipient on the province's side: mostly the province itself."""
        return self.home if rng.random() < 0.55 else rng.choice(self.ps.home_side)

    def _others(self, rng: random.Random, first: str, most: int) -> list[str]:
        chosen = [first]
        for _ in range(rng.randint(0, most)):
            extra = self.ps.pick_donor(rng)
            if extra not in chosen:
                chosen.append(extra)
        return chosen

    def donations(self, rng: random.Random, start: int, count: int) -> Iterator[dict[str, Any]]:
        names = self.ps.names
        for i in range(start, start + count):
            outbound = rng.random() < 0.02
            if outbound:  # the province gives across the border
                donors, recipients = [self.home], [self.ps.pick_donor(rng)]
            else:
                first = self.ps.pick_donor(rng)
                donors = self._others(rng, first, 2) if rng.random() < 0.04 else [first]
                recipients = [self._local(rng)]
            record: dict[str, Any] = {"id": f"donation-{i:07d}", "donors": donors,
                                      "recipients": recipients}
            parts = []
            if rng.random() < 0.85:
                record["value"] = self._amount(rng, donors[0])
                parts.append(f"trị giá {record['value']}")
            if rng.random() < 0.6:
                lines = []
                for item in rng.sample(vocab.ITEMS, rng.choice((1, 1, 2, 3))):
                    q = figures.quantity(rng, item[3])
                    lines.append({"item": item[0], "quantity": q})
                    parts.append(f"{q} {item[1]}")
                record["items"] = lines
            when = figures.when(rng)
            if when:
                record["when"] = when
            givers = ", ".join(names[d] for d in donors)
            sentence = (f"{givers} đã trao tặng {names[recipients[0]]} "
                        f"{', '.join(parts) or 'hàng hóa'}{' (' + when + ')' if when else ''}.")
            record["title_vi"] = f"{givers} trao tặng {names[recipients[0]]}"[:200]
            record["sources"] = self.lib.cite("donations", sentence)
            yield record

    def agreements(self, rng: random.Random, start: int, count: int) -> Iterator[dict[str, Any]]:
        names = self.ps.names
        for i in range(start, start + count):
            local = self._local(rng)
            parties = [local, *self._others(rng, self.ps.pick_donor(rng), 1)]
            kind = rng.choice(vocab.AGREEMENT_KINDS)
            record: dict[str, Any] = {"id": f"agreement-{i:07d}", "kind": kind,
                                      "parties": parties}
            y = figures.year(rng)
            others = " và ".join(names[p] for p in parties[1:])
            record["title_vi"] = f"Thỏa thuận hợp tác giữa {names[local]} và {others}"[:200]
            if rng.random() < 0.8:
                record["signed"] = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{y}"
            if rng.random() < 0.6:
                record["period"] = figures.span(rng, y)[2]
            sentence = f"{record['title_vi']} được ký kết năm {y}."
            record["sources"] = self.lib.cite("agreements", sentence)
            yield record

    def projects(self, rng: random.Random, start: int, count: int) -> Iterator[dict[str, Any]]:
        names = self.ps.names
        for i in range(start, start + count):
            sector_vi, sector_en = rng.choice(vocab.PROJECT_SECTORS)
            funders = self._others(rng, self.ps.pick_donor(rng), 1)
            place = rng.choice(vocab.DISTRICTS)
            record: dict[str, Any] = {
                "id": f"project-{i:07d}", "kind": rng.choice(("project", "project", "programme")),
                "title_vi": f"Dự án {sector_vi} tại huyện {place}",
                "title_en": f"{sector_en.capitalize()} project in {place} District",
                "funders": funders, "beneficiaries": [self._local(rng)],
                "status": rng.choice(vocab.PROJECT_STATUSES)}
            if rng.random() < 0.5:
                record["implementers"] = [rng.choice(self.ps.home_side)]
            first, _, period = figures.span(rng)
            record["period"] = period
            text = f"{record['title_vi']} do {names[funders[0]]} tài trợ, {period}"
            if rng.random() < 0.9:
                record["budget"] = self._amount(rng, funders[0], scale=5)
                text += f", tổng vốn {record['budget']}"
            sentence = text + "."
            record["sources"] = self.lib.cite("projects", sentence, first)
            yield record

    def engagements(self, rng: random.Random, count: int,
                    related: dict[str, int]) -> Iterator[dict[str, Any]]:
        names = self.ps.names
        for i in range(count):
            kind = rng.choice(vocab.ENGAGEMENT_KINDS)
            participants = [self._local(rng), self.ps.pick_donor(rng)]
            record: dict[str, Any] = {"id": f"engagement-{i:06d}", "kind": kind,
                                      "participants": participants}
            when = figures.when(rng)
            if when:
                record["when"] = when
            if kind == "call_for_support":
                record["amount"] = figures.amount(rng, "VND", 50_000)
            prefix, total = rng.choice(list(related.items()))
            if total and rng.random() < 0.6:
                record["related"] = [f"{prefix}-{rng.randrange(total):07d}"]
            sentence = (f"{names[participants[0]]} và {names[participants[1]]} "
                        f"có buổi làm việc ({kind}){' ' + when if when else ''}.")
            record["sources"] = self.lib.cite("engagements", sentence)
            yield record

    def policies(self, rng: random.Random, count: int) -> Iterator[dict[str, Any]]:
        for i in range(count):
            _, _, period = figures.span(rng)
            title = f"Kế hoạch hợp tác quốc tế số {i + 1}/KH-UBND {period}"
            yield {"id": f"policy-{i:05d}", "kind": rng.choice(vocab.POLICY_KINDS),
                   "title_vi": title, "issuer": "ha-giang-peoples-committee", "period": period,
                   "sources": self.lib.cite("policies", f"Ban hành {title}.")}
