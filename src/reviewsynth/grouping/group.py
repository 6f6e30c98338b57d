"""Document roles and case grouping.

One case is often published as several documents (overview report, executive summary,
action plan, learning briefing), and sometimes reviewed twice under different processes
(an NHS independent investigation, then a DHR of the same death). Grouping puts the
documents of one case together and marks the one document the case is coded from:
- byte-identical files (same sha256) count once;
- documents with the same case name whose area and incident year do not disagree are one case;
  areas are compared on their distinctive words (`area_key`: "London Borough of X", "X
  Council", "X Community Safety Partnership" and "X" agree);
- a document that lists several reviews with its own case name among them (an annual report:
  "SAR Adult D and SAR Mr T") is a case of its own, with no case name, never a document of one;
- two overview reports of different review types are one case reviewed twice when they share
  area and incident year and each names the other's case (victim or patient) in its text; the
  more recent is used, the other kept with used=False and a note.
The order of groups and of documents in a group is deterministic (sorted by path).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.meta import load_meta_rules, read_meta
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

_WORDS = re.compile(r"\w+")
# Preference when a case has no overview report: the fullest document stands in.
_ROLE_RANK = {
    "overview_report": 0,
    "executive_summary": 1,
    "briefing": 2,
    "other": 3,
    "action_plan": 4,
}


@dataclass(frozen=True)
class _RoleRules:
    patterns: list[tuple[str, re.Pattern[str]]]
    overview_min_words: int
    cover_chars: int


@lru_cache(maxsize=1)
def _role_rules() -> _RoleRules:
    raw = load_meta_rules().raw["roles"]
    patterns = [
        (role, re.compile(p.replace(" ", r"[\s_\-]+"), re.IGNORECASE))
        for role in ("action_plan", "briefing", "executive_summary", "overview_report", "other")
        for p in raw[role]
    ]
    return _RoleRules(patterns, int(raw["overview_min_words"]), int(raw["cover_chars"]))


def _file_stem(path: str) -> str:
    name = re.split(r"[\\/]", path)[-1]
    return name.rsplit(".", 1)[0]


def document_role(doc: ExtractedDocument) -> str:
    """overview_report / executive_summary / action_plan / briefing / other.

    Role words are read from the cover (the first lines), the file's own title and its file
    name; the most specific role wins. Without role words, length decides: a long document is
    an overview report.
    """
    rules = _role_rules()
    places = [doc.text[: rules.cover_chars], doc.title or "", _file_stem(doc.path)]
    words = len(_WORDS.findall(doc.text))
    long_enough = words >= rules.overview_min_words
    for role, pattern in rules.patterns:
        # "Terms of reference" is also a heading in every report's contents list: words for
        # "other" only count on a short document.
        if role == "other" and long_enough:
            continue
        if any(pattern.search(place) for place in places):
            return role
    return "overview_report" if long_enough else "other"


@dataclass
class _Item:
    doc: ExtractedDocument
    meta: CaseMeta
    role: str
    words: int


def _key(text: str | None) -> str | None:
    return " ".join(_WORDS.findall(text.lower())) if text else None


@lru_cache(maxsize=1)
def _generic_area_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_meta_rules().raw["area"].get("generic_words", []))


def area_key(area: str | None) -> str | None:
    """An area's distinctive words, so that "London Borough of Brackenhurst", "Brackenhurst
    Council", "Brackenhurst Community Safety Partnership" and "Brackenhurst" compare equal.
    An area made only of generic words ("City of London") keeps all its words."""
    if not area:
        return None
    words = _WORDS.findall(area.lower())
    generic = _generic_area_words()
    return " ".join([w for w in words if w not in generic] or words) or None


def lists_reviews(meta: CaseMeta, role: str) -> bool:
    """A document listing several reviews with its own case name among them (an annual
    report's "SAR Adult D and SAR Mr T"): not a document of any one of them. An overview
    report citing other reviews is still its own case's report."""
    return role != "overview_report" and bool(meta.listed)


def _without_case_name(meta: CaseMeta) -> CaseMeta:
    """A listing document's metadata: the name it was read under is one of the names it lists."""
    evidence = {k: v for k, v in meta.evidence.items() if k != "title"}
    return CaseMeta(title=None, review_type=meta.review_type, area=meta.area,
                    published=meta.published, incident_year=meta.incident_year,
                    evidence=evidence, listed=meta.listed)


def _agree(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _same_case(a: _Item, b: _Item) -> bool:
    """Same case name, and area, incident year and review type do not disagree."""
    if _key(a.meta.title) is None or _key(a.meta.title) != _key(b.meta.title):
        return False
    if (a.role == b.role == "overview_report" or _coded(a.meta.title)) and not _known_same_place_or_time(a.meta, b.meta):
        # Two full reports called "Child A", or any two documents named by a letter code
        # ("Mr P", "Adult D": many reviews use the same ones): one case only if place or date agree.
        return False
    return (
        _agree(area_key(a.meta.area), area_key(b.meta.area))
        and _agree(a.meta.incident_year, b.meta.incident_year)
        and (
            a.meta.review_type == b.meta.review_type
            or "other" in (a.meta.review_type, b.meta.review_type)
        )
    )


_CODED_NAME = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}[A-Z]{1,2}\d?")


def _coded(title: str | None) -> bool:
    """A letter-code pseudonym ("Mr P", "Child A", "Service User X"), not a name."""
    return bool(title and _CODED_NAME.fullmatch(title.strip()))


def _known_same_place_or_time(a: CaseMeta, b: CaseMeta) -> bool:
    same_area = a.area is not None and area_key(a.area) == area_key(b.area)
    same_year = a.incident_year is not None and a.incident_year == b.incident_year
    return same_area or same_year


def _names_in(text: str, name: str | None) -> bool:
    if not name:
        return False
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)"
    return re.search(pattern, text) is not None


