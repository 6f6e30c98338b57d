"""Revoked workbench sessions, so a signed session cookie stops working at logout.

The session itself stays in its signed cookie; only the ids of sessions ended by a logout are
kept, in the settings table under `revoked_session/<id>` (no schema change), so every server
worker on the database refuses them. A revoked id is needed only while its cookie could still
be valid, so each logout also deletes the ids older than the session lifetime: the list stays
as small as the logouts of one session lifetime.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete

from reviewsynth.store import Store
from reviewsynth.store.models import SettingRow, utcnow

REVOKED_PREFIX = "revoked_session/"
MAX_SESSION_ID = 64  # settings keys hold 120 characters


def revoke_session(store: Store, session_id: str, lifetime_s: int) -> None:
    """Refuse `session_id` from now on; forget revocations older than `lifetime_s`."""
    key = REVOKED_PREFIX + session_id[:MAX_SESSION_ID]
    cutoff = utcnow() - timedelta(seconds=lifetime_s)
    with store.session() as s:
        s.execute(delete(SettingRow).where(SettingRow.key.startswith(REVOKED_PREFIX),
                                           SettingRow.updated_at < cutoff))
        if s.get(SettingRow, key) is None:
            s.add(SettingRow(key=key, value=True))


def session_revoked(store: Store, session_id: str) -> bool:
    with store.session() as s:
        return s.get(SettingRow, REVOKED_PREFIX + session_id[:MAX_SESSION_ID]) is not None
