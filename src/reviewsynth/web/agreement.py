"""Agreement between two coders for the reconciliation and agreement pages: the figures come
from `reviewsynth.verify.agreement` (shared with `reviewsynth agreement`), over the items both
coders completed, with the counts behind each figure."""

from __future__ import annotations

from reviewsynth import verify
from reviewsynth.store import Store
from reviewsynth.verify import AgreementReport


def pooled_agreement(store: Store) -> AgreementReport:
    """Over every double-coded case."""
    return verify.agreement_report(verify.coding_pairs(store))


def case_agreement(store: Store, case_id: str) -> AgreementReport:
    return verify.agreement_report(verify.coding_pairs(store, case_id))
