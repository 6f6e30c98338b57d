"""UK reviewers' wording maps to the codebook's characteristics."""

import re

import pytest

from reviewsynth.coding.lexicon import PhraseMatcher, load_lexicon


class _Codes:
    """The codes a sentence's wording carries: the lexicon's phrases and its patterns."""

    def __init__(self) -> None:
        codes = load_lexicon("characteristics")["codes"]
        self.phrases = PhraseMatcher({c: s.get("phrases", []) for c, s in codes.items()})
        self.patterns = {c: re.compile("|".join(s["patterns"]), re.I) for c, s in codes.items() if s.get("patterns")}

    def find(self, sentence: str) -> list[str]:
        found = [h.key for h in self.phrases.find(sentence)]
        return found + [c for c, rx in self.patterns.items() if rx.search(sentence)]


@pytest.fixture(scope="module")
def matcher():
    return _Codes()


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
    # non-attendance, refusal and closed doors as kinds of wording
    ("She did not attend the two physiotherapy reviews she was booked.", "non_engagement"),
    ("He missed four consecutive depot injections.", "non_engagement"),
    ("He turned down the offer of a support worker twice.", "non_engagement"),
    ("A place on the parenting course was offered, which she did not take up.", "non_engagement"),
    ("The warden called but he refused to let the nurse into the bungalow.", "non_engagement"),
    ("He said he did not want any help from the team.", "non_engagement"),
    # coming to live here from abroad
    ("Tomas came to England from Vilnius in 2011 to work on farms.", "migration_status"),
    ("Both parents were Portuguese nationals working locally.", "migration_status"),
])
def test_wording(matcher, sentence, code):
    assert code in matcher.find(sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    ("She looked after her mother.", "looked_after"),
    ("He received disability benefits.", "low_income"),
    ("He had ADHD.", "mental_health_current"),
    ("She was released on bail.", "offending"),
    ("He had missed education for a year.", "send"),
    ("The plan followed national guidance at the time.", "migration_status"),
    ("A referral to the National Referral Mechanism was made.", "migration_status"),
    ("He was discharged after eleven days on the ward.", "non_engagement"),
])
def test_not_this_code(matcher, sentence, code):
    assert code not in matcher.find(sentence)
