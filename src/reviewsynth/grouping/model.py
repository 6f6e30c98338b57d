"""Objects produced by case grouping and consumed by the coding engine."""

from __future__ import annotations

from dataclasses import dataclass, field

from reviewsynth.documents import ExtractedDocument
from reviewsynth.schema import DocumentRef, Evidence


@dataclass
class CaseMeta:
    """Cover-level facts about a case, each with the evidence it was read from."""

    title: str | None = None  # the review's own name for the case: "Child AX", "Adult D", "Mina"
    review_type: str = "other"  # codebook review_types id
    area: str | None = None
    published: str | None = None  # "YYYY" or "YYYY-MM"
    incident_year: int | None = None
    evidence: dict[str, Evidence] = field(default_factory=dict)  # field name -> evidence
    # Case names the document lists after a review phrase in one paragraph with its own
    # ("SAR Adult D and SAR Mr T"): set only when it names several, as an annual report does.
    listed: list[str] = field(default_factory=list)


@dataclass
class GroupedDocument:
    document: ExtractedDocument
    role: str  # codebook document_roles id
    used: bool  # True for the one document coded (the overview report)
    note: str | None = None  # e.g. "superseded: case also reviewed as a DHR (2022)"
    # An earlier review of the same death under another process (not another document of the
    # used review): the screening flow reports these on their own line.
    second_review: bool = False

    def ref(self) -> DocumentRef:
        d = self.document
        extra: dict[str, object] = {}
        if self.second_review:
            extra["second_review"] = True
        if self.note:
            extra["note"] = self.note
        return DocumentRef(
            path=d.path, sha256=d.sha256, role=self.role, pages=d.page_count, used=self.used,
            **extra,
        )


@dataclass
class CaseGroup:
    case_id: str  # stable: derived from the used document's content hash
    documents: list[GroupedDocument]
    meta: CaseMeta

    @property
    def main(self) -> ExtractedDocument:
        """The document the case is coded from (the overview report, the most recent review)."""
        for g in self.documents:
            if g.used:
                return g.document
        return self.documents[0].document
