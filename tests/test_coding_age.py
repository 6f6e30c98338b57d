"""Age parsing: stated ages, babies, decades (band only) and bands."""

from hypothesis import given
from hypothesis import strategies as st

from reviewsynth.coding.people import age_band, parse_age, parse_decade


def test_stated_ages():
    assert parse_age("Anjali was a 28-year-old woman") == 28
    assert parse_age("Leah, aged 17, was") == 17
    assert parse_age("Vikram was 32 at the time of the homicide") == 32
    assert parse_age("a boy of three") == 3


def test_babies_are_zero():
    assert parse_age("Baby J was 13 weeks old") == 0
    assert parse_age("she was four months old") == 0


def test_decade_gives_band_only():
    assert age_band(parse_decade("a woman in her late fifties")) == "55_64"
    assert parse_age("a woman in her late fifties") is None


def test_bands():
    assert age_band(0) == "under_1"
    assert age_band(17) == "16_17"
    assert age_band(25) == "25_34"
    assert age_band(40) == "35_44"
    assert age_band(None) == "not_reported"
    assert age_band(None, child=True) == "child_unknown"


@given(st.integers(min_value=1, max_value=100))
def test_year_old_round_trip(n):
    assert parse_age(f"was a {n}-year-old man") == n
    assert parse_age(f"aged {n} at the time") == n


@given(st.integers(min_value=0, max_value=110))
def test_every_age_has_a_band(n):
    assert age_band(n) not in ("not_reported", "child_unknown", "adult_unknown")


def test_aged_in_months_is_a_baby():
    from reviewsynth.coding.people import parse_age

    assert parse_age("Child H died aged four months") == 0
    assert parse_age("a 4-month-old baby") == 0
    assert parse_age("aged 16") == 16


def test_is_inside_a_name_is_not_a_verb():
    from reviewsynth.coding.people import parse_age

    # "Dennis 6." in a contents line: the "is" in "Dennis" does not state an age.
    assert parse_age("Background: Margaret and Dennis 6.") is None


def test_age_before_the_alias_introduction():
    from reviewsynth.coding.cast import MentionFinder, build_cast
    from reviewsynth.coding.people import demographics
    from reviewsynth.coding.reader import ReviewDoc
    from reviewsynth.documents import ExtractedDocument

    text = ("Pia was stabbed in a park and died. In 2024 an 18-year-old, referred to in this review as "
            "Young Person Q, was convicted of Pia's murder. Young Person Q had been supervised by the "
            "youth offending service. Pia was 16. Pia's mother spoke to the review.")
    rd = ReviewDoc.read(ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False))
    cast = build_cast(rd, "Pia", "scr")
    perp = cast.perpetrators[0]
    d = demographics(rd, MentionFinder(rd, cast), perp, 2023)
    assert (d.age, d.age_band) == (18, "18_24")


def test_specific_heritage_beats_broad_group():
    from reviewsynth.coding.cast import MentionFinder, build_cast
    from reviewsynth.coding.people import demographics
    from reviewsynth.coding.reader import ReviewDoc
    from reviewsynth.documents import ExtractedDocument

    text = ("Ada was killed by her son, who is called Ben in this report. Ada was a Black British woman "
            "of Ghanaian heritage. Ben was convicted of manslaughter. Ada was 60. Ada lived with Ben.")
    rd = ReviewDoc.read(ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False))
    cast = build_cast(rd, "Ada", "dhr")
    d = demographics(rd, MentionFinder(rd, cast), cast.victims[0], 2022)
    assert d.ethnicity == "black_african"
    assert d.ethnicity_detail and "Ghanaian heritage" in d.ethnicity_detail


def _demo(text: str, incident_year: int | None = 2022):
    from reviewsynth.coding.cast import MentionFinder, build_cast
    from reviewsynth.coding.people import demographics
    from reviewsynth.coding.reader import ReviewDoc
    from reviewsynth.documents import ExtractedDocument

    rd = ReviewDoc.read(ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False))
    cast = build_cast(rd, None, "dhr")
    mf = MentionFinder(rd, cast)
    return {m.role: demographics(rd, mf, m, incident_year) for m in cast.principals}


