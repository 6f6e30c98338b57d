"""Regular-expression modifier triggers: inverted conditionals ("Had Mr N been referred ...")."""

from reviewsynth.text import ContextRules


def cats(sentence: str, target: str) -> set[str]:
    start = sentence.index(target)
    return ContextRules.load().categories(sentence, start, start + len(target))


def test_inverted_conditional_with_a_name_is_hypothetical():
    s = "Had Mr Q been referred to the Ashbury Alcohol Service, his drinking might have been addressed."
    assert "hypothetical" in cats(s, "Alcohol Service")


def test_inverted_conditional_after_a_paragraph_number():
    s = "6.3 Had a strategy discussion been held, agencies would have shared what they knew."
    assert "hypothetical" in cats(s, "strategy discussion")


def test_had_in_the_middle_of_a_sentence_is_not_a_conditional():
    assert cats("He had been drinking heavily for years.", "drinking heavily") == set()
    assert cats("She said he had been referred to the alcohol service.", "alcohol service") == set()


def test_pattern_scope_ends_at_a_terminator():
    s = "Had the school known, it would have acted; but the GP saw him in May."
    assert "hypothetical" in cats(s, "school")
    assert "hypothetical" not in cats(s, "GP")
