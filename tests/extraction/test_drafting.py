"""summitlib.drafting: an extraction to draft records, and drafts consolidated into encounters."""

from __future__ import annotations

import attrs
import pytest

import summitlib
from summitlib import (
    Corpus,
    DurationRange,
    Label,
    Leader,
    MeetingFormat,
    MeetingStatus,
    PartialDate,
    Place,
    Records,
    Role,
    RoleKind,
)
from summitlib.claims import Speaker, SpeakerKind, Topic
from summitlib.drafting import PROPOSED, STATEMENT, consolidate
from summitlib.drafting._naming import role_kind
from summitlib.drafting._source import date_line, gathering_name, slug
from summitlib.extraction import Cue, Extraction

from .drafting_helpers import BALI, attribution, bali_extraction, candidate, drafted, person, report_draft

# --- one article --------------------------------------------------------------------------------


def test_draft_records_form_a_corpus_with_exact_evidence() -> None:
    draft = drafted(
        bali_extraction(), source_id="bali", title="Biden and Xi meet", url="https://example.com/a"
    )
    corpus = Corpus(draft.records)
    source = corpus.sources.lookup("bali")
    assert (
        source.text == BALI and source.title == "Biden and Xi meet" and source.url == "https://example.com/a"
    )
    for record in (*draft.records.leaders, *draft.records.meetings):
        for evidence in record.evidence:
            assert BALI[evidence.start : evidence.end] == evidence.quote
    for claim in draft.records.claims:
        assert BALI[claim.evidence.start : claim.evidence.end] == claim.evidence.quote


def test_draft_meeting_fields_and_their_proposed_marks() -> None:
    (meeting,) = drafted(bali_extraction(), source_id="bali").records.meetings
    assert meeting.participants == ("joe-biden", "xi-jinping")
    assert str(meeting.when) == "2022-11-14"
    assert meeting.place is not None and (meeting.place.city, meeting.place.country) == ("Bali", "IDN")
    assert meeting.status is MeetingStatus.HELD and meeting.format is MeetingFormat.BILATERAL
    marked = {i.field for i in meeting.inferred if i.note.startswith(PROPOSED)}
    assert {"participants", "when", "place", "status", "format"} <= marked
    assert meeting.name == "Biden–Xi meeting, Bali"


def test_new_leaders_have_country_office_and_marks() -> None:
    leaders = {x.id: x for x in drafted(bali_extraction(), source_id="bali").records.leaders}
    biden = leaders["joe-biden"]
    assert biden.country == "USA"
    assert biden.roles == (Role(title="President", kind=RoleKind.HEAD_OF_STATE, country="USA"),)
    assert {i.field for i in biden.inferred} == {"name", "roles", "country"}
    assert all(i.note.startswith(PROPOSED) for i in biden.inferred)
    assert "Biden" in biden.aliases


def test_claims_durations_statements_and_status() -> None:
    claims = drafted(bali_extraction(), source_id="bali").records.claims
    by_topic = {c.topic: c for c in claims}
    assert by_topic[Topic.ACTUAL_DURATION].value == DurationRange.exactly(180)
    assert by_topic[Topic.ACTUAL_DURATION].meetings == ("bali.m1",)
    assert Topic.STATUS not in by_topic  # a held meeting's reports are its evidence, not status claims
    statements = [c for c in claims if c.topic == STATEMENT]
    assert {(c.speaker.kind, c.speaker.leader or c.speaker.name) for c in statements} == {
        (SpeakerKind.PERSON, "joe-biden"),
        (SpeakerKind.GROUP, "The White House"),
    }
    assert all(c.value is True for c in statements)
    assert len({c.id for c in claims}) == len(claims)


def test_known_leaders_are_reused_without_foreign_evidence() -> None:
    known = Leader(id="joe-biden", name="Joe Biden", aliases=("Biden",), country="USA")
    draft = drafted(bali_extraction(), source_id="bali", corpus=Records(leaders=(known,)))
    assert "joe-biden" in draft.known
    biden = next(x for x in draft.records.leaders if x.id == "joe-biden")
    assert biden.name == "Joe Biden" and not biden.inferred
    assert all(e.source == "bali" for e in biden.evidence)


