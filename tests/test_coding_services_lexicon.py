"""UK agency names and synonyms map to the codebook's services."""

import re

import pytest

from reviewsynth.coding.lexicon import PhraseMatcher, load_lexicon


class _Services:
    """The services a sentence names: the lexicon's phrases and its patterns for kinds of name."""

    def __init__(self) -> None:
        codes = load_lexicon("services")["codes"]
        self.phrases = PhraseMatcher({c: s.get("phrases", []) for c, s in codes.items()})
        self.patterns = {c: re.compile("|".join(s["patterns"]), re.I) for c, s in codes.items() if s.get("patterns")}

    def find(self, sentence: str) -> set[str]:
        return {h.key for h in self.phrases.find(sentence)} | {c for c, rx in self.patterns.items() if rx.search(sentence)}


@pytest.fixture(scope="module")
def matcher():
    return _Services()


@pytest.mark.parametrize(("sentence", "service"), [
    ("She was seen in A&E that night.", "acute_health"),
    ("A nurse from the community team visited him.", "mh_community"),
    ("He was open to secondary mental health care.", "mh_community"),
    ("She was on the waiting list for the young people's mental health service.", "camhs"),
    ("A children's mental health practitioner saw him at school.", "camhs"),
    ("The youth mental health team assessed her twice.", "camhs"),
    ("A DV advocate contacted her.", "domestic_abuse_services"),
    ("Children's services opened a child in need plan.", "csc_cin_cp"),
    ("The referral went to CSC.", "csc_cin_cp"),
    ("The MASH screened the notification.", "csc_cin_cp"),
    ("The health visiting service saw the baby.", "health_visitor"),
    ("He was supervised by a probation practitioner.", "probation"),
    ("The constabulary recorded the incident.", "police"),
    ("She was referred to the Freedom Programme.", "domestic_abuse_services"),
    ("He attended the carers' support group.", "voluntary_sector"),
    ("He was taken to a section 136 suite.", "mh_inpatient"),
    ("Her form tutor raised a concern.", "school"),
    ("District nurses dressed his leg ulcer.", "other"),
])
def test_synonyms(matcher, sentence, service):
    assert service in matcher.find(sentence)


def test_looked_after_is_care_status_not_caring(matcher):
    assert "csc_looked_after" not in matcher.find("She looked after her mother at weekends.")
    assert "csc_looked_after" in matcher.find("He became looked after at the age of 12.")
