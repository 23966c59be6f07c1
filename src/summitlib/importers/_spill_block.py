"""The spilled rows of one block's kept GDELT lines, column-wise (private to `gdelt_spill`).

The block filter's kept lines are checked as the scan checks them (``_clean``: one regular expression
over all of them, then the distinct codes and dates): the clean lines' sides, day and id come out of
that check as columns; only the other lines are typed one by one, by the parser, so their problems are
reported in file order (or raised, in ``strict`` mode) exactly as by the scan. Requires pyarrow and
numpy.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa

from summitlib.importers._gdelt_columns import Ints, _clean
from summitlib.importers._gdelt_lazy import event_of
from summitlib.importers._gdelt_parse import _Parser, _RowError
from summitlib.importers._report import ImportReport
from summitlib.importers._spill_columns import blobs, flags, numbers

__all__ = ["SIDES", "block_rows", "spill_schema"]

SIDES = {"country": (7, 17), "actor": (5, 15)}
"""The fields of the two sides of a line (GDELT 1.0 and 2.0 alike)."""


def spill_schema() -> pa.Schema:
    """A spilled line: its position in the input, its two sides (unsorted), day (ordinal), text, and
    whether it is clean (its fields can be cut out without the parser)."""
    return pa.schema(
        [
            ("position", pa.int64()),
            ("one", pa.large_binary()),
            ("two", pa.large_binary()),
            ("day", pa.int64()),
            ("line", pa.large_binary()),
            ("clean", pa.bool_()),
        ]
    )


def block_rows(
    lines: Sequence[bytes],
    by: str,
    start: int,
    parser: _Parser,
    report: ImportReport,
    *,
    path: str,
    strict: bool,
) -> tuple[pa.Table, Ints]:
    """The spilled rows of ``lines`` (the ``k``-th line kept at position ``start + k``; the clean lines
    first, then the typed ones), and the event ids of the lines kept.

    Raises:
        LoadError: in ``strict`` mode, the first line that does not parse.
    """
    clean, columns = _clean(lines, by)
    keep = clean.copy()
    first, second = SIDES[by]
    typed: list[int] = []
    one, two, days, ids = [], [], [], []
    for index in np.flatnonzero(~clean).tolist():
        line = lines[index]
        try:
            day = event_of(parser, line.decode("utf-8")).date.toordinal()
        except UnicodeDecodeError as error:
            report.skip("not UTF-8", str(error), file=path, line=None, strict=strict)
            continue
        except _RowError as error:
            report.skip(error.reason, error.detail, file=path, line=None, strict=strict)
            continue
        fields = line.split(b"\t", second + 1)
        keep[index] = True
        typed.append(index)
        one.append(fields[first])
        two.append(fields[second])
        days.append(day)
        ids.append(int(fields[0]))
    place = np.cumsum(keep) - 1 + start
    rows = np.flatnonzero(clean)
    order = np.concatenate([place[rows], place[np.array(typed, np.int64)]])
    table = pa.table(
        {
            "position": numbers(order),
            "one": pa.concat_arrays([columns["side1"].cast(pa.large_binary()), blobs(one)]),
            "two": pa.concat_arrays([columns["side2"].cast(pa.large_binary()), blobs(two)]),
            "day": numbers(np.concatenate([columns["day"], np.array(days, np.int64)])),
            "line": blobs([lines[i] for i in rows.tolist()] + [lines[i] for i in typed]),
            "clean": flags(np.arange(len(order)) < len(rows)),
        }
    )
    return table, np.concatenate([columns["id"], np.array(ids, np.int64)])
