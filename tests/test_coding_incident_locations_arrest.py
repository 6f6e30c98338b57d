"""The place of an arrest is not the place of the incident."""

from reviewsynth.coding.incident import incident_codes
from reviewsynth.coding.reader import ReviewDoc
from reviewsynth.documents import ExtractedDocument

ARRESTED_AT_HOME = """Independent Investigation: Service user Q

1. Introduction
1.1 On 3 March 2022 Service user Q stabbed his friend in a car park in Ashby.
1.2 Q was arrested at his home two hours later.
"""


def test_arrested_at_home_is_not_the_place_of_the_stabbing():
    doc = ExtractedDocument.from_pages("q.txt", "4" * 64, "text", [ARRESTED_AT_HOME], numbered=False)
    codes = [k for k, _ in incident_codes(ReviewDoc.read(doc), "locations")]
    assert codes == ["street_public"]
