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


@dataclass
class GroupedDocument:
    document: ExtractedDocument
    role: str  # codebook document_roles id
    used: bool  # True for the one document coded (the overview report)
    note: str | None = None  # e.g. "superseded: case also reviewed as a DHR (2022)"

    def ref(self) -> DocumentRef:
        d = self.document
        return DocumentRef(
            path=d.path, sha256=d.sha256, role=self.role, pages=d.page_count, used=self.used
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
