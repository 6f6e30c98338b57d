"""Page images of a case's PDFs, progress per coder and case, and machine vs people."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
