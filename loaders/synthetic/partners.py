"""Places and partners: the province and its bodies, foreign governments and provinces,
NGO networks with country offices, companies and associations, and the power-law ranking
that decides who gives most (a few large donors, a long tail of small ones)."""

import itertools
import random
import re
from dataclasses import dataclass, field
from typing import Any

from unidecode import unidecode

from loaders.synthetic import vocab
from loaders.synthetic.library import Library

# Share of each kind among the generated (not fixed) partners.
KIND_WEIGHTS = {"foreign_ngo": 34, "company": 24, "association": 10, "local_government": 8,
                "government_office": 13, "domestic_organisation": 7, "diplomatic_mission": 2,
                "multilateral": 1}
ZIPF_EXPONENT = 1.07


@dataclass
class Partners:
    records: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # id → the name reports use
    country_of: dict[str, str] = field(default_factory=dict)
    home_side: list[str] = field(default_factory=list)  # the province, its bodies, districts
    donors: list[str] = field(default_factory=list)  # by rank: the first give most
    cum_weights: list[float] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)  # NGOs and associations others join
    _taken: set[str] = field(default_factory=set)

    def slug(self, text: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", unidecode(text).lower()).strip("-")[:100]
        candidate = base
        for n in itertools.count(2):
            if candidate not in self._taken:
                break
            candidate = f"{base}-{n}"
        self._taken.add(candidate)
        return candidate

    def add(self, lib: Library, id_: str | None, kind: str, name_en: str, country: str,
            **extra: Any) -> str:
        id_ = id_ or self.slug(name_en)
        self._taken.add(id_)
        name = extra.get("name_vi") or name_en
        record = {"id": id_, "kind": kind, "name_en": name_en, "country": country, **extra}
        record["sources"] = lib.cite("partners", f"{name} ({name_en}) là đối tác của tỉnh Hà Giang.")
        self.records.append(record)
        self.names[id_] = name
        self.country_of[id_] = country
        return id_

    def pick_donor(self, rng: random.Random) -> str:
        return rng.choices(self.donors, cum_weights=self.cum_weights)[0]


def _place(ps: Partners, lib: Library, id_: str, kind: str, name_en: str, **extra: Any) -> None:
    ps.places.append({"id": id_, "kind": kind, "name_en": name_en, **extra,
                      "sources": lib.cite("places", f"{extra.get('name_vi') or name_en} "
                                                    "có quan hệ hợp tác với tỉnh Hà Giang.")})


def build(rng: random.Random, lib: Library, count: int) -> Partners:
    ps = Partners()
    for c in vocab.COUNTRIES:
        _place(ps, lib, c.id, "country", c.name_en, name_vi=c.name_vi,
               identifiers={"iso_3166": c.iso})
    home_id, home_vi, home_en = vocab.HOME
    _place(ps, lib, home_id, "province", home_en, name_vi=home_vi, part_of="vietnam")
    ps.home_side.append(ps.add(lib, home_id, "local_government", home_en, "vietnam",
                               name_vi=home_vi, aliases=["Hà Giang", "Ha Giang"],
                               based_in=home_id))
    for id_, vi, en, kind in vocab.HOME_BODIES:
        ps.home_side.append(ps.add(lib, id_, kind, en, "vietnam", name_vi=vi, based_in=home_id,
                                   affiliations=[{"target": home_id, "kind": "part_of"}]))
    for district in vocab.DISTRICTS:
        ps.home_side.append(ps.add(lib, None, "local_government", f"{district} District",
                                   "vietnam", name_vi=f"huyện {district}",
                                   affiliations=[{"target": home_id, "kind": "part_of"}]))
    governments = {c.id: ps.add(lib, f"{c.id}-government", "national_government",
                                f"Government of {c.name_en}", c.id,
                                name_vi=f"Chính phủ {c.name_vi}") for c in vocab.COUNTRIES}
    gx_id, gx_vi, gx_en, gx_aliases = vocab.GUANGXI
    ps.add(lib, gx_id, "local_government", gx_en, "china", name_vi=gx_vi,
           aliases=list(gx_aliases), identifiers={"wikidata": "Q15176"},
           affiliations=[{"target": governments["china"], "kind": "part_of"}])
    gn_id, gn_vi, gn_en, gn_acronym = vocab.GOOD_NEIGHBORS
    ps.add(lib, gn_id, "foreign_ngo", gn_en, "south-korea", name_vi=gn_vi, acronym=gn_acronym)
    offices = []
    for cid in vocab.GN_OFFICES:
        country = next(c for c in vocab.COUNTRIES if c.id == cid)
        offices.append(ps.add(lib, f"good-neighbors-{cid}", "foreign_ngo",
                              f"Good Neighbors {country.name_en}", cid,
                              name_vi=f"Tổ chức Good Neighbors {country.name_vi}",
                              affiliations=[{"target": gn_id, "kind": "part_of"}]))
    foreign = [c for c in vocab.COUNTRIES if c.weight > 0]
    weights = [c.weight for c in foreign]
    while len(ps.records) < count:
        kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
        country = (vocab.COUNTRIES[0] if kind == "domestic_organisation"
                   else rng.choices(foreign, weights=weights)[0])
        _random_partner(rng, lib, ps, kind, country, governments)
    _rank(rng, ps, gx_id, offices[0], gn_id)
    return ps


def _random_partner(rng: random.Random, lib: Library, ps: Partners, kind: str,
                    country: vocab.Country, governments: dict[str, str]) -> None:
    province = rng.choice(country.provinces)
    extra: dict[str, Any] = {}
    if kind == "foreign_ngo":
        words = rng.sample(vocab.NGO_WORDS, rng.choice((1, 2)))
        name = f"{' '.join(words)} {rng.choice(vocab.NGO_FORMS)}"
        if rng.random() < 0.4:
            name += f" {country.name_en}"
        if rng.random() < 0.3:
            extra["acronym"] = "".join(w[0] for w in name.split() if w[0].isupper())
            extra["acronym_expanded"] = rng.random() < 0.8
    elif kind == "company":
        name = f"{province} {rng.choice(vocab.COMPANY_WORDS)} {rng.choice(vocab.COMPANY_FORMS)}"
    elif kind == "association":
        name = f"{country.name_en}-Vietnam {rng.choice(vocab.ASSOCIATION_TOPICS)} Association"
        if rng.random() < 0.5:
            name = f"{province} {name}"
    elif kind == "local_government":
        name = f"{province} {rng.choice(('Province', 'Prefecture', 'City', 'County'))}"
        extra["affiliations"] = [{"target": governments[country.id], "kind": "part_of"}]
    elif kind == "government_office":
        name = f"{province} {rng.choice(vocab.OFFICE_TOPICS)}"
    elif kind == "diplomatic_mission":
        name = f"{rng.choice(('Embassy', 'Consulate General'))} of {country.name_en} in Vietnam"
        extra["affiliations"] = [{"target": governments[country.id], "kind": "office_of"}]
    elif kind == "domestic_organisation":
        name = f"{rng.choice(vocab.DISTRICTS)} {rng.choice(vocab.ASSOCIATION_TOPICS)} Union"
    else:
        name = f"{rng.choice(vocab.NGO_WORDS)} Development Fund for Asia"
    networks = ps.networks
    if kind in ("foreign_ngo", "association") and rng.random() < 0.15:
        target = rng.choice(networks) if networks and rng.random() < 0.7 else vocab.GOOD_NEIGHBORS[0]
        extra.setdefault("affiliations", []).append({"target": target, "kind": "member_of"})
    id_ = ps.add(lib, None, kind, name, country.id, **extra)
    if kind in ("foreign_ngo", "association") and len(networks) < 200:
        networks.append(id_)


def _rank(rng: random.Random, ps: Partners, big_province: str, big_ngo: str,
          network: str) -> None:
    """Who gives most: a shuffled order with a power-law share by rank. The headline
    partners sit near the top, as the largest donors of a border province do."""
    home = set(ps.home_side)
    order = [r["id"] for r in ps.records if r["id"] not in home]
    rng.shuffle(order)
    for rank, id_ in ((1, big_province), (5, big_ngo), (12, network)):
        order.remove(id_)
        order.insert(min(rank, len(order)), id_)
    ps.donors = order
    ps.cum_weights = list(itertools.accumulate(1 / (r + 1) ** ZIPF_EXPONENT
                                               for r in range(len(order))))
