"""Who else sits in on a meeting: attendees joined to the meeting their words are of, and only to it."""

from __future__ import annotations

import pytest

from summitlib.extraction import extract

_MET = "President Joe Biden met Chancellor Olaf Scholz in Berlin on Monday."
_PAIR = ("joe-biden", "olaf-scholz")
_FOUR = ("annalena-baerbock", "antony-blinken", "joe-biden", "olaf-scholz")


def participants(text: str) -> list[tuple[str, ...]]:
    return [m.participants for m in extract(text, published="2024-05-01").meetings]


@pytest.mark.parametrize(
    "text",
    [
        # bare words in the meeting's paragraph, the next sentence
        _MET + " The only other people present were Secretary of State Antony Blinken and Foreign Minister "
        "Annalena Baerbock.",
        _MET + " Secretary of State Antony Blinken and Foreign Minister Annalena Baerbock were also present.",
        # a sentence opening on the meeting's people
        _MET + " They were later joined by Secretary of State Antony Blinken and Foreign Minister Annalena "
        "Baerbock.",
        # a sentence opening on the meeting's people by name, in the next paragraph
        _MET + "\n\nBiden and Scholz were later joined by Secretary of State Antony Blinken and Foreign "
        "Minister Annalena Baerbock.",
        # the meeting of the same sentence, before the words
        "President Joe Biden met Chancellor Olaf Scholz in Berlin on Monday and was later joined by "
        "Secretary of State Antony Blinken and Foreign Minister Annalena Baerbock.",
        # the meeting named: however far, across paragraphs
        _MET + "\n\nThe weather was fine.\n\nSecretary of State Antony Blinken and Foreign Minister Annalena "
        "Baerbock attended part of the meeting.",
        _MET + "\n\nBiden was accompanied by Secretary of State Antony Blinken and Foreign Minister Annalena "
        "Baerbock during the meeting.",
        # the meeting named at the head of the sentence
        _MET + " In the bilateral meeting, Biden was accompanied by Secretary of State Antony Blinken and "
        "Foreign Minister Annalena Baerbock.",
        _MET + " During the talks, Biden was accompanied by Secretary of State Antony Blinken and Foreign "
        "Minister Annalena Baerbock.",
        # a sentence opening on the meeting's people, who were set to be joined
        _MET + " They were also set to be joined by Secretary of State Antony Blinken and Foreign Minister "
        "Annalena Baerbock.",
        _MET + " They were expected to be joined by Secretary of State Antony Blinken and Foreign Minister "
        "Annalena Baerbock.",
    ],
)
def test_those_who_attended_join_the_meeting(text: str) -> None:
    assert participants(text) == [_FOUR]


def test_the_two_leaders_joined_by_others_are_the_meeting_told_before() -> None:
    text = (
        "Egyptian President Hosni Mubarak Thursday met with Palestinian leader Yasser Arafat in Cairo.\n\n"
        "The two leaders met one-on-one for about 90 minutes, then were joined by Egyptian Foreign Minister "
        "Amr Moussa as well as Mahmoud Abbas, secretary general of the PLO executive committee."
    )
    # one encounter of the four: no meeting of Moussa and Abbas of its own
    assert participants(text) == [("amr-moussa", "hosni-mubarak", "mahmoud-abbas", "yasser-arafat")]


def test_one_present_named_in_a_relative_clause() -> None:
    text = (
        "President Joko Widodo received Malaysian Foreign Minister Saifuddin Abdullah on Monday.\n\n"
        "After the meeting, Foreign Minister Retno Marsudi, who was also present to accompany the President, "
        "said Prime Minister Ismail Sabri Yakoob plans to visit Indonesia."
    )
    assert participants(text)[0] == ("joko-widodo", "retno-marsudi", "saifuddin-abdullah")
    # present at talks with someone: the meeting with them, not the one of the same sentence
    text = (
        "President Boris Yeltsin met President Saparmurat Niyazov on Tuesday. Yeltsin later held a separate "
        "meeting with Prime Minister Viktor Chernomyrdin, who was also present at talks with Niyazov."
    )
    assert participants(text) == [
        ("boris-yeltsin", "saparmurat-niyazov", "viktor-chernomyrdin"),
        ("boris-yeltsin", "viktor-chernomyrdin"),
    ]
    # the meeting told before is not with the one named: no one joins it
    text = (
        "President Boris Yeltsin met President Saparmurat Niyazov on Tuesday. Prime Minister Viktor "
        "Chernomyrdin, who was also present at talks with President Nursultan Nazarbayev, stayed home."
    )
    assert participants(text)[0] == ("boris-yeltsin", "saparmurat-niyazov")


