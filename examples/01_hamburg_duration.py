"""How long did the Trump–Putin meeting in Hamburg last, and according to whom?

The sources do not agree on a single number, and summitlib does not make one up: it lists every claim
about the meeting's duration with its speaker and quote, then reconciles them — the tightest range all
of them allow, or the disagreement when there is none.

Run: python examples/01_hamburg_duration.py
"""

import summitlib
from summitlib import DurationRange, Topic


def words(value: object) -> str:
    """A duration in plain English ("at least 2 h"), anything else as text."""
    return value.describe() if isinstance(value, DurationRange) else str(value)


corpus = summitlib.load()  # the bundled seed corpus
trump = corpus.leaders.lookup("Trump")
putin = corpus.leaders.lookup("Putin")
hamburg = corpus.meetings.filter(between=[trump, putin], at="Hamburg").one()

print(f"{hamburg.name} — {hamburg.when}, {hamburg.place}")
for topic, question in [
    (Topic.SCHEDULED_DURATION, "How long was it supposed to last?"),
    (Topic.ACTUAL_DURATION, "How long did it last?"),
]:
    print(f"\n{question}")
    for claim in corpus.claims.filter(about=hamburg, topic=topic):
        speaker = corpus.speaker_name(claim.speaker)
        source = corpus.sources.lookup(claim.source)
        outlet = source.publisher or source.id
        print(f"  {words(claim.value):<20} {speaker} ({outlet}): “{claim.evidence.quote}”")
    answer = corpus.reconcile(hamburg, topic=topic)
    if answer.value is not None:
        print(f"  → all {len(answer.claims)} claims fit together: {words(answer.value)}")
    else:
        print(f"  → the claims cannot all be true ({len(answer.conflicts)} disagreements):")
        for conflict in answer.conflicts:
            sides = [f"{words(side.value)} ({', '.join(side.names)})" for side in conflict.sides]
            print("     " + "  ≠  ".join(sides))
