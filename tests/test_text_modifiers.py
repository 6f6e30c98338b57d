"""ConText modifiers: negation, uncertainty, hypotheticals, history, scope termination."""

from reviewsynth.text import ContextRules


def cats(sentence: str, target: str) -> set[str]:
    start = sentence.index(target)
    return ContextRules.load().categories(sentence, start, start + len(target))


def test_negation():
    assert "negated" in cats("There is no evidence that he used drugs.", "drugs")
    assert "negated" in cats("He denied any alcohol use.", "alcohol")


def test_negation_ends_at_terminator():
    s = "There was no evidence of gang involvement, but he was using cannabis daily."
    assert "negated" in cats(s, "gang involvement")
    assert "negated" not in cats(s, "cannabis")


def test_uncertainty():
    assert "uncertain" in cats("It is unclear whether she was depressed.", "depressed")
    assert "uncertain" in cats("He was alleged to have assaulted a neighbour.", "assaulted")


def test_hypothetical_and_recommendation():
    assert "hypothetical" in cats("Had the GP asked about domestic abuse, she might have disclosed it.", "domestic abuse")
    assert "hypothetical" in cats("Housing should be invited to MARAC.", "MARAC")


def test_historical():
    assert "historical" in cats("He had a history of depression.", "depression")
    assert "historical" in cats("As a child she was bullied at school.", "bullied")


def test_plain_statement_has_no_modifier():
    assert cats("The GP diagnosed anxiety with low mood.", "anxiety") == set()


def test_trigger_inside_target_is_ignored():
    s = "She did not find work after the depot closed."
    assert "negated" not in cats(s, "did not find work")
    s = "The tenant would not open the door to the housing officer."
    assert "negated" not in cats(s, "not open the door")


def test_records_searched_for_contact_are_no_contact():
    # Agencies asked to search or check their records report a search, not an involvement.
    assert "negated" in cats("Housing and probation were asked to check their records for any contact with Mr Q.", "contact with Mr Q")
    assert "negated" in cats("The ambulance service searched their records for calls to the address.", "calls")
