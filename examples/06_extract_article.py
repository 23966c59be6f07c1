"""What would a new article add to the record? Extract candidates from it, each pointing at its words.

The extractor reads a text (here a short news-style report written for this example) with the bundled
corpus as its vocabulary, resolves relative dates ("on Saturday", "last week") against the publication
date, reads durations as ranges and finds who said what and which meetings the text talks about. Every
proposal carries its character span, so accepting one turns it into Evidence.

Run: python examples/06_extract_article.py
"""

import summitlib
from summitlib.extraction import extract

ARTICLE = (
    "DANANG, Vietnam — President Donald Trump and Russian President Vladimir Putin spoke briefly on "
    "Saturday on the sidelines of the APEC summit. The two leaders had been expected to hold a formal "
    "meeting, but the White House said last week that a sit-down was ruled out because of scheduling "
    'conflicts. "We agreed on a statement about Syria," Putin told reporters. The conversation lasted '
    "about ten minutes, according to Kremlin spokesman Dmitry Peskov."
)

corpus = summitlib.load()
result = extract(ARTICLE, published="2017-11-11", corpus=corpus)


def names(ids: tuple[str, ...]) -> str:
    return " and ".join(corpus.leaders.lookup(i).name for i in ids)


print(f"People: {names(result.leader_ids())}")
print(f"Issues: {', '.join(corpus.issues.lookup(i).name for i in result.issue_ids())}")

print("\nDates (resolved against the publication date, 2017-11-11):")
for date in result.dates:
    print(f"  “{date.text}” → {date.value} [{date.rule}]")

print("\nDurations:")
for duration in result.durations:
    print(f"  “{duration.text}” → {duration.value.describe()} ({duration.kind.value})")

print("\nWho said what:")
for said in result.attributions:
    speaker = corpus.speaker_name(said.speaker) if said.speaker else f"{said.speaker_cue.text} (unknown)"
    print(f"  {speaker} {said.verb}: “{said.text}”")

print("\nCandidate meetings:")
for candidate in result.meetings:
    status = candidate.status.value.replace("_", " ") if candidate.status else "no status cue"
    when = candidate.when.value if candidate.when else "no date"
    print(f"  {names(candidate.participants)} — {status}, {when}, cue “{candidate.meeting_cue.text}”")

# Any proposal becomes Evidence for a source made of the article text; its offsets are checked.
source = summitlib.Source(id="danang-article", text=ARTICLE, kind=summitlib.SourceKind.NEWS)
evidence = result.durations[0].evidence(source.id)
assert ARTICLE[evidence.start : evidence.end] == evidence.quote
print(f"\nAs evidence: {evidence}")
