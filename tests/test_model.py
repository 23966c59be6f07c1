"""Tests for summitlib.model, summitlib.claims and summitlib.provenance: building, validating, hashing."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given

from summitlib import (
    Claim,
    DurationRange,
    Evidence,
    Inference,
    InvalidValueError,
    Issue,
    Label,
    Leader,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Number,
    PartialDate,
    Role,
    RoleKind,
    Source,
    SourceKind,
    Speaker,
    SpeakerKind,
    Topic,
)
from summitlib import strategies as sst


def _meeting(**changes: Any) -> Meeting:
    fields: dict[str, Any] = {
        "id": "hamburg",
        "name": "Trump–Putin meeting",
        "format": MeetingFormat.SIDELINE,
        "status": MeetingStatus.HELD,
        "participants": ["donald-trump", "vladimir-putin"],
        "when": PartialDate.parse("2017-07-07"),
    }
    fields.update(changes)
    return Meeting(**fields)


def test_objects_are_frozen_slotted_and_keyword_only() -> None:
    meeting = _meeting()
    assert isinstance(meeting.participants, tuple)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        meeting.name = "x"  # type: ignore[misc]
    assert not hasattr(meeting, "__dict__")
    with pytest.raises(TypeError):
        Meeting("hamburg", "x", MeetingFormat.SIDELINE, MeetingStatus.HELD)  # type: ignore[misc]


def test_equal_objects_hash_equal() -> None:
    assert _meeting() == _meeting()
    assert hash(_meeting()) == hash(_meeting())
    assert len({_meeting(), _meeting(), _meeting(id="other")}) == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"id": "has space"}, "Meeting.id"),
        ({"name": ""}, "Meeting.name"),
        ({"format": "bilateral"}, "Meeting.format"),
        ({"status": "done"}, "Meeting.status"),
        ({"participants": ["a", "a"]}, "Meeting.participants"),
        ({"participants": ["ok", "not ok"]}, "Meeting.participants[1]"),
        ({"when": "2017-07-07"}, "Meeting.when"),
        ({"occasion": "hamburg"}, "Meeting.occasion"),
        ({"inferred": [Inference(field="nope", note="x")]}, "Meeting.inferred[0].field"),
    ],
)
def test_meeting_validators_name_the_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        _meeting(**changes)
    assert info.value.field == field
    assert "expected" in str(info.value)


def test_a_single_string_is_not_a_list_of_ids() -> None:
    with pytest.raises(InvalidValueError, match="not a single string"):
        _meeting(participants="donald-trump")


def test_leader_roles_over_time() -> None:
    tillerson = Leader(
        id="rex-tillerson",
        name="Rex Tillerson",
        aliases=["Mr. Tillerson", "Tillerson"],
        country="USA",
        roles=[
            Role(
                title="Secretary of State",
                kind=RoleKind.FOREIGN_MINISTER,
                country="USA",
                start=PartialDate.parse("2017-02-01"),
                end=PartialDate.parse("2018-03-31"),
            )
        ],
    )
    assert tillerson.names == ("Rex Tillerson", "Mr. Tillerson", "Tillerson")
    assert tillerson.holds_role(on=PartialDate.parse("2017-07"), kind=RoleKind.FOREIGN_MINISTER)
    assert not tillerson.holds_role(on=PartialDate.parse("2016"))
    assert not tillerson.holds_role(on=PartialDate.parse("2017"), kind=RoleKind.HEAD_OF_STATE)
    assert str(tillerson) == "Rex Tillerson"


def test_role_end_before_start() -> None:
    with pytest.raises(InvalidValueError, match="Role.end"):
        Role(
            title="President",
            kind=RoleKind.HEAD_OF_STATE,
            start=PartialDate.parse("2017"),
            end=PartialDate.parse("2016"),
        )


def test_issue_cannot_be_its_own_parent() -> None:
    with pytest.raises(InvalidValueError, match="Issue.parent"):
        Issue(id="syria", name="Syria", parent="syria")


def test_source_inferred_fields() -> None:
    source = Source(
        id="001",
        text="Friday's meeting",
        kind=SourceKind.OPINION,
        published=PartialDate.parse("2017-07"),
        inferred=[Inference(field="published", note="'Friday's meeting' is 2017-07-07")],
    )
    assert source.is_inferred("published")
    assert not source.is_inferred("title")
    with pytest.raises(InvalidValueError, match="Source.url"):
        attrs.evolve(source, url="not a url")
    with pytest.raises(InvalidValueError, match="Source.language"):
        attrs.evolve(source, language="English")


def test_evidence_offsets_must_match_the_quote() -> None:
    assert Evidence(source="s", quote="abc", start=3, end=6).resolved
    with pytest.raises(InvalidValueError, match="Evidence.end"):
        Evidence(source="s", quote="abc", start=3, end=7)
    with pytest.raises(InvalidValueError, match="Evidence.start"):
        Evidence(source="s", quote="abc", end=3)
    with pytest.raises(InvalidValueError, match="Evidence.quote"):
        Evidence(source="s", quote="  ")
    with pytest.raises(InvalidValueError, match="Evidence.start"):
        Evidence(source="s", quote="abc", start=-1)


def test_speakers() -> None:
    assert Speaker.person("rex-tillerson").kind is SpeakerKind.PERSON
    assert str(Speaker.group("Trump's press office")) == "Trump's press office"
    assert str(Speaker.author()) == "(author)"
    with pytest.raises(InvalidValueError, match="Speaker.leader"):
        Speaker(kind=SpeakerKind.PERSON)
    with pytest.raises(InvalidValueError, match="Speaker.name"):
        Speaker(kind=SpeakerKind.GROUP)
    with pytest.raises(InvalidValueError, match="Speaker.leader"):
        Speaker(kind=SpeakerKind.AUTHOR, leader="x")


def test_claim_values_and_topics() -> None:
    evidence = Evidence(source="s", quote="q")
    for value in (
        Label(text="pushed back"),
        DurationRange.at_least(120),
        PartialDate.parse("2017"),
        True,
        Number(value=4, unit="issues"),
    ):
        claim = Claim(id="c", speaker=Speaker.author(), topic=Topic.POSITION, value=value, evidence=evidence)
        assert claim.source == "s"
        assert str(value) in str(claim)
    with pytest.raises(InvalidValueError, match="Claim.value"):
        Claim(id="c", speaker=Speaker.author(), topic="x", value="pushed back", evidence=evidence)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="Claim.topic"):
        Claim(id="c", speaker=Speaker.author(), topic="Duration", value=True, evidence=evidence)
    with pytest.raises(InvalidValueError, match="Number.value"):
        Number(value=True)


@given(sst.leaders())
def test_generated_leaders_hash_and_compare(leader: Leader) -> None:
    """Every generated leader equals an evolved copy of itself and hashes alike."""
    copy = attrs.evolve(leader)
    assert copy == leader and hash(copy) == hash(leader)


@given(sst.meetings())
def test_generated_meetings_print(meeting: Meeting) -> None:
    """str() of a meeting names it (and gives its date when known)."""
    text = str(meeting)
    assert meeting.name in text
    if meeting.when is not None:
        assert str(meeting.when) in text


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"participants": ("a", "a")},
            "Meeting.participants: expected no repeated items, got \"'a' repeated\"",
        ),
        (
            {"participants": ("a", 5)},
            "Meeting.participants[1]: expected an id of letters, digits and '_.:-' starting with a letter or "
            "digit, got 5",
        ),
        (
            {"issues": ("a", "b c")},
            "Meeting.issues[1]: expected an id of letters, digits and '_.:-' starting with a letter or "
            "digit, got 'b c'",
        ),
        ({"place": "Hamburg"}, "Meeting.place: expected a Place, got 'Hamburg'"),
        ({"when": True}, "Meeting.when: expected a PartialDate or DateSpan, got True"),
        ({"evidence": ("quote",)}, "Meeting.evidence[0]: expected a Evidence, got 'quote'"),
    ],
)
def test_meeting_validator_messages(fields: dict[str, Any], message: str) -> None:
    """The validators' quick whole-tuple checks leave every message as the item-by-item check gives it."""
    with pytest.raises(InvalidValueError) as caught:
        Meeting(id="m", name="M", format=MeetingFormat.BILATERAL, status=MeetingStatus.HELD, **fields)
    assert str(caught.value) == message


def test_alias_validator_message() -> None:
    """Text items are checked one by one when the quick check fails, naming the index."""
    with pytest.raises(InvalidValueError, match=r"^Leader\.aliases\[1\]: expected a non-empty string"):
        Leader(id="x", name="X", aliases=("ok", " pad"))


def test_an_enum_field_given_its_text_names_the_member() -> None:
    from summitlib import MeetingFormat, MeetingStatus

    with pytest.raises(ValueError, match=r"expected MeetingFormat.BILATERAL \(the enum member, not its"):
        Meeting(id="m", name="n", format="bilateral", status=MeetingStatus.HELD)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"one of MeetingStatus.HELD, .*got 'happened'"):
        Meeting(id="m", name="n", format=MeetingFormat.BILATERAL, status="happened")  # type: ignore[arg-type]
