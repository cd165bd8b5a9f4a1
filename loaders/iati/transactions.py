"""An activity's `<transaction>`s → Donations: who gave (provider-org, else the reporting
organisation for money going out), who received (receiver-org, else the reporting
organisation for money coming in), the value in its currency with its value-date, and
whether it was given in kind.

A commitment and the disbursements drawn on it are the same money: each disbursement is
recorded as `part_of` its commitment, so totals count the parts and never both."""

from pydantic import ValidationError

from loaders.iati import codes
from loaders.iati.context import Ctx, Element, narratives, period, pick
from loaders.iati.registry import Orgs
from partnergraph.domain import Donation, DonationItem, Item

NOT_NAMED = "not named in the IATI file"


def read_transactions(elem: Element, where: str, project: str, lang: str,
                      currency: str | None, reporter: str | None, ctx: Ctx, orgs: Orgs,
                      items: dict[str, Item]) -> list[tuple[Donation, int | None]]:
    out: list[tuple[Donation, int | None]] = []
    default_aid = list(elem.iterchildren("default-aid-type"))
    for i, t in enumerate(elem.iterchildren("transaction"), 1):
        at = f"{where}/transaction[{i}]"
        type_elem = t.find("transaction-type")
        code = (type_elem.get("code") or "").strip() if type_elem is not None else ""
        if code not in codes.TRANSACTION_TYPES and code not in codes.NOT_DONATIONS:
            ctx.problem(t if type_elem is None else type_elem, f"{at}/transaction-type/@code",
                        f"unknown or missing transaction type {code!r} (IATI TransactionType 1-13)")
            continue
        amount = ctx.amount(t, at, currency)
        day = ctx.date(t.find("transaction-date"), "iso-date", f"{at}/transaction-date")
        if code in codes.NOT_DONATIONS or amount is None or day is None:
            continue
        provider = orgs.add(t.find("provider-org"), f"{at}/provider-org", lang)
        receiver = orgs.add(t.find("receiver-org"), f"{at}/receiver-org", lang)
        incoming = code in codes.INCOMING
        donor = provider or (None if incoming else reporter)
        recipient = receiver or (reporter if incoming else None)
        description = narratives(t.find("description"), lang)
        text = pick(description, "en") or (description[0].text if description else None)
        in_kind = _in_kind(t, default_aid)
        lines = []
        if in_kind:
            item_id, name_en, name_vi = codes.IN_KIND_AID_TYPES[in_kind]
            items.setdefault(item_id, Item(id=item_id, name_en=name_en, name_vi=name_vi))
            lines.append(DonationItem(item=item_id))
        record = {
            "id": f"{project}-t{i}", "title_en": text, "project": project,
            "transaction_type": codes.TRANSACTION_TYPES[code], "in_kind": bool(in_kind) or None,
            "donors": [donor] if donor else [], "donors_note": None if donor else NOT_NAMED,
            "recipients": [recipient] if recipient else [],
            "recipients_note": None if recipient else NOT_NAMED,
            "value": amount, "when": period(f"{day} (transaction-date)", day, day), "items": lines,
            "sources": [ctx.source(text, at, t)],
        }
        try:
            out.append((Donation.model_validate(record), t.sourceline))
        except ValidationError as exc:
            for e in exc.errors():
                ctx.problem(t, at, f"{'.'.join(map(str, e['loc']))}: {e['msg']}")
    _link_to_commitments([d for d, _ in out])
    return out


def _in_kind(t: Element, default_aid: list[Element]) -> str | None:
    """The in-kind aid type (OECD DAC vocabulary) of a transaction, or None for money."""
    for aid in (list(t.iterchildren("aid-type")) or default_aid):
        vocabulary = (aid.get("vocabulary") or "1").strip()
        code = (aid.get("code") or "").strip().upper()
        if vocabulary == "1" and code in codes.IN_KIND_AID_TYPES:
            return code
    return None


def _link_to_commitments(donations: list[Donation]) -> None:
    """Each flow is part of the latest commitment of the same kind from the same donor
    made on or before it (else the earliest one): a commitment with disbursements against
    it is then counted through them, and one with none still counts whole."""
    by_name = {v: k for k, v in codes.TRANSACTION_TYPES.items()}
    for commit_code, flow_codes in codes.COMMITMENTS.items():
        commitments = sorted((d for d in donations
                              if d.transaction_type == codes.TRANSACTION_TYPES[commit_code]),
                             key=lambda d: d.when.start)
        for flow in donations:
            if by_name[flow.transaction_type] not in flow_codes:
                continue
            same = [c for c in commitments if c.donors == flow.donors]
            if not same:
                continue
            before = [c for c in same if c.when.start <= flow.when.start]
            flow.part_of = (before[-1] if before else same[0]).id
