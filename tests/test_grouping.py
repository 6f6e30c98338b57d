"""Case metadata with evidence, document roles and case grouping, on fictional documents."""

from __future__ import annotations

import hashlib
import random

import pytest

from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping import document_role, group_documents, read_meta
from reviewsynth.grouping.meta import parse_date

FILLER = (
    "The panel read the agencies' reports and chronologies and met the practitioners involved. "
    "It considered what each agency knew, what it did and what it could have done differently. "
) * 120  # ~3,000 words: the length of a real overview report


def make_doc(
    text: str, path: str = "report.pdf", pages: list[str] | None = None, title: str | None = None
) -> ExtractedDocument:
    page_texts = pages if pages is not None else [text]
    sha = hashlib.sha256("\n\n".join(page_texts).encode()).hexdigest()
    numbered = path.endswith(".pdf")
    return ExtractedDocument.from_pages(
        path, sha, "pdf" if numbered else "text", page_texts, numbered, title=title
    )


def assert_evidence_verbatim(doc: ExtractedDocument, meta_evidence: dict) -> None:
    for field_name, evidence in meta_evidence.items():
        assert evidence.quote == doc.text[evidence.start : evidence.end], field_name
        assert evidence.document == doc.sha256


DHR_COVER = (
    "OFFICIAL\n\nStanwick Community Safety Partnership\n\nDomestic Homicide Review\n\n"
    "Overview Report into the death of 'Mira' in\n\nJune 2019\n\n"
    "Report completed: October 2020\n\nPublished: June 2021"
)
DHR_BODY = (
    "1.1 This review examines the contact agencies in the London Borough of Stanwick had with Mira "
    "before she was killed at her home on 3 June 2019 by her husband, referred to as Mr K.\n\n"
    + FILLER
)


def test_read_meta_dhr_with_evidence() -> None:
    doc = make_doc("", pages=[DHR_COVER, DHR_BODY])
    meta = read_meta(doc)
    assert meta.review_type == "dhr"
    assert meta.title == "Mira"
    assert meta.area == "London Borough of Stanwick"
    assert meta.published == "2021-06"
    assert meta.incident_year == 2019
    assert set(meta.evidence) == {"review_type", "title", "area", "published", "incident_year"}
    assert meta.evidence["published"].quote == "Published: June 2021"
    assert meta.evidence["published"].page == 1
    assert meta.evidence["area"].page == 2
    assert_evidence_verbatim(doc, meta.evidence)


@pytest.mark.parametrize(
    ("cover", "review_type", "title"),
    [
        ("Serious Case Review: Child R\n\nOverview Report", "scr", "Child R"),
        (
            "Local Child Safeguarding Practice Review\n\nChild AX\n\nOverview report",
            "scr",
            "Child AX",
        ),
        ("CSPR concerning 'Kai'", "scr", "Kai"),
        ("SAFEGUARDING ADULTS REVIEW\n\nADULT D\n\nOverview Report", "sar", "Adult D"),
        ("Safeguarding Adult Review: Mr EF", "sar", "Mr EF"),
        ("Independent Investigation into the Care and\n\nTreatment of Mr EF", "iir", "Mr EF"),
        ("Domestic Homicide Review into the death of Leah", "dhr", "Leah"),
        (
            "Domestic Homicide Review: Overview Report into the deaths of Margaret and Dennis",
            "dhr",
            "Margaret and Dennis",
        ),
        ("A thematic review of practice", "other", None),
        # a prefixed first name is the case name where the review also uses the name alone
        ("Rapid review: Child Tamsin (notification of 2 May 2024)\n\nTamsin is 14. Tamsin lives with her aunt. "
         "Tamsin took an overdose.", "scr", "Child Tamsin"),
        ("Safeguarding Adults Review: Adult Corwen\n\nCorwen was 58. Corwen lived alone. Corwen had diabetes.",
         "sar", "Adult Corwen"),
        ("Serious Case Review: Child Protection Arrangements", "scr", None),
    ],
)
def test_review_type_and_case_name(cover: str, review_type: str, title: str | None) -> None:
    doc = make_doc(cover + "\n\n" + FILLER, path="review.txt")
    meta = read_meta(doc)
    assert meta.review_type == review_type
    assert meta.title == title
    assert_evidence_verbatim(doc, meta.evidence)


def test_case_name_from_referred_to_as() -> None:
    doc = make_doc(
        "Domestic Homicide Review\n\n1.1 The woman who died is referred to as 'Nadia' in this report."
    )
    assert read_meta(doc).title == "Nadia"


