"""Case grouping: documents of one case together, the used one marked, metadata with evidence."""

from reviewsynth.grouping.group import document_role, group_documents
from reviewsynth.grouping.meta import read_meta
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

__all__ = [
    "CaseGroup",
    "CaseMeta",
    "GroupedDocument",
    "document_role",
    "group_documents",
    "read_meta",
]