def test_published_from_the_date_line_is_marked_inferred() -> None:
    text = "This story is from November 14, 2022\n\nBiden and Xi met on Monday."
    found = date_line(text)
    assert found is not None and str(found.value) == "2022-11-14"
    draft = summitlib.draft(text, source_id="s")
    assert str(draft.source.published) == "2022-11-14"
    assert draft.source.is_inferred("published")
    given = summitlib.draft(text, source_id="s", published="2022-11-15")
    assert str(given.source.published) == "2022-11-15" and not given.source.is_inferred("published")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2022-11-14 Skip to Content", "2022-11-14"),
        ("Updated 5:36 a.m. ET, November 14, 2022\n", "2022-11-14"),
        ("Published 14 Nov 2022 — text", "2022-11-14"),
        ("From 2022-11-14 to 2022-11-15", None),
        ("No date here at all.", None),
        ("x" * 500 + " 2022-11-14", None),
        (" date 0001-01-01 ", None),
    ],
)
def test_date_line(text: str, expected: str | None) -> None:
    found = date_line(text)
    assert (str(found.value) if found else None) == expected


def test_slug_and_role_kinds() -> None:
    assert slug("Xi Jinping") == "xi-jinping"
    assert slug("Erdoğan's visit") == "erdogan-s-visit"
    assert role_kind("Prime Minister") is RoleKind.HEAD_OF_GOVERNMENT
    assert role_kind("White House press secretary") is RoleKind.SPOKESPERSON
    assert role_kind("Kremlin foreign policy adviser") is RoleKind.ADVISER
    assert role_kind("poet") is RoleKind.OTHER


# --- consolidation ------------------------------------------------------------------------------


def test_same_encounter_from_three_sources_is_one_meeting() -> None:
    drafts = [
        report_draft("a", ["joe-biden", "xi-jinping"], when="2022-11-14"),
        report_draft("b", ["joe-biden", "xi-jinping"], when="2022-11"),
        report_draft("c", ["joe-biden", "xi-jinping"], when=None, published="2022-11-15"),
    ]
    result = consolidate(drafts)
    (meeting,) = result.records.meetings
    assert meeting.id == "biden-jinping-2022-11-14" or meeting.id.endswith("2022-11-14")
    assert {e.source for e in meeting.evidence} == {"s-a", "s-b", "s-c"}
    assert len(result.merges) == 2
    assert all("same participants" in m.reason for m in result.merges)
    Corpus(result.records)


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        ({"when": "2017-07-07"}, {"when": "2017-11-10"}, "different dates (Hamburg vs Danang)"),
        (
            {"when": "2017-07"},
            {"when": "2017-07", "format": MeetingFormat.PHONE_CALL},
            "a call and a meeting",
        ),
        (
            {"when": "2018-06-12"},
            {"when": None, "published": "2018-06-20", "status": MeetingStatus.PLANNED},
            "later plan",
        ),
        ({"when": "2019-02"}, {"when": "2019-02", "status": MeetingStatus.CANCELLED}, "held and cancelled"),
        ({"when": "2019-02"}, {"when": "2019-02", "status": MeetingStatus.HYPOTHETICAL}, "hypothetical"),
    ],
)
def test_never_merged(first: dict[str, object], second: dict[str, object], why: str) -> None:
    drafts = [
        report_draft("a", ["donald-trump", "vladimir-putin"], **first),  # type: ignore[arg-type]
        report_draft("b", ["donald-trump", "vladimir-putin"], **second),  # type: ignore[arg-type]
    ]
    result = consolidate(drafts)
    assert len(result.records.meetings) == 2, why
    assert not result.merges


def test_planned_then_held_is_one_encounter_with_the_held_status() -> None:
    drafts = [
        report_draft("a", ["donald-trump", "kim-jong-un"], when="2018-06-12", status=MeetingStatus.PLANNED),
        report_draft("b", ["donald-trump", "kim-jong-un"], when="2018-06-12"),
    ]
    (meeting,) = consolidate(drafts).records.meetings
    assert meeting.status is MeetingStatus.HELD


