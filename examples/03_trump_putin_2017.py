"""When did Trump and Putin meet, or nearly meet, in 2017 — and how precisely is each date known?

A timeline of their encounters: meetings held, planned, ruled out or only floated, each with its date at
the precision the sources give (a month, a day, a span of days), with the dated statements about them
in between. Nothing is rounded to a day that the sources do not give.

Run: python examples/03_trump_putin_2017.py
"""

import summitlib
from summitlib import Claim, DateSpan, DurationRange

corpus = summitlib.load()
trump = corpus.leaders.lookup("Donald Trump")
putin = corpus.leaders.lookup("Vladimir Putin")

# Their own meetings (a summit both attended is not one of them), and the timeline around them.
theirs = corpus.meetings.filter(between=[trump, putin], during="2017")
ids = set(theirs.ids)
entries = [
    entry
    for entry in corpus.timeline(with_=[trump, putin], during="2017")
    if (isinstance(entry.record, Claim) and ids.intersection(entry.record.meetings)) or entry.record.id in ids
]

print(f"Trump and Putin in 2017: {len(theirs)} meetings held, planned or talked about\n")
for entry in entries:
    known = f"({entry.precision.value}{' span' if isinstance(entry.when, DateSpan) else ''})"
    record = entry.record
    if isinstance(record, Claim):
        value = record.value
        if isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, DurationRange):
            value = value.describe()
        line = f"   said: {corpus.speaker_name(record.speaker)} — {record.topic}: {value}"
    else:
        line = f"{record.status.value.replace('_', ' '):<10} {record.name}"
    print(f"{entry.when!s:<22} {known:<11} {line}")

held = theirs.filter(status="held")
print(f"\nHeld: {len(held)} — " + "; ".join(f"{m.name} ({m.when})" for m in held))
