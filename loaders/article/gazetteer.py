"""What the extractor already knows: partners, places, donated items and documents, with
every name they go by, from the curated data files and, when a graph is at hand, from the
graph. Mentions are found by folded words (no diacritics, no case), longest name first, so
"Tổng lãnh sự quán Việt Nam tại Côn Minh" is the consulate and not Vietnam.

Spelling variants of foreign places ("Malypho", "Malipo", "Ma Ly Pho") are met twice: each
partner name that contains a place's name is also known with every alias of that place, and
a name not found that way may still meet a known one by a close fuzzy match."""

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from loaders.article import gazetteer_data
from partnergraph import ROOT, names

SEED_DIR = ROOT / "data" / "seed"
_WORD_RE = re.compile(r"\w+")
# The marks that make another Vietnamese letter (ă, â, ê, ô, ơ, ư), unlike tone marks, which
# are written in more than one place ("Hòa", "Hoà") or left out ("Đăk Lăk")
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}


def _letters(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower())
                   if not unicodedata.combining(ch) or ch in _LETTER_MARKS)


def _same_letters(written: str, name_word: str, plain_name: bool) -> bool:
    """"bảng tượng" is not "Bằng Tường": a word written with its diacritics matches a name
    written with them only by the same letters, whatever its tones. A word or a whole name
    written without them matches by its plain letters, as the folded index compares. A
    word of a name written with them is its letters even when it has no mark itself: "năm"
    is not the "Nam" of "Hải Nam"."""
    if written.isascii() or plain_name:
        return True
    return _letters(written) == _letters(name_word)
def _half_marked(written: list[str], name_words: tuple[str, ...]) -> bool:
    """"Hai phòng máy" is not "Hải Phòng": words written partly with the name's marks and
    partly without them, and in lower case where the name has a capital, are other words.
    "Hai Phong" (no mark) and "Luông Pha Bang" (a mark left out, capitals kept) are the
    name."""
    return any(not w.isascii() for w in written) and any(
        t.isascii() and not w.isascii() for t, w in zip(written, name_words)) and any(
        t[:1].islower() and w[:1].isupper() for t, w in zip(written, name_words))


def _common_words(surface: str, written: list[str], name_words: tuple[str, ...]) -> bool:
    """"biên giới hòa bình" and "Cựu chiến binh vì Hòa bình" are peace, not the province of
    Hòa Bình: a name of several words each written with a capital, found with its marks and
    a word of it in lower case, is the everyday words it is made of. Syllables joined by
    hyphens are one transcribed name ("Bô-ly-khăm-xay")."""
    return len(name_words) > 1 and all(w[:1].isupper() for w in name_words) and any(
        not w.isascii() for w in written) and any(t[:1].islower() for t in written) \
        and not re.search(r"\w[-‐–]\w", surface)


# Names this short match only as written (case and diacritics kept): "Úc", "WB".
_EXACT_ONLY = 3
# How Vietnamese news shortens the names of state bodies.
_ABBREVIATIONS = [("Ủy ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"),
                  ("thành phố", "TP"), ("Thành phố", "TP")]


@dataclass
class Entry:
    id: str
    kind: str | None = None
    names: list[str] = field(default_factory=list)
    country: str | None = None
    part_of: str | None = None  # places: the enclosing place; partners: the parent partner


@dataclass(frozen=True)
class Mention:
    start: int  # offsets in the document text
    end: int
    id: str
    surface: str
    score: float = 100.0  # 100: a known name; less: a fuzzy match


