"""Paths shared by the storage tests (imported by them; `conftest` holds only fixtures and profiles)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The repository."""

DATA = ROOT / "tests" / "data"
"""The test data."""

HAMBURG = DATA / "storage" / "hamburg"
"""A small corpus directory written by hand."""
