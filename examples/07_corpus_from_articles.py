"""From a folder of articles to one reviewable corpus: which encounters do they report, and where do the
outlets differ?

Eight real articles (kept with their URLs under tests/data/articles/dev) report three encounters — Biden
and Xi in Bali (November 2022), Biden and Putin in Geneva (June 2021), Trump and Kim in Singapore (June
2018) — plus Trump and Kim's second summit, in Hanoi (February 2019), which must stay apart from
Singapore. Each article is drafted (source, leaders, meetings, claims, every proposed value marked) and
consolidated into one corpus: one meeting per encounter, with evidence from every article reporting it,
each merge explained.

Run: python examples/07_corpus_from_articles.py
"""

import datetime as dt
import tempfile
from pathlib import Path

import yaml

import summitlib

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles" / "dev"
STEMS = [
    "201_biden-xi-bali-timesofindia",
    "202_biden-xi-bali-bloomberg",
    "204_biden-xi-bali-cnn",
    "205_biden-putin-geneva-trtworld",
    "206_biden-putin-geneva-cgtn",
    "208_trump-kim-singapore-indianexpress",
    "209_trump-kim-singapore-talkradio",
    "211_trump-kim-hanoi-politico",
]

# The people these articles name are known to the bundled corpus; reading against it reuses its ids.
known = summitlib.load().records

drafts = []
for stem in STEMS:
    meta = yaml.safe_load((ARTICLES / f"{stem}.yaml").read_text(encoding="utf-8"))
    published = meta["published"]
    drafts.append(
        summitlib.draft(
            (ARTICLES / f"{stem}.txt").read_text(encoding="utf-8"),
            published=published.isoformat() if isinstance(published, dt.date) else str(published),
            title=meta["title"],
            publisher=meta["publisher"],
            url=meta["url"],
            source_id=stem.split("_")[0],
            corpus=known,
        )
    )

result = summitlib.consolidate(drafts)
corpus = summitlib.Corpus(result.records, name="summits")
print(f"{len(STEMS)} articles → {corpus!r}\n")

print("Encounters (one meeting each, with the articles that report it):")
for meeting in corpus.meetings.filter(format=list(summitlib.MeetingFormat)):
    sources = sorted({e.source for e in meeting.evidence})
    print(f"  {meeting.id}: {meeting.name}, {meeting.when}, {meeting.status.value} — {', '.join(sources)}")

print("\nWhy reports were merged:")
for merge in result.merges:
    print(f"  {merge.source} → {merge.meeting}: {merge.reason}")

bali = corpus.meetings.filter(between=["Biden", "Xi"], during="2022-11-14").one()
print(f"\nWhat each outlet says about {bali.name} (claims side by side):")
for claim in corpus.claims.filter(about=bali, topic="duration"):
    print(f"  {claim.source}: {claim.topic} {claim.value.describe()} — “{claim.evidence.quote}”")

print(f"\nNeeds review: {len(result.review)} notes, e.g.")
for note in result.review[:3]:
    print(f"  - {note}")

with tempfile.TemporaryDirectory() as tmp:  # saved atomically; it loads back the same
    summitlib.save(corpus, Path(tmp, "summits"))
    assert summitlib.load(Path(tmp, "summits")).records == corpus.records
print("\nSaved and loaded back unchanged.")