def test_different_participants_are_never_merged() -> None:
    drafts = [
        report_draft("a", ["donald-trump", "kim-jong-un"], when="2018-06-12"),
        report_draft("b", ["donald-trump", "moon-jae-in"], when="2018-06-12"),
    ]
    assert len(consolidate(drafts).records.meetings) == 2


def test_a_report_fitting_two_encounters_is_kept_apart_for_review() -> None:
    drafts = [
        report_draft("a", ["donald-trump", "vladimir-putin"], when="2017-07-07"),
        report_draft("b", ["donald-trump", "vladimir-putin"], when="2017-11-10"),
        report_draft("c", ["donald-trump", "vladimir-putin"], when=None, published="2017-12-01"),
    ]
    result = consolidate(drafts)
    assert len(result.records.meetings) == 3
    assert any("fits several encounters" in note for note in result.review)


def test_adding_to_a_corpus_reuses_meeting_and_leader_ids() -> None:
    first = consolidate([report_draft("a", ["donald-trump", "vladimir-putin"], when="2017-07")]).records
    (meeting,) = first.meetings
    curated = attrs.evolve(meeting, id="hamburg", inferred=())  # a curator reviewed it
    base = attrs.evolve(first, meetings=(curated,))
    report = report_draft("x", ["donald-trump", "vladimir-putin"], when="2017-07-07")
    result = consolidate([report], into=base)
    assert result.added["meetings"] == () and result.updated == ("hamburg",)
    (merged,) = result.records.meetings
    assert {e.source for e in merged.evidence} == {"s-a", "s-x"}
    assert str(merged.when) == "2017-07" and not merged.inferred  # reviewed fields are kept
    assert result.added["leaders"] == ()
    assert [(m.meeting, m.existing) for m in result.merges] == [("hamburg", True)]
    Corpus(result.records)


def test_a_drafted_meeting_in_the_corpus_is_refined_by_later_reports() -> None:
    planned = report_draft("a", ["donald-trump", "kim-jong-un"], when="2018-06", status=MeetingStatus.PLANNED)
    base = consolidate([planned]).records
    held = report_draft("b", ["donald-trump", "kim-jong-un"], when="2018-06-12")
    result = consolidate([held], into=base)
    (meeting,) = result.records.meetings
    assert meeting.id == base.meetings[0].id
    assert meeting.status is MeetingStatus.HELD and str(meeting.when) == "2018-06-12"
    (batch,) = consolidate([planned, held]).records.meetings
    assert attrs.evolve(meeting, id=batch.id) == batch  # the same, but the id given first is kept


def test_adding_the_same_article_twice_changes_nothing() -> None:
    draft = drafted(bali_extraction(), source_id="bali")
    once = consolidate([draft])
    again = consolidate([draft], into=once.records)
    assert again.records == once.records and not again.changed
    assert again.skipped == (("bali", "bali"),)
    assert consolidate([draft, draft]).records == once.records


def test_a_source_id_taken_by_another_text_is_made_unique() -> None:
    first = drafted(bali_extraction(), source_id="bali")
    other = drafted(bali_extraction(BALI + " More."), source_id="bali")
    result = consolidate([first, other])
    ids = [s.id for s in result.records.sources]
    assert len(set(ids)) == 2 and "bali" in ids
    Corpus(result.records)
    assert len(result.records.meetings) == 1


def test_people_are_one_leader_across_articles_fullest_name_first() -> None:
    short = report_draft("a", ["biden", "xi"], when="2022-11-14")
    full = report_draft("b", ["joe-biden", "xi-jinping"], when="2022-11-14")
    result = consolidate([short, full])
    assert sorted(x.id for x in result.records.leaders) == ["joe-biden", "xi-jinping"]
    (meeting,) = result.records.meetings
    assert meeting.participants == ("joe-biden", "xi-jinping")


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("the G20 summit", "G20 summit"),
        ("the G-20 summit", "G-20 summit"),
        ("the APEC forum", "APEC forum"),
        ("the summit", None),
        ("Monday's meeting", None),
        ("the U.S.-Russia summit", None),
    ],
)
def test_gathering_names(words: str, name: str | None) -> None:
    assert gathering_name(words) == name


