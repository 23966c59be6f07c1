"""Which leader-level meetings does a 15-minute GDELT 2.0 export report, and what does each rest on?

GDELT codes one row per *news report*, not per event. This reads a real export and its Mentions file,
keeps the rows whose CAMEO code is about a meeting, groups the reports of one meeting, and lists each
candidate meeting with the reports (and the articles mentioning them) it rests on. The candidates become
an ordinary summitlib corpus, queried like the bundled one.

The data are the GDELT files of 2025-08-07 22:00 UTC kept in tests/data/gdelt/ (found relative to this
script, so it runs from any directory).

Run: python examples/05_gdelt_meetings.py
"""

from pathlib import Path

import summitlib
from summitlib.importers import cameo_codes, find_gdelt_meetings, gdelt_records, read_gdelt

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "gdelt"

gdelt = read_gdelt(DATA / "20250807220000.export.tsv", DATA / "20250807220000.mentions.tsv", progress=False)
print(f"events:   {gdelt.events_report.summary()}")
print(f"mentions: {gdelt.mentions_report.summary()}")

candidates = find_gdelt_meetings(gdelt.events, gdelt.mentions)
codes = cameo_codes()
print(f"\n{len(candidates)} candidate meetings from {sum(len(c.reports) for c in candidates)} reports:")
for candidate in candidates:
    meeting = candidate.meeting
    sides = " – ".join(candidate.sides)
    print(f"  {meeting.when}  {sides:<9}  {len(candidate.reports)} reports  {meeting.place or ''}")

print("\nThose with Russia or the United States, and what they rest on:")
for candidate in candidates:
    if not {"RUS", "USA"}.intersection(candidate.sides):
        continue
    meeting = candidate.meeting
    kinds = ", ".join(sorted({f"{r.code} {codes[r.code].description}" for r in candidate.reports}))
    where = meeting.place or "place unknown"
    print(f"\n{meeting.name}\n  {meeting.when}, {where}, {meeting.status.value}; {kinds}")
    for url in dict.fromkeys(r.url for r in candidate.reports if r.url):
        print(f"  report:    {url}")
    for outlet in sorted({m.source for m in candidate.mentions}):
        print(f"  mentioned: {outlet}")

corpus = summitlib.Corpus(gdelt_records(candidates), name="gdelt-2025-08-07")
in_russia = corpus.meetings.filter(at="Russia")
print(f"\nAs a corpus: {corpus}")
print("In Russia: " + "; ".join(f"{m.name} ({m.when}, {m.status.value})" for m in in_russia))
print("\nGDELT's codes are machine-made (a nature preserve on Turkey Creek is a visit by Turkey):")
print("read the reports before recording a meeting.")
