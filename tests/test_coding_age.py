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
