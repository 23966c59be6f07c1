"""Who said what about Russian meddling in the 2016 U.S. election, and where do they disagree?

Claims about an issue are found through the issue (and its sub-issues), each with its speaker, the value
it asserts and the exact quote; the disagreements are pairs of claims about the same thing that cannot
both be true — Tillerson's "pushed back" against Lavrov's "accepted the denial".

Run: python examples/02_election_meddling.py
"""

import summitlib
from summitlib import Claim, DurationRange, SpeakerKind


def words(value: object) -> str:
    """A claim value in plain English: durations described, yes/no for booleans."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value.describe() if isinstance(value, DurationRange) else str(value)


def who(claim: Claim) -> str:
    """The speaker's name; an article's own voice is named by its outlet."""
    if claim.speaker.kind is SpeakerKind.AUTHOR:
        return f"{corpus.sources.lookup(claim.source).publisher} (the article itself)"
    return corpus.speaker_name(claim.speaker)


corpus = summitlib.load()
meddling = corpus.issues.lookup("election meddling")  # an alias of the issue
claims = corpus.claims.filter(about=meddling)
print(f"{meddling.name}: {len(claims)} claims\n")

by_speaker: dict[str, list[Claim]] = {}
for claim in claims:
    by_speaker.setdefault(who(claim), []).append(claim)

for speaker, said in sorted(by_speaker.items()):
    print(speaker)
    for claim in said:
        subject = f" ({corpus.leaders.lookup(claim.subject).name})" if claim.subject else ""
        print(f"  {claim.topic}{subject}: {words(claim.value)}")
        print(f"    “{claim.evidence.quote}” — {claim.source}")

disagreements = corpus.disagreements(about=meddling)
print(f"\nWhere they disagree ({len(disagreements)}):")
for disagreement in disagreements:
    first, second = disagreement.sides
    print(f"- {disagreement.topic}: {words(first.value)} ({', '.join(first.names)})")
    print(f"  {' ' * len(disagreement.topic)}  ≠ {words(second.value)} ({', '.join(second.names)})")
