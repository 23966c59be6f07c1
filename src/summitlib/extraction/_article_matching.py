"""How an extraction is matched to an article's gold, category by category: the one matching behind both
the scores and the misses of [`summitlib.extraction.articles`][summitlib.extraction.articles] (whose
docstring states the rules)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from summitlib.claims import SpeakerKind
from summitlib.dates import DateSpan, PartialDate, When
from summitlib.extraction._cast_names import short_names
from summitlib.extraction._text import fold_name
from summitlib.extraction._types import Extraction, MeetingCandidate, is_call, status_class
from summitlib.extraction.evaluate import Miss, Score

if TYPE_CHECKING:
    from summitlib.extraction.articles import Article

__all__ = ["ARTICLE_CATEGORIES", "Matching", "group_candidates"]

ARTICLE_CATEGORIES = ("people", "meetings", "status", "dates", "durations", "quotes", "groups")
"""The categories scored on articles, in report order."""

P = TypeVar("P")
G = TypeVar("G")


@attrs.frozen
class Matched:
    """One category's proposals and gold items, and which matched which (one to one)."""

    predicted: Sequence[Any]
    gold: Sequence[Any]
    pairs: list[tuple[int, int]]

    @classmethod
    def of(cls, predicted: Sequence[Any], gold: Sequence[Any], match: Callable[[Any, Any], bool]) -> Matched:
        return cls(predicted, gold, _pairs(predicted, gold, match))

    @classmethod
    def repeats_once(
        cls,
        predicted: Sequence[Any],
        gold: Sequence[Any],
        match: Callable[[Any, Any], bool],
        same: Callable[[Any], Hashable],
    ) -> Matched:
        """Matched with repeated words counted once unless the gold lists them more than once.

        Gold may list "today" (resolving to one day) once, or at each place the text says it: every
        occurrence may match a gold item by its span, and the occurrences of the same words and value that
        match none count as one proposal if none of them matched, as none if one did.
        """
        pairs = _pairs(predicted, gold, match)
        matched = {i for i, _ in pairs}
        kept_keys = {same(predicted[i]) for i in matched}
        kept: list[int] = []
        for i, item in enumerate(predicted):
            key = same(item)
            if i in matched or key not in kept_keys:
                kept.append(i)
                kept_keys.add(key)
        position = {i: n for n, i in enumerate(kept)}
        return cls([predicted[i] for i in kept], gold, [(position[i], j) for i, j in pairs])

    @classmethod
    def covering(
        cls, predicted: Sequence[Any], gold: Sequence[Any], match: Callable[[Any, Any], bool]
    ) -> Matched:
        """Matched where one proposal may stand for several gold items it matches, once for each.

        Gold may give a long quotation as one item or as a part of each of its sentences; a proposal that
        spans the quotation with the right speaker matches every part, counted as that many proposals (as
        if it had been split where the gold was), so neither way of listing turns the parts into misses.
        """
        pairs = _pairs(predicted, gold, match)
        used = {j for _, j in pairs}
        more = list(predicted)
        for i, _ in list(pairs):
            for j, item in enumerate(gold):
                if j not in used and match(predicted[i], item):
                    used.add(j)
                    pairs.append((len(more), j))
                    more.append(predicted[i])
        return cls(more, gold, sorted(pairs, key=lambda pair: pair[1]))

    def score(self) -> Score:
        return Score(matched=len(self.pairs), predicted=len(self.predicted), gold=len(self.gold))


