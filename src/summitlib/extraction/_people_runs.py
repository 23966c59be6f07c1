"""Reading one run of capitalised words: known names longest first, then unknown names the text marks as
people, each turned into a :class:`~summitlib.extraction._types.PersonMention` with its title."""

from __future__ import annotations

import re

from summitlib.extraction._cast_names import NAME_PARTICLES, family_name_first
from summitlib.extraction._lexicon import (
    CAPITALS,
    DEMONYMS,
    NICKNAMES,
    TITLE_WORDS,
    Lexicon,
    country_code,
    is_title_token,
)
from summitlib.extraction._people_cues import is_person, lone_name, title_before
from summitlib.extraction._people_pairs import coordinated_with_a_person
from summitlib.extraction._people_roles import OFFICE_OF_INSTITUTION
from summitlib.extraction._people_tokens import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NOT_NAMES,
    Token,
    is_institution,
    one_word,
    uses,
)
from summitlib.extraction._text import fold_name
from summitlib.extraction._types import PersonMention

_INITIAL = re.compile(r"[A-Z]\.?")


_PAIR_NOUN_AFTER = re.compile(
    r"\s+(?:(?:telephonic|phone|video|bilateral|first|second|third|historic)\s+)?(?:summit|summits|meeting"
    r"|meetings|talks?|call|calls|conversation|encounter|handshake|tête-à-tête|one-on-one|phone)\b"
)
"""What follows two family names joined by a hyphen when they are two people ("the Modi-Putin talks")."""


PAIR_HYPHENS = frozenset({"-", "- ", "–", "– "})
"""What joins two family names into a pair ("Hussein-Peres", or "Hussein- Peres" as wire copy breaks it, or
an en dash: "the Modi–Putin talks"). The one set of it: the pair rules of meetings read it too."""
PAIR_HYPHEN = "(?:" + "|".join(re.escape(h) for h in sorted(PAIR_HYPHENS, key=len, reverse=True)) + ")"
"""``PAIR_HYPHENS`` as a pattern, longest first."""


_HEADLINE_VERBS = frozenset(
    """Says Tells Meets Hails Holds Visits Calls Urges Warns Hosts Welcomes Arrives Departs Leaves Agrees
    Head Heads Travel Travels Flies Lands Returns
    Signs Vows Seeks Plans Eyes Backs Rejects Slams Praises Thanks Invites Cancels Postpones Delays
    Discuss Discusses Talk Talks Meet Hold Host Take Takes Make Makes Says Confirms Denies Announces
    Accepts Declines Receives Greets Congratulates Condemns Asks Offers Proposes Rules Suggests Speaks Phones
    Expects Confers Back Sign Agree Vow Hail Pledge Pledges Seek Urge Warn Eye Mull Mulls Reject Slam
    Reaffirm Reaffirms Stress Stresses Renew Renews Review Reviews Boost Boosts Deepen Deepens Forge Forges
    Ink Inks Launch Launches Tout Touts Clash Clashes Spar Spars
    Met Held Hosted Visited Talked Discussed Welcomed Greeted Received Phoned Telephoned Conferred Spoke
    Invited Urged Warned Told Signed Agreed Rejected Cancelled Canceled Postponed""".split()  # noqa: SIM905
)
"""Verbs of title-case headlines ("Deng Tells Carter He Is Too Old", "Kohl Met Bush"): they end a name. Not
"Said", which is also a given name."""


_MONTH_NAMES = frozenset({"May", "June", "April", "August"})
"""Months that are also names ("Theresa May"): a name's later word when they follow a first name."""


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
"""A Korean given name ("Geun-hye"): the word before it is a family name ("Park"), not a park."""


_FUNCTION_WORDS = frozenset({"the", "of", "to", "for", "and", "at"})
"""Words of titles ("Secretary of State") that are no title alone: "The Iranians said" names no one."""


def _named_elsewhere(tokens: list[Token], surnames: dict[str, str], words: dict[str, int]) -> bool:
    """Whether these words are a name already read, or one the text writes more than here."""
    return " ".join(t.fold for t in tokens) in surnames or all(uses(words, t.text) >= 2 for t in tokens)