@pytest.mark.parametrize(
    ("text", "area"),
    [
        (
            "Eastbridge Safeguarding Children Partnership\n\nSerious Case Review: Child R",
            "Eastbridge",
        ),
        (
            "The review was commissioned by the Royal Borough of Kelworth and Chessley.",
            "Royal Borough of Kelworth and Chessley",
        ),
        ("Area: Millbrook\n\nSafeguarding Adults Review", "Millbrook"),
        ("Published by Northfold County Council in 2020.", "Northfold County Council"),
        ("A review with no place named.", None),
    ],
)
def test_area(text: str, area: str | None) -> None:
    doc = make_doc(text, path="r.txt")
    meta = read_meta(doc)
    assert meta.area == area
    if area:
        assert meta.evidence["area"].quote.endswith(area.split()[-1])


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Published: June 2021", "2021-06"),
        ("Final report March 2022", "2022-03"),
        ("Date of publication: 14 September 2020", "2020-09"),
        ("Published 2019", "2019"),
        ("Report agreed by the Board: February 2023", "2023-02"),
        ("No dates on this cover", None),
    ],
)
def test_published(text: str, published: str | None) -> None:
    assert (
        read_meta(make_doc("Serious Case Review: Child R\n\n" + text, path="r.txt")).published
        == published
    )


def test_incident_year_not_taken_from_review_period() -> None:
    text = (
        "Safeguarding Adults Review: Adult D\n\n"
        "1.1 The review covers the period from January 2017 to Adult D's death.\n\n"
        "1.2 Adult D died in hospital on 2 May 2021 after a fall."
    )
    meta = read_meta(make_doc(text, path="r.txt"))
    assert meta.incident_year == 2021
    assert "2 May 2021" in meta.evidence["incident_year"].quote


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the publication's own date before the death is not the incident's
        ("Overview Report June 2022 - following the death of Ms V, October 2019\n\n", 2019),
        # a range from a date to the death: the death's own date
        ("1.1 The review looks at his admission on 4 March 2015 to his death on 2 June 2016.\n\n", 2016),
        ("Mr G was 19 when he took his own life in the winter of 2020.\n\n", 2020),
        ("On the 14/08/2019 Ms C was found to have died at her flat.\n\n", 2019),
        ("1.1 On the night of 3 May 2021 Mrs W was kicked and punched by a visitor.\n\n", 2021),
    ],
)
def test_incident_year_kinds_of_wording(text: str, year: int) -> None:
    meta = read_meta(make_doc("Safeguarding Adults Review\n\n" + text + "Published: June 2022\n", path="r.txt"))
    assert meta.incident_year == year


def test_incident_year_from_a_dated_account_of_the_death() -> None:
    text = (
        "Safeguarding Adults Review: Mr H\n\n"
        "1.1 On 9 January 2023 a neighbour became worried about Mr H. She called the police, who "
        "found Mr H dead in his front room.\n\n1.2 Mr H lived alone after his wife died in 2015."
    )
    assert read_meta(make_doc(text, path="r.txt")).incident_year == 2023


def test_partnership_area_preferred_to_a_council_named_later() -> None:
    text = "Kelby Community Safety Partnership\n\nDomestic Homicide Review\n\n1.1 Kelby Council housing staff knew her."
    assert read_meta(make_doc(text, path="r.txt")).area == "Kelby"


def test_parse_date() -> None:
    assert parse_date("9 March 2019") == (2019, 3)
    assert parse_date("Sept 2020") == (2020, 9)
    assert parse_date("03/11/2018") == (2018, 11)
    assert parse_date("2018") == (2018, None)
    assert parse_date("no date") is None


@pytest.mark.parametrize(
    ("cover", "path", "words", "role"),
    [
        ("Domestic Homicide Review: Leah\n\nExecutive Summary", "a.pdf", 2000, "executive_summary"),
        ("DHR Leah\n\nAction Plan", "a.pdf", 300, "action_plan"),
        ("Seven minute briefing: Child R", "a.pdf", 600, "briefing"),
        ("Serious Case Review: Child R\n\nOverview Report", "a.pdf", 300, "overview_report"),
        (
            "Serious Case Review: Child R",
            "Child R - Executive Summary.pdf",
            2000,
            "executive_summary",
        ),
        (
            "Serious Case Review: Child R\n\nContents: 1. Terms of reference 2. Analysis",
            "a.pdf",
            3000,
            "overview_report",
        ),
        ("Terms of reference for the review", "a.pdf", 300, "other"),
        ("A note", "a.pdf", 100, "other"),
    ],
)
def test_document_role(cover: str, path: str, words: int, role: str) -> None:
    body = " ".join(["word"] * words)
    assert document_role(make_doc(cover + "\n\n" + body, path=path)) == role


