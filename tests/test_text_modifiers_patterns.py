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


def test_bare_not_reaches_only_a_few_words_and_stops_at_a_comma():
    s = "Mr Q stabbed Mr Z, whom he did not know, on Mill Lane close to a bus shelter."
    assert "negated" not in cats(s, "Mill Lane")
    assert "negated" in cats("He did not drink alcohol.", "alcohol")
    assert "negated" in cats("There is no evidence that, in the years before, he used drugs.", "drugs")


def test_beliefs_are_uncertain():
    assert "uncertain" in cats("He believed his neighbour was poisoning his food.", "poisoning")


def test_a_concessive_never_diagnosed_after_the_condition_makes_it_uncertain():
    for s in ("Staff thought she was autistic, though she had not been formally diagnosed.",
              "His family described him as having ADHD, but they were never diagnosed by anyone."):
        target = "autistic" if "autistic" in s else "ADHD"
        assert "uncertain" in cats(s, target)


def test_a_question_left_open_is_uncertain_in_any_tense():
    assert "uncertain" in cats("It remained unclear if the knife belonged to him.", "knife")
    assert "uncertain" in cats("It was not known whether he drank heavily.", "drank heavily")


def test_no_evidence_to_indicate_negates():
    assert "negated" in cats("There was no evidence to indicate any alcohol misuse.", "alcohol misuse")