def _could_be_person(tokens: list[Token], i: int, j: int) -> bool:
    """No word of the run names a place, an institution or a thing ("Lake Geneva", "China-Australia"),
    and the run is no capital ("Kuala Lumpur")."""
    if j - i >= 2 and (
        " ".join(t.text for t in tokens[i:j]) in CAPITALS or all(t.text in CAPITALS for t in tokens[i:j])
    ):
        return False  # "Kuala Lumpur", "Seoul-Tokyo ties"
    if j - i >= 2 and tokens[j - 1].fold in MONTH_ABBREVIATIONS:
        return False  # "Seoul Jan. 21": a place and a date
    if j - i == 2 and _KOREAN_GIVEN.fullmatch(tokens[i + 1].text) is not None:  # "Park Geun-hye"
        return not any(country_code(token.text) is not None for token in tokens[i:j])
    return not any(token.thing for token in tokens[i:j])


def unchanged(tokens: list[Token], known_before: int, order: dict[str, int]) -> bool:
    """No name this run's reading depends on was learnt after it was first read."""
    if known_before >= len(order):
        return True  # nothing was learnt after it
    if len(tokens) > _LONGEST_RUN:
        return False  # read it again rather than list every part of a very long run
    folds = [t.fold for t in tokens]
    keys = [*folds, " ".join(folds)] + [
        " ".join(folds[i:j]) for i in range(len(folds)) for j in range(i + 2, len(folds))
    ]
    return all(order.get(key, -1) < known_before for key in keys)


def _repeated(text: str, tokens: list[Token], i: int, j: int, words: dict[str, int]) -> bool:
    """A run of name-like words whose family name the text also uses alone ("Joe Biden" ... "Biden")."""
    folds = [t.fold for t in tokens[i:j]]
    if any(is_institution(t) or t.fold in TITLE_WORDS for t in tokens[i:j]):
        return False
    if _AND_INSTITUTION.match(text, tokens[j - 1].end):
        return False  # "the Extraordinary Arab and Islamic Summit"
    phrase = text[tokens[i].start : tokens[j - 1].end]
    whole = words.get("\0" + phrase)
    if whole is None:  # how often the whole name stands in the text, counted once per name
        whole = words["\0" + phrase] = text.count(phrase)
    keys = [tokens[j - 1].text, tokens[i].text] if family_name_first(folds) else [tokens[j - 1].text]
    return tokens[j - 1].text not in _PLACE_TAILS and any(
        uses(words, key) > whole * sum(t.text == key for t in tokens[i:j]) for key in keys
    )  # a word the run itself repeats ("Hindi Chini Bhai Bhai") counts once per time it stands there


_AND_INSTITUTION = re.compile(
    r"\s+and\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:Summit|Conference|Council|Union|League|Forum|Organi[sz]ation|Assembly"
    r"|Committee|Commission|Community|Movement)\b"
)
"""The rest of an institution's name that the words before "and" share ("the Extraordinary Arab and Islamic
Summit", "the Asian and Pacific Council"): they are no name the text repeats."""


_PLACE_TAILS = frozenset(
    "Lodge Manor Cottage Ranch Farm Gardens Estate Retreat Heights Springs Barracks Airbase".split()  # noqa: SIM905
)
"""Last words of places' names that several places share ("Aspen Lodge", "Birch Lodge"): no family name
the text uses again, compared as written."""


_INSTITUTION_HEADS = frozenset(
    """House Palace League Council Party Foundation Institute University College Hotel Airport Street Square
    Hall Centre Center Stadium Tower Museum Library Memorial Monument Church Mosque Temple Cathedral Prize
    Award""".split()  # noqa: SIM905
)
"""The last word of an institution's or a building's name, compared as written: unknown capitalised words
right before it are the rest of that name ("the Western White House", "the Arab League Council"), no
person."""


_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|to)\s+(?:the\s+)?\Z")
"""The end of an office before the institution it is of ("Minister for ", "Chairman of the ")."""


_LONGEST_RUN = 24
"""The most capitalised words read as one run: no name is longer, and a title-case headline is shorter;
a longer run (a list of names, a hostile input) is read in pieces so that reading stays linear."""


