"""Tests of summitlib._names: normalisation and the name index."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitlib._names import NameIndex, normalise, similarity
from summitlib.errors import AmbiguousError


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Putin", "putin"),
        ("Putin's", "putin"),
        ("Putin’s", "putin"),
        ("Mr. Putin", "putin"),
        ("President Vladimir V. Putin", "vladimir v putin"),
        ("U.S. Secretary of State Rex Tillerson", "rex tillerson"),
        ("Russian Foreign Minister Sergei Lavrov", "sergei lavrov"),
        ("Sergeï  LAVROV", "sergei lavrov"),
        ("Moon Jae-in", "moon jae in"),
        ("the Kremlin", "kremlin"),
        ("President", "president"),
        ("Ángela Merkel", "angela merkel"),
    ],
)
def test_normalise(name: str, key: str) -> None:
    assert normalise(name) == key


@given(st.text(max_size=40))
def test_normalise_is_idempotent(name: str) -> None:
    """normalise(normalise(x)) == normalise(x) for any text."""
    once = normalise(name)
    assert normalise(once) == once


@given(st.text(alphabet="abcdefgh ", min_size=1, max_size=12))
def test_similarity_is_one_only_for_equal_keys(key: str) -> None:
    """similarity(k, k) is 1.0 and every score lies in [0, 1]."""
    assert similarity(key, key) == 1.0
    assert 0.0 <= similarity(key, key + "x") < 1.0


def _index() -> NameIndex:
    return NameIndex(
        "leader",
        [
            ("donald-trump", "Donald Trump", ["Trump"]),
            ("melania-trump", "Melania Trump", []),
            ("ann-smith", "Ann Smith", []),
            ("bob-smith", "Bob Smith", []),
        ],
    )


def test_resolution_order() -> None:
    index = _index()
    assert index.resolve("melania-trump") == "melania-trump"  # an id, as given
    assert index.resolve("Mr. Trump") == "donald-trump"  # exact alias beats two surnames
    assert index.resolve("Mrs. Melania Trump's") == "melania-trump"
    assert index.resolve("Nobody") is None
    with pytest.raises(AmbiguousError):
        index.resolve("Smith")


def test_search_ranks_with_a_fixed_tie_break() -> None:
    index = _index()
    assert index.search("smith") == ["ann-smith", "bob-smith"]
    assert index.search("trump")[:2] == ["donald-trump", "melania-trump"]
    assert index.search("Trmp", limit=1) == ["donald-trump"]
    assert index.suggest("Donld Trump") == ["Donald Trump"]
    error = index.not_found("Ann Smyth")
    assert error.suggestions[0] == "Ann Smith"
    assert index.primary("bob-smith") == "Bob Smith"


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Lech Wałęsa", "Lech Walesa"),
        ("Binali Yıldırım", "Yildirim"),
        ("Milo Đukanović", "Djukanovic"),
        ("Milo Đukanović", "Dukanovic"),
        ("Jonas Gahr Støre", "Store"),
        ("Wolfgang Schäuble", "Schauble"),
        ("Franz Weiß", "Weiss"),
        ("Anders Fogh Rasmussen", "Rasmussen"),
    ],
)
def test_transliterated_names_resolve(written: str, typed: str) -> None:
    index = NameIndex("leader", [("x", written, ())])
    assert index.resolve(typed) == "x"


def test_fold_transliterates_letters_nfkd_leaves_alone() -> None:
    from summitlib._names import fold

    assert fold("Łódź Đ ı ø Æ ß") == "lodz d i o ae ss"
    assert fold("Erdoğan") == "erdogan"


def test_family_name_first() -> None:
    """Leaders of countries that write the family name first resolve by it ("President Xi", "Moon");
    others do not resolve by their first name."""
    entries = [("xi", "Xi Jinping", ()), ("moon", "Moon Jae-in", ()), ("trump", "Donald Trump", ())]
    index = NameIndex("leader", entries, family_first=["xi", "moon"])
    assert index.resolve("President Xi") == "xi"
    assert index.resolve("Moon") == "moon"
    assert index.resolve("Jinping") == "xi"  # the given name still works as before
    assert index.resolve("Donald") is None


def test_family_name_first_by_country() -> None:
    import summitlib

    corpus = summitlib.load()
    assert corpus.leaders.lookup("President Xi").name == "Xi Jinping"
    assert corpus.leaders.lookup("Mr. Kim's").name == "Kim Jong Un"
    assert corpus.leaders.get("Donald") is None


def test_a_surname_beats_a_family_name_first() -> None:
    entries = [("lee", "Lee Hsien Loong", ()), ("rlee", "Robert Lee", ())]
    index = NameIndex("leader", entries, family_first=["lee"])
    assert index.resolve("Lee") == "rlee"