def test_incident_age_phrasings():
    assert parse_age("died on 9 May 2022 at the age of 61") == 61
    assert parse_age("Bram, then 29, was arrested") == 29
    assert parse_age("Bram was 38 and White British") == 38


def test_age_at_the_incident_beats_childhood_history():
    demo = _demo(
        "Odile was taken into care at the age of nine and lived with foster carers until she was eighteen. "
        "In 2010 Odile moved to Westbury with Bram, then aged ten, after her divorce. "
        "Odile died on 4 March 2022 at the age of 48. Bram, then 22, was arrested at the house. "
        "Bram was convicted of the murder of Odile. Odile had been a nurse since the age of 21."
    )
    assert demo["victim"].age == 48
    assert demo["perpetrator"].age == 22


def test_only_a_past_age_is_not_reported():
    demo = _demo(
        "Odile was killed by Bram in 2022. Bram was convicted of the murder of Odile. "
        "Odile had lived with her aunt until she was sixteen. Odile died at home."
    )
    assert demo["victim"].age is None


def test_living_at_the_time_not_in_the_past_or_after():
    demo = _demo(
        "Odile was killed by Bram in May 2022. She was stabbed at the flat she shared with Bram. Bram was convicted and he was sentenced. "
        "Odile lived with foster carers until she was eighteen. Odile said she was a nurse. After the homicide Bram was detained in a secure hospital. "
        "Bram had been an inpatient on the ward in 2015. He said he was sorry."
    )
    assert demo["victim"].living == "family_home"
    assert demo["perpetrator"].living != "custody_or_hospital"


def test_lived_with_a_named_relative_is_the_family_home():
    demo = _demo(
        "Glossary: M - the mother of Child T.\n\nChild T was killed by Bram in 2022. Bram was convicted of murder. "
        "Child T lived with M and her brother in a rented house. Bram said he would not die before calling the police on his own."
    )
    assert demo["victim"].living == "family_home"
    assert demo["perpetrator"].living == "not_reported"


_KILLING = ("Odile was killed by Bram in 2022. Bram was convicted of murder and he was sentenced. Odile said she was scared. "
            "Odile had told her GP that Bram was violent. ")


def test_ethnicity_phrasings_for_the_right_person():
    mixed = _demo(_KILLING + "Odile is of mixed White and Black Caribbean heritage.")["victim"]
    assert (mixed.ethnicity, mixed.ethnicity_detail) == ("mixed_white_black_caribbean", "Mixed White and Black Caribbean heritage")
    assert _demo(_KILLING + "Odile was a Polish national who came to the UK in 2006.")["victim"].ethnicity == "white_other"
    demo = _demo(_KILLING + "Bram was born in Ireland and moved to Leeds in 1990.")
    assert demo["perpetrator"].ethnicity == "white_irish"
    assert demo["victim"].ethnicity == "not_reported"
    both = _demo(_KILLING + "Odile was White British; Bram is Black British of Nigerian heritage.")
    assert (both["victim"].ethnicity, both["perpetrator"].ethnicity) == ("white_british", "black_african")


def test_numeric_decades_and_dates_of_birth():
    assert age_band(parse_decade("a man in his early 40s")) == "35_44"
    assert age_band(parse_decade("a woman in her late 50s")) == "55_64"
    demo = _demo("Odile was killed by Bram in 2022. Bram was convicted and he was sentenced. Odile (DOB: 04/09/1970) said she was scared. "
                 "Odile had told her GP that Bram was violent.")
    assert demo["victim"].age in (51, 52)


