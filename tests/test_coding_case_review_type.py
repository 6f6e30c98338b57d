"""Review type from the cover: the names UK nations and eras give each kind of review."""

import pytest

from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.meta import read_meta


def _doc(text: str) -> ExtractedDocument:
    return ExtractedDocument.from_pages("r.txt", "0" * 64, "text", [text], numbered=False)


@pytest.mark.parametrize(("cover", "expected"), [
    ("Extended Adult Practice Review re: Adult Q\nFernvale Regional Safeguarding Board", "sar"),
    ("Concise Child Practice Review re: Child T\nFernvale Regional Safeguarding Board", "scr"),
    ("Domestic Abuse Related Death Review into the death of Mona", "dhr"),
    ("DARDR: Tabitha\nOverview report", "dhr"),
    ("An Independent Mental Health Homicide Review concerning Mr Q", "iir"),
    ("An independent investigation into the care and treatment of a mental health service user (Service user Z)", "iir"),
    ("Significant Case Review: Child B\nEastshire Child Protection Committee", "scr"),
    ("Adult Safeguarding Review: Mr D", "sar"),
    ("Adult Significant Case Review: Mrs K\nLochside Adult Protection Committee", "sar"),
    ("Safeguarding Adult Practice Review: Adult F", "sar"),
])
def test_review_type_names(cover: str, expected: str) -> None:
    assert read_meta(_doc(cover + "\n\nIntroduction\nThis review looks at events in 2021.")).review_type == expected
