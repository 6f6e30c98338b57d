"""Kinds of wording the lexicons carry as patterns, not lists: where a person lived, and images
shared among peers online."""

import re

import pytest

from reviewsynth.coding.lexicon import load_lexicon


def _living(sentence: str) -> set[str]:
    patterns = load_lexicon("living")["patterns"]
    return {code for code, rxs in patterns.items() if any(re.search(rx, sentence, re.I) for rx in rxs)}


@pytest.mark.parametrize(("sentence", "code"), [
    ("Since leaving college she had been living with her aunt in Marlow Road.", "family_home"),
    ("He stayed with his grandparents during the week.", "family_home"),
    ("They moved into the bungalow she shared with her brother.", "family_home"),
    ("After the divorce he lived by himself above the shop.", "alone"),
    ("She was living on her own for the first time.", "alone"),
])
def test_living_wording(sentence, code):
    assert code in _living(sentence)


def test_living_with_a_support_worker_is_no_relative():
    assert "family_home" not in _living("He lived with support from a visiting worker.")


def test_images_shared_online_are_a_peer_risk():
    rules = [r for r in load_lexicon("risk_factors")["phrases"] if r.get("patterns")]
    shared = [r for r in rules if any(re.search(p, "A photo of her was posted on Snapchat by a classmate.", re.I)
                                      for p in r["patterns"])]
    assert [(r["context"], r["type"]) for r in shared] == [("peer_group", "abusive_behaviours")]
