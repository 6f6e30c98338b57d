"""The audit log as people read it: who, when, what, and what changed from what to what, in
the codebook's words (never raw JSON)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from reviewsynth.verify.operations import field_spec
from reviewsynth.verify.paths import TargetError, spec_for_list_path
from reviewsynth.web.viewmodel import _codebook, item_label

MAX_TEXT = 300


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    who: str
    what: str  # "Accepted the code Alcohol misuse (p1)"
    where: str  # "in cora's coding", or ""
    before: str
    after: str


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def _split_coding(target: str | None) -> tuple[str, str]:
    """("coding/cora/people/v1/..." -> ("people/v1/...", "in cora's coding"))."""
    target = target or ""
    if target.startswith("coding/"):
        parts = target.split("/", 2)
        return (parts[2] if len(parts) > 2 else ""), f"in {parts[1]}'s coding"
    return target, ""


def _item_text(list_path: str, value: Any) -> str:
    """An item's dump as its label ("Alcohol misuse (p1)")."""
    try:
        spec, person = spec_for_list_path(list_path)
        label = item_label(spec.name, spec.model.model_validate(value))
    except (TargetError, ValidationError, KeyError, TypeError, ValueError):
        return _plain(value)
    return f"{label} ({person})" if person else label


def _list_of(target: str) -> str:
    """The list path of an item target ("people/v1/characteristics/2" -> without the index)."""
    parts = target.split("/evidence/")[0].split("/")
    return "/".join(parts[:-1]) if parts and parts[-1].isdigit() else "/".join(parts)


def _field_text(target: str, value: Any) -> str:
    if value is None:
        return "not reported"
    try:
        spec = field_spec(target)
    except TargetError:
        return _plain(value)
    if spec.kind == "bool":
        return "yes" if value else "no"
    if spec.kind == "choice" and spec.codebook and spec.codebook in _codebook().lists:
        return _codebook()[spec.codebook].label(str(value))
    return _plain(value)


def _plain(value: Any) -> str:
    """Any stored value as words: a quote, an item's ids, a list, key: value pairs."""
    if value is None:
        return ""
    if isinstance(value, dict):
        if "quote" in value:
            return f"“{_short(str(value['quote']))}”" + (" (rejected)" if value.get("status") == "rejected" else "")
        shown = [f"{k}: {_plain(v)}" for k, v in value.items()
                 if k not in ("evidence", "subtypes", "confidence") and v not in (None, [], {})]
        return _short("; ".join(shown))
    if isinstance(value, list):
        return _short(", ".join(_plain(v) for v in value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return _short(str(value))


def _describe(action: str, target: str, before: Any, after: Any) -> tuple[str, str, str]:
    """(what, before, after) of one entry."""
    code_verbs = {"code_accepted": "Accepted", "code_rejected": "Rejected", "code_suggested": "Reset",
                  "code_edited": "Edited", "code_added": "Added"}
    if action in code_verbs:
        item = after if after is not None else before
        what = f"{code_verbs[action]} the code {_item_text(_list_of(target), item)}"
        if action == "code_edited":
            return what, _item_text(_list_of(target), before), _item_text(_list_of(target), after)
        status = lambda v: (v or {}).get("status", "") if isinstance(v, dict) else ""  # noqa: E731
        return what, status(before), status(after)
    if action == "code_moved" and isinstance(before, dict) and isinstance(after, dict):
        label = _item_text(_list_of(target), before.get("item"))
        return f"Moved the code {label}", f"person {before.get('person')}", f"person {after.get('person')}"
    if action == "field_set":
        return f"Set {_field_title(target)}", _field_text(target, before), _field_text(target, after)
    if action.startswith("quote_"):
        verb = {"quote_accepted": "Accepted", "quote_rejected": "Rejected", "quote_suggested": "Reset",
                "quote_span_changed": "Changed the span of", "quote_added": "Added"}.get(action, action)
        return f"{verb} {_list_label(target)}", _plain(before), _plain(after)
    if action == "note_set":
        return f"Note on {_list_label(target)}", _plain(before) or "no note", _plain(after) or "no note"
    if action == "reconcile_decision" and isinstance(before, dict) and isinstance(after, dict):
        shown = {k: v for k, v in before.items() if k not in ("difference", "kind")}
        took = {"a": "took the first coder's", "b": "took the second coder's", "keep": "kept",
                "drop": "left out"}.get(str(after.get("choice")), str(after.get("choice")))
        return (f"Reconciled {before.get('difference', target)}: {took}",
                "; ".join(f"{k}: {_decision_value(target, v)}" for k, v in shown.items()),
                _decision_value(target, after.get("value")) or "not coded")
    return _other(action, target, before, after)


def _decision_value(target: str, value: Any) -> str:
    if value is None:
        return "not coded"
    if isinstance(value, dict):
        return _item_text(target, value) if "person_id" not in value else _plain(
            {k: value.get(k) for k in ("person_id", "role", "name")})
    return _field_text(target, value)


def _other(action: str, target: str, before: Any, after: Any) -> tuple[str, str, str]:
    if action == "machine_coding":
        return "Machine coding", "", f"engine {_plain((after or {}).get('engine_version'))}"
    if action == "screening":
        return "Screened the case", _plain(before), _plain(after)
    if action == "person_added":
        return f"Added a person ({target.split('/')[-1]})", "", _plain(after)
    if action == "completed":
        return "Marked the coding complete", "", ""
    if action == "assigned":
        coders = " and ".join((after or {}).get("coders", []))
        return f"Assigned for double coding to {coders}", "", f"mode {(after or {}).get('mode', 'assisted')}"
    if action == "double_coding_saved":
        return "Saved a double coding", "", _plain(after)
    if action == "coding_reconciled":
        return "Coding closed by reconciliation", _plain(before), _plain(after)
    if action == "reconciled":
        return "Saved the reconciled final coding", _plain(before), ""
    return action.replace("_", " ").capitalize(), _plain(before), _plain(after)


def _field_title(target: str) -> str:
    try:
        title = field_spec(target).title
    except TargetError:
        return target
    parts = target.split("/")
    return f"{title} of {parts[1]}" if parts[0] == "people" else title


def _list_label(target: str) -> str:
    item_target = target.split("/evidence/")[0]
    quote = target.split("/evidence/")[1] if "/evidence/" in target else None
    where = item_target
    try:
        spec, person = spec_for_list_path(_list_of(item_target))
        where = f"{spec.title.lower()} {int(item_target.split('/')[-1]) + 1}" + (f" of {person}" if person else "")
    except (TargetError, ValueError):
        pass
    return f"quote {int(quote) + 1} of {where}" if quote is not None and quote.isdigit() else where


def audit_rows(entries: list[dict[str, Any]]) -> list[AuditRow]:
    rows = []
    for e in entries:
        target, where = _split_coding(e.get("target"))
        what, before, after = _describe(str(e["action"]), target, e.get("before"), e.get("after"))
        rows.append(AuditRow(e["at"], str(e["username"]), what, where, before, after))
    return rows