# --- grouping -----------------------------------------------------------------------------


def _overview() -> ExtractedDocument:
    return make_doc("", path="cases/DHR Mira Overview Report.pdf", pages=[DHR_COVER, DHR_BODY])


def _exec_summary() -> ExtractedDocument:
    text = (
        "Domestic Homicide Review: Mira - Executive Summary\n\nStanwick Community Safety Partnership\n\n"
        "1.1 This summary concerns Mira, who was killed in the London Borough of Stanwick in June 2019."
    )
    return make_doc(text, path="cases/DHR Mira Executive Summary.txt")


def _other_case() -> ExtractedDocument:
    text = (
        "Serious Case Review: Child R\n\nOverview Report\n\nPublished: May 2020\n\n"
        "1.1 Child R died in hospital on 2 February 2018 in the London Borough of Stanwick.\n\n"
        + FILLER
    )
    return make_doc(text, path="cases/SCR Child R.txt")


def _iir_2021() -> ExtractedDocument:
    text = (
        "Independent Investigation into the care and treatment of Tom\n\nPublished: May 2021\n\n"
        "1.1 This investigation concerns Tom, who killed his father, referred to as Mr D, on "
        "14 April 2019 in the London Borough of Fernleigh.\n\n" + FILLER
    )
    return make_doc(text, path="cases/IIR Tom.txt")


def _dhr_2023() -> ExtractedDocument:
    text = (
        "Domestic Homicide Review: Mr D\n\nOverview Report\n\nPublished: June 2023\n\n"
        "1.1 This review concerns Mr D, who was killed by his son, referred to as Tom, at home in "
        "the London Borough of Fernleigh on 14 April 2019.\n\n" + FILLER
    )
    return make_doc(text, path="cases/DHR Mr D.txt")


def test_documents_of_one_case_grouped_overview_used() -> None:
    groups = group_documents([_exec_summary(), _other_case(), _overview()])
    assert len(groups) == 2
    mira = next(g for g in groups if g.meta.title == "Mira")
    roles = {g.role: g.used for g in mira.documents}
    assert roles == {"overview_report": True, "executive_summary": False}
    assert mira.main.path == "cases/DHR Mira Overview Report.pdf"
    assert mira.case_id == "dhr-" + mira.main.sha256[:16]
    assert mira.meta.area == "London Borough of Stanwick"
    assert [d.ref().used for d in mira.documents] == [True, False]


def test_byte_identical_documents_counted_once() -> None:
    first = _overview()
    copy = ExtractedDocument.from_pages(
        "copies/same.pdf", first.sha256, "pdf", [p for p in first.text.split("\n\n")]
    )
    groups = group_documents([first, copy])
    assert len(groups) == 1
    assert len(groups[0].documents) == 1


def test_one_case_reviewed_under_two_processes() -> None:
    groups = group_documents([_iir_2021(), _dhr_2023()])
    assert len(groups) == 1
    group = groups[0]
    by_path = {g.document.path: g for g in group.documents}
    dhr, iir = by_path["cases/DHR Mr D.txt"], by_path["cases/IIR Tom.txt"]
    assert dhr.used and not iir.used
    assert iir.note is not None and "superseded" in iir.note and "DHR" in iir.note
    assert dhr.note is None
    assert group.meta.review_type == "dhr"
    assert group.case_id.startswith("dhr-")


def test_same_name_in_different_areas_are_different_cases() -> None:
    one = make_doc(
        "Serious Case Review: Child A\n\nLondon Borough of Northfold\n\n" + FILLER, path="a.txt"
    )
    two = make_doc(
        "Serious Case Review: Child A\n\nLondon Borough of Southfold\n\n" + FILLER, path="b.txt"
    )
    assert len(group_documents([one, two])) == 2


def test_same_name_without_place_or_date_are_different_cases() -> None:
    one = make_doc("Serious Case Review: Child A\n\nOverview Report\n\n" + FILLER, path="a.txt")
    two = make_doc(
        "Serious Case Review: Child A\n\nOverview Report\n\n" + FILLER + " More.", path="b.txt"
    )
    assert len(group_documents([one, two])) == 2


