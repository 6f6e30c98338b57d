"""Weapons and locations of the index incident, on small fictional reports: the place of the
attack not the hospital where the victim died, a home's street address, earlier incidents and
beliefs not counted, inflicted injuries only for a child."""

from reviewsynth.coding.incident import incident_codes
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.documents import ExtractedDocument


def _codes(text: str, kind: str, child: bool = False) -> list[str]:
    doc = ExtractedDocument.from_pages("t.txt", "3" * 64, "text", [text], numbered=False)
    return [k for k, _ in incident_codes(ReviewDoc.read(doc), kind, child)]


HOME_THEN_HOSPITAL = """Serious Case Review: Child P

1. Introduction
1.1 This review concerns Child P, who died in hospital on 9 June 2021, two days after he was found with serious head injuries at his home in Wexmoor.
1.2 An ambulance took Child P to Wexmoor General Hospital, where he died.
"""


def test_place_of_attack_not_place_of_death():
    assert _codes(HOME_THEN_HOSPITAL, "locations", child=True) == ["home"]


FLAT_ON_A_ROAD = """Domestic Homicide Review

1. Introduction
1.1 On the evening of 2 April 2020 Dario went to Mina's ground-floor flat in Larkfield Road.
1.2 He stabbed her several times with a kitchen knife. Mina died at the scene.
"""


def test_a_flat_on_a_road_is_a_home():
    assert _codes(FLAT_ON_A_ROAD, "locations") == ["home"]
    assert _codes(FLAT_ON_A_ROAD, "weapons") == ["knife"]


EARLIER_WARD_ASSAULT = """Independent Investigation

1. Introduction
1.1 On 5 May 2022 Mr Q stabbed Mr Z, whom he did not know, on Mill Lane close to a bus shelter. Mr Z died at the scene.
3. Background
3.1 In 2018, during an admission, Mr Q assaulted a healthcare assistant on the ward, punching him.
3.2 He said that in the weeks before the attack he believed his neighbour was poisoning his food.
"""


def test_earlier_incidents_and_beliefs_are_not_the_incident():
    assert _codes(EARLIER_WARD_ASSAULT, "locations") == ["street_public"]
    assert _codes(EARLIER_WARD_ASSAULT, "weapons") == ["knife"]


ADULT_HEAD_INJURY = """Safeguarding Adults Review

1. Introduction
1.1 On 3 March 2022 paramedics found Adult K unconscious in his flat with serious head injuries.
1.2 The post-mortem found that he had been beaten with a wooden chair leg. He died two days later.
"""


def test_an_adults_head_injuries_name_the_weapon_not_inflicted_injury():
    assert _codes(ADULT_HEAD_INJURY, "weapons") == ["blunt_object"]
    assert _codes(ADULT_HEAD_INJURY, "weapons", child=True)[0] in ("blunt_object", "non_accidental_injury")


HANGED = """Child Safeguarding Practice Review

1. Introduction
1.1 In March 2023 Child J was found hanged in his bedroom at the family home by his mother.
"""


def test_hanging_at_home_without_other_cues():
    assert _codes(HANGED, "weapons", child=True) == ["hanging"]
    assert _codes(HANGED, "locations", child=True) == ["home"]


LEFT_HOME_FOR_THE_PARK = """Independent Investigation

1. Introduction
1.1 On 5 May 2022 Mr Q left the house and stabbed Mr Z in Elm Park. Mr Z died at the scene.
"""


def test_a_home_left_behind_is_not_the_place():
    assert _codes(LEFT_HOME_FOR_THE_PARK, "locations") == ["street_public"]


BOTTLE_OF_VODKA = """Domestic Homicide Review

1. Introduction
1.1 On 2 April 2020 Dario drank a bottle of vodka and then stabbed Mina at her flat. Mina died at the scene.
"""


def test_a_bottle_drunk_is_no_weapon():
    assert _codes(BOTTLE_OF_VODKA, "weapons") == ["knife"]