@dataclass
class Gazetteer:
    partners: dict[str, Entry] = field(default_factory=dict)
    places: dict[str, Entry] = field(default_factory=dict)
    items: dict[str, Entry] = field(default_factory=dict)
    documents: dict[str, str] = field(default_factory=dict)  # sha256 → document id
    # Entries only data/gazetteer holds: a fact citing one brings its record along, since
    # the graph may not have it yet.
    listed_partners: dict[str, Any] = field(default_factory=dict)
    listed_places: dict[str, Any] = field(default_factory=dict)
    _index: dict[str, Any] = field(default_factory=dict, repr=False)

    # --- building ------------------------------------------------------------------------

    @classmethod
    def from_files(cls, folder: Path = SEED_DIR,
                   listed: Path | None = gazetteer_data.GAZETTEER_DIR) -> "Gazetteer":
        gaz = cls()
        for path in sorted(folder.glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            gaz.add_records(data)
        if listed is not None:
            gaz.add_listed(gazetteer_data.read_all(listed))
        return gaz

    def add_listed(self, listed: gazetteer_data.GazetteerFile) -> None:
        for p in listed.partners:
            if p.id not in self.partners:
                self.partners[p.id] = Entry(p.id, p.kind.value, p.names, p.country, p.part_of)
                self.listed_partners[p.id] = p
        for place in listed.places:
            if place.id not in self.places:
                self.places[place.id] = Entry(place.id, place.kind.value, place.names, None,
                                              place.part_of)
                self.listed_places[place.id] = place
        self._index.clear()

    def parents_of(self, partner_id: str) -> set[str]:
        """The partners `partner_id` lies in or belongs to, up the chain."""
        found: set[str] = set()
        entry = self.partners.get(partner_id)
        while entry and entry.part_of and entry.part_of not in found:
            found.add(entry.part_of)
            entry = self.partners.get(entry.part_of)
        return found

    def add_records(self, data: dict[str, Any]) -> None:
        for p in data.get("partners") or []:
            parent = next((a["target"] for a in p.get("affiliations") or []
                           if a.get("kind", "part_of") in ("part_of", "office_of")), None)
            self.partners[p["id"]] = Entry(p["id"], p.get("kind"), _names(p), p.get("country"),
                                           parent)
        for p in data.get("places") or []:
            self.places[p["id"]] = Entry(p["id"], p.get("kind"), _names(p), None, p.get("part_of"))
        for i in data.get("items") or []:
            self.items[i["id"]] = Entry(i["id"], None, _names(i))
        for d in data.get("documents") or []:
            if d.get("sha256"):
                self.documents[d["sha256"]] = d["id"]
        self._index.clear()

    def add_graph_rows(self, rows: list[dict[str, Any]]) -> None:
        """Rows of the `gazetteer` query; what the graph holds wins over the files."""
        target = {"Partner": self.partners, "Place": self.places, "Item": self.items}
        for r in rows:
            if r["label"] == "Document":
                if r.get("sha256"):
                    self.documents[r["sha256"]] = r["id"]
            elif r["label"] in target:
                known = target[r["label"]].get(r["id"])
                entry = Entry(r["id"], r.get("kind"), [n for n in r["names"] if n],
                              r.get("country"), r.get("part_of") or (known and known.part_of))
                target[r["label"]][r["id"]] = entry
                self.listed_partners.pop(r["id"], None)
                self.listed_places.pop(r["id"], None)
        self._index.clear()

    # --- questions -----------------------------------------------------------------------

    def country_of_place(self, place_id: str | None) -> str | None:
        seen = set()
        while place_id and place_id not in seen:
            seen.add(place_id)
            entry = self.places.get(place_id)
            if entry is None:
                return None
            if entry.kind == "country":
                return entry.id
            place_id = entry.part_of
        return None

    def find(self, section: str, text: str, start: int, end: int) -> list[Mention]:
        """Known names of `section` ("partners", "places", "items") in text[start:end],
        longest first and never overlapping, in text order."""
        index = self._index.get(section) or self._build(section)
        tokens = [(m.start() + start, m.end() + start, m[0])
                  for m in _WORD_RE.finditer(text[start:end])]
        folded = [names.fold(t[2]) for t in tokens]
        found, i = [], 0
        while i < len(tokens):
            best = None
            for words, id_, exact, letters in index.get(folded[i], ()):
                n = len(words)
                if tuple(folded[i : i + n]) != words:
                    continue
                plain = all(w.isascii() for w in letters)
                if not all(_same_letters(t[2], w, plain)
                           for t, w in zip(tokens[i:i + n], letters)):
                    continue
                written = [t[2] for t in tokens[i:i + n]]
                surface = text[tokens[i][0] : tokens[i + n - 1][1]]
                if _half_marked(written, letters) or _common_words(surface, written, letters):
                    continue
                # "U.S." is read as the words "U" and "S": its last dot is not in them
                if exact and surface.replace(" ", "") != exact.replace(" ", "").rstrip("."):
                    continue
                if best is None or n > best[0]:
                    best = (n, id_, surface)
            if best:
                n, id_, surface = best
                found.append(Mention(tokens[i][0], tokens[i + n - 1][1], id_, surface))
                i += n
            else:
                i += 1
        return found

    def closest(self, section: str, name: str, *, kind_prefix: str | None = None,
                cutoff: float = 90.0) -> tuple[str, float] | None:
        """A known entry whose name is a close spelling of `name` ("Vissione Care" for
        "Vision Care"), or None. Names are compared without spaces; short names never."""
        query = names.fold(name).replace(" ", "")
        if len(query) < 8:
            return None
        best: tuple[str, float] | None = None
        keys = self._index.get(f"{section}:keys")
        if keys is None:  # folded once per gazetteer, not once per question
            keys = self._index[f"{section}:keys"] = [
                (entry.id, names.fold(known).replace(" ", ""))
                for entry in getattr(self, section).values() for known in entry.names]
        for entry_id, key in keys:
            if len(key) < 8 or (kind_prefix and not key.startswith(kind_prefix)):
                continue
            score = fuzz.ratio(query, key)
            if score >= cutoff and (best is None or score > best[1]):
                best = (entry_id, score)
        return best

    def _build(self, section: str) -> dict[str, list[tuple[tuple[str, ...], str, str | None]]]:
        index: dict[str, list] = defaultdict(list)
        entries = getattr(self, section)
        for entry in entries.values():
            variants = set(entry.names)
            if section == "partners":
                variants |= self._place_variants(entry.names)
                variants |= {name.replace(long, short) for name in variants
                             for long, short in _ABBREVIATIONS if long in name}
            for name in variants:
                words = tuple(names.fold(w) for w in _WORD_RE.findall(name))
                words = tuple(w for w in words if w)
                if not words:
                    continue
                # An acronym ("CARE", "PATH", "WHO") is a name only in capitals.
                short = len("".join(words)) <= _EXACT_ONLY or (name.isupper() and len(name) <= 8)
                exact = name if short else None
                letters = tuple(w for w in _WORD_RE.findall(name) if names.fold(w))
                index[words[0]].append((words, entry.id, exact, letters))
        self._index[section] = index
        return index

    def _place_variants(self, partner_names: list[str]) -> set[str]:
        variants = set()
        for name in partner_names:
            for place in self.places.values():
                for written in place.names:
                    if len(written) > 3 and written in name:
                        variants |= {name.replace(written, alias) for alias in place.names
                                     if len(alias) > 3}
        return variants


def _names(record: dict[str, Any]) -> list[str]:
    found = [record.get(k) for k in ("name_vi", "name_en", "acronym")]
    return [n for n in [*found, *(record.get("aliases") or [])] if n]