def test_grouping_is_deterministic() -> None:
    docs = [_exec_summary(), _other_case(), _overview(), _iir_2021(), _dhr_2023()]
    expected = [(g.case_id, [d.document.path for d in g.documents]) for g in group_documents(docs)]
    for seed in range(3):
        random.Random(seed).shuffle(docs)
        assert [
            (g.case_id, [d.document.path for d in g.documents]) for g in group_documents(docs)
        ] == expected


def test_eval_dev_metadata_smoke(eval_dev) -> None:  # type: ignore[no-untyped-def]
    """Cover metadata of the development set reads with evidence (a smoke test, not a tuning target)."""
    from reviewsynth.ingest import IngestError, extract

    read = 0
    for path in sorted(eval_dev.iterdir()):
        if path.suffix not in (".pdf", ".docx", ".html", ".txt"):
            continue
        try:
            doc = extract(path, ocr=False)
        except IngestError:
            continue
        meta = read_meta(doc)
        assert meta.review_type in {"dhr", "iir", "scr", "sar"}
        assert meta.title and meta.area and meta.published
        assert_evidence_verbatim(doc, meta.evidence)
        read += 1
    assert read >= 1


# --- one case whatever the wording: real-world-shaped (fictional) covers, summaries, file names


def _brackenhurst_overview(cover_area: str = "London Borough of Brackenhurst") -> ExtractedDocument:
    cover = (
        "OFFICIAL\n\nDomestic Homicide Review\n\nOverview Report into the death of 'Ruth'\n\n"
        f"{cover_area}\n\nIndependent Chair and Author: J. Ashby\n\nPublished: March 2022"
    )
    body = (
        "1.1 Ruth was killed at her home on 14 June 2020 by her former partner, referred to as "
        "Mr N. The review was commissioned by the community safety partnership.\n\n" + FILLER
    )
    return make_doc("", path="reviews/DHR Ruth Overview Report FINAL v3.pdf", pages=[cover, body])


SUMMARIES = [
    # (cover text, file name): the summary names its area in another form each time
    ("Brackenhurst Community Safety Partnership\n\nExecutive Summary of the Domestic Homicide "
     "Review into the death of Ruth\n\n1.1 Ruth died in June 2020.",
     "reviews/Brackenhurst-CSP-DHR-Ruth-Executive-Summary.pdf"),
    ("DOMESTIC HOMICIDE REVIEW: RUTH\n\nExecutive Summary\n\nArea: Brackenhurst\n\n"
     "1.1 This summary concerns the death of 'Ruth' in June 2020.",
     "reviews/ES - Ruth.docx"),
    ("Brackenhurst Council\n\nDomestic Homicide Review into the death of “Ruth”\n\n"
     "1.1 Ruth was killed by Mr N in 2020. Published March 2022.",
     "reviews/DHR_Ruth_Exec_Summary.pdf"),
    ("Domestic Homicide Review – Ruth – Executive Summary\n\nPublished by Brackenhurst CSP\n\n"
     "1.1 The review concerns the death of Ruth.",
     "reviews/summary.txt"),
]


@pytest.mark.parametrize(("cover", "path"), SUMMARIES)
def test_overview_and_summary_with_differently_worded_areas_are_one_case(cover: str, path: str) -> None:
    overview = _brackenhurst_overview()
    summary = make_doc(cover + "\n\n" + "The panel's findings are set out in the overview report. " * 20,
                       path=path)
    assert read_meta(summary).area != read_meta(overview).area  # worded differently
    groups = group_documents([summary, overview])
    assert len(groups) == 1
    group = groups[0]
    assert group.main.path == overview.path  # coded from the overview report
    assert {d.document.path: (d.role, d.used) for d in group.documents} == {
        overview.path: ("overview_report", True), path: ("executive_summary", False)}
    assert group.case_id == "dhr-" + overview.sha256[:16]


@pytest.mark.parametrize(("one", "two", "same"), [
    ("London Borough of Brackenhurst", "Brackenhurst", True),
    ("Brackenhurst Council", "Brackenhurst Community Safety Partnership", True),
    ("Royal Borough of Kelworth and Chessley", "Kelworth and Chessley Council", True),
    ("Brackenhurst Safeguarding Adults Board", "brackenhurst", True),
    ("London Borough of Northfold", "London Borough of Southfold", False),
    ("North Brackenhurst", "Brackenhurst", False),
    ("City of London", "London Borough of Brackenhurst", False),
])
def test_areas_compare_on_their_distinctive_words(one: str, two: str, same: bool) -> None:
    from reviewsynth.grouping.group import area_key

    assert (area_key(one) == area_key(two)) is same