def read_run(
    text: str, tokens: list[Token], lexicon: Lexicon, surnames: dict[str, str], words: dict[str, int]
) -> list[PersonMention]:
    """Mentions in one run of capitalised words: known names longest first, then unknown names. A word
    that ends a sentence ("in Seoul. Kishida said") splits the run in two."""
    found: list[PersonMention] = []
    start = 0
    for at, token in enumerate(tokens):
        if token.stop or at + 1 == len(tokens) or at + 1 - start == _LONGEST_RUN:
            found.extend(_read_piece(text, tokens[start : at + 1], lexicon, surnames, words))
            start = at + 1
    return found


_PEOPLE_PLURAL = re.compile(r"[A-Z][a-z]{2,}(?:ants|ents|ists|ians)")
"""The plural of a noun of people ("Informants said", "Participants", "Nationalists"): no one's name."""


def may_name_alone(word: str, lexicon: Lexicon) -> bool:
    """Whether a run of one word that no name of the text or the corpus explains ("Moscow", "Srettha")
    can be read as a person (``_read_piece`` through ``lone_name``): not when, by the word alone, it is
    no part of a name, a place, a thing, a nationality or a headline verb. A cheap test that spares the
    cues around most capitalised words; True when the run is not one word of letters."""
    token = one_word(word)
    if token is None:
        return True
    _, _, name_like, thing = token
    if not name_like or thing or word in _HEADLINE_VERBS or word in DEMONYMS or word in CAPITALS:
        return False
    if lexicon.country(word) is not None or _PEOPLE_PLURAL.fullmatch(word) is not None:
        return False
    return not (word.endswith("s") and (word[:-1] in DEMONYMS or lexicon.country(word[:-1]) is not None))


_OPENING_PARTICIPLE = re.compile(
    r"[A-Z][a-z]{3,}ing|(?:Answer|Repli|Add|Respond|Retort|Counter|Insist|Explain|Warn|Declar|Conclud)ed"
)
"""A participle ("Welcoming", "Congratulating"), which opens a sentence before the name it governs, or a
verb of speech put before its speaker ("Answered Nehru: ...", "Replied Mr Hawke, ...")."""


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    return start == 0 or before.endswith(("\n", ". ", '." ', ".” ", "! ", "? "))


