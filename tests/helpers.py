"""Paths shared by the tests (imported by them; `conftest` holds only fixtures and profiles)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The repository."""

DATA = ROOT / "tests" / "data"
"""The test data."""