def test_overview_under_a_partnership_name_and_summary_under_the_borough() -> None:
    overview = _brackenhurst_overview(cover_area="Brackenhurst Community Safety Partnership")
    summary = make_doc("Executive Summary\n\nDomestic Homicide Review into the death of Ruth\n\n"
                       "London Borough of Brackenhurst, June 2020.", path="reviews/Ruth summary.pdf")
    groups = group_documents([overview, summary])
    assert len(groups) == 1 and groups[0].main.path == overview.path


def test_same_name_in_areas_that_differ_in_a_distinctive_word_stay_apart() -> None:
    one = make_doc("Serious Case Review: Child A\n\nLondon Borough of North Brackenhurst\n\n" + FILLER,
                   path="a.txt")
    two = make_doc("Serious Case Review: Child A\n\nBrackenhurst Council\n\n" + FILLER, path="b.txt")
    assert len(group_documents([one, two])) == 2


# --- a document that lists reviews is not a document of one of them


ANNUAL_REPORT = (
    "Kelmarsh Safeguarding Adults Board\nAnnual Report 2022-23\n\n"
    "Section 6: Safeguarding Adults Reviews\n\n"
    "6.1 This section summarises the Board's work on reviews during the year.\n\n"
    "6.3 Two reviews were published during the year: SAR Adult D and SAR Mr T. Both reports are "
    "on the Board's website.\n\n6.4 Recurring themes included self-neglect and hospital discharge."
)


def _adult_d_web_page() -> ExtractedDocument:
    return make_doc(
        "Kelmarsh Safeguarding Adults Board\n\nSafeguarding Adults Review: Adult D\n\n"
        "Adult D (published November 2023)\n\nAdult D was a man in his late sixties who lived alone "
        "in Kelmarsh. In February 2022 his brother found him dead at home.",
        path="web/sar-adult-d.txt")


def test_a_document_listing_several_reviews_is_a_case_of_its_own() -> None:
    annual = make_doc(ANNUAL_REPORT, path="web/annual-report-extract.txt")
    assert read_meta(annual).listed == ["Adult D", "Mr T"]
    groups = group_documents([annual, _adult_d_web_page()])
    assert len(groups) == 2
    by_path = {g.main.path: g for g in groups}
    assert by_path["web/sar-adult-d.txt"].meta.title == "Adult D"
    listing = by_path["web/annual-report-extract.txt"]
    assert listing.meta.title is None and "title" not in listing.meta.evidence
    assert [d.document.path for d in by_path["web/sar-adult-d.txt"].documents] == ["web/sar-adult-d.txt"]


def test_a_review_naming_one_earlier_review_still_groups_with_its_summary() -> None:
    # Quoting another review's name is not a list: the summary stays with its case.
    summary = make_doc(
        "Safeguarding Adults Review: Adult D\n\nExecutive Summary\n\nKelmarsh Safeguarding Adults "
        "Board\n\n1.1 Adult D died in February 2022. The learning echoes SAR Mr T.",
        path="web/sar-adult-d-summary.txt")
    groups = group_documents([summary, _adult_d_web_page()])
    assert len(groups) == 1
    assert read_meta(summary).listed == []


def test_batch_f1_annual_report_extract_is_its_own_case() -> None:
    from pathlib import Path

    from reviewsynth.ingest import extract

    corpus = Path(__file__).resolve().parents[1] / "examples" / "batch-f1" / "corpus"
    docs = [extract(corpus / name) for name in ("f02_sar_adult_d_web.txt", "f13_sab_annual_report_extract.txt")]
    groups = group_documents(docs)
    assert sorted(Path(g.main.path).name for g in groups) == [
        "f02_sar_adult_d_web.txt", "f13_sab_annual_report_extract.txt"]


def test_a_place_before_a_publisher_s_name_is_not_the_case_name() -> None:
    cover = ("Learning brief: Child QX\n\nLocal child safeguarding practice review | Orrinford Safeguarding "
             "Children Partnership | Published May 2024\n\nThis brief is about a boy, known as Child QX, who "
             "died in 2023.")
    meta = read_meta(make_doc(cover + "\n\n" + FILLER, path="brief.txt"))
    assert meta.title == "Child QX"