def _reviewed_twice(a: _Item, b: _Item) -> bool:
    """One death reviewed under two processes (e.g. an IIR, then a DHR)."""
    ma, mb = a.meta, b.meta
    if ma.review_type == mb.review_type or not (a.role == b.role == "overview_report"):
        return False
    if ma.incident_year is None or ma.incident_year != mb.incident_year:
        return False
    if area_key(ma.area) is None or area_key(ma.area) != area_key(mb.area):
        return False
    return _names_in(b.doc.text, ma.title) and _names_in(a.doc.text, mb.title)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _unique_by_hash(docs: Iterable[ExtractedDocument]) -> list[ExtractedDocument]:
    """One document per sha256 (the first path in sorted order), sorted by path."""
    by_hash: dict[str, ExtractedDocument] = {}
    for doc in sorted(docs, key=lambda d: (d.path, d.sha256)):
        by_hash.setdefault(doc.sha256, doc)
    return sorted(by_hash.values(), key=lambda d: (d.path, d.sha256))


def _recency(item: _Item) -> tuple[str, int, int]:
    return (item.meta.published or "", item.meta.incident_year or 0, item.words)


def _choose_used(items: list[_Item]) -> tuple[_Item, list[_Item]]:
    """The used document and the overview reports it supersedes (other processes)."""
    overviews = [i for i in items if i.role == "overview_report"]
    if overviews:
        types = {i.meta.review_type for i in overviews}
        if len(types) > 1:
            newest = max(overviews, key=_recency)
            older = [
                i
                for i in overviews
                if i is not newest and i.meta.review_type != newest.meta.review_type
            ]
            return newest, older
        # Versions of one report: the most recently published, then the fullest.
        return max(overviews, key=lambda i: (i.meta.published or "", i.words, i.doc.path)), []
    return min(items, key=lambda i: (_ROLE_RANK.get(i.role, 9), -i.words, i.doc.path)), []


def _superseded_note(used: _Item) -> str:
    template = str(load_meta_rules().raw["grouping"]["superseded_note"])
    return template.format(
        review_type=used.meta.review_type.upper(),
        published=used.meta.published or "date not reported",
    )


def _merged_meta(used: _Item, items: list[_Item]) -> CaseMeta:
    """The used document's metadata; a field it lacks comes from a sibling of the same review."""
    meta = CaseMeta(
        title=used.meta.title,
        review_type=used.meta.review_type,
        area=used.meta.area,
        published=used.meta.published,
        incident_year=used.meta.incident_year,
        evidence=dict(used.meta.evidence),
    )
    same_review = [
        i for i in items if i is not used and i.meta.review_type == used.meta.review_type
    ]
    for field_name in ("title", "area", "published", "incident_year"):
        if getattr(meta, field_name) is None:
            for other in same_review:
                value = getattr(other.meta, field_name)
                if value is not None:
                    setattr(meta, field_name, value)
                    if field_name in other.meta.evidence:
                        meta.evidence[field_name] = other.meta.evidence[field_name]
                    break
    return meta


def _case_id(used: _Item) -> str:
    return f"{used.meta.review_type}-{used.doc.sha256[:16]}"


def _build_group(items: list[_Item]) -> CaseGroup:
    used, superseded = _choose_used(items)
    note = _superseded_note(used) if superseded else None
    documents = [
        GroupedDocument(
            document=i.doc,
            role=i.role,
            used=i is used,
            note=note if any(i is s for s in superseded) else None,
            second_review=any(i is s for s in superseded),
        )
        for i in sorted(items, key=lambda i: (i is not used, i.doc.path))
    ]
    return CaseGroup(case_id=_case_id(used), documents=documents, meta=_merged_meta(used, items))


def _item(doc: ExtractedDocument) -> _Item:
    meta, role = read_meta(doc), document_role(doc)
    if lists_reviews(meta, role):
        meta = _without_case_name(meta)
    return _Item(doc, meta, role, len(_WORDS.findall(doc.text)))


def group_documents(docs: list[ExtractedDocument]) -> list[CaseGroup]:
    """The documents grouped into cases, each with its used document and metadata."""
    unique = _unique_by_hash(docs)
    items = [_item(d) for d in unique]
    sets = _UnionFind(len(items))
    # Only documents sharing a case name, or an area and incident year, can be one case:
    # comparing within those buckets keeps grouping near-linear on large corpora.
    buckets: dict[tuple[object, ...], list[int]] = {}
    for index, item in enumerate(items):
        if item.meta.title:
            buckets.setdefault(("name", _key(item.meta.title)), []).append(index)
        if item.meta.area and item.meta.incident_year:
            buckets.setdefault(("place", area_key(item.meta.area), item.meta.incident_year), []).append(
                index
            )
    for members in buckets.values():
        for pos, i in enumerate(members):
            for j in members[pos + 1 :]:
                if _same_case(items[i], items[j]) or _reviewed_twice(items[i], items[j]):
                    sets.union(i, j)
    clusters: dict[int, list[_Item]] = {}
    for index, item in enumerate(items):
        clusters.setdefault(sets.find(index), []).append(item)
    groups = [_build_group(members) for members in clusters.values()]
    return sorted(groups, key=lambda g: (g.main.path, g.case_id))
