"""Sentence splitting keeps offsets exact; sections are recognised from headings."""

from hypothesis import given
from hypothesis import strategies as st

from reviewsynth.text import detect_sections, paragraph_numbers, split_sentences

REPORT = """Domestic Homicide Review
Overview Report into the death of 'Anna'

1. Introduction
1.1 Anna was killed at her home. Mr B was arrested.
2. Chronology
12 March 2018 - GP: Anna attended with low mood.
3. Recommendations
3.1 Housing should be invited to MARAC.
"""


def test_sentences_carry_exact_offsets():
    for s in split_sentences(REPORT):
        assert REPORT[s.start:s.end] == s.text


def test_abbreviations_do_not_split():
    texts = [s.text for s in split_sentences("Mr. Bell met Dr. Cole. They spoke.")]
    assert texts == ["Mr. Bell met Dr. Cole.", "They spoke."]


def test_chronology_entries_are_separate_sentences():
    texts = [s.text for s in split_sentences(REPORT)]
    assert "12 March 2018 - GP: Anna attended with low mood." in texts


def test_sections_detected():
    kinds = [s.kind for s in detect_sections(REPORT)]
    assert kinds == ["cover", "introduction", "chronology", "recommendations"]


def test_paragraph_numbers():
    assert [p.text for p in paragraph_numbers(REPORT)] == ["1.1", "3.1"]


@given(st.text(alphabet=st.sampled_from(list("abc DEF.\n!?12'")), max_size=200))
def test_sentences_never_lose_offsets(text):
    spans = split_sentences(text)
    for s in spans:
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip()
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


def test_a_name_heading_after_family_involvement_starts_the_background():
    from reviewsynth.text.sections import detect_sections

    text = ("Family involvement\n\nHis sister met the reviewer.\n\nDaniel\n\nDaniel was a quiet man.\n\n"
            "What happened: the period under review\n\nIn May he moved.\n")
    kinds = [s.kind for s in detect_sections(text)]
    assert kinds == ["family_involvement", "background", "chronology"]


def test_a_sentence_line_inside_family_involvement_is_no_heading():
    from reviewsynth.text.sections import detect_sections

    text = "Family involvement\n\nHis sister met the reviewer.\n\nShe said he was kind.\n"
    assert [s.kind for s in detect_sections(text)] == ["family_involvement"]


def test_a_numbered_unknown_heading_after_methodology_starts_the_background():
    from reviewsynth.text.sections import detect_sections

    text = "3. Methodology\n\n3.1 Agencies gave reports.\n\n4. Kai's family and their home\n\n4.1 Kai lived with his mother.\n"
    assert [s.kind for s in detect_sections(text)] == ["methodology", "background"]


def test_parts_named_by_no_kind_are_sections_and_prose_opens_the_report():
    from reviewsynth.text import detect_sections

    prose = "The partnership commissioned this review after a man was seriously injured. " * 5
    text = f"A PARTNERSHIP REPORT\n\nPublished 2024\n\n{prose}\n\nPart 2. Who they are\n\nTom lived with his aunt.\n"
    kinds = [(s.kind, text[s.start:s.start + 6]) for s in detect_sections(text)]
    assert kinds == [("cover", "A PART"), ("introduction", "The pa"), ("other", "Part 2")]


def test_no_abbreviates_number_only_before_a_number():
    text = "Was the carer's own need assessed? No. The team did not ask. He lived at No. 4 Vane Row."
    assert [s.text for s in split_sentences(text)] == [
        "Was the carer's own need assessed?", "No.", "The team did not ask.", "He lived at No. 4 Vane Row."]


def test_a_pseudonym_letter_after_any_coded_name_word_ends_a_sentence() -> None:
    from reviewsynth.coding.lexicon import load_lexicon
    from reviewsynth.text.sentences import _PSEUDONYM_WORDS

    prefixes = load_lexicon("people")["titled_prefixes"]
    assert {p.split()[-1].lower() for p in prefixes} <= _PSEUDONYM_WORDS
    text = "The group are called Man P, Man Q and Woman R. Man P was jailed in 2023."
    assert [s.text for s in split_sentences(text)] == [
        "The group are called Man P, Man Q and Woman R.", "Man P was jailed in 2023."]
