"""The phrase matcher and longest-hit filter."""

from reviewsynth.coding.lexicon import Hit, PhraseMatcher, longest_only


def test_longest_only_drops_contained_hits_of_the_same_key():
    hits = [Hit("a", "x", 0, 10), Hit("a", "y", 2, 5), Hit("b", "z", 2, 5), Hit("a", "w", 8, 14), Hit("a", "v", 20, 22)]
    kept = longest_only(hits)
    assert Hit("a", "y", 2, 5) not in kept
    assert Hit("b", "z", 2, 5) in kept  # another key is kept
    assert Hit("a", "w", 8, 14) in kept  # overlapping, not contained
    assert Hit("a", "v", 20, 22) in kept


def test_longest_only_equal_start_keeps_the_longer():
    kept = longest_only([Hit("a", "s", 3, 6), Hit("a", "l", 3, 12)])
    assert kept == [Hit("a", "l", 3, 12)]


def test_phrase_matcher_whole_words_and_commas_in_phrases():
    m = PhraseMatcher({"send": ["education, health and care plan"], "gp": ["gp"]})
    keys = [h.key for h in m.find("He had an Education, Health and Care Plan; his GPs saw him.")]
    assert keys == ["send"]  # "GPs" is not the whole word "gp"