def test_the_participation_of_others_in_the_meeting_of_the_clause() -> None:
    text = (
        "Another meeting between Prime Minister Nikol Pashinyan and President Ilham Aliyev will take place "
        "on June 1 in Chisinau, with the participation of French President Emmanuel Macron and German "
        "Chancellor Olaf Scholz."
    )
    assert participants(text) == [("emmanuel-macron", "ilham-aliyev", "nikol-pashinyan", "olaf-scholz")]


@pytest.mark.parametrize(
    "text",
    [
        # bare words in another paragraph: not of the meeting
        _MET
        + "\n\nSecretary of State Antony Blinken and Foreign Minister Annalena Baerbock were also present.",
        # bare words a few sentences on: another moment's
        _MET + " Trade was on the agenda. Energy came up too. Both economies are strong. Secretary of State "
        "Antony Blinken and Foreign Minister Annalena Baerbock were also present.",
        # present at something else
        _MET
        + " Secretary of State Antony Blinken and Foreign Minister Annalena Baerbock were present at the "
        "state dinner.",
        # an occasion told between the meeting and the words: those present were there
        _MET + " The two men then had breakfast. Also in attendance were Secretary of State Antony Blinken "
        "and Foreign Minister Annalena Baerbock.",
        _MET + " Biden was later joined by Secretary of State Antony Blinken and Foreign Minister Annalena "
        "Baerbock at a state dinner.",
        # others joined
        _MET + " Outside, protesters were joined by Secretary of State Antony Blinken and Foreign Minister "
        "Annalena Baerbock.",
        # others joined: someone not of the meeting
        _MET + " President Emmanuel Macron was later joined by Secretary of State Antony Blinken and Foreign "
        "Minister Annalena Baerbock.",
        # a companion on the trip, the meeting not named
        "President Joe Biden arrived on Monday accompanied by Secretary of State Antony Blinken and Foreign "
        "Minister Annalena Baerbock, and immediately opened talks with Chancellor Olaf Scholz.",
        _MET + " Biden had arrived on Sunday and was accompanied by Secretary of State Antony Blinken and "
        "Foreign Minister Annalena Baerbock.",
        _MET + " During the visit, Biden is accompanied by Secretary of State Antony Blinken and Foreign "
        "Minister Annalena Baerbock.",
        # the meeting named at the head of the sentence, but another one's companions
        _MET + " During the visit, Biden was accompanied by Secretary of State Antony Blinken and Foreign "
        "Minister Annalena Baerbock.",
        # others set to be joined, not the meeting's people
        _MET + " Outside, protesters were expected to be joined by Secretary of State Antony Blinken and "
        "Foreign Minister Annalena Baerbock.",
        _MET + " President Emmanuel Macron was set to be joined by Secretary of State Antony Blinken and "
        "Foreign Minister Annalena Baerbock.",
    ],
)
def test_who_was_elsewhere_does_not_join_the_meeting(text: str) -> None:
    assert _FOUR not in participants(text)
    assert _PAIR in participants(text)


def test_attendance_of_a_meeting_not_found_is_no_meeting_of_the_attendees() -> None:
    text = (
        "King Abdullah and Egyptian President Abdel Fattah El Sisi, in Cairo on Thursday, discussed ties.\n\n"
        "Prime Minister Bisher Khasawneh and Egyptian Prime Minister Mostafa Madbouly attended part of the "
        "meeting."
    )
    assert ("bisher-khasawneh", "mostafa-madbouly") not in participants(text)
    # the text's only meeting: theirs
    alone = "Prime Minister Bisher Khasawneh and Prime Minister Mostafa Madbouly attended the meeting."
    assert participants(alone) in ([], [("bisher-khasawneh", "mostafa-madbouly")])


def test_those_present_at_a_meeting_ahead_join_it() -> None:
    text = (
        "President Joe Biden will meet Chancellor Olaf Scholz in Berlin on Friday. Among those present at "
        "the meeting will be Secretary of State Antony Blinken and Foreign Minister Annalena Baerbock."
    )
    assert participants(text) == [_FOUR]
    # the meeting told before not found: no meeting of those present
    text = (
        "President Joe Biden said on Monday he would speak to world leaders. Among those present at "
        "the meeting will be Secretary of State Antony Blinken and Foreign Minister Annalena Baerbock."
    )
    assert ("annalena-baerbock", "antony-blinken") not in participants(text)


def test_attendance_at_another_occasion_is_no_meeting_of_its_own() -> None:
    text = (
        _MET + " The two men then had breakfast. Also in attendance were Secretary of State Antony Blinken, "
        "Foreign Minister Annalena Baerbock and several guests Scholz invited."
    )
    assert participants(text) == [_PAIR]