def _read_piece(
    text: str, tokens: list[Token], lexicon: Lexicon, surnames: dict[str, str], words: dict[str, int]
) -> list[PersonMention]:
    found: list[PersonMention] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if (
            token.text in NICKNAMES
            and (i + 1 == len(tokens) or not tokens[i + 1].name_like)
            and _known(tokens, i, lexicon) is None
        ):  # "Jokowi", "AMLO" (not the "Nawaz" of "Nawaz Sharif")
            found.append(_mention(text, tokens, i, i + 1, (), "unknown-name", lexicon))
            i += 1
            continue
        if token.title or (
            i == 0
            and _OPENING_PARTICIPLE.fullmatch(token.text)
            and _opens_sentence(text, token.start)
            and (
                text.startswith((",", ":"), tokens[-1].end)
                or (
                    len(tokens) > 1
                    and (tokens[1].fold in surnames or _known(tokens, 1, lexicon) is not None)
                    and tokens[0].fold not in surnames
                )
            )
        ):  # a title; "Welcoming Shavkat Mirziyoyev, Tokayev said", "Thanking Netanyahu for his call": a
            # participle opening the sentence, before a name or a name the text knows
            i += 1
            continue
        matched = _known(tokens, i, lexicon)
        if matched is not None:
            j, ids, rule = matched
            if (
                j - i == 1
                and i > 0
                and tokens[i - 1].name_like
                and len(tokens[i - 1].text) > 1  # "M' Nixon": a French "Monsieur", no first name
                and tokens[i - 1].text.casefold() not in NOT_NAMES
                and tokens[i - 1].text not in _HEADLINE_VERBS  # "Confirms Putin": a headline's verb
                and (
                    text[tokens[i - 1].end : token.start].isspace()
                    or (text[tokens[i - 1].end : token.start] == "-" and tokens[i - 1].fold in NAME_PARTICLES)
                )  # "Hafez Al-Assad": the particle joined by a hyphen
                and _known(tokens, i - 1, lexicon) is None
                and _could_be_person(tokens, i - 1, i)
            ):  # "Melania Trump", "Bill Clinton": a first name that is not the leader's, another person
                first, replaced = i - 1, None
                if found and found[-1].end == tokens[i - 1].end and found[-1].rule == "unknown-name":
                    earlier = found.pop()  # "Sarah Huckabee Sanders": the whole name, not two people
                    first = next(k for k in range(i) if tokens[k].start >= earlier.start)
                    replaced = earlier.name or earlier.text
                mention = _mention(text, tokens, first, i + 1, (), "unknown-name", lexicon)
                name = mention.name or mention.text
                folds = [t.fold for t in tokens[first : i + 1]]
                for key in (token.fold, folds[0], " ".join(folds)):
                    if surnames.get(key, replaced) == replaced:
                        surnames[key] = name
                found.append(mention)
                i += 1
                continue
            learnt = surnames.get(token.fold) if j - i == 1 else None
            if learnt is not None and not _names_leader(learnt, ids, lexicon):
                found.append(  # "Clinton" after "Bill Clinton": the text's Clinton, not the corpus's
                    _mention(text, tokens, i, j, (), "unknown-name", lexicon, name=learnt)
                )
                i = j
                continue
            found.append(_mention(text, tokens, i, j, ids, rule, lexicon))
            if rule == "name" and j - i >= 2:  # "Kim Jong Un", known: a later "Kim" is the same person
                full = text[tokens[i].start : tokens[j - 1].end]
                surnames.setdefault(tokens[i].fold, full)
                # the whole name too, as for an unknown one: "Sergey Lavrov and Michel Barnier" pairs them
                surnames.setdefault(" ".join(t.fold for t in tokens[i:j]), full)
                had = surnames.get(tokens[j - 1].fold)
                if had is None or not lexicon.names.get(fold_name(had)):
                    surnames[tokens[j - 1].fold] = full  # the leader's before unknown bearers of the name
            i = j
            continue
        j = i
        while (
            j < len(tokens)
            and (
                tokens[j].name_like
                or (j > i and tokens[j].text in _MONTH_NAMES)
                or (j > i and j + 1 < len(tokens) and _INITIAL.fullmatch(tokens[j].text) is not None)
            )
            and tokens[j].text not in _HEADLINE_VERBS
            and _unknown_part(tokens, i, j, lexicon)
        ):
            j += 1
            if tokens[j - 1].possessive:
                break
        if j == i:
            i += 1
            continue
        if j - i >= 2 and tokens[i].text == "Said" and _named_elsewhere(tokens[i + 1 : j], surnames, words):
            # 'Said Bush after the summit, "..."': the verb, and the speaker, a name the text uses elsewhere
            mention = _mention(text, tokens, i + 1, j, (), "unknown-name", lexicon)
            surnames.setdefault(tokens[j - 1].fold, mention.name or mention.text)
            found.append(mention)
            i = j
            continue
        # "the Hussein- Peres meeting": a space after the hyphen still joins two names
        hyphened = j - i >= 2 and all(
            text[t.end : u.start] in PAIR_HYPHENS
            for t, u in zip(tokens[i : j - 1], tokens[i + 1 : j], strict=False)
        )
        if (
            (
                hyphened
                and all(_could_be_person(tokens, k, k + 1) for k in range(i, j))
                and not any(
                    t.text in DEMONYMS or t.text in CAPITALS or lexicon.country(t.text) is not None
                    for t in tokens[i:j]
                )  # "Seoul-Tokyo ties": two capitals
            )
            and (
                all(t.fold in surnames for t in tokens[i:j])
                or (j - i == 2 and _PAIR_NOUN_AFTER.match(text, tokens[j - 1].end))
                or all(uses(words, t.text) >= 2 for t in tokens[i:j])
            )
        ):  # "the Trump-Kim summit", "the Modi-Putin telephonic talk": two people
            found.extend(
                _mention(
                    text,
                    tokens,
                    k,
                    k + 1,
                    (),
                    "unknown-name",
                    lexicon,
                    name=surnames.get(tokens[k].fold, tokens[k].text),
                )
                for k in range(i, j)
            )
            for k in range(i, j):  # a later "Nehru" alone is the one of "the Nehru-Khrushchev talks"
                surnames.setdefault(tokens[k].fold, tokens[k].text)
            i = j
            continue
        if (
            j < len(tokens)
            and tokens[j].text in _INSTITUTION_HEADS
            and not tokens[j - 1].possessive
            and text[tokens[j - 1].end : tokens[j].start] == " "
        ):  # "the Western White House announced": the start of an institution's or a building's name
            i = j
            continue
        if not _could_be_person(tokens, i, j):
            # "the President of Russia Vladimir Putin", "of the National Assembly Heng Samrin": the place or
            # institution, then the name
            k = next((k for k in range(i + 1, j - 1) if _could_be_person(tokens, k, j)), j)
            i = k
            continue
        folds = [t.fold for t in tokens[i:j]]
        if (
            j - i >= 2
            and not _ends_in_pronoun_or_date(text, tokens, i, j)
            and (j - i <= 4 or (j - i <= 6 and i > 0 and tokens[i - 1].title))  # "Crown Prince Mohammed
            # bin Salman bin Abdulaziz Al Saud": a long name after a title
            and (
                " ".join(folds) in surnames
                or fold_name(surnames.get(folds[-1], "")).endswith(" " + " ".join(folds))  # "López Obrador"
                or is_person(text, tokens, i, j)
                or coordinated_with_a_person(text, tokens[i].start, tokens[j - 1].end, surnames)
                or _repeated(text, tokens, i, j, words)
                or _family_name_first(tokens, i, j)
            )
        ):
            mention = _mention(text, tokens, i, j, (), "unknown-name", lexicon)
            name = mention.name or mention.text
            for key in (folds[-1], folds[0]):  # "Xi" of "Xi Jinping", "Anwar" of "Anwar Ibrahim"
                surnames.setdefault(key, name)
            surnames.setdefault(" ".join(folds), name)  # the full name, to find it again without cues
            found.append(mention)
        elif (
            j - i >= 4
            and _PREPOSITION_BEFORE.search(text, max(0, tokens[i].start - 10), tokens[i].start)
            and OFFICE_OF_INSTITUTION.search(
                text, max(0, tokens[j - min(3, j - i - 2)].start - 120), tokens[j - min(3, j - i - 2)].start
            )
        ):  # "Minister for Population Welfare Firdous Ashiq Awan": the institution, then a name of up to
            # three words that leaves it two or more
            k = j - min(3, j - i - 2)
            mention = _mention(text, tokens, k, j, (), "unknown-name", lexicon)
            surnames.setdefault(tokens[j - 1].fold, mention.name or mention.text)
            found.append(mention)
        elif j - i == 1 and token.fold in surnames:
            found.append(_mention(text, tokens, i, j, (), "unknown-name", lexicon, name=surnames[token.fold]))
        elif j - i == 1 and _before_a_known_pair(text, tokens, i, lexicon):
            # "the Nehru-Khrushchev talks" where the corpus knows Khrushchev: Nehru is the other one
            mention = _mention(text, tokens, i, j, (), "unknown-name", lexicon)
            surnames.setdefault(token.fold, mention.name or mention.text)
            found.append(mention)
        elif j - i == 1 and (
            (
                i > 0
                and tokens[i - 1].title
                and tokens[i - 1].fold not in _FUNCTION_WORDS
                and is_person(text, tokens, i, j)
            )
            or (i == 0 and lone_name(text, token, lexicon, surnames))
        ):
            mention = _mention(text, tokens, i, j, (), "unknown-name", lexicon)
            surnames.setdefault(token.fold, mention.name or mention.text)
            found.append(mention)
        i = j
    return found