@attrs.frozen
class Matching:
    """Every category of one article matched: the single source of its scores and of its misses."""

    article: Article
    key_of: dict[str, str]
    categories: dict[str, Matched]

    @classmethod
    def of(cls, article: Article, result: Extraction) -> Matching:
        gold, text = article.gold, article.text
        keys = {p["key"]: fold_name(str(p["key"])) for p in gold.get("people") or []}
        persons = list(result.persons)
        people = Matched.of(persons, list(keys), lambda person, key: _person_match(person, keys[key]))
        key_of = {persons[i].id: key for i, key in ((i, list(keys)[j]) for i, j in people.pairs)}
        meetings = Matched.of(
            group_candidates(result.meetings),
            gold.get("meetings") or [],
            lambda c, g: _meeting_match(c, g, key_of),
        )
        dates = Matched.repeats_once(
            [d for d in result.dates if d.relative],
            gold.get("dates") or [],
            lambda d, g: _overlaps(d.start, d.end, text, g["text"]) and _same_date(d.value, g.get("value")),
            lambda d: (d.text, str(d.value)),
        )
        durations = Matched.repeats_once(
            result.durations,
            gold.get("durations") or [],
            lambda d, g: (
                _overlaps(d.start, d.end, text, g["text"])
                and (d.value.minimum, d.value.maximum) == (g.get("min"), g.get("max"))
                and d.kind.value == g.get("kind")
            ),
            lambda d: (d.text, str(d.value), d.kind),
        )
        said = [(a, a.speaker.kind) for a in result.attributions if a.speaker is not None]
        quotes = Matched.covering(
            [a for a, kind in said if kind is SpeakerKind.PERSON],
            [q for q in gold.get("quotes") or [] if q.get("speaker")],
            lambda a, g: (
                _overlaps(a.start, a.end, text, g["text"])
                and key_of.get(a.speaker.leader or "") == g["speaker"]
            ),
        )
        groups = Matched.covering(
            [a for a, kind in said if kind is SpeakerKind.GROUP],
            [q for q in gold.get("quotes") or [] if not q.get("speaker") and q.get("group")],
            lambda a, g: (
                _overlaps(a.start, a.end, text, g["text"]) and _same_group(a.speaker.name or "", g["group"])
            ),
        )
        return cls(
            article,
            key_of,
            {
                "people": people,
                "meetings": meetings,
                "dates": dates,
                "durations": durations,
                "quotes": quotes,
                "groups": groups,
            },
        )

    def _status_pairs(self) -> list[tuple[MeetingCandidate, dict[str, Any]]]:
        meetings = self.categories["meetings"]
        return [(meetings.predicted[i], meetings.gold[j]) for i, j in meetings.pairs]

    def scores(self) -> dict[str, Score]:
        scores = {name: matched.score() for name, matched in self.categories.items()}
        paired = self._status_pairs()
        right = sum(1 for candidate, gold in paired if _status_of(candidate) == gold["status"])
        scores["status"] = Score(matched=right, predicted=len(paired), gold=len(paired))
        return {name: scores[name] for name in ARTICLE_CATEGORIES}

    def misses(self) -> list[Miss]:
        found: list[Miss] = []
        for category in ARTICLE_CATEGORIES:
            if category == "status":
                found.extend(
                    self._miss("status", "status", gold, candidate)
                    for candidate, gold in self._status_pairs()
                    if _status_of(candidate) != gold["status"]
                )
                continue
            matched = self.categories[category]
            gold_used = {j for _, j in matched.pairs}
            predicted_used = {i for i, _ in matched.pairs}
            found.extend(
                self._miss(category, "missed", item, None)
                for j, item in enumerate(matched.gold)
                if j not in gold_used
            )
            found.extend(
                self._miss(category, "extra", None, item)
                for i, item in enumerate(matched.predicted)
                if i not in predicted_used
            )
        return found

    def _miss(self, category: str, kind: str, gold: Any, proposal: Any) -> Miss:
        where = getattr(proposal, "first", proposal)  # a person: where the text first names them
        start = getattr(where, "start", None)
        end = getattr(where, "end", None)
        return Miss(
            source=self.article.name,
            category=category,
            kind=kind,
            expected=None if gold is None else _describe_gold(category, gold),
            proposed=None if proposal is None else self._describe(category, proposal),
            start=start,
            end=end,
        )

    def _describe(self, category: str, item: Any) -> str:
        text = self.article.text
        if category == "people":
            return f"{item.name} ({item.id})"
        if category in ("meetings", "status"):
            names = ", ".join(self.key_of.get(p, p) for p in item.participants)
            when = item.when.value if item.when is not None else "undated"
            how = item.format.value if is_call(item) else "in_person"
            return f"{names} · {when} · {_status_of(item)} · {how} · {_quoted(text[item.start : item.end])}"
        if category == "dates":
            return f"{_quoted(item.text)} = {item.value if item.value is not None else 'unresolved'}"
        if category == "durations":
            return f"{_quoted(item.text)} = {item.value} {item.kind.value}"
        speaker = item.speaker.name or item.speaker.leader or "?"
        return f"{speaker}: {_quoted(text[item.start : item.end])}"


def _describe_gold(category: str, gold: Any) -> str:
    if category == "people":
        return str(gold)
    if category in ("meetings", "status"):
        return (
            f"{', '.join(gold['participants'])} · {gold.get('date') or 'undated'} · {gold['status']} · "
            f"{gold.get('format', 'in_person')} · {_quoted(str(gold.get('evidence', '')))}"
        )
    if category == "dates":
        return f"{_quoted(gold['text'])} = {gold.get('value') or 'unresolved'}"
    if category == "durations":
        return f"{_quoted(gold['text'])} = {gold.get('min')}–{gold.get('max')} min {gold.get('kind')}"
    return f"{gold.get('speaker') or gold.get('group')}: {_quoted(gold['text'])}"


def _quoted(words: str, limit: int = 100) -> str:
    flat = " ".join(words.split())
    return f"“{flat[:limit]}…”" if len(flat) > limit else f"“{flat}”"


