"""The audit log as people read it: who, when, what changed from what to what, in the
codebook's words, never raw JSON."""

from __future__ import annotations

from datetime import UTC, datetime

from reviewsynth import verify
from reviewsynth.web.audit_view import audit_rows
from tests.e2e.seed import make_case, make_document


def _entry(change: verify.Change, who: str = "cora", coder: str | None = None) -> dict:  # type: ignore[type-arg]
    target = f"coding/{coder}/{change.target}" if coder else change.target
    return {"at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "username": who, "action": change.action,
            "target": target, "before": change.before, "after": change.after}


def test_each_kind_of_change_reads_as_words() -> None:
    case = make_case(make_document())
    changes = [
        verify.set_status(case, "people/p1/characteristics/0", "accepted"),
        verify.set_field(case, "people/v1/gender", ""),
        verify.set_field(case, "category", "adult_family_violence"),
        verify.edit_item(case, "incident/weapons/0", {"code": "other", "detail": "A brick"}),
        verify.move_item(case, "people/v1/characteristics/0", None, "mother"),
        verify.set_quote_status(case, "incident/weapons/0", 0, "accepted"),
        verify.set_note(case, "incident/weapons/0", "ask the panel"),
        verify.screen(case, "exclude", "neglect"),
    ]
    rows = audit_rows([_entry(c) for c in changes] + [_entry(changes[0], coder="cody")])
    described = [(r.what, r.before, r.after) for r in rows]
    assert described[0] == ("Accepted the code Alcohol misuse (p1)", "suggested", "accepted")
    assert described[1] == ("Set Gender of v1", "Female", "Gender not reported")
    assert described[2][0] == "Set Category" and described[2][1].startswith("Intimate partner violence")
    assert described[3][0].startswith("Edited the code") and "A brick" in described[3][2]
    assert described[4] == ("Moved the code Social isolation (v1)", "person v1", "person o1")
    assert described[5][0] == "Accepted quote 1 of weapons 1" and "“with a knife”" in described[5][2]
    assert described[6] == ("Note on weapons 1", "no note", "ask the panel")
    assert described[7][0] == "Screened the case" and "exclude" in described[7][2]
    assert rows[-1].where == "in cody's coding" and rows[0].where == ""
    for r in rows:
        for text in (r.what, r.before, r.after):
            assert "{" not in text and '"' not in text, text  # never raw JSON