_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
_DAY_AFTER = re.compile(r"\.?[ \t]*\d{1,2}\b")


def _ends_in_pronoun_or_date(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """ "Thereafter I have agreed": a word and the pronoun "I" before a lower-case verb (a regnal number has
    a title before it: "Queen Elizabeth I said"); "Posted June. 15": a word and a month before its day."""
    last = tokens[j - 1]
    if last.text == "I":
        return not (i > 0 and tokens[i - 1].title) and _LOWER_AFTER.match(text, last.end) is not None
    return last.fold.rstrip(".") in MONTH_NAMES and _DAY_AFTER.match(text, last.end) is not None


def _family_name_first(tokens: list[Token], i: int, j: int) -> bool:
    """A family name that comes first (Chinese, Korean, Vietnamese) before one given name, with no cue
    around it ("the last Chinese president received was Hu Jintao"); not the family names that are also
    English words or the names of dynasties ("Sun", "Long", "Tang Dynasty")."""
    if j - i != 2 or tokens[i].fold in _WORD_FAMILY_NAMES or tokens[i].possessive:
        return False
    given = tokens[i + 1]
    return (
        family_name_first([tokens[i].fold, given.fold])
        and given.name_like
        and not given.thing
        and len(given.text) >= 3
        and given.text[1:].replace("-", "").islower()
    )


_WORD_FAMILY_NAMES = frozenset(
    "do he ho su ma ye lu oh le ly so bo long song sun moon park han tang ming hua kong hong ban pan".split()  # noqa: SIM905
)
"""Family names that come first but are also English words or name dynasties and places ("Sun", "Tang")."""


def _before_a_known_pair(text: str, tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """Whether the word at ``i`` is joined by a hyphen to a name the corpus knows, and the pair to a
    meeting's noun ("the Nehru-Khrushchev talks")."""
    if i + 1 >= len(tokens) or text[tokens[i].end : tokens[i + 1].start] not in {"-", "–"}:
        return False
    known = _known(tokens, i + 1, lexicon)
    return (
        known is not None
        and _PAIR_NOUN_AFTER.match(text, tokens[known[0] - 1].end) is not None
        and _could_be_person(tokens, i, i + 1)
        and tokens[i].text not in DEMONYMS
        and tokens[i].text not in CAPITALS
        and lexicon.country(tokens[i].text) is None
    )


def _known(tokens: list[Token], i: int, lexicon: Lexicon) -> tuple[int, tuple[str, ...], str] | None:
    if tokens[i].fold not in lexicon.first_tokens:
        ids = lexicon.surnames.get(tokens[i].fold)
        return (i + 1, ids, "surname") if ids else None
    for j in range(min(len(tokens), i + lexicon.max_tokens), i, -1):
        if any(t.possessive for t in tokens[i : j - 1]):
            continue
        ids = lexicon.names.get(" ".join(t.fold for t in tokens[i:j]))
        if not ids and j - i >= 3:  # "Richard M. Nixon": the known name with a middle initial
            ids = lexicon.names.get(_without_initials([t.fold for t in tokens[i:j]]))
        if ids:
            return j, ids, "name"
    ids = lexicon.surnames.get(tokens[i].fold)
    if ids:
        return i + 1, ids, "surname"
    return None


def _names_leader(name: str, ids: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a full name the text gives is one of these corpus leaders'."""
    words = fold_name(name).split()
    plain = _without_initials(words)  # "mikhail s gorbachev"
    return bool(set(lexicon.names.get(" ".join(words), ()) + lexicon.names.get(plain, ())) & set(ids))


def _without_initials(folds: list[str]) -> str:
    """A folded name without its middle initials ("richard m nixon" -> "richard nixon")."""
    return " ".join(word for k, word in enumerate(folds) if k == 0 or len(word) > 1)


def _unknown_part(tokens: list[Token], i: int, j: int, lexicon: Lexicon) -> bool:
    known = _known(tokens, j, lexicon)
    return known is None or (known[2] == "surname" and j > i)


def _mention(
    text: str,
    tokens: list[Token],
    i: int,
    j: int,
    ids: tuple[str, ...],
    rule: str,
    lexicon: Lexicon,
    name: str | None = None,
) -> PersonMention:
    start, end = tokens[i].start, tokens[j - 1].end
    run_title: list[str] = []
    for k in range(i - 1, -1, -1):  # the title words of the run right before the name
        word = tokens[k].text
        if not is_title_token(word):
            break
        run_title.insert(0, word)
    while run_title and run_title[0].casefold() in NOT_NAMES:
        run_title.pop(0)
    title_from = tokens[i - len(run_title)].start if run_title else start
    title, owner, _ = title_before(text, title_from, tuple(run_title))
    title_of = None
    if owner is not None:
        owner_ids = lexicon.names.get(fold_name(owner)) or lexicon.surnames.get(fold_name(owner), ())
        title_of = owner_ids[0] if len(owner_ids) == 1 else None
    return PersonMention(
        start=start,
        end=end,
        text=text[start:end],
        leader=ids[0] if len(ids) == 1 else None,
        candidates=ids if len(ids) > 1 else (),
        name=name or (text[start:end] if j - i >= 1 else None),
        title=title,
        title_of=title_of,
        rule=rule,
        possessive=tokens[j - 1].possessive,
    )
