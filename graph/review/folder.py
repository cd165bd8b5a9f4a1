"""The curated folder: what analysts decided, in the same YAML format as data/seed, so it
lives under version control and loading data/seed then this folder rebuilds the reviewed
graph.

    documents.yaml, places.yaml, partners.yaml, items.yaml   records by section
    facts-<document>.yaml   the facts accepted from one document, with its `home`
    review.yaml             rejections (remembered so a re-extraction leaves them out),
                            merges (applied again after every load) and the action log

A review action changes records one by one (`Edit`), so undoing one action takes back
exactly its records, whatever other actions changed in the same files since. Files are
written next to their final name and renamed over it only once the graph has committed
(`Staged`): a failed graph write leaves the files unchanged."""

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from partnergraph.domain import Dataset
from partnergraph.domain.dataset import SECTIONS

REVIEW_FILE = "review.yaml"
FACT_SECTIONS = ("agreements", "projects", "donations", "engagements", "policies")
#: review.yaml's lists and the field that keys each entry.
REVIEW_KEYS = {"rejections": "proposal", "merges": "from"}


def file_for(section: str, document: str | None) -> str:
    if section in FACT_SECTIONS:
        return f"facts-{document or 'other'}.yaml"
    return f"{section}.yaml"


def fingerprint(record: dict[str, Any]) -> str:
    """The print a rejection is remembered by: the record as the extractor wrote it."""
    text = json.dumps(record, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class Edit:
    """One record (or review.yaml entry) replaced: `before` None adds it, `after` None
    removes it. `home` is the dataset's home a new facts file starts with."""

    file: str
    section: str
    key: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    home: str | None = None

    def inverse(self) -> "Edit":
        return Edit(self.file, self.section, self.key, self.after, self.before, self.home)

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Edit":
        return cls(**data)


def _key_field(section: str) -> str:
    return REVIEW_KEYS.get(section, "id")


def _apply(data: dict[str, Any], edit: Edit) -> None:
    entries = data.setdefault(edit.section, [])
    key = _key_field(edit.section)
    at = next((i for i, e in enumerate(entries) if e.get(key) == edit.key), None)
    if edit.after is None:
        if at is not None:
            entries.pop(at)
    elif at is None:
        entries.append(edit.after)
    else:
        entries[at] = edit.after
    if not entries:
        data.pop(edit.section)
    if edit.home and edit.section in FACT_SECTIONS:
        data.setdefault("home", edit.home)
    if not any(section in data for section in SECTIONS) and set(data) <= {"home"}:
        data.clear()  # a facts file left with no facts goes, its home with it


@dataclass
class Folder:
    path: Path

    @property
    def dataset(self) -> str:
        """The name its records are owned by in the graph (loaders/datasets.name_of)."""
        return self.path.resolve().name

    def read(self, name: str) -> dict[str, Any]:
        file = self.path / name
        if not file.exists():
            return {}
        return yaml.safe_load(file.read_text(encoding="utf-8")) or {}

    def data_files(self) -> list[str]:
        if not self.path.is_dir():
            return []
        return sorted(p.name for p in self.path.glob("*.yaml") if p.name != REVIEW_FILE)

    def review(self) -> dict[str, Any]:
        return self.read(REVIEW_FILE)

    def decided(self) -> tuple[set[str], dict[str, str], dict[str, str]]:
        """Ids the folder declares, rejected ids with their print, merges (from → into)."""
        declared = {r["id"] for name in self.data_files()
                    for section, records in self.read(name).items() if section in SECTIONS
                    for r in records or [] if isinstance(r, dict) and "id" in r}
        review = self.review()
        rejected = {r["proposal"]: r["fingerprint"] for r in review.get("rejections") or []}
        merges = {m["from"]: m["into"] for m in review.get("merges") or []}
        return declared, rejected, merges

    def dataset_of(self, files: dict[str, dict[str, Any]]) -> Dataset:
        """The records of the folder as these file contents would hold them, validated."""
        merged = Dataset()
        for name in sorted(files):
            if name == REVIEW_FILE:
                continue
            merged = merged.merged(Dataset.model_validate(files[name]))
        return merged

    def edited(self, edits: list[Edit]) -> dict[str, dict[str, Any]]:
        """Every file's content after the edits (files not edited as they are)."""
        files = {name: self.read(name) for name in [*self.data_files(), REVIEW_FILE]}
        for edit in edits:
            _apply(files.setdefault(edit.file, {}), edit)
        return files

    def stage(self, edits: list[Edit], log: dict[str, Any] | None) -> "Staged":
        files = self.edited(edits)
        touched = {e.file for e in edits}
        if log is not None:
            files.setdefault(REVIEW_FILE, {}).setdefault("actions", []).append(log)
            touched.add(REVIEW_FILE)
        self.path.mkdir(parents=True, exist_ok=True)
        staged = Staged()
        for name in sorted(touched):
            content = files.get(name) or {}
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.path)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(_dump(name, content))
            staged.files.append((Path(tmp), self.path / name, bool(content)))
        return staged


@dataclass
class Staged:
    """Files written beside their final names: `commit` renames them over, `discard`
    deletes them."""

    files: list[tuple[Path, Path, bool]] = field(default_factory=list)

    def commit(self) -> None:
        for tmp, final, keep in self.files:
            if keep:
                os.replace(tmp, final)
            else:  # a file left with no records goes, as data/seed has no empty files
                tmp.unlink()
                final.unlink(missing_ok=True)

    def discard(self) -> None:
        for tmp, _, _ in self.files:
            tmp.unlink(missing_ok=True)


_HEADERS = {
    REVIEW_FILE: "# Review decisions: rejections (not proposed again), merges (applied after "
                 "every load) and\n# the log of review actions. Written by `partnergraph "
                 "review` and the /review page.\n",
}


def _dump(name: str, content: dict[str, Any]) -> str:
    order = ["home", *SECTIONS, "rejections", "merges", "actions"]
    ordered = {k: content[k] for k in order if k in content}
    ordered |= {k: v for k, v in content.items() if k not in ordered}
    header = _HEADERS.get(name, "# Curated by review: accepted, edited and promoted records.\n")
    return header + yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False, width=100)