def test_who_is_who_table_gives_age_and_ethnicity():
    from reviewsynth.coding.cast import MentionFinder, build_cast
    from reviewsynth.coding.people import demographics
    from reviewsynth.coding.reader import ReviewDoc
    from reviewsynth.documents import ExtractedDocument

    text = ("Name | Relationship | Age at the time | Ethnicity\nOdile | Victim | 44 | White British (English)\n"
            "Bram | Perpetrator, her husband | 47 | Black British Caribbean\n\n"
            "Odile was killed by Bram in 2022. Bram was convicted of murder. Odile was 12 when her family moved to Leeds.")
    rd = ReviewDoc.read(ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False))
    cast = build_cast(rd, None, "dhr")
    mf = MentionFinder(rd, cast)
    demo = {m.role: demographics(rd, mf, m, 2022) for m in cast.principals}
    assert (demo["victim"].age, demo["victim"].ethnicity) == (44, "white_british")
    assert (demo["perpetrator"].age, demo["perpetrator"].ethnicity) == (47, "black_caribbean")
    assert demo["victim"].age_evidence.quote == "Odile | Victim | 44 | White British (English)"


def test_compound_number_words_and_apposed_ages():
    assert parse_age("a thirty-four-year-old man") == 34
    assert parse_age("she was aged sixty one") == 61
    assert parse_age("aged twenty") == 20
    demo = _demo("Odile, 44, was killed by Bram in 2022. Bram was convicted and he was sentenced. Odile said she was scared. "
                 "Odile had told her GP that Bram was violent.")
    assert demo["victim"].age == 44


def test_an_age_in_months_after_a_child_noun_is_a_toddler_not_years():
    from reviewsynth.coding.people import parse_age

    assert parse_age("Kit was a girl of nineteen months when she died.") == 1
    assert parse_age("a baby of 6 weeks") == 0
    assert parse_age("a man of fifty") == 50


def test_living_classes_ongoing_qualified_and_kind_of_home():
    # "had lived ... since" is the arrangement that still held; "since 2019" dates its start.
    demo = _demo("Odile was killed by Ms Bram in May 2022. Odile had lived alone in a small flat since her divorce in 2019.")
    assert demo["victim"].living == "alone"
    # A hostel for homeless people is a residential provision, not rough sleeping.
    demo = _demo("Odile was killed by Ms Bram in May 2022. Ms Bram had been living in a hostel for homeless women since 2020.")
    assert demo["perpetrator"].living == "residential"
    # The kind of home the sentence names beats the household words.
    demo = _demo("Odile was killed by Ms Bram in May 2022. Ms Bram lived with her sister in a shared house in the next town.")
    assert demo["perpetrator"].living == "shared_private"
    # Any kin word after "lived ... with", with words between.
    demo = _demo("Odile was killed by Ms Bram in May 2022. Odile lives in a rented cottage in the village with her elderly father.")
    assert demo["victim"].living == "family_home"


def test_principals_who_lived_together_share_the_arrangement():
    from reviewsynth.coding.cast import MentionFinder, build_cast
    from reviewsynth.coding.people import demographics, shared_homes
    from reviewsynth.coding.reader import ReviewDoc
    from reviewsynth.documents import ExtractedDocument

    def both(text):
        rd = ReviewDoc.read(ExtractedDocument.from_pages("t.txt", "0" * 64, "text", [text], numbered=False))
        cast = build_cast(rd, None, "dhr")
        mf = MentionFinder(rd, cast)
        demo = {m.person_id: demographics(rd, mf, m, 2022) for m in cast.principals}
        shared_homes(rd, mf, demo)
        return sorted(d.living for d in demo.values())

    assert both("Odile was killed by Ms Bram in May 2022. Both were retired and had been living together in a bungalow.") == ["family_home"] * 2
    assert both("Mr Oak was killed by Mr Elm in May 2022. All three men were living at a night shelter at the time.") == ["residential"] * 2
    assert both("In May 2022 Odile was stabbed by Ms Bram at the house they shared.") == ["family_home"] * 2


def test_lived_alone_is_not_contact_with_family():
    demo = _demo("Odile was killed by Ms Bram in May 2022. Odile lived alone and saw little of her family, and rarely spoke with her brother.")
    assert demo["victim"].living == "alone"
