"""Lists of conditions ("... when all of the following apply:"): their items are hypothetical."""

from hypothesis import given
from hypothesis import strategies as st

from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.documents import ExtractedDocument
from reviewsynth.text import ContextRules, conditional_items

POLICY = """Thornby Safeguarding Partnership: deciding on a practice review

3. When a review is required
The Partnership commissions a review where each of the following is true:

a child is known or suspected to have been abused or neglected;

the child has died or been seriously harmed; and

there is cause for concern about how agencies worked together.

4. Who may refer
Any member agency may refer a case to the Partnership's review group.
"""


def _rd(text: str) -> ReviewDoc:
    return ReviewDoc.read(ExtractedDocument.from_pages("p.txt", "0" * 64, "text", [text], numbered=False))


def test_the_items_of_a_list_of_conditions_are_hypothetical() -> None:
    rd = _rd(POLICY)
    died = next(s for s in rd.sentences if "has died" in s.text)
    at = rd.text.index("has died")
    assert "hypothetical" in rd.modifiers(died, at, at + 8)
    assert not any(e.asserted for e in rd.events if e.sentence == rd.sentences.index(died))


def test_the_list_ends_at_the_item_that_ends_a_sentence() -> None:
    rd = _rd(POLICY)
    after = next(s for s in rd.sentences if "Any member agency" in s.text)
    at = rd.text.index("refer a case")
    assert "hypothetical" not in rd.modifiers(after, at, at + 12)


def test_a_list_that_tells_what_happened_is_not_a_list_of_conditions() -> None:
    text = ("Summary\nThe review found the following:\n\nOlsen was assaulted by her husband in 2021;\n\n"
            "she died in hospital a week later.\n")
    rd = _rd(text)
    died = next(s for s in rd.sentences if "died in hospital" in s.text)
    at = rd.text.index("died")
    assert "hypothetical" not in rd.modifiers(died, at, at + 4)


def test_a_review_of_a_policy_describes_no_case() -> None:
    from reviewsynth.coding.cast import build_cast
    from reviewsynth.coding.screening import screen

    rd = _rd(POLICY)
    decision, reason, _ = screen(rd, build_cast(rd, None, None), "cspr")
    assert (decision, reason) == ("exclude", "not_a_review")


@given(st.text(alphabet=st.sampled_from(list("abc :;.\nWwhen following")), max_size=300))
def test_item_spans_lie_inside_the_text_in_order(text: str) -> None:
    spans = conditional_items(text, ContextRules.load().conditional_lead_in)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert spans == sorted(spans)