def test_an_occasion_becomes_a_summit_the_meeting_is_part_of() -> None:
    text = BALI.replace("on November 14, 2022.", "on November 14, 2022, on the sidelines of the G20 summit.")
    extraction = bali_extraction(text)
    (candidate,) = extraction.meetings
    start = text.index("G20 summit")
    occasion = Cue(start=start, end=start + len("G20 summit"), text="G20 summit")
    candidate = attrs.evolve(candidate, occasion=occasion)
    draft = drafted(attrs.evolve(extraction, meetings=(candidate,)), source_id="bali")
    meetings = {m.format: m for m in draft.records.meetings}
    summit, meeting = meetings[MeetingFormat.SUMMIT], meetings[MeetingFormat.BILATERAL]
    assert meeting.occasion == summit.id and summit.name == "G20 summit"
    assert str(summit.when) == "2022-11" and summit.participants == ()
    result = consolidate([draft])
    ids = {m.format: m.id for m in result.records.meetings}
    assert ids[MeetingFormat.SUMMIT] == "g20-summit-2022-11"
    assert next(m for m in result.records.meetings if m.format is MeetingFormat.BILATERAL).occasion == (
        "g20-summit-2022-11"
    )
    Corpus(result.records)


def test_a_city_without_a_country_is_placed_by_the_corpus() -> None:
    text = BALI.replace("Bali, Indonesia", "Bali")
    extraction = bali_extraction(text, place=("Bali", None))
    assert drafted(extraction, source_id="a").records.meetings[0].place is None
    known = consolidate([drafted(bali_extraction(), source_id="b")]).records
    (meeting,) = drafted(extraction, source_id="a", corpus=known).records.meetings
    assert meeting.place == Place(country="IDN", city="Bali")


def test_a_status_said_by_an_institution_is_its_claim() -> None:
    text = "The White House said Biden will not meet Xi Jinping in Bali. Joe Biden is in Jakarta."
    biden = person(text, "joe-biden", "Joe Biden")
    xi = person(text, "xi-jinping", "Xi Jinping", family="Xi")
    sentence = text[: text.index(".") + 1]
    extraction = Extraction(
        text=text,
        published=PartialDate.parse("2022-11-10"),
        persons=(biden, xi),
        meetings=(
            candidate(
                text,
                sentence,
                ["joe-biden", "xi-jinping"],
                verb="meet",
                status=MeetingStatus.RULED_OUT,
                status_words="will not meet",
            ),
        ),
        attributions=(
            attribution(
                text,
                "Biden will not meet Xi Jinping in Bali",
                Speaker.group("The White House"),
                "The White House",
            ),
        ),
    )
    draft = drafted(extraction, source_id="s")
    (meeting,) = draft.records.meetings
    assert meeting.status is MeetingStatus.RULED_OUT
    (claim,) = [c for c in draft.records.claims if c.topic == Topic.STATUS]
    assert claim.value == Label(text="ruled_out") and claim.speaker == Speaker.group("The White House")
    assert claim.meetings == (meeting.id,)


def test_a_city_without_a_country_is_placed_by_another_report_of_the_batch() -> None:
    text = BALI.replace("Bali, Indonesia", "Bali")
    unplaced = drafted(bali_extraction(text, place=("Bali", None)), source_id="a")
    assert unplaced.records.meetings[0].place is None and len(unplaced.unplaced) == 1
    placed = drafted(bali_extraction(BALI + " "), source_id="b")  # places Bali in Indonesia
    result = consolidate([unplaced, placed])
    (meeting,) = result.records.meetings
    assert meeting.place == Place(country="IDN", city="Bali")
    assert not any("no country" in note for note in result.review)  # settled, not left for review
