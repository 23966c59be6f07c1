"""Compact HTML tables for notebooks: records (``_repr_html_``) and collections of them.

Jupyter shows an object's ``_repr_html_`` instead of its ``repr``: a record becomes a two-column table of
its set fields, a collection a table of its first rows, so a notebook cell does not print kilobytes.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

__all__ = ["record_table", "rows_table"]

_STYLE = "border-collapse:collapse;font-size:90%"
_LONG = 120


def _text(value: object) -> str:
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, tuple):
        value = ", ".join(_text(v) for v in value) if value else ""
    text = str(value) if value is not None else ""
    return text if len(text) <= _LONG else text[: _LONG - 1] + "…"


def record_table(record: Any) -> str:
    """A two-column table of the fields of an attrs ``record`` that are set (not None or empty)."""
    import html  # here, not above: only notebooks show records as HTML

    rows = []
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if value is None or value == () or value == "":
            continue
        rows.append(
            f"<tr><th style='text-align:left'>{html.escape(field.name)}</th>"
            f"<td style='text-align:left'>{html.escape(_text(value))}</td></tr>"
        )
    title = html.escape(type(record).__name__)
    return f"<table style='{_STYLE}'><caption>{title}</caption>{''.join(rows)}</table>"


def rows_table(
    title: str,
    items: Iterable[Any],
    total: int,
    columns: Sequence[tuple[str, Callable[[Any], object]]],
    limit: int = 20,
) -> str:
    """A table of the first ``limit`` of ``items`` with the given ``(header, value)`` columns."""
    import html  # here, not above: only notebooks show collections as HTML

    head = "".join(f"<th style='text-align:left'>{html.escape(h)}</th>" for h, _ in columns)
    body = []
    for number, item in enumerate(items):
        if number == limit:
            break
        cells = "".join(
            f"<td style='text-align:left'>{html.escape(_text(get(item)))}</td>" for _, get in columns
        )
        body.append(f"<tr>{cells}</tr>")
    more = f"<p>… and {total - limit} more</p>" if total > limit else ""
    caption = f"<caption>{html.escape(title)}</caption>"
    return f"<table style='{_STYLE}'>{caption}<tr>{head}</tr>{''.join(body)}</table>{more}"
