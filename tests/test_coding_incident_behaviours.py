"""Abusive behaviours by phase and technology used in the abuse, on small fictional reports."""

from reviewsynth.coding.cast import MentionFinder, build_cast
from reviewsynth.coding.codes import CharacteristicReader, Finding
from reviewsynth.coding.incident import abusive_behaviours, incident_codes, technology
from reviewsynth.coding.people import demographics
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.documents import ExtractedDocument

REPORT = """Domestic Homicide Review
Overview Report into the death of 'Lena'

1. Introduction
1.1 This review examines the contact agencies had with Lena, a 33-year-old woman, and her husband, Ivo, aged 35, before Lena was killed at her home on 3 May 2022. Ivo stabbed Lena with a kitchen knife.
3. Background
3.1 Ivo controlled her money and checked her phone.
3.2 In March 2022 Ivo pushed her against a wall.
3.3 Ivo shared a private image of Lena in a group chat to humiliate her.
3.4 There is no evidence that Ivo used a tracking app.
6. Recommendations
6.1 Agencies should ask about spyware and tracking devices.
"""


def _read(text: str):
    doc = ExtractedDocument.from_pages("l.txt", "a" * 64, "text", [text], numbered=False)
    rd = ReviewDoc.read(doc)
    cast = build_cast(rd, "Lena")
    mf = MentionFinder(rd, cast)
    return rd, cast, mf


def _ages(rd, cast, mf):
    return {m.person_id: demographics(rd, mf, m, None).age for m in cast.principals}


def test_prior_behaviours_come_from_the_victims_abuse_subtypes_and_during_from_the_weapon():
    rd, cast, mf = _read(REPORT)
    chars = CharacteristicReader().read(rd, cast, mf, _ages(rd, cast, mf))
    found = {(phase, typ) for phase, typ, _ in abusive_behaviours(cast, chars, incident_codes(rd, "weapons"), "homicide")}
    assert {("prior", "financial"), ("prior", "coercive_control"), ("prior", "physical"), ("during", "physical")} <= found
    assert all(phase in ("prior", "during", "following") for phase, _ in found)


def test_no_weapon_no_during():
    rd, cast, _ = _read(REPORT)
    assert abusive_behaviours(cast, {}, [], "homicide") == []
    f = Finding("abuse_neglect_adult", subtypes={"sexual", "neglect"})
    v = cast.victims[0].person_id
    got = {(p, t) for p, t, _ in abusive_behaviours(cast, {v: {"abuse_neglect_adult": f}}, [], "sexual_abuse")}
    assert got == {("prior", "sexual"), ("during", "sexual")}  # neglect is no behaviour type


def test_technology_in_the_abuse_only():
    rd, cast, mf = _read(REPORT)
    codes = {k for k, _ in technology(rd, cast, mf)}
    assert {"online_images", "social_media"} <= codes
    assert "tracking" not in codes  # negated, and named only in a recommendation
