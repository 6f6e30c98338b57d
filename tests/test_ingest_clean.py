"""The text cleaning functions: examples, and properties checked with hypothesis."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reviewsynth.documents import ExtractedDocument
from reviewsynth.ingest.clean import (
    build_vocabulary,
    clean_flow_text,
    clean_pages,
    keep_line_end_hyphen,
    lines_to_paragraphs,
    normalise_raw,
    remove_headers_footers,
)
from reviewsynth.ingest.config import load_rules

RULES = load_rules()

# Text like a PDF page: words, numbers, punctuation, hyphens, newlines, odd characters.
_alphabet = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 .,;:-'()•\n\n\t")
    + ["\ufffe", "\u00ad", "ﬁ", "\r\n", "\x00"]
)
page_text = st.lists(_alphabet, max_size=400).map("".join)
lines = st.lists(st.text(alphabet="abcdefXYZ 0123.-•", max_size=60), max_size=30)


def test_normalise_raw_examples() -> None:
    assert normalise_raw("safe\ufffeguarding") == "safe-\nguarding"
    assert normalise_raw("a\r\nb\rc") == "a\nb\nc"
    assert normalise_raw("  ﬁrst   line  \n=====\n") == "first line\n\n"


def test_hyphen_decisions_follow_the_document_and_the_lists() -> None:
    vocab = build_vocabulary(["The safeguarding partnership met. A well-being plan."])
    assert not keep_line_end_hyphen(
        "the safe-", "guarding board", vocab, RULES
    )  # joined word known
    assert keep_line_end_hyphen(
        "a well-", "being plan", vocab, RULES
    )  # document writes "well-being"
    assert keep_line_end_hyphen(
        "the follow-", "up visit", build_vocabulary([]), RULES
    )  # listed compound
    assert keep_line_end_hyphen("in 2019-", "2020 the", vocab, RULES)  # numbers keep their hyphen
    assert keep_line_end_hyphen("Anti-", "Social Behaviour", vocab, RULES)  # capitals keep it
    assert not keep_line_end_hyphen(
        "the profes-", "sional view", build_vocabulary([]), RULES
    )  # default: join


def test_lines_to_paragraphs_examples() -> None:
    text = lines_to_paragraphs(
        [
            "5. Analysis",
            "5.1 The GP did not ask about domestic abuse when Rowan attended with an injury to",
            "her wrist in March 2020, and no referral was made.",
            "5.2 The housing officer noted damage to the front door.",
            "• a bullet point",
            "(a) a listed item",
        ],
        typical=80,
    )
    assert text.split("\n\n") == [
        "5. Analysis",
        "5.1 The GP did not ask about domestic abuse when Rowan attended with an injury to her wrist "
        "in March 2020, and no referral was made.",
        "5.2 The housing officer noted damage to the front door.",
        "• a bullet point",
        "(a) a listed item",
    ]


def test_a_sentence_broken_by_a_blank_line_is_rejoined() -> None:
    assert lines_to_paragraphs(["He had", "", "bruises that were not explained."]) == (
        "He had bruises that were not explained."
    )


def test_headers_footers_with_varying_page_numbers() -> None:
    words = ["alpha", "beta", "gamma", "delta"]
    pages = [
        [
            "Eastbridge SAR Adult D",
            f"{n}.1 Text of page {n} goes here.",
            words[n - 1],
            f"Page {n} of 4",
            f"- {n} -",
        ]
        for n in range(1, 5)
    ]
    cleaned = remove_headers_footers(pages, RULES)
    for n, page in enumerate(cleaned, start=1):
        assert page == [f"{n}.1 Text of page {n} goes here.", words[n - 1]]


def test_years_are_not_page_numbers() -> None:
    pages = [["Cover", "2019"], ["1.1 Text", "2"]]
    assert remove_headers_footers(pages, RULES) == [["Cover", "2019"], ["1.1 Text"]]


@settings(max_examples=200, deadline=None)
@given(page_text)
def test_normalise_raw_is_total_and_idempotent(text: str) -> None:
    once = normalise_raw(text)
    assert "\r" not in once and "\x00" not in once and "\ufffe" not in once
    assert normalise_raw(once) == once


@settings(max_examples=200, deadline=None)
@given(lines)
def test_lines_to_paragraphs_is_idempotent(raw_lines: list[str]) -> None:
    once = lines_to_paragraphs(raw_lines)
    assert lines_to_paragraphs(once.split("\n")) == once
    assert "\n\n\n" not in once
    assert once == once.strip()


@settings(max_examples=200, deadline=None)
@given(lines)
def test_lines_to_paragraphs_keeps_every_word(raw_lines: list[str]) -> None:
    """Joining only removes line-end hyphens and whitespace: the letters stay, in order."""
    once = lines_to_paragraphs(raw_lines)

    def letters(text: str) -> str:
        return "".join(ch for ch in text if ch.isalnum())

    assert letters(once) == letters("".join(raw_lines))


@settings(max_examples=100, deadline=None)
@given(st.lists(lines, max_size=6))
def test_header_removal_only_removes_lines(pages: list[list[str]]) -> None:
    cleaned = remove_headers_footers(pages, RULES)
    assert len(cleaned) == len(pages)
    for before, after in zip(pages, cleaned, strict=True):
        remaining = iter(before)
        assert all(
            any(line == candidate for candidate in remaining) for line in after
        )  # a subsequence


@settings(max_examples=100, deadline=None)
@given(st.lists(page_text, min_size=1, max_size=6))
def test_clean_pages_offsets_and_pages_consistent(raw_pages: list[str]) -> None:
    pages = clean_pages(raw_pages, RULES)
    assert len(pages) == len(raw_pages)
    doc = ExtractedDocument.from_pages("x.pdf", "0" * 64, "pdf", pages)
    for number, page in enumerate(doc.pages, start=1):
        assert page.number == number
        assert doc.text[page.start : page.end] == pages[number - 1]
        if page.end > page.start:
            assert doc.page_at(page.start) == number
            assert doc.page_at(page.end - 1) == number
            evidence = doc.evidence(page.start, page.end)
            assert evidence.quote == pages[number - 1] and evidence.page == number


@settings(max_examples=100, deadline=None)
@given(page_text)
def test_clean_flow_text_is_idempotent(text: str) -> None:
    once = clean_flow_text(text, RULES)
    assert clean_flow_text(once, RULES) == once


def test_a_grid_table_in_plain_text_keeps_its_lines_and_columns() -> None:
    """Wrapped cells of a grid table are told apart by character positions: its lines are
    neither joined nor respaced, while the prose around it is cleaned as usual."""
    from reviewsynth.ingest.clean import clean_flow_text

    text = ("The table below sets out\nthe key episodes.\n\n"
            "+------------------+------------------+\n"
            "| Event            | Our view         |\n"
            "+------------------+------------------+\n"
            "| The nurse called | The call was not |\n"
            "| twice in May.    | followed up.     |\n"
            "+------------------+------------------+\n")
    out = clean_flow_text(text)
    assert "The table below sets out the key episodes." in out
    assert "| The nurse called | The call was not |\n| twice in May.    | followed up.     |" in out
