"""How do I record another summit myself — and get the same questions answered about it?

Build a small corpus for the Trump–Putin summit in Helsinki (July 2018) from one short text: the
leaders, the meeting, and claims that each rest on an exact quote. Save it as a YAML directory (one file
per kind, easy to review in a pull request), load it back, and query it like the bundled corpus. A quote
that is not in the text is refused when the corpus is built, so provenance cannot silently break.

Run: python examples/04_build_your_own_corpus.py
"""

import tempfile
from pathlib import Path

import summitlib
from summitlib import (
    Claim,
    ClaimValue,
    CorpusError,
    DurationRange,
    Evidence,
    Issue,
    Label,
    Leader,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    PartialDate,
    Place,
    Records,
    Source,
    SourceKind,
    Speaker,
    Topic,
)

# A short text written for this example in the style of a wire report (not a published article).
TEXT = (
    "HELSINKI — President Donald Trump and President Vladimir Putin of Russia met in Helsinki on Monday "
    "at the Presidential Palace. Their one-on-one session, scheduled for 90 minutes, ran to more than two "
    "hours, with only interpreters in the room. At a joint news conference afterwards, Mr. Putin said he "
    "had denied any interference in the 2016 election, and Mr. Trump said he saw no reason why Russia "
    "would have interfered."
)
source = Source(
    id="helsinki-example",
    text=TEXT,
    kind=SourceKind.NEWS,
    title="Trump and Putin meet in Helsinki",
    published=PartialDate.parse("2018-07-16"),
    note="written for summitlib's examples, in the style of a wire report",
)
helsinki = Meeting(
    id="2018-07-16-helsinki",
    name="Trump–Putin summit in Helsinki",
    format=MeetingFormat.BILATERAL,
    status=MeetingStatus.HELD,
    participants=("donald-trump", "vladimir-putin"),
    when=PartialDate.parse("2018-07-16"),
    place=Place(city="Helsinki", country="FIN", venue="Presidential Palace"),
    issues=("election-interference",),
    evidence=(Evidence(source=source.id, quote="met in Helsinki on Monday at the Presidential Palace"),),
)


def claim(ident: str, speaker: Speaker, topic: str, value: ClaimValue, quote: str) -> Claim:
    """A claim about the Helsinki meeting resting on ``quote``."""
    return Claim(
        id=ident,
        speaker=speaker,
        topic=topic,
        value=value,
        meetings=(helsinki.id,),
        evidence=Evidence(source=source.id, quote=quote),
    )


records = Records(
    leaders=[
        Leader(id="donald-trump", name="Donald Trump", aliases=("Trump",), country="USA"),
        Leader(id="vladimir-putin", name="Vladimir Putin", aliases=("Putin",), country="RUS"),
    ],
    issues=[Issue(id="election-interference", name="Russian interference in the 2016 U.S. election")],
    meetings=[helsinki],
    sources=[source],
    claims=[
        claim(
            "scheduled",
            Speaker.author(),
            Topic.SCHEDULED_DURATION,
            DurationRange.exactly(90),
            "scheduled for 90 minutes",
        ),
        claim(
            "lasted",
            Speaker.author(),
            Topic.ACTUAL_DURATION,
            DurationRange.at_least(120),
            "ran to more than two hours",
        ),
        claim(
            "putin-denied",
            Speaker.person("vladimir-putin"),
            "election_interference.occurred",
            False,
            "had denied any interference in the 2016 election",
        ),
        claim(
            "trump-no-reason",
            Speaker.person("donald-trump"),
            "election_interference.occurred",
            False,
            "he saw no reason why Russia would have interfered",
        ),
    ],
)
corpus = summitlib.Corpus(records, name="helsinki-2018")

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "helsinki"
    summitlib.save(corpus, path)
    print("Saved:", ", ".join(sorted(p.name for p in path.iterdir())))
    again = summitlib.load(path)
    assert again.records == corpus.records

meeting = again.meetings.filter(at="Finland", with_="Putin").one()
print(f"\n{meeting.name}: {meeting.when} at {meeting.place} ({meeting.status.value})")
for topic in (Topic.SCHEDULED_DURATION, Topic.ACTUAL_DURATION):
    answer = again.reconcile(meeting, topic=topic)
    quotes = "; ".join(f"“{c.evidence.quote}”" for c in answer.claims)
    value = answer.value.describe() if isinstance(answer.value, DurationRange) else answer.value
    print(f"  {topic}: {value} — {quotes}")
print(f"  disagreements: {len(again.disagreements(about=meeting))}")

# Provenance is checked: a quote the text does not contain is refused, with the record path.
broken = Records(
    sources=[source],
    claims=[
        Claim(
            id="x",
            speaker=Speaker.author(),
            topic="tone",
            value=Label(text="warm"),
            evidence=Evidence(source=source.id, quote="a warm and friendly meeting"),
        )
    ],
)
try:
    summitlib.Corpus(broken)
except CorpusError as error:
    print(f"\nRefused, as it should be: {error.problems[0]}")
