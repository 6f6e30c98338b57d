"""UK reviewers' wording maps to the codebook's characteristics."""

import pytest

from reviewsynth.coding.lexicon import PhraseMatcher, load_lexicon


@pytest.fixture(scope="module")
def matcher():
    codes = load_lexicon("characteristics")["codes"]
    return PhraseMatcher({c: s.get("phrases", []) for c, s in codes.items()})


@pytest.mark.parametrize(("sentence", "code"), [
    ("Staff noted she smelled of alcohol at the visit.", "alcohol_misuse"),
    ("He was using skunk most days.", "substance_misuse"),
    ("She reported panic attacks.", "mental_health_current"),
    ("Police attended two domestic incidents.", "domestic_abuse"),
    ("He had council tax arrears.", "financial_issues"),
    ("He received a three-day suspension from school.", "educational_exclusion"),
    ("He was found with a knife in his bag.", "carrying_weapons"),
    ("He has not worked since 2015.", "unemployment"),
    ("She rarely left the flat.", "social_isolation"),
    ("He had an education, health and care plan.", "send"),
    ("He had osteoarthritis and angina.", "chronic_illness"),
    ("He had no fixed address.", "homelessness"),
    ("His carer's allowance was stopped in the spring.", "financial_issues"),
    ("She could not find work after the move.", "unemployment"),
    ("The nurse knocked twice but he did not answer the door.", "non_engagement"),
    ("He spent his days alone watching television.", "social_isolation"),
    ("His brother was present when their father hit their mother.", "witnessing_violence"),
])
def test_wording(matcher, sentence, code):
    assert code in {h.key for h in matcher.find(sentence)}


@pytest.mark.parametrize(("sentence", "code"), [
    ("She looked after her mother.", "looked_after"),
    ("He received disability benefits.", "low_income"),
    ("He had ADHD.", "mental_health_current"),
    ("She was released on bail.", "offending"),
    ("He had missed education for a year.", "send"),
])
def test_not_this_code(matcher, sentence, code):
    assert code not in {h.key for h in matcher.find(sentence)}