def _same_group(name: str, gold: str) -> bool:
    ours, theirs = _group_key(name), _group_key(gold)
    return ours != "" and (ours in theirs or theirs in ours)


def group_candidates(candidates: Iterable[MeetingCandidate]) -> list[MeetingCandidate]:
    """Candidates grouped into encounters, the first of each group standing for it.

    Same participants, both calls or both not, and statuses that can describe one encounter (held; or
    planned, possible, proposed; or cancelled, postponed, ruled out); candidates dated apart stay apart,
    undated ones join the first such dated group (or the first such group). A group's status is the first
    status given in it.
    """
    groups: list[list[MeetingCandidate]] = []
    undated: list[MeetingCandidate] = []
    for candidate in candidates:
        if candidate.when is None or candidate.when.value is None:
            undated.append(candidate)
            continue
        for group in groups:
            if _same_kind(group[0], candidate) and _dates_meet(group[0], candidate):
                group.append(candidate)
                break
        else:
            groups.append([candidate])
    for candidate in undated:
        for group in groups:
            if _same_kind(group[0], candidate):
                group.append(candidate)
                break
        else:
            groups.append([candidate])
    groups.sort(key=lambda g: min(c.start for c in g))
    kept = []
    for group in groups:
        first = min(group, key=lambda c: c.start)
        status = next((c for c in sorted(group, key=lambda c: c.start) if c.status is not None), None)
        if status is not None and status is not first:
            first = attrs.evolve(first, status=status.status, status_cue=status.status_cue)
        when = next((c.when for c in group if c.when is not None and c.when.value is not None), None)
        if first.when is None and when is not None:
            first = attrs.evolve(first, when=when)
        kept.append(first)
    return kept


def _status_of(candidate: MeetingCandidate) -> str | None:
    return candidate.status.value if candidate.status is not None else None


def _same_kind(a: MeetingCandidate, b: MeetingCandidate) -> bool:
    return (
        set(a.participants) == set(b.participants)
        and is_call(a) == is_call(b)
        and (a.status is None or b.status is None or status_class(a) == status_class(b))
    )


def _dates_meet(a: MeetingCandidate, b: MeetingCandidate) -> bool:
    if a.when is None or b.when is None or a.when.value is None or b.when.value is None:
        return True
    return a.when.value.overlaps(b.when.value)


def _person_match(person: Any, key: str) -> bool:
    words = set(fold_name(person.name).replace("-", " ").split())
    family = fold_name(person.family_name) if person.family_name else None
    if key == family or set(key.replace("-", " ").split()) <= words:
        return True
    return short_names().get(key) == tuple(fold_name(person.name).split())  # "Jokowi": Joko Widodo


def _meeting_match(candidate: MeetingCandidate, gold: dict[str, Any], key_of: dict[str, str]) -> bool:
    ours = {key_of.get(p, f"?{p}") for p in candidate.participants}
    if ours != set(gold.get("participants") or []):
        return False
    if is_call(candidate) != (gold.get("format", "in_person") != "in_person"):
        return False
    when = candidate.when.value if candidate.when is not None else None
    value = gold.get("date")
    if when is None or value is None:
        return True
    recorded: When = PartialDate.parse(str(value))
    return when.overlaps(recorded)


def _same_date(value: When | None, gold: object) -> bool:
    """The gold date, or a date within it (a week within the gold's month; a week across two months
    within either); None only for None."""
    if value is None or gold is None:
        return value is None and gold is None
    recorded = PartialDate.parse(str(gold))
    if isinstance(value, DateSpan) and value.earliest == recorded.earliest:
        return True  # "Nov. 19 to 21" for a meeting the gold dates to its first day
    return value == recorded or recorded.contains(value) or _week_across(value, recorded)


def _week_across(value: When, recorded: PartialDate) -> bool:
    """A week that runs across two months, against a gold month: the gold format writes a week as a
    month ("this week" written on Friday, May 4, 2001 is April 30 - May 6, which annotators give as
    2001-04 or 2001-05), so either month the week touches is its value at a month's precision."""
    if not isinstance(value, DateSpan) or recorded.month is None or recorded.day is not None:
        return False
    first, last = value.earliest, value.latest
    return (last - first).days == 6 and first.month != last.month and value.overlaps(recorded)


def _overlaps(start: int, end: int, text: str, words: str) -> bool:
    at = text.find(words)
    while at >= 0:
        if start < at + len(words) and at < end:
            return True
        at = text.find(words, at + 1)
    return False


def _group_key(name: str) -> str:
    words = name.casefold().replace("’", "'").split()
    return " ".join(w for w in words if w not in {"the", "a", "an"})


def _pairs(predicted: Sequence[P], gold: Sequence[G], match: Callable[[P, G], bool]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in order: each prediction takes the first gold item it matches."""
    used: set[int] = set()
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if j not in used and match(p, g):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs
