"""Attributions: quotations and reported speech, with the speaker kept and the words pointed at."""

from __future__ import annotations

import re

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from summitlib import Records, Speaker
from summitlib.claims import SpeakerKind
from summitlib.extraction import Attribution, extract
from summitlib.serialization import structure

from ..helpers import DATA

LEXICON = DATA / "extract_lexicon.yaml"


@pytest.fixture(scope="module")
def corpus() -> Records:
    return structure(yaml.safe_load(LEXICON.read_text(encoding="utf-8")), Records)


def attributions(text: str, corpus: Records) -> list[Attribution]:
    found = list(extract(text, corpus=corpus).attributions)
    for item in found:
        assert text[item.start : item.end] == item.text
        assert text[item.speaker_cue.start : item.speaker_cue.end] == item.speaker_cue.text
        assert text[item.verb_cue.start : item.verb_cue.end] == item.verb_cue.text
    return found


def summary(text: str, corpus: Records) -> list[tuple[str | None, str, str]]:
    """Speaker (the name for someone the corpus does not know, else the corpus id or group), verb, words."""
    return [
        (a.speaker_name if a.speaker_name is not None else str(a.speaker), a.verb, a.text)
        for a in attributions(text, corpus)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian Foreign Minister Sergey Lavrov, on the other hand, said Mr. Trump accepted the denial.",
            [("sergey-lavrov", "said", "Mr. Trump accepted the denial")],
        ),
        (
            "Mr. Trump pushed back, according to Mr. Tillerson.",
            [("rex-tillerson", "according to", "Mr. Trump pushed back")],
        ),
        (
            "According to Mr. Tillerson, the talks went well.",
            [("rex-tillerson", "according to", "the talks went well")],
        ),
        (
            '"We have developed a very special bond," Mr. Trump told reporters.',
            [("donald-trump", "told reporters", '"We have developed a very special bond,"')],
        ),
        (
            "Foreign Minister Sergey Lavrov announced that a cease-fire would start on Sunday.",
            [("sergey-lavrov", "announced", "a cease-fire would start on Sunday")],
        ),
        (
            "In his speech he declared: “We urge Russia to cease its activities.” Trump left.",
            [],  # "he" has no antecedent before it: no speaker, no attribution
        ),
        (
            "Macron spoke first. Later he declared: “Europe must stand together.”",
            [("emmanuel-macron", "declared", "“Europe must stand together.”")],
        ),
        (
            "Both the Kremlin and the White House said a less formal encounter was still possible.",
            [
                ("the White House", "said", "a less formal encounter was still possible"),
                ("the Kremlin", "said", "a less formal encounter was still possible"),
            ],
        ),
        (
            "A planned working lunch was cancelled, White House press secretary Sarah Sanders said.",
            [("Sarah Sanders", "said", "A planned working lunch was cancelled")],
        ),
        (
            '"There are things to discuss," Putin\'s foreign affairs adviser, Yury Ushakov, told reporters.',
            [("Yury Ushakov", "told reporters", '"There are things to discuss,"')],
        ),
        (
            "As Mr. Tillerson said, the two sides want to focus on the future.",
            [("rex-tillerson", "said", "the two sides want to focus on the future")],
        ),
        (
            "Peskov's office announced an hour-long session, Trump's press office mentioned 30 minutes.",
            [
                ("Peskov's office", "announced", "an hour-long session"),
                ("Trump's press office", "mentioned", "30 minutes"),
            ],
        ),
    ],
)
def test_attribution_shapes(text: str, expected: list[tuple[str, str, str]], corpus: Records) -> None:
    assert summary(text, corpus) == expected


def test_participle_after_the_main_clause(corpus: Records) -> None:
    text = 'Lavrov echoed that approach on TV, predicting that any deal would be undermined by "infighting."'
    assert summary(text, corpus) == [
        ("sergey-lavrov", "predicting", 'any deal would be undermined by "infighting."')
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Both the U.S. and Russian presidents reiterated that they were committed to better ties.",
            "Both the U.S. and Russian presidents",
        ),
        ("Putin and Trump said they were committed to better ties.", "Putin and Trump"),
        (
            "Russian President Vladimir Putin and U.S. President Donald Trump said they were committed"
            " to better ties.",
            "Vladimir Putin and U.S. President Donald Trump",
        ),
    ],
)
def test_people_who_speak_together_are_no_one_of_them(text: str, name: str, corpus: Records) -> None:
    """News copy that gives words to two leaders at once does not say which of them spoke them."""
    [attribution] = extract(text, corpus=corpus, published="2017-11-10").attributions
    assert attribution.speaker is None
    assert attribution.speaker_name == name
    assert attribution.text == "they were committed to better ties"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Putin met Trump. The two leaders told reporters that their talks went well.", "The two leaders"),
        ("Putin met Trump. “Our talks went well,” the leaders said after the meeting.", "the leaders"),
        (
            "Putin met Trump. The presidents subsequently told reporters that their talks went well.",
            "The presidents",
        ),
        ("Putin met Trump. The PMs said their talks went well.", "The PMs"),
        ("Putin met Trump. On trade, the two sides said they have high expectations.", "the two sides"),
    ],
)
def test_leaders_who_say_words_as_one_are_a_group(text: str, group: str, corpus: Records) -> None:
    """ "the two leaders told reporters": the leaders as one, a group by that name."""
    [attribution] = extract(text, corpus=corpus, published="2017-11-10").attributions
    assert attribution.speaker == Speaker.group(group)


@pytest.mark.parametrize(
    "text",
    [
        "Putin met Trump. Both leaders said their talks went well.",
        "Putin met Trump. The two leaders stressed that their talks went well.",
    ],
)
def test_leaders_who_each_say_or_stress_words_are_no_group(text: str, corpus: Records) -> None:
    """ "both leaders said", "the two leaders stressed": each of them did; no group."""
    [attribution] = extract(text, corpus=corpus, published="2017-11-10").attributions
    assert attribution.speaker is None or attribution.speaker.kind is not SpeakerKind.GROUP


@pytest.mark.parametrize(
    "text",
    [
        "After talks with Trump and German Chancellor Angela Merkel said they agreed.",
        "After a dinner between Trump and German Chancellor Angela Merkel said they agreed.",
    ],
)
def test_a_partner_after_a_preposition_does_not_speak(text: str, corpus: Records) -> None:
    """ "talks with X and <title> Y said": only Y speaks; X is whom the talks were with."""
    [attribution] = extract(text, corpus=corpus, published="2017-11-10").attributions
    assert attribution.speaker == Speaker.person("angela-merkel")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We will meet again," Mr. Tillerson, who was accompanied by Mr. Trump, told reporters.',
            "rex-tillerson",
        ),
        ("Mr. Trump met Mr. Tillerson, who later said the talks went well.", "rex-tillerson"),
        (
            "Mr. Tillerson, who had been believed to carry a message from Mr. Xi to Mr. Trump, denied he had"
            " delivered any message.",
            "rex-tillerson",
        ),
        ("Mr. Tillerson, a close adviser of Mr. Trump, said the talks went well.", "rex-tillerson"),
        ("Mr. Tillerson, accompanied by Mr. Trump, said the talks went well.", "rex-tillerson"),
        # no aside: the name right before the verb speaks
        ("In a meeting with Mr. Tillerson, Mr. Trump said the talks went well.", "donald-trump"),
        ("Accompanied by Mr. Tillerson, Mr. Trump said the talks went well.", "donald-trump"),
    ],
)
def test_a_name_in_a_relative_clause_before_the_verb_does_not_speak(
    text: str, speaker: str, corpus: Records
) -> None:
    [attribution] = attributions(text, corpus)
    assert attribution.speaker == Speaker.person(speaker)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Mr. Trump spread his arms wide and sobbed: "I offer you a loving embrace."',
            [("donald-trump", "sobbed", '"I offer you a loving embrace."')],
        ),
        ('Mr. Trump arrived on Monday. The agenda included: "trade and security issues".', []),
    ],
)
def test_a_past_tense_opening_a_quotation_with_a_colon_reports_it(
    text: str, expected: list[tuple[str, str, str]], corpus: Records
) -> None:
    assert summary(text, corpus) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Tillerson rejected Mr. Trump's claim that the talks went well.",
            [("donald-trump", "claim", "the talks went well")],
        ),
        (
            'Mr. Tillerson left. Papers quoted his pronouncement on Friday that "the talks went well".',
            [("rex-tillerson", "pronouncement", '"the talks went well"')],
        ),
        (
            "Reporters read a statement by Mr. Trump that the talks went well.",
            [("donald-trump", "statement", "the talks went well")],
        ),
        ("Mr. Tillerson doubted Mr. Trump's belief that the talks went well.", []),
        ("Mr. Tillerson read a statement by Mr. Trump on trade that was long.", []),
    ],
)
def test_a_noun_of_speech_reports_its_owners_words(
    text: str, expected: list[tuple[str, str, str]], corpus: Records
) -> None:
    assert summary(text, corpus) == expected


def test_a_name_in_the_reported_words_does_not_stop_the_quotation_after(corpus: Records) -> None:
    text = 'Mr. Tillerson said Mr. Trump had agreed to the plan.\n\n"We will meet again in the spring."'
    assert summary(text, corpus) == [
        ("rex-tillerson", "said", "Mr. Trump had agreed to the plan"),
        ("rex-tillerson", "said", '"We will meet again in the spring."'),
    ]


def test_a_quotation_with_a_verb_on_its_line_is_not_the_reporters(corpus: Records) -> None:
    text = 'Mr. Tillerson said the plan was agreed.\n\n"We will meet again," said a man in the crowd.'
    assert summary(text, corpus) == [("rex-tillerson", "said", "the plan was agreed")]


def test_a_quotation_closed_by_an_exclamation_goes_to_the_speaker_right_after(corpus: Records) -> None:
    text = "“Greetings, Mr. President!” Mr. Trump said as the call began."
    assert summary(text, corpus) == [("donald-trump", "said", "“Greetings, Mr. President!”")]
    text = "“Go home!” The crowd left, and Mr. Trump said nothing more."
    assert [s for s in summary(text, corpus) if s[2] == "“Go home!”"] == []


def test_a_relative_clause_reports_when_the_main_clause_does_not(corpus: Records) -> None:
    text = 'Mr. Trump, who says Kashmir is "the basic problem," is still pressing for a deal.'
    assert [(s[0], s[1]) for s in summary(text, corpus)] == [("donald-trump", "says")]
    text = "Mr. Trump, who had warned of a war, told reporters the talks went well."
    assert summary(text, corpus) == [("donald-trump", "told reporters", "the talks went well")]


def test_pronoun_resolves_to_the_previous_speaker(corpus: Records) -> None:
    text = (
        "Lavrov echoed that approach in remarks on state TV this week. "
        '"They will immediately become an element of internal political fighting," he said.'
    )
    [attribution] = attributions(text, corpus)
    assert attribution.speaker == Speaker.person("sergey-lavrov")
    assert attribution.pronoun and attribution.quoted
    assert attribution.speaker_cue.text == "he"


def test_pronoun_skips_people_inside_quotations(corpus: Records) -> None:
    text = 'Erdogan spoke. "Putin and Zelensky must meet," he said.'
    [attribution] = attributions(text, corpus)
    assert attribution.speaker == Speaker.person("recep-tayyip-erdogan")


@pytest.mark.parametrize(
    "text",
    [
        "It is said that the talks failed.",
        "the report said the talks failed.",
        "Talks stalled after Putin's envoy arrived.",
        "Putin, who said nothing.",
        "Putin met Trump. The two sides agreed to meet again in May.",
    ],
)
def test_no_speaker_no_attribution(text: str, corpus: Records) -> None:
    assert attributions(text, corpus) == []


def test_unknown_speaker_keeps_the_name(corpus: Records) -> None:
    """Someone the corpus does not know is a person of the text, by a proposed id, with the name kept."""
    [attribution] = attributions("Jane Doe, the EU special envoy, said the ceasefire was holding.", corpus)
    assert attribution.speaker == Speaker.person("jane-doe")
    assert attribution.speaker_name == "Jane Doe"
    assert attribution.text == "the ceasefire was holding"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ahead of the summit, some reports had suggested that the meeting would not take place.",
            [("some reports", "suggested", "the meeting would not take place")],
        ),
        (
            "Kenya is building its line, while Uganda last week said it would begin work on its side soon.",
            [("Uganda", "said", "it would begin work on its side soon")],
        ),
        (
            "Indian officials, speaking privately, said the prime minister was not keen to go.",
            [("Indian officials", "said", "the prime minister was not keen to go")],
        ),
        (
            "Officials in Islamabad insisted it was not a predecided meeting.",
            [("Officials in Islamabad", "insisted", "it was not a predecided meeting")],
        ),
        (
            "The Ministry of Foreign Affairs of the Russian Federation has announced that talks go on.",
            [
                (
                    "The Ministry of Foreign Affairs of the Russian Federation",
                    "announced",
                    "talks go on",
                )
            ],
        ),
        (
            "North Korean officials are wary of pressure, one source close to the talks said.",
            [("one source close to the talks", "said", "North Korean officials are wary of pressure")],
        ),
        (
            "According to Chinese state-run Xinhua news agency, the talks went well.",
            [("Chinese state-run Xinhua news agency", "according to", "the talks went well")],
        ),
        (  # the group's qualifier stays with it, not with the words
            "According to officials of both countries, the visit was personal in nature.",
            [("officials of both countries", "according to", "the visit was personal in nature")],
        ),
        (  # "states" the noun is no verb
            "The railway will link all East African states, also cutting costs, officials said.",
            [("officials", "said", "The railway will link all East African states, also cutting costs")],
        ),
        (
            "The leaders met in Jeddah, according to a Royal Court statement.",
            [("Royal Court", "according to", "The leaders met in Jeddah")],
        ),
        (
            "According to a statement issued by the PM Office, the two leaders spoke for five minutes.",
            [("the PM Office", "according to", "the two leaders spoke for five minutes")],
        ),
        (
            "The leaders spoke by phone on Tuesday, the Kremlin said without providing details.",
            [("the Kremlin", "said", "The leaders spoke by phone on Tuesday")],
        ),
        # the credit of an outlet that ran the story (see test_a_story_credit_is_no_report)
        (
            "The leaders discussed trade during a video conference, TASS reports citing China Central"
            " Television.",
            [],
        ),
        (
            "The summit was called off, the Angolan presidency said, citing misunderstandings over the plan.",
            [("the Angolan presidency", "said", "citing misunderstandings over the plan")],
        ),
        (
            "The visit marks a milestone, the MEA said earlier this week while announcing the trip.",
            [("the MEA", "said", "The visit marks a milestone")],
        ),
        (
            "The talks ended at 5 pm, the White House said, and the president left shortly after.",
            [("the White House", "said", "The talks ended at 5 pm")],
        ),
        (
            "Last month, the Soviets said the general secretary would not attend.",
            [("the Soviets", "said", "the general secretary would not attend")],
        ),
        (
            "The official Soviet news agency Tass, in a three-sentence report that was also read on state"
            " television, said the meeting was at his request.",
            [("The official Soviet news agency Tass", "said", "the meeting was at his request")],
        ),
        (
            "Tass reported that a turbine would soon be delivered.",
            [("Tass", "reported", "a turbine would soon be delivered")],
        ),
        (
            "“The leaders will hold talks,” said the PM Office in a brief statement.",
            [("the PM Office", "said", "“The leaders will hold talks,”")],
        ),
        (
            "The leaders have a good relationship, said the Prime Minister's Office (PMO).",
            [("the Prime Minister's Office", "said", "The leaders have a good relationship")],
        ),
        (
            "The leaders look forward to the discussions there, said PMO.",
            [("PMO", "said", "The leaders look forward to the discussions there")],
        ),
        (
            "The talks went well, a German source said, while a French source called it “very constructive”.",
            [
                ("a German source", "said", "The talks went well"),
                ("a French source", "called", "“very constructive”"),
            ],
        ),
        (  # two peoples share the group's noun: one group
            "The leaders met in Riyadh, Saudi and UAE state media said.",
            [("Saudi and UAE state media", "said", "The leaders met in Riyadh")],
        ),
        (  # an institution before "and" is a group of its own
            "The talks went well, the Kremlin and Chinese officials said.",
            [
                ("Chinese officials", "said", "The talks went well"),
                ("the Kremlin", "said", "The talks went well"),
            ],
        ),
        (  # "International" names no one
            "The talks would go well, United Press International said.",
            [("United Press International", "said", "The talks would go well")],
        ),
        (  # "states" before a verb is the noun
            "The two Gulf states worked to overcome their differences, state media said.",
            [("state media", "said", "The two Gulf states worked to overcome their differences")],
        ),
    ],
)
def test_group_speakers(text: str, expected: list[tuple[str, str, str]], corpus: Records) -> None:
    assert summary(text, corpus) == expected
    assert all(a.speaker is not None and a.speaker.kind.value == "group" for a in attributions(text, corpus))


@pytest.mark.parametrize(
    "text",
    [
        "The presidents of Chile and Argentina have pledged to integrate their economies further.",
        "Sadat of Egypt said the talks had been useful and frank.",
    ],
)
def test_no_group_inside_a_larger_noun_phrase(text: str, corpus: Records) -> None:
    """A name with a qualifier ("Sadat of Egypt") or a country inside another noun phrase ("the presidents
    of Chile and Argentina") is no institution."""
    assert [
        a.speaker for a in attributions(text, corpus) if a.speaker and a.speaker.kind.value == "group"
    ] == []


def test_speech_within_a_that_clause_is_not_cut(corpus: Records) -> None:
    """ "Xi said that ..., the two sides announced ...": the words after the comma are still Xi's."""
    text = "Xi said that on the anniversary last year, the two sides jointly announced an upgrade of ties."
    found = [a for a in attributions(text, corpus) if a.speaker == Speaker.person("xi-jinping")]
    assert [a.text for a in found] == [
        "on the anniversary last year, the two sides jointly announced an upgrade of ties"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title marks a woman: "she" is not the man the sentence before is about
        (
            "Mrs. Meir spoke after Mr. Nixon. Nixon praised the talks. “They were wonderful,” she said.",
            "Meir",
        ),
        # a title marks a woman: "he" is not her
        ("Queen Elizabeth welcomed Trump. “It was an honour,” he said.", "donald-trump"),
        # "her" right after a name marks a woman
        (
            "Merkel, for her part, urged Putin to act. Putin nodded. “We must move,” she said.",
            "angela-merkel",
        ),
        # a role noun right before a name marks a woman ("spokeswoman X") or a man ("spokesman X")
        (
            "Trump met Putin, Trump's spokeswoman Sarah Sanders said. Putin praised him."
            " “It went well,” she said.",
            "Sarah Sanders",
        ),
        (
            "Mrs. Merkel met Putin, Putin's spokesman Dmitry Peskov said. Merkel was pleased."
            " “It went well,” he said.",
            "Dmitry Peskov",
        ),
        # a spokesman "for" someone marks no one: "she" is the woman the text marks by a title
        (
            "Mrs. Merkel met Putin, a spokesman for Putin said. Putin nodded. “It went well,” she said.",
            "angela-merkel",
        ),
        # a text that marks no one reads as before: the subject of the sentence before
        ("Merkel met Putin. “We agreed,” she said.", "angela-merkel"),
        ("Merkel met Putin. Putin nodded. “We agreed,” he said.", "vladimir-putin"),
    ],
)
def test_pronoun_of_the_marked_gender(text: str, speaker: str, corpus: Records) -> None:
    said = [a for a in attributions(text, corpus) if a.quoted]
    assert [a.speaker_name or str(a.speaker.leader if a.speaker else None) for a in said] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a paragraph left open, the next one opens again and closes with the speaker
            "Putin spoke after the talks.\n\n“We will go on with the work.\n\n“And we will win,” Putin said.",
            ["“We will go on with the work.", "“And we will win,”"],
        ),
        (  # the speaker first, then a quotation over two paragraphs
            "Putin said: “We will go on with the work.\n\n“And we will win.”",
            ["“We will go on with the work.", "“And we will win.”"],
        ),
        (  # two quotations side by side, the speaker after the second
            '"An agreement has been reached." "Flights are resumed," Putin said.',
            ['"An agreement has been reached."', '"Flights are resumed,"'],
        ),
        (  # an article cut off inside a quotation
            "“We need more time,” Putin said. “The talks will",
            ["“We need more time,”", "“The talks will"],
        ),
        (  # a paragraph left open that no quotation follows is no quotation
            "“A stray mark opens here.\n\nThe talks went on, Putin said.",
            ["The talks went on"],
        ),
        (  # words between two quotations: the first is not the second's speaker's
            '"Peace now," the banner read. "We will win," Putin said.',
            ['"We will win,"'],
        ),
    ],
)
def test_quotations_over_paragraphs_and_side_by_side(text: str, expected: list[str], corpus: Records) -> None:
    found = attributions(text, corpus)
    assert [a.text for a in found if a.speaker == Speaker.person("vladimir-putin")] == expected


def test_two_apostrophes_open_a_quotation(corpus: Records) -> None:
    text = "''They met at 4 p.m. and talked for an hour,'' Putin said after the meeting."
    assert summary(text, corpus) == [
        ("vladimir-putin", "said", "''They met at 4 p.m. and talked for an hour,''")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the pronoun after the words it says: the person in those words is not "he"
        (
            "Putin praised the talks. Merkel had not been backward in raising the issue, he said.",
            "vladimir-putin",
        ),
        # a pronoun before its words may well be the person named earlier in its sentence
        ("Trump waited. When Putin arrived in Beijing, he said the talks would go well.", "vladimir-putin"),
    ],
)
def test_pronoun_after_the_words_it_says(text: str, speaker: str, corpus: Records) -> None:
    found = [a for a in attributions(text, corpus) if a.pronoun]
    assert [str(a.speaker) for a in found] == [speaker]


def test_participle_telling(corpus: Records) -> None:
    text = "Putin reaffirmed his support for the deal, telling Trump that he was ready to sign it."
    assert summary(text, corpus) == [("vladimir-putin", "telling", "Trump that he was ready to sign it")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Putin cited trade and investment, writing on Telegram on Monday: "Our talks were deep."',
            [("vladimir-putin", "writing", 'on Telegram on Monday: "Our talks were deep."')],
        ),
        ("Putin cited trade and investment, writing a letter to Trump.", []),
        (
            'Putin praised the talks, hailing China as "one of the great economies".',
            [("vladimir-putin", "hailing", 'China as "one of the great economies"')],
        ),
        ("Putin praised the talks, hailing China as a partner.", []),
    ],
)
def test_participles_writing_and_hailing_with_their_quotation(
    text: str, expected: list[tuple[str, str, str]], corpus: Records
) -> None:
    assert [s for s in summary(text, corpus) if s[1] in {"writing", "hailing"}] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Calling the talks a "positive development", Putin expressed the hope that trade would grow.',
            [("vladimir-putin", "expressed", "the hope that trade would grow")],
        ),
        (
            'Calling the talks "a breakthrough", Putin told reporters that more meetings would follow.',
            [("vladimir-putin", "told reporters", "more meetings would follow")],
        ),
        (
            '"The talks were good," Putin said that day.',
            [("vladimir-putin", "said", '"The talks were good,"')],
        ),
    ],
)
def test_a_quoted_phrase_before_a_verb_with_a_clause_of_its_own_is_not_its_words(
    text: str, expected: list[tuple[str, str, str]], corpus: Records
) -> None:
    assert summary(text, corpus) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin praised the efforts of Kazakhstan, affirming Russia stands ready to help.",
            [("vladimir-putin", "affirming", "Russia stands ready to help")],
        ),
        (
            "Putin valued the talks, expressing his wish that the two countries would trade more.",
            [("vladimir-putin", "expressing his wish", "the two countries would trade more")],
        ),
        (
            "Putin praised the talks, emphasising that the two sides had agreed.",
            [("vladimir-putin", "emphasising", "the two sides had agreed")],
        ),
        ("Putin praised the talks, reaffirming his commitment to the pact.", []),
        ("Putin praised the talks, expressing his gratitude to Trump.", []),
        ("Putin praised the talks, emphasising the importance of trade.", []),
    ],
)
def test_participles_that_need_a_clause_after_them(
    text: str, expected: list[tuple[str, str, str]], corpus: Records
) -> None:
    assert summary(text, corpus) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Tillerson, following meetings with Uzbek officials in the Central Asian nation,"
        " said it went well.",
        "Mr. Tillerson over the weekend said the visit went well.",
    ],
)
def test_an_aside_between_the_speaker_and_the_verb(text: str, corpus: Records) -> None:
    [said] = attributions(text, corpus)
    assert said.speaker == Speaker.person("rex-tillerson")


def test_a_leader_no_one_fits_is_no_institution(corpus: Records) -> None:
    """ "The Kazakh President said" with no Kazakh named: a person the text does not tell, not a group."""
    text = "Putin called Trump. The Kazakh President said that the referendum showed the people's confidence."
    assert [a for a in attributions(text, corpus) if a.speaker and a.speaker.kind.value == "group"] == []


def test_an_outlet_reporting_someone_elses_words_is_no_speaker(corpus: Records) -> None:
    """ "The Kremlin said it seeks “...,” Reuters reported": the Kremlin's words; alone, the outlet's."""
    text = "Then the Kremlin said it is seeking “good, predictable ties with the U.S.,” Reuters reported."
    assert {str(a.speaker) for a in attributions(text, corpus)} == {"the Kremlin"}
    assert [str(a.speaker) for a in attributions("“We seek good ties,” Reuters reported.", corpus)] == [
        "Reuters"
    ]


def test_they_after_a_group_is_the_group(corpus: Records) -> None:
    text = "Soviet sources said Li will meet Gorbachev twice. They said the two would sign a trade accord."
    assert summary(text, corpus) == [
        ("Soviet sources", "said", "Li will meet Gorbachev twice"),
        ("Soviet sources", "said", "the two would sign a trade accord"),
    ]


def test_they_after_a_person_is_no_one(corpus: Records) -> None:
    """ "They" is never one person: after a person's words it names no speaker."""
    text = "Putin said the talks went well. They said the two would sign a trade accord."
    assert [a.text for a in attributions(text, corpus)] == ["the talks went well"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'The meeting was "longer than planned," Russian media quoted Putin as saying.',
            '"longer than planned,"',
        ),
        (
            "The meeting lasted more than an hour, Russian media quoted Putin as saying.",
            "The meeting lasted more than an hour",
        ),
    ],
)
def test_quoted_as_saying_at_the_end(text: str, words: str, corpus: Records) -> None:
    """'"...," media quoted X as saying.': the words before are X's."""
    assert summary(text, corpus) == [("vladimir-putin", "as saying", words)]


def test_quoted_with_an_apposition_as_adding(corpus: Records) -> None:
    """'"...," media quoted X, his spokesman, as adding.': X's words, not the spokesman role's."""
    text = '"The talks went well," Russian media quoted Sergey Lavrov, the foreign minister, as adding.'
    assert summary(text, corpus) == [("sergey-lavrov", "as adding", '"The talks went well,"')]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks went well, Putin was quoted as saying from Moscow in a Russian newspaper.",
            ("vladimir-putin", "was quoted as saying", "The talks went well"),
        ),
        (
            "Putin has invited Xi to visit in May, Tass reported in a possible sign of warming ties.",
            ("Tass", "reported", "Putin has invited Xi to visit in May"),
        ),
        (
            "The talks went well, Putin told reporters on Friday at the Kremlin Palace, where he met Xi.",
            ("vladimir-putin", "told reporters", "The talks went well"),
        ),
        (
            "Putin said at least ten people died in the attack.",
            ("vladimir-putin", "said", "at least ten people died in the attack"),
        ),
    ],
)
def test_what_follows_a_verb_at_the_end_is_no_speech(
    text: str, expected: tuple[str, str, str], corpus: Records
) -> None:
    """Places, outlets and "in a sign of ..." after "X said" are no words of X: those before are."""
    assert summary(text, corpus) == [expected]


def test_a_quotation_closed_by_a_comma_runs_over_a_line_break(corpus: Records) -> None:
    """'"...," spokeswoman\\nX told The Hill in an e-mail.': one sentence, the quotation is X's."""
    text = (
        '"There are no plans for a meeting," National Security Council spokeswoman\n'
        "Bernadette Meehan told The Hill in an e-mail."
    )
    assert summary(text, corpus) == [
        ("Bernadette Meehan", "told The Hill", '"There are no plans for a meeting')
    ]


def test_a_subheading_in_quotation_marks_ends_the_quotes(corpus: Records) -> None:
    """A short quoted line of its own is a subheading: no one's words, nor the quotes after it."""
    text = 'Putin said: "We will meet again."\n‘A New Start’\nThe two then signed a "landmark" accord.'
    assert summary(text, corpus) == [("vladimir-putin", "said", '"We will meet again."')]
    text = '"We will meet," Putin said.\n\n"We were sent by the people."'
    said = ['"We will meet,"', '"We were sent by the people."']
    assert [a.text for a in attributions(text, corpus)] == said


def test_asked_to_is_a_request(corpus: Records) -> None:
    """ "X asked Y to leave" reports no words; "asked whether ..." and a quoted question do."""
    assert summary("Putin asked Xi to visit Moscow in the spring.", corpus) == []
    assert summary("Putin asked whether the talks were going to resume.", corpus) == [
        ("vladimir-putin", "asked", "whether the talks were going to resume")
    ]


def test_a_reporting_verb_after_a_determiner_is_an_adjective(corpus: Records) -> None:
    """ "The proposed budget has increased": no one proposes; "Putin proposed that ..." still reports."""
    assert (
        summary("The proposed budget for Putin's trips has increased to two billion roubles.", corpus) == []
    )
    assert summary("Putin proposed that the two leaders meet in May.", corpus) == [
        ("vladimir-putin", "proposed", "the two leaders meet in May")
    ]


def test_a_quotation_ending_a_sentence_takes_the_sentence(corpus: Records) -> None:
    """'The emir welcomed a plan to end the dispute "in a way ...", the agency added': the whole sentence is
    reported; a quotation that starts its sentence is the words alone."""
    text = 'The emir welcomed a plan to end the dispute "in a way that respects states", the agency added.'
    assert summary(text, corpus) == [
        ("the agency", "added", 'The emir welcomed a plan to end the dispute "in a way that respects states"')
    ]
    assert summary('"We will meet again in the spring," the agency added.', corpus) == [
        ("the agency", "added", '"We will meet again in the spring,"')
    ]


def test_a_quotation_after_reported_words_is_the_speakers(corpus: Records) -> None:
    """'X added that A. "B.' in one paragraph, or in the next, the quotation goes on X's words."""
    text = (
        'Putin added that the two have many ties. "There were benefits.\n\n"As neighbours, we have chances."'
    )
    assert summary(text, corpus) == [
        ("vladimir-putin", "added", "the two have many ties"),
        ("vladimir-putin", "added", '"There were benefits.'),
        ("vladimir-putin", "added", '"As neighbours, we have chances."'),
    ]
    text = 'Putin said the talks went well.\n\n"We will meet again."'
    assert summary(text, corpus) == [
        ("vladimir-putin", "said", "the talks went well"),
        ("vladimir-putin", "said", '"We will meet again."'),
    ]


def test_an_unnamed_spokesman_named_later_is_that_person(corpus: Records) -> None:
    """A lead's "a government spokesman said" is the "spokesman Steffen Seibert" further on; else a group."""
    lead = "Merkel has not called Obama, a German government spokesman said on Friday.\n\n"
    text = lead + "“There was no call,” Merkel’s spokesman Steffen Seibert told a news conference."
    assert [a.speaker_name for a in attributions(text, corpus)] == ["Steffen Seibert", "Steffen Seibert"]
    text = lead + "Putin said the talks went well."
    assert summary(text, corpus)[0] == (
        "a German government spokesman",
        "said",
        "Merkel has not called Obama",
    )


def test_a_quoted_word_in_a_noun_phrase_is_no_speech(corpus: Records) -> None:
    """ "concluded a two-day “ice-breaking” summit": a word in quotation marks, not words said; "praised X for
    his “role”" still reports."""
    assert summary("Assad and King Hussein concluded a two-day “ice-breaking” summit today.", corpus) == []
    assert summary("Putin praised Xi for his “role” in the talks.", corpus) == [
        ("vladimir-putin", "praised", "“role”")
    ]


def test_said_a_prayer_reports_nothing(corpus: Records) -> None:
    assert summary("Putin said a prayer for the victims of the attack.", corpus) == []
    assert summary("Putin said a deal on the victims was close.", corpus) == [
        ("vladimir-putin", "said", "a deal on the victims was close")
    ]


def test_a_verb_after_and_goes_on_the_subject(corpus: Records) -> None:
    """ "X laid a stone and told reporters that ...": X's words, also after a reporting word that is a noun
    ("reports of his death"); not when X's words stand between ("X said the leaders had agreed but denied
    ...") nor when the subject is someone's aide."""
    text = "Before the talks, Putin laid a stone and told reporters that the two must keep talking."
    assert summary(text, corpus) == [("vladimir-putin", "told reporters", "the two must keep talking")]
    text = "Putin said the Chinese leaders had welcomed the plan but denied reports of a hotline."
    assert [a.text for a in attributions(text, corpus)] == [
        "the Chinese leaders had welcomed the plan but denied reports of a hotline"
    ]
    assert summary("Putin’s aide met Xi and told reporters that the talks went well.", corpus) == []
    text = "Putin laughed about foreign reports of his death and said Russia is unafraid of sanctions."
    assert summary(text, corpus) == [("vladimir-putin", "said", "Russia is unafraid of sanctions")]
    # a name inside the words of a report before it is not the subject of "and said"
    text = "Mrs. Merkel met reporters. She noted that Putin was set to visit Paris and said Xi was calm."
    assert "vladimir-putin" not in {str(a.speaker) for a in attributions(text, corpus)}


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Putin and Macron will hold a video conference on Friday, Kremlin spokesman Dmitry Peskov"
            " confirmed,"
            " adding that this will be a tete-a-tete conversation.",
            "Dmitry Peskov",
            "this will be a tete-a-tete conversation",
        ),
        (
            '"The two sides have kept in touch," said Lavrov on Monday, adding that new dates are being'
            " discussed.",
            "sergey-lavrov",
            "new dates are being discussed",
        ),
        (  # no reporting verb before the participle: its sentence's subject speaks
            "Putin met Macron on Friday, adding that new dates are being discussed.",
            "vladimir-putin",
            "new dates are being discussed",
        ),
    ],
)
def test_a_participle_goes_on_from_the_reporting_verb_before_it(
    text: str, speaker: str, words: str, corpus: Records
) -> None:
    assert [s for s in summary(text, corpus) if s[1] == "adding"] == [(speaker, "adding", words)]


def test_quotations_joined_in_reported_speech_are_reported_one_by_one(corpus: Records) -> None:
    text = (
        'Lavrov said the two leaders "had very good and constructive meetings" and "discussed various ways to'
        ' advance talks," but that "no agreement was reached at this time."'
    )
    assert summary(text, corpus) == [
        ("sergey-lavrov", "said", 'the two leaders "had very good and constructive meetings"'),
        ("sergey-lavrov", "said", '"discussed various ways to advance talks,"'),
        ("sergey-lavrov", "said", '"no agreement was reached at this time."'),
    ]
    assert [a.quoted for a in attributions(text, corpus)] == [False, True, True]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Lavrov said that Syria had not been discussed, but that 'there had been remarks here"
            " and there'.",
            ["Syria had not been discussed", "'there had been remarks here and there'"],
        ),
        (
            'Lavrov said the legacy of the past was not a happy one and "we must not let it rule'
            ' the future."',
            ["the legacy of the past was not a happy one", '"we must not let it rule the future."'],
        ),
    ],
)
def test_reported_speech_ending_with_a_quoted_clause_is_two_reports(
    text: str, parts: list[str], corpus: Records
) -> None:
    """A comma or "that" before the joined quotation, or a subject opening it, makes it a clause."""
    assert summary(text, corpus) == [("sergey-lavrov", "said", part) for part in parts]
    assert [a.quoted for a in attributions(text, corpus)] == [False, True]


@pytest.mark.parametrize(
    "text",
    [
        'Lavrov said the talks were good and "very constructive in every respect" for both sides.',
        'Lavrov said the talks were good and "very constructive in every respect."',
    ],
)
def test_a_quotation_joined_as_an_object_stays_in_its_report(text: str, corpus: Records) -> None:
    assert len(summary(text, corpus)) == 1


@pytest.mark.parametrize(
    "text",
    [
        'Lavrov said both leaders took a "forward-looking" and "constructive" approach during the meeting.',
        'Lavrov said the leaders "met and agreed that" new talks "would follow soon" after the summit.',
        "Lavrov said the leaders met and that they agreed on new talks.",
    ],
)
def test_reported_speech_stays_whole_without_two_quotations_joined(text: str, corpus: Records) -> None:
    """Scare quotes in one noun phrase, an "and" inside a quotation, and clauses with no quotation are one
    report."""
    assert len(summary(text, corpus)) == 1


def test_a_quotation_the_sentence_goes_on_from_is_no_quotation_a_speaker_follows(corpus: Records) -> None:
    """'A but "common sense" would apply, he said': the reported sentence is the words, and "he" is the
    speaker before, not the person named in the words he reported."""
    text = (
        "Lavrov said the action was one of friends. Tillerson had not been shy in raising the issue,"
        " he said.\n\n"
        'Russia would continue to deport people but "common sense" would apply, he said.'
    )
    assert summary(text, corpus)[-1] == (
        "sergey-lavrov",
        "said",
        'Russia would continue to deport people but "common sense" would apply',
    )


@pytest.mark.parametrize(
    "text",
    [
        '"We can resolve all problems," he said.',
        "``We can resolve all problems,`` he said.",
        '"Can we resolve all problems?" he asked.',
    ],
)
def test_quoted_words_closed_by_punctuation_go_to_who_follows(text: str, corpus: Records) -> None:
    text = "Lavrov spoke on Monday. " + text
    [(speaker, _, words)] = summary(text, corpus)
    assert speaker == "sergey-lavrov" and "resolve all problems" in words


def test_words_before_a_speaker_and_an_adjunct_of_time(corpus: Records) -> None:
    text = (
        "The two leaders were “of one mind on the major directions” of policy, a German diplomatic source"
        " said"
        " after the meeting, while a French source called it “very constructive”."
    )
    assert summary(text, corpus)[0] == (
        "a German diplomatic source",
        "said",
        "The two leaders were “of one mind on the major directions” of policy",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lavrov spoke on Monday. He said Syria was the main topic and said:"
            ' "No, our positions have not come closer."',
            [
                ("sergey-lavrov", "said", "Syria was the main topic"),
                ("sergey-lavrov", "said", '"No, our positions have not come closer."'),
            ],
        ),
        (
            "Lavrov said that the talks went well, and added that he hoped to meet Tillerson again.",
            [
                ("sergey-lavrov", "said", "the talks went well"),
                ("sergey-lavrov", "added", "he hoped to meet Tillerson again"),
            ],
        ),
        (  # no words of its own after the second verb: one report
            "Lavrov said that the talks went well and added a few details.",
            [("sergey-lavrov", "said", "the talks went well and added a few details")],
        ),
    ],
)
def test_a_second_reporting_verb_joined_by_and_reports_for_the_same_speaker(
    text: str, expected: list[tuple[str, str, str]], corpus: Records
) -> None:
    assert summary(text, corpus) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Events have put a strain on us," Lavrov told Tillerson at the airport.'
            ' "Our ties are imperiled."',
            "sergey-lavrov",
        ),
        (
            '"Events have put a strain on us," Lavrov said as Tillerson arrived. "Our ties are imperiled."',
            None,
        ),
    ],
)
def test_the_one_spoken_to_does_not_stop_a_quotation_going_on(
    text: str, speaker: str | None, corpus: Records
) -> None:
    """'"A," he told Chou. "B."': B is still his; a person named otherwise between stops it."""
    following = [s for s, _, words in summary(text, corpus) if words == '"Our ties are imperiled."']
    assert following == ([speaker] if speaker else [])


def test_a_closed_quotation_ending_its_paragraph_is_not_the_next_speakers() -> None:
    text = (
        '"You are 20 years younger than I am," Deng said. "I want to go back to your age."\n'
        '"I would like you to come back to our country," Carter said.'
    )
    said = {a.text: a.speaker_name for a in extract(text).attributions}
    assert said['"I want to go back to your age."'] == "Deng"
    assert said['"I would like you to come back to our country,"'] == "Carter"


def test_a_quotation_left_open_at_its_paragraph_end_runs_on_to_the_speaker() -> None:
    text = 'Deng spoke first.\n\n"We want peace in the region.\n\n"We want trade too," Carter said.'
    said = {a.text: a.speaker_name for a in extract(text).attributions}
    assert said['"We want peace in the region.'] == "Carter"


def test_calling_something_a_quotation_reports_it(corpus: Records) -> None:
    text = 'China gave no reason, Lavrov told reporters, calling the sudden cancellation "unusual."'
    assert ("sergey-lavrov", "calling", 'the sudden cancellation "unusual."') in summary(text, corpus)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Talks will last an hour," Bertalan Havasi, the Prime Minister\'s press chief,'
            " told reporters.\n\n"
            '"A dinner will follow," the press chief said.',
            "Bertalan Havasi",
        ),
        (
            "Putin and Obama met for 20 minutes, Putin's senior foreign policy adviser said.\n"
            '"They sat down in armchairs," the adviser, Yuri Ushakov, told Reuters.',
            "Yuri Ushakov",
        ),
        (
            "Milei will travel to Brazil this weekend, his spokesman said.\n\n"
            "Presidential spokesman Manuel Adorni later confirmed the trip.",
            "Manuel Adorni",
        ),
    ],
)
def test_an_unnamed_member_of_staff_is_the_one_the_text_names_so(text: str, speaker: str) -> None:
    unnamed = [a for a in extract(text).attributions if speaker not in a.speaker_cue.text]
    assert unnamed and all(a.speaker_name == speaker for a in unnamed)


def test_two_people_in_the_role_leave_the_member_of_staff_unnamed() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov and White House spokesman Josh Earnest spoke on Monday.\n\n"
        "The talks went well, the spokesman said."
    )
    said = [a for a in extract(text).attributions if a.verb == "said"]
    assert [(a.speaker, a.speaker_name) for a in said] == [(Speaker.group("the spokesman"), None)]


@pytest.mark.parametrize(
    ("text", "verb", "words"),
    [
        (
            "Lavrov accused the administration of escalating tensions.",
            "accused",
            "the administration of escalating tensions",
        ),
        ("Lavrov appealed for an immediate end of violence.", "appealed", "for an immediate end of violence"),
        (
            "Lavrov called for the early release of the detained.",
            "called for",
            "the early release of the detained",
        ),
        (
            "Lavrov demanded immediate recognition of the republic.",
            "demanded",
            "immediate recognition of the republic",
        ),
        (
            "Lavrov expressed his confidence that ties would grow.",
            "expressed",
            "his confidence that ties would grow",
        ),
        (
            "Lavrov expressed his intention to host the summit.",
            "expressed",
            "his intention to host the summit",
        ),
        (
            "Lavrov expressed the fear that other countries might intervene.",
            "expressed",
            "the fear that other countries might intervene",
        ),
        (
            'Lavrov thanked Tillerson for the help he gave with everything "from trade to trucks."',
            "thanked",
            '"from trade to trucks."',
        ),
        (
            "Lavrov congratulated Tillerson on his appointment as minister.",
            "congratulated",
            "Tillerson on his appointment as minister",
        ),
        (
            "Lavrov commended Tillerson for his creative approach.",
            "commended",
            "Tillerson for his creative approach",
        ),
        (
            "Lavrov conveyed his desire to expand the grouping.",
            "conveyed",
            "his desire to expand the grouping",
        ),
        (
            "Lavrov voiced his sadness over the incident.",
            "voiced",
            "his sadness over the incident",
        ),
        (
            'Lavrov commented on the talks, "This is a turning point."',
            "commented",
            '"This is a turning point."',
        ),
        ("Lavrov commented that the talks went well.", "commented", "the talks went well"),
        (
            "Lavrov expressed to the two ministers his strong admiration for their commitment.",
            "expressed",
            "to the two ministers his strong admiration for their commitment",
        ),
    ],
)
def test_speech_acts_report_words(text: str, verb: str, words: str, corpus: Records) -> None:
    assert summary(text, corpus) == [("sergey-lavrov", verb, words)]


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov expressed interest in the plan.",
        "Lavrov expressed the intent of the plan.",
        "Lavrov thanked Tillerson for the visit.",
        'Lavrov thanked Tillerson for the "warm" welcome.',
        "Lavrov congratulated Tillerson.",
        "Lavrov commended the troops.",
        "Lavrov conveyed his best wishes for a recovery.",
        "Lavrov voiced opposition to the plan.",
        "Lavrov voiced a role in the film.",
        "Lavrov commented on the meeting in a post.",
        "Lavrov was accused of lying.",
        "The court called the case.",
    ],
)
def test_speech_act_verbs_without_their_words_report_nothing(text: str, corpus: Records) -> None:
    assert [s for s in summary(text, corpus) if s[0] == "sergey-lavrov"] == []


def test_a_fronted_clause_holds_no_subject_for_he() -> None:
    text = "Before meeting Xi, Lula spoke with the premier.\n\n"
    text += "To all three, he expressed Brazil's willingness to trade."
    [said] = extract(text).attributions
    assert said.speaker_name == "Lula"


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        # the sentence before opens on what Okafor owns: its one other person is "he"
        ("Okafor's remarks echo those of Finance Minister Tomas Brandt, who visited last week.", "Brandt"),
        ("Okafor's visit came after a call from Minister Tomas Brandt on Friday.", "Brandt"),
        # a person opens it: the subject, as before
        ("Okafor later met Minister Tomas Brandt, who visited last week.", "Okafor"),
        # two other people: no one of them is "he"; the last speaker
        ("Okafor's remarks echo those of Tomas Brandt and Ivan Lisko last week.", "Okafor"),
    ],
)
def test_he_after_a_sentence_opening_on_what_someone_owns(between: str, speaker: str) -> None:
    text = "Adebayo Okafor said on Monday that the talks could resume.\n\n"
    text += f"{between} He said the two leaders should meet at the summit."
    [said] = [a for a in extract(text).attributions if a.text.startswith("the two")]
    assert said.speaker_name is not None and speaker in said.speaker_name


@pytest.mark.parametrize(("link", "speaker"), [("Also Read: ", "Ruto"), ("", "Geingob")])
def test_a_line_linking_another_story_names_no_one_for_he(link: str, speaker: str) -> None:
    """ "Also Read: Ruto Off To Namibia For Memorial Service For Late President Hage Geingob" names people
    of another story; without the link words the line is the article's own."""
    text = "Ruto spoke on Monday at his farm.\n\n"
    text += f"{link}President Hage Geingob spoke.\n\nHe said they also discussed the candidacy."
    [said] = [a for a in extract(text).attributions if a.text.startswith("they also")]
    assert said.speaker_name is not None and speaker in said.speaker_name


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'A reporter shouted, "Are you going to give away the store?" and Reagan replied,'
            ' "I do not own it."',
            '"I do not own it."',
        ),
        (
            '"Nice to meet you, Mr. President," were Kim\'s first words, to which Reagan responded,'
            ' "I do not own it."',
            '"I do not own it."',
        ),
        ('"We will not give away the store," Reagan replied.', '"We will not give away the store,"'),
    ],
)
def test_a_verb_that_answers_a_quotation_does_not_take_it(text: str, words: str, corpus: Records) -> None:
    assert [w for speaker, _, w in summary(text, corpus) if speaker == "ronald-reagan"] == [words]


@pytest.mark.parametrize(
    ("opening", "words"),
    [
        ("ST. PETERSBURG, Russia (Reuters) - ", "Putin and Macron met on Friday"),
        ("MOSCOW (Sputnik - 25th June, 2020) ", "Putin and Macron met on Friday"),
        ("NATO (the alliance) ", "NATO (the alliance) Putin and Macron met on Friday"),
    ],
)
def test_a_wire_dateline_is_no_ones_words(opening: str, words: str, corpus: Records) -> None:
    assert summary(f"{opening}Putin and Macron met on Friday, Lavrov said.", corpus) == [
        ("sergey-lavrov", "said", words)
    ]


@pytest.mark.parametrize(
    ("text", "verb", "words"),
    [
        ('Lavrov called him an "angry communist".', "called him", '"angry communist"'),
        (
            'Lavrov spoke at length, calling him an "angry communist".',
            "calling him",
            'an "angry communist"',
        ),
        (
            "Lavrov repeated his position that the talks must go on.",
            "repeated",
            "his position that the talks must go on",
        ),
        (
            "Lavrov highlighted the role of trade in the region.",
            "highlighted",
            "the role of trade in the region",
        ),
    ],
)
def test_more_verbs_that_report(text: str, verb: str, words: str, corpus: Records) -> None:
    assert (("sergey-lavrov", verb, words)) in summary(text, corpus)


@pytest.mark.parametrize("text", ["Lavrov called Tillerson on Friday.", "Lavrov called him a day later."])
def test_calling_someone_without_a_quotation_reports_nothing(text: str, corpus: Records) -> None:
    assert summary(text, corpus) == []


def test_a_quotation_over_paragraphs_is_attributed_a_paragraph_at_a_time(corpus: Records) -> None:
    text = "“Comparisons are being drawn,” Lavrov said. “Between our visits.\n“I shall not dignify that.”"
    assert [words for _, _, words in summary(text, corpus)] == [
        "“Comparisons are being drawn,”",
        "“Between our visits.",
        "“I shall not dignify that.”",
    ]


def test_a_straight_mark_closing_a_quotation_on_the_next_line_opens_nothing(corpus: Records) -> None:
    text = '"Comparisons are being drawn," Lavrov said. "Between our visits.\n"'
    assert summary(text, corpus)[-1][2] == '"Between our visits.\n"'


def test_a_line_break_inside_one_paragraph_keeps_the_quotation_whole(corpus: Records) -> None:
    text = '"Comparisons are being drawn between\nour visits," Lavrov said.'
    assert [words for _, _, words in summary(text, corpus)] == [
        '"Comparisons are being drawn between\nour visits,"'
    ]


_ADJUNCT_WORDS = ["via", "on", "in", "the", "a", "last", "week", "Tuesday", "Hanoi", "it's", "co-op", "x"]
_ADJUNCT_PIECES = [*_ADJUNCT_WORDS, " ", "  ", ",", ".", "”", "saying", "without", "while", "sign"]


@given(
    text=st.one_of(
        st.lists(st.sampled_from(_ADJUNCT_PIECES), max_size=14).map("".join),
        st.tuples(
            st.lists(st.sampled_from(_ADJUNCT_WORDS), max_size=9),
            st.sampled_from(["", ".", "”.", ", saying", " without", " while signing", ", and"]),
        ).map(lambda words_tail: " " + " ".join(words_tail[0]) + words_tail[1]),
    )
)
@example(text=" via Twitter in the morning, saying")
@example(text=" on a visit to Hanoi from the capital.")
@example(text=" via x x x x.")
def test_adjuncts_match_as_their_plain_form(text: str) -> None:
    """The adjunct phrases, written so a text matches them one way only, match where the plain form
    ("one to four words, each perhaps followed by spaces") does."""
    from summitlib.extraction import _reporting as module

    phrase = r"[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*"
    assert phrase in module.ADJUNCT
    plain = module.ADJUNCT.replace(phrase, r"(?:[\w'’-]+\s*){1,4}")
    for pattern in (module.ADJUNCT_ONLY, module.ADJUNCT_PARTICIPLE):
        assert module.ADJUNCT in pattern.pattern
        reference = re.compile(pattern.pattern.replace(module.ADJUNCT, plain))
        for start in range(len(text) + 1):
            assert (pattern.match(text, start) is None) == (reference.match(text, start) is None)


@given(
    text=st.lists(
        st.sampled_from(["her", "his", "self", "s", "im", "h", "t", " ", ",", "_", "1", "é", "\n"]),
        max_size=12,
    ).map("".join)
)
@example(text="herself hers his himself this her, _his")
def test_possessive_pronouns_match_as_their_plain_form(text: str) -> None:
    """The possessive pronoun pattern, written with its first letter first, finds what its plain form finds,
    each match a woman's or a man's as there."""
    from summitlib.extraction._antecedents import _POSSESSIVE

    plain = re.compile(r"\b(?:(?P<f>her|herself)|(?P<m>his|himself))\b")
    assert [(m.span(), bool(m["f"]), bool(m["m"])) for m in _POSSESSIVE.finditer(text)] == [
        (m.span(), bool(m["f"]), bool(m["m"])) for m in plain.finditer(text)
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Foreign Minister Sergey Lavrov speaking to WION said, "It was an informal exchange."',
            "sergey-lavrov",
        ),
        ("Lavrov, talking to reporters, said the talks had gone well.", "sergey-lavrov"),
    ],
)
def test_speaking_to_an_outlet_between_speaker_and_verb(text: str, speaker: str, corpus: Records) -> None:
    """ "X speaking to WION said": X speaks; the outlet spoken to is no speaker."""
    assert [str(a.speaker) for a in attributions(text, corpus)] == [speaker]


def test_pointed_out_reports_speech(corpus: Records) -> None:
    text = "Lavrov met Tillerson. The two countries have immense potential, he pointed out."
    assert summary(text, corpus) == [
        ("sergey-lavrov", "pointed out", "The two countries have immense potential")
    ]
    assert summary("Lavrov pointed out the building to Tillerson.", corpus) == [
        ("sergey-lavrov", "pointed out", "the building to Tillerson")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Narendra Modi met Vladimir Putin.\n\n“Our focus should be on trade,”\n\n"
            "the Prime Minister said and emphasized trade.\n",
            [("narendra-modi", "“Our focus should be on trade,”")],
        ),
        (  # a quotation closed by a full stop ends its sentence: the next paragraph's speaker is not its
            "Prime Minister Narendra Modi met Vladimir Putin.\n\n“Our focus should be on trade.”\n\n"
            "the Prime Minister said and emphasized trade.\n",
            [],
        ),
    ],
)
def test_a_quotation_closed_by_a_comma_goes_on_in_the_next_paragraph(
    text: str, expected: list[tuple[str, str]], corpus: Records
) -> None:
    assert [(str(a.speaker), a.text) for a in attributions(text, corpus)] == expected


def test_an_outlet_relaying_a_persons_call_is_no_speaker(corpus: Records) -> None:
    """ "Xi called ... for X, state news agency Xinhua said": Xi's words; the agency named by its noun."""
    text = (
        "Xi Jinping called during a meeting on Tuesday for great cooperation in the "
        '"development of infrastructure", state news agency Xinhua said.'
    )
    assert [str(a.speaker) for a in attributions(text, corpus)] == ["xi-jinping"]
    alone = "The summit will open on Thursday, state news agency Xinhua said."
    assert summary(alone, corpus) == [
        ("state news agency Xinhua", "said", "The summit will open on Thursday")
    ]
    # what a person did ("welcomed a proposal") is the outlet's report
    did = 'Xi welcomed a proposal to resolve the dispute "in a way that respects all", the news agency added.'
    assert "the news agency" in {str(a.speaker) for a in attributions(did, corpus)}


def test_an_institution_named_after_a_persons_reported_words_only_relays_them(corpus: Records) -> None:
    """ "Kishida urged Yoon to ..., the foreign ministry said": Kishida's words, which the ministry relays
    (and which end before it); what the institution tells of its own, a meeting or an act, is its report."""
    text = "Kishida urged Yoon to restore ties between the two countries, the Japanese foreign ministry said."
    assert [(str(a.speaker), a.text) for a in attributions(text, corpus)] == [
        ("kishida", "Yoon to restore ties between the two countries")
    ]
    relayed = "Xi Jinping called for great cooperation in the region, state news agency Xinhua said."
    assert [a.text for a in attributions(relayed, corpus)] == ["great cooperation in the region"]
    met = "Kishida and Yoon met for 30 minutes on Tuesday, the Japanese foreign ministry said."
    assert [str(a.speaker) for a in attributions(met, corpus)] == ["the Japanese foreign ministry"]
    did = "Kishida welcomed the agreement on trade, the Japanese foreign ministry said."
    assert [str(a.speaker) for a in attributions(did, corpus)] == ["the Japanese foreign ministry"]
    before = "The foreign ministry said Kishida urged Yoon to restore ties between the two countries."
    assert "The foreign ministry" in {str(a.speaker) for a in attributions(before, corpus)}


def test_an_office_after_its_holder_spoke_is_that_holder(corpus: Records) -> None:
    """ "Minister/State Secretary Moerdiono ... Moerdiono said ... The minister also confirmed": the one who
    spoke last, where the text gives them the title (before the name, or after it: "Radi, the spokesman");
    not one titled otherwise ("Secretary of State Blinken ... The minister said")."""
    text = (
        "Minister/State Secretary Moerdiono met reporters. Moerdiono said that the call was short.\n\n"
        "The minister also confirmed that Mandela will be visiting Indonesia on Friday."
    )
    assert [str(a.speaker) for a in attributions(text, corpus)] == ["moerdiono", "moerdiono"]
    after = (
        "Bassam Radi, the spokesman for the presidency, said that ties are strong. "
        "The spokesman said that Sisi will discuss trade with the king."
    )
    assert {str(a.speaker) for a in attributions(after, corpus)} == {"bassam-radi"}
    other = (
        "Foreign Minister Wang Yi met Secretary of State Antony Blinken on Monday. Blinken said that the "
        "talks were useful. The minister said that China wants stable ties."
    )
    # the one minister the text names, not the secretary of state who spoke last
    assert [str(a.speaker) for a in attributions(other, corpus)] == ["antony-blinken", "wang-yi"]


def test_a_sentence_opening_with_its_verb_and_speaker(corpus: Records) -> None:
    """'Answered Nehru: "..."': magazine copy puts the verb first, the speaker after it and a colon before the
    quotation; not a verb inside a sentence, nor a word after it that names no one."""
    text = 'Nehru met Chou En-lai. Had he changed? Answered Jawaharlal Nehru: "I have not changed my mind."'
    assert [(str(a.speaker), a.text) for a in attributions(text, corpus)] == [
        ("jawaharlal-nehru", '"I have not changed my mind."')
    ]
    assert attributions('Nehru met Chou En-lai. Had he changed? Added Value: "It is a tax."', corpus) == []
    inside = 'Nehru met Chou En-lai, and the talk Answered Nehru: "I have not changed my mind."'
    assert "jawaharlal-nehru" not in {str(a.speaker) for a in attributions(inside, corpus)}


def test_a_sentence_opening_with_its_verb_and_an_unnamed_official(corpus: Records) -> None:
    """'Remarked a senior Indian official: "..."': an unnamed official after the verb is a group speaker;
    "he said" after their words, with no one named since, goes on naming them."""
    text = (
        'Mr. Modi met Mr. Xi. Remarked a senior Indian official: "This is a historic moment." Said one'
        ' official: "We do not feel it is necessary." According to the official, the call came from Syria.'
        ' "Assad has a domestic constituency," he said.'
    )
    assert [(str(a.speaker), a.text) for a in attributions(text, corpus) if a.quoted] == [
        ("a senior Indian official", '"This is a historic moment."'),
        ("one official", '"We do not feel it is necessary."'),
        ("the official", '"Assad has a domestic constituency,"'),
    ]
    # a person named after the official's words: "he" is the person, as before
    named = (
        'Said one official: "We do not feel it is necessary." Mr. Modi met Mr. Xi on Monday.'
        ' "Assad has a domestic constituency," he said.'
    )
    assert [str(a.speaker) for a in attributions(named, corpus) if a.quoted] == [
        "one official",
        "narendra-modi",
    ]


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("a senior official accompanying Mr. Modi", "a senior official"),
        ("an aide to Mr. Modi", "an aide"),
        ("Mr. Modi", "narendra-modi"),  # the name itself speaks
        ("Modi aide Ajit Doval", "Ajit Doval"),  # a named aide speaks
    ],
)
def test_an_unnamed_official_before_the_one_they_serve_speaks(
    speaker: str, expected: str, corpus: Records
) -> None:
    """'“...,” said a senior official accompanying Gandhi': the official, not the leader named after."""
    text = f"“We will move things forward,” said {speaker} on the first visit."
    [said] = attributions(text, corpus)
    assert (said.speaker_name if said.speaker_name is not None else str(said.speaker)) == expected


def test_the_monarch_is_the_king_of_the_text(corpus: Records) -> None:
    """ "The Saudi monarch said" is the king the text names, also when it gives him no country; a monarch
    no one in the text is stays unknown."""
    text = "The meeting opened with an appeal by King Salman.\n\nThe Saudi monarch said: “We must act.”"
    assert [(a.speaker_name, a.text) for a in attributions(text, corpus)] == [("Salman", "“We must act.”")]
    assert attributions("Putin met Trump.\n\nThe Saudi monarch said: “We must act.”", corpus) == []


def test_cited_as_saying_is_the_one_cited(corpus: Records) -> None:
    text = "A spokesperson also cited Abe as saying that he heard the talks on export control went well."
    assert summary(text, corpus) == [
        ("shinzo-abe", "as saying", "he heard the talks on export control went well")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Chinese state media has lauded Xi this week as a "true friend of Africa", claiming ties were '
            'reaching "new heights".',
            ["Chinese state media", "Chinese state media"],
        ),
        (
            "The Saudi Press Agency (SPA) said that King Salman received a phone call from the Emir of "
            "Qatar, indicating that they exchanged congratulations.",
            ["The Saudi Press Agency", "The Saudi Press Agency"],
        ),
        (  # the participle's subject is the person who speaks first: no group stands before him
            "Putin said the talks went well, adding that the Kremlin was pleased.",
            ["vladimir-putin", "vladimir-putin"],
        ),
    ],
)
def test_a_participle_after_an_institutions_report_is_the_institutions(
    text: str, expected: list[str], corpus: Records
) -> None:
    assert [str(a.speaker) for a in attributions(text, corpus)] == expected


def test_two_short_quotations_ending_reported_speech_are_reported_one_by_one(corpus: Records) -> None:
    """'... had “positive chemistry” and “connected quickly.”': two reports; words of a noun phrase
    ('took “forward-looking” and “constructive” approach') stay one."""
    text = "Tillerson said the leaders had “positive chemistry” and “connected quickly.”"
    assert [a.text for a in attributions(text, corpus)] == [
        "the leaders had “positive chemistry”",
        "“connected quickly.”",
    ]
    noun = "Tillerson said both sides took “forward-looking” and “constructive” approach to the talks."
    assert len(attributions(noun, corpus)) == 1


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("‘Malaysia-Indonesia Strategic Relations: Challenges and Hopes’", 1),
        ("‘We shall work together on the challenges ahead’", 2),
    ],
)
def test_a_quoted_title_is_no_ones_words(title: str, expected: int, corpus: Records) -> None:
    """The title of a lecture after a speaker's quotation does not continue it; quoted words do."""
    text = f"“The visit achieved its purpose,” Putin told reporters after delivering a lecture, {title} here."
    assert len(attributions(text, corpus)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "His Majesty King Salman received a call from Putin. His Majesty reiterated that peace must come",
            [("Salman", "peace must come")],
        ),
        ("Putin met Trump. His Highness reiterated that peace must come.", []),  # no one styled so
        (  # the style goes with the name right after it, not with one named after a verb
            "His Majesty King Abdullah held talks in Riyadh. His Majesty met with Egypt President "
            "Abdel Fattah Sisi. His Majesty also noted that peace must come.",
            [("Abdullah", "peace must come")],
        ),
    ],
)
def test_a_style_is_the_person_named_with_it(
    text: str, expected: list[tuple[str, str]], corpus: Records
) -> None:
    """ "His Highness reiterated" is the person the text styles so, never an institution."""
    assert [(a.speaker_name, a.text) for a in attributions(text, corpus)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Putin had a telephone conversation with Bakiyev," Putin\'s press service reported.',
            ["Putin's press service"],
        ),
        (
            "Erdogan called Trump on Sunday, Erdogan's Directorate of Communications said.",
            ["Erdogan's Directorate of Communications"],
        ),
        (
            "The emir called the king about regional developments, according to a statement by the Qatari "
            "Emiri Diwan.",
            ["the Qatari Emiri Diwan"],
        ),
        (
            "The talks were useful, according to a statement from the Elysee Palace.",
            ["the Elysee Palace"],
        ),
        (
            "An official from the Ministry of Foreign Affairs of the Republic of Korea said that the two "
            "sides had agreed to a brief summit.",
            ["An official from the Ministry of Foreign Affairs of the Republic of Korea"],
        ),
        ("Putin said that the talks went well, the Russian press reported.", ["vladimir-putin"]),
    ],
)
def test_institutions_of_state_and_their_officials(text: str, expected: list[str], corpus: Records) -> None:
    """A press service, a directorate, a diwan and an official from a ministry are institutions; a
    statement by one is its words."""
    assert [str(a.speaker) for a in attributions(text, corpus)] == expected


def test_requested_that_reports_speech_and_a_paper_relays_it(corpus: Records) -> None:
    """ "he requested that ..." reports words, "requested a meeting" none; a paper reporting it relays
    the person's words and is no speaker of them."""
    text = (
        "Moon sent a letter to Shinzo Abe. The paper said that when Abe accepted the letter, he requested "
        "that Seoul create an opportunity to mend ties."
    )
    assert [(str(a.speaker), a.verb) for a in attributions(text, corpus)] == [("shinzo-abe", "requested")]
    assert attributions("Shinzo Abe requested a meeting with Moon in Osaka.", corpus) == []


def test_the_same_words_go_to_the_same_speaker_once(corpus: Records) -> None:
    """'President Moon wrote, "…," he wrote.': one report read from two verbs; the same words by two
    speakers stay two."""
    text = 'President Moon Jae-in wrote, "The first meeting was a precious time," he wrote.'
    assert [str(a.speaker) for a in attributions(text, corpus)] == ["moon-jae-in"]
    both = "Both the Kremlin and the White House said a less formal encounter was still possible."
    assert len(attributions(both, corpus)) == 2


def test_a_group_after_a_preposition_does_not_speak_with_the_next_speaker(corpus: Records) -> None:
    """ "kidnapped by North Korea and Putin promised": North Korea is the one who kidnapped, not a speaker."""
    text = "Abe raised the people kidnapped by North Korea and Putin promised to continue aiding the effort."
    assert [str(a.speaker) for a in attributions(text, corpus)] == ["vladimir-putin"]


def test_acknowledged_reports_speech_only_with_that_or_a_quotation(corpus: Records) -> None:
    """ "acknowledged Australia's support" thanks; "acknowledged that ..." reports words."""
    assert attributions("Putin acknowledged Russia's remarkable support to the region.", corpus) == []
    assert summary("Putin acknowledged that the talks had been difficult.", corpus) == [
        ("vladimir-putin", "acknowledged", "the talks had been difficult")
    ]


def test_according_to_an_outlet_on_a_day_reports_what_follows_the_day() -> None:
    from summitlib.extraction import extract

    text = (
        "According to the Yomiuri Shimbun on Wednesday, Moon stated his desire for a summit in a letter "
        "delivered to Abe."
    )
    [said] = [a for a in extract(text, published="2019-11-06").attributions if a.speaker is not None]
    assert text[said.start : said.end].startswith("Moon stated his desire")


def test_guillemets_and_right_single_marks_quote_like_double_marks(corpus: Records) -> None:
    """«...,» said X reads as "...," said X; “...’’ closes where it stands, so the next quotation keeps its
    own speaker."""
    assert summary("«It is a very high level,» said Putin.", corpus) == [
        ("vladimir-putin", "said", "«It is a very high level,»")
    ]
    text = "Trump wants to “consider the issues.’’ Putin said: “We will meet in October.’’"
    assert [(str(a.speaker), a.text) for a in attributions(text, corpus)] == [
        ("vladimir-putin", "“We will meet in October.’’")
    ]


def test_he_after_his_words_is_the_he_who_reported_before(corpus: Records) -> None:
    """'But he also confirmed that Modi will visit. "...," he said.': the "he" who spoke in the sentence
    before, not the one named in his words; a sentence opening with "she" leaves "he" to the nearest man."""
    text = (
        "Shinzo Abe added that he will visit the US later this year.\n\n"
        "But he also confirmed that Narendra Modi will visit Japan next week.\n\n"
        '"We are in talks. Modi would be a very welcome guest," he said.'
    )
    speakers = [(str(a.speaker), a.text[:9]) for a in attributions(text, corpus)]
    assert ("shinzo-abe", '"We are i') in speakers
    other = text.replace("But he also confirmed", "But she also confirmed")
    speakers = [(str(a.speaker), a.text[:9]) for a in attributions(other, corpus)]
    assert ("narendra-modi", '"We are i') in speakers


def test_the_statement_speaks_for_who_issued_it(corpus: Records) -> None:
    """ "“...,” said the statement" after "according to a statement issued by X" is X's; after "he said,
    according to the statement" it is his words once; with no statement issued before it stays the
    statement's."""
    text = (
        "According to a statement issued by the Prime Minister's Office on Tuesday, Abe received a call. "
        "“Abe expressed his regrets,” said the statement."
    )
    speakers = [(a.speaker and a.speaker.name, a.text[:6]) for a in attributions(text, corpus)]
    assert ("the Prime Minister's Office", "“Abe e") in speakers
    text = (
        "Shinzo Abe said in a statement on Wednesday that he had spoken with Putin.\n\n"
        "“This is a terrible incident,” he said, according to the statement."
    )
    assert [str(a.speaker) for a in attributions(text, corpus) if a.text.startswith("“This")] == [
        "shinzo-abe"
    ]
    alone = "Abe received a call. “Abe expressed his regrets,” said the statement."
    assert [a.speaker and a.speaker.name for a in attributions(alone, corpus)] == ["the statement"]


def test_the_aide_is_the_aide_named_before(corpus: Records) -> None:
    """ "the unnamed aide claimed" after "Abe's aide added" is Abe's aide; "the agency said" after "United
    Press International said" is the agency; after "an aide said" (no name of its own) it stays "the aide"."""
    text = (
        "Abe's aide added that Putin requested the meeting.\n\n"
        '"Abe wanted to set it up himself but he was too tired," the unnamed aide claimed.'
    )
    speakers = [(a.speaker and a.speaker.name, a.text[:5]) for a in attributions(text, corpus)]
    assert ("Abe's aide", '"Abe ') in speakers
    text = (
        "The talks would be friendly, United Press International said.\n\n"
        "Trade would be a chief topic, the agency said."
    )
    assert [a.speaker and a.speaker.name for a in attributions(text, corpus)] == [
        "United Press International",
        "United Press International",
    ]
    text = text.replace("United Press International said", "an aide said").replace("the agency", "the aide")
    assert [a.speaker and a.speaker.name for a in attributions(text, corpus)] == ["an aide", "the aide"]


def test_a_briefing_between_the_speaker_and_the_verb(corpus: Records) -> None:
    """ "X during his weekly briefing had said ...": the occasion of speaking stands between the speaker and
    the verb; another occasion ("during his visit to Moscow") is no part of the subject's gap."""
    from summitlib.extraction._speech import GAP

    text = "Shinzo Abe during his weekly briefing had said the summit would go ahead."
    assert summary(text, corpus) == [("shinzo-abe", "said", "the summit would go ahead")]
    assert GAP.fullmatch(" at a press conference ") is not None
    assert GAP.fullmatch(" during his visit to Moscow ") is None


def test_a_determiner_and_a_noun_are_an_object_not_words_said(corpus: Records) -> None:
    """ "Abe expressed his gratitude.", "Abe denied the claim." report no words; a clause as short ("said
    they agreed") or a noun with more after it ("expressed his hope that ...") does."""
    assert attributions("Shinzo Abe expressed his gratitude.", corpus) == []
    assert attributions("Shinzo Abe denied the claim.", corpus) == []
    assert summary("Shinzo Abe said they agreed.", corpus) == [("shinzo-abe", "said", "they agreed")]
    assert [a.text for a in attributions("Shinzo Abe expressed his hope for peace.", corpus)] == [
        "his hope for peace"
    ]


def test_recalled_and_proposed_report_speech_only_with_that_or_a_quotation(corpus: Records) -> None:
    """ "recalled its ambassador", "proposed a meeting between …" tell what was done; "recalled that ...",
    "proposed that ...", "proposed providing ..." what was said."""
    assert attributions("Vladimir Putin recalled his ambassador to Washington in April.", corpus) == []
    assert attributions("Vladimir Putin proposed a meeting between Russia, China and India.", corpus) == []
    assert summary("Vladimir Putin recalled that the two had met in 1999.", corpus) == [
        ("vladimir-putin", "recalled", "the two had met in 1999")
    ]
    assert summary("Vladimir Putin proposed that the two meet again in 2000.", corpus) == [
        ("vladimir-putin", "proposed", "the two meet again in 2000")
    ]
    assert summary("Vladimir Putin proposed providing aid to Kyiv.", corpus) == [
        ("vladimir-putin", "proposed", "providing aid to Kyiv")
    ]


def test_spanish_and_portuguese_reporting_verbs(corpus: Records) -> None:
    """Iberian copy: 'X aseguró que "..."', '“...”, disse X'; "que" before a quotation with no reporting
    verb reports nothing."""
    text = 'Vladimir Putin aseguró que "Rusia y China juntos son más fuertes".'
    assert summary(text, corpus) == [("vladimir-putin", "aseguró", '"Rusia y China juntos son más fuertes"')]
    text = "“Nós vamos retomar e acelerar novamente a relação”, disse Putin em entrevista."
    assert summary(text, corpus) == [
        ("vladimir-putin", "disse", "“Nós vamos retomar e acelerar novamente a relação”")
    ]
    assert attributions('Vladimir Putin visitó Brasilia, que "es muy hermosa".', corpus) == []


def test_the_head_of_a_foreign_ministry_is_its_foreign_minister(corpus: Records) -> None:
    """ "the head of the Russian Foreign Ministry said" is the Russian foreign minister of the text; "the
    head of the Russian delegation" is no one named."""
    text = (
        "Russian Foreign Minister Sergey Lavrov refrained from comment. “I cannot comment on the issues,” "
        "the head of the Russian Foreign Ministry said."
    )
    assert [str(a.speaker) for a in attributions(text, corpus)] == ["sergey-lavrov"]
    other = text.replace("Foreign Ministry said", "delegation said")
    assert "sergey-lavrov" not in [str(a.speaker) for a in attributions(other, corpus)]


def test_a_bare_day_before_that_is_no_part_of_the_words(corpus: Records) -> None:
    """ "said Thursday that …" reports what follows "that", as "said on Thursday that …" does; a day that
    starts the words after "that" ("said that Thursday was the day") stays in them."""
    assert summary("Vladimir Putin said Thursday that he will travel to Minsk.", corpus) == [
        ("vladimir-putin", "said", "he will travel to Minsk")
    ]
    assert summary("Vladimir Putin said that Thursday was the day of the talks.", corpus) == [
        ("vladimir-putin", "said", "Thursday was the day of the talks")
    ]


def test_a_noun_of_speech_before_another_verb_s_that_reports_nothing(corpus: Records) -> None:
    """ "Abe's statement came after the White House announced that …": the words are the White House's;
    "Abe's statement just before leaving that …" is Abe's."""
    text = "Shinzo Abe's statement came after the White House announced that Biden will not visit Tokyo."
    assert [(a.speaker and a.speaker.name) or str(a.speaker) for a in attributions(text, corpus)] == [
        "the White House"
    ]
    text = "Shinzo Abe's statement just before leaving that Biden will not visit Tokyo surprised many."
    assert [str(a.speaker) for a in attributions(text, corpus)] == ["shinzo-abe"]


def test_a_group_here_is_the_group(corpus: Records) -> None:
    """ "…, official sources here said": wire copy's "here" stays in the group's name; "here" with no group
    noun before it makes none."""
    text = "The meeting had lasted for 80 minutes before lunch, official sources here said."
    assert [a.speaker and a.speaker.name for a in attributions(text, corpus)] == ["official sources here"]
    text = "The meeting had lasted for 80 minutes before lunch, people here said."
    assert "people here" not in [a.speaker and a.speaker.name for a in attributions(text, corpus)]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "According to a Bloomberg report, President Joe Biden intends to discuss the talks with allies.",
            "a Bloomberg report",
        ),
        (
            "According to a news report published in Radio Pakistan, matters of interest were discussed.",
            "a news report published in Radio Pakistan",
        ),
    ],
)
def test_according_to_an_outlet_s_report_is_the_outlet_s_words(text: str, group: str) -> None:
    (found,) = extract(text, published="2021-12-06").attributions
    assert (found.speaker.kind.value, found.speaker.name) == ("group", group)


def test_according_to_a_report_with_no_outlet_is_no_group() -> None:
    found = extract("According to the report, the talks went well.", published="2021-12-06").attributions
    assert all(a.speaker is None or a.speaker.name != "the report" for a in found)


@pytest.mark.parametrize(
    ("text", "verb", "words"),
    [
        (
            'Vladimir Putin called Joe Biden "an experienced statesman".',
            "called",
            '"an experienced statesman"',
        ),
        ('Vladimir Putin called the actions "mind-boggling" and left.', "called", '"mind-boggling"'),
        ('Vladimir Putin also cited a "lack of progress" with Washington.', "cited", '"lack of progress"'),
        ('Vladimir Putin went on: "We are confident."', "went on", '"We are confident."'),
        (
            "Vladimir Putin went on to say that the talks had gone well.",
            "went on to say",
            "the talks had gone well",
        ),
        (
            '"We will meet again," Vladimir Putin is quoted as saying.',
            "is quoted as saying",
            '"We will meet again,"',
        ),
    ],
)
def test_more_verbs_report_words(text: str, verb: str, words: str, corpus: Records) -> None:
    """ "called X "..."" with any object, "cited a "..."", "went on:", "went on to say", "is quoted as
    saying"."""
    assert summary(text, corpus) == [("vladimir-putin", verb, words)]


@pytest.mark.parametrize(
    "text",
    [
        'Vladimir Putin called off the "summit" talks.',
        'Vladimir Putin cited figures from the "summit" talks.',
        "Vladimir Putin went on to Moscow after the talks.",
        "Vladimir Putin went on with the talks in Moscow.",
    ],
)
def test_the_same_verbs_without_words_report_nothing(text: str, corpus: Records) -> None:
    assert attributions(text, corpus) == []


def test_told_takes_its_object_after_it_with_an_age_between(corpus: Records) -> None:
    """ "X, 79, told Y, 73, '...'": X speaks to Y; "told" is never inverted ("..., told Y")."""
    text = "Vladimir Putin, 79, told Xi Jinping, 73, 'In three months I will be in my 80s.'"
    assert summary(text, corpus) == [
        ("vladimir-putin", "told Xi Jinping, 73", "'In three months I will be in my 80s.'")
    ]
    text = "Vladimir Putin, 79, told Xi Jinping, who is 73, that he would soon be 80."
    assert [a.speaker for a in attributions(text, corpus)] == [Speaker.person("vladimir-putin")]


def test_a_fronted_phrase_before_he_said_and_a_quotation_after_it(corpus: Records) -> None:
    """'“... left.” Turning to X, he said, “...”': the verb reports the quotation after it, not the one
    closed by a full stop before; '"...," he said, "..."' keeps both."""
    text = (
        "Vladimir Putin met Xi Jinping. Putin said: 'I hear you read a lot.' Turning to Xi Jinping, he said,"
        " 'You have done a lot for our pandas.'"
    )
    assert summary(text, corpus) == [
        ("vladimir-putin", "said", "'I hear you read a lot.'"),
        ("vladimir-putin", "said", "'You have done a lot for our pandas.'"),
    ]
    text = 'Vladimir Putin met Xi Jinping.\n\n"We are friends," he said, "and we will stay friends."'
    assert [a.text for a in attributions(text, corpus)] == [
        '"We are friends,"',
        '"and we will stay friends."',
    ]


@pytest.mark.parametrize(
    ("text", "group", "words"),
    [
        (
            "Both foreign ministries say the meeting is designed to reaffirm good relations.",
            "Both foreign ministries",
            "the meeting is designed to reaffirm good relations",
        ),
        (
            "Xi Jinping has postponed his visit to Japan, the governments of both countries said Thursday,"
            " ending weeks of speculation.",
            "the governments of both countries",
            "Xi Jinping has postponed his visit to Japan",
        ),
    ],
)
def test_plural_institutions_speak(text: str, group: str, words: str, corpus: Records) -> None:
    """ "ministries", "governments" are institutions' nouns, "of both countries" qualifies one; "said
    Thursday, ending ..." ends the report."""
    assert summary(text, corpus) == [(str(Speaker.group(group)), "said" if "said" in text else "say", words)]


def test_the_statement_read_is_the_institution_that_just_spoke(corpus: Records) -> None:
    """'“...,” the statement read' with no statement introduced: the institution of the sentence before."""
    text = (
        "Vladimir Putin and Xi Jinping spoke by phone on Saturday, the Kremlin said.\n\n"
        '"The two leaders discussed the situation in detail," the statement read.'
    )
    assert [(a.speaker, a.verb) for a in attributions(text, corpus)] == [
        (Speaker.group("the Kremlin"), "said"),
        (Speaker.group("the Kremlin"), "read"),
    ]
    text = "Vladimir Putin met Xi Jinping. The statement read by the spokesman was short."
    assert attributions(text, corpus) == []


def test_the_statement_reads_is_the_person_who_made_it_in_his_statement(corpus: Records) -> None:
    """ "X says in his statement that ... “...,” the statement reads. “...”": the statement is X's, and so
    is the quotation that goes on after it; a statement no one is said to have made stays unnamed."""
    text = (
        "Mr. Tillerson says in his statement that Mr. Trump has spoken with Mr. Putin.\n"
        '"Mr. Trump expressed his deep regret," the statement reads.\n'
        '"He looked forward to rescheduling so that he can visit soon."'
    )
    assert [(str(a.speaker), a.text) for a in attributions(text, corpus)] == [
        ("rex-tillerson", "Mr. Trump has spoken with Mr. Putin"),
        ("rex-tillerson", '"Mr. Trump expressed his deep regret,"'),
        ("rex-tillerson", '"He looked forward to rescheduling so that he can visit soon."'),
    ]
    alone = 'Mr. Trump met Mr. Putin.\n"The talks were useful," the statement reads.'
    assert [str(a.speaker) for a in attributions(alone, corpus)] == ["the statement"]


def test_a_belief_reports_a_view_unless_inside_reported_words(corpus: Records) -> None:
    """ "X believes that ...", "officials believe ..." report a view; "Y said ... that he believed ..." is
    Y's words, with no report of its own inside them."""
    assert summary("Vladimir Putin believes that there is enough time for talks.", corpus) == [
        ("vladimir-putin", "believes", "there is enough time for talks")
    ]
    assert summary("U.S. officials believe Putin has not made a final decision.", corpus) == [
        (str(Speaker.group("U.S. officials")), "believe", "Putin has not made a final decision")
    ]
    text = "Xi Jinping leads the one power Vladimir Putin believes could supplant him."
    assert attributions(text, corpus) == []
    assert attributions("If Vladimir Putin believes Xi Jinping, he is wrong.", corpus) == []
    text = "Xi Jinping said the two had not spoken and that he believed Putin needed to apologize first."
    assert summary(text, corpus) == [
        ("xi-jinping", "said", "the two had not spoken and that he believed Putin needed to apologize first")
    ]


def test_alleging_goes_on_from_the_subject(corpus: Records) -> None:
    text = 'Vladimir Putin left the group, alleging the body "gave importance to undemocratic regimes."'
    assert summary(text, corpus) == [
        ("vladimir-putin", "alleging", 'the body "gave importance to undemocratic regimes."')
    ]


def test_an_apposition_with_a_relative_clause_before_the_verb(corpus: Records) -> None:
    """ "X, spokesman for Y, which shares Z's view, said ...": X speaks; the clause is about Y."""
    text = (
        "Sergey Lavrov, spokesman for the Democratic Movement, which shares the party's view, said the"
        " movement would wait for a report."
    )
    assert summary(text, corpus) == [("sergey-lavrov", "said", "the movement would wait for a report")]


def test_a_participle_inside_words_a_speaker_after_reports(corpus: Records) -> None:
    """ "A, indicating B, an official handout said.": the handout's sentence, not the first person's
    participle; a "handout" is a document an institution issues."""
    text = (
        "Vladimir Putin is the first leader to visit since Xi Jinping took office, indicating the importance"
        " both attach to ties, an official handout said."
    )
    assert [(a.speaker, a.verb) for a in attributions(text, corpus)] == [
        (Speaker.group("an official handout"), "said")
    ]


def test_a_participle_of_own_words_an_institution_after_relays(corpus: Records) -> None:
    """ "X wished Y luck, adding that ..., the presidential office said.": X's own words, which the office
    relays; a person after the participle still reports the whole sentence."""
    text = (
        "Mr. Moon wished Mr. Abe good luck in the election, adding that he is ready to resolve bilateral"
        " issues, the presidential office in Seoul said."
    )
    assert [(str(a.speaker), a.text) for a in attributions(text, corpus)] == [
        ("moon-jae-in", "he is ready to resolve bilateral issues")
    ]
    by_person = text.replace("the presidential office in Seoul", "Mr. Tillerson")
    assert [str(a.speaker) for a in attributions(by_person, corpus)] == ["rex-tillerson"]


def test_wrote_off_reports_nothing(corpus: Records) -> None:
    assert attributions("Vladimir Putin effectively wrote off a year of effort to build ties.", corpus) == []
    assert attributions("Vladimir Putin posted troops along the border.", corpus) == []
    assert summary("Vladimir Putin wrote that the talks went well.", corpus) == [
        ("vladimir-putin", "wrote", "the talks went well")
    ]


def test_hoped_that_reports_a_hope_unless_inside_reported_words(corpus: Records) -> None:
    assert summary("Vladimir Putin hoped that the leaders would solve the problem.", corpus) == [
        ("vladimir-putin", "hoped", "the leaders would solve the problem")
    ]
    assert attributions("Vladimir Putin hoped for better weather.", corpus) == []
    text = "Xi Jinping said he hoped the visit would not be for the 'official photo' alone."
    assert [a.verb for a in attributions(text, corpus)] == ["said"]


@pytest.mark.parametrize(
    ("text", "verb", "words"),
    [
        (
            'Vladimir Putin set expectations, repeatedly stressing that he was "in no rush" to act.',
            "stressing",
            'he was "in no rush" to act',
        ),
        (
            'Vladimir Putin urged calm, calling the pending issue of the islands "the biggest obstacle"'
            " to ties.",
            "calling",
            'the pending issue of the islands "the biggest obstacle" to ties',
        ),
    ],
)
def test_participles_with_an_adverb_or_a_longer_object(
    text: str, verb: str, words: str, corpus: Records
) -> None:
    assert [s for s in summary(text, corpus) if s[1] == verb] == [("vladimir-putin", verb, words)]


def test_it_after_an_institution_is_the_institution(corpus: Records) -> None:
    """'“...,” it said' right after an institution spoke: the institution; after a person, no one."""
    text = (
        "The Elysee confirmed the call in a statement.\n"
        "“The three leaders agreed to remain in close contact,” it said."
    )
    assert [a.speaker for a in attributions(text, corpus)] == [Speaker.group("The Elysee")] * 2
    text = (
        "Vladimir Putin confirmed the call.\n“The three leaders agreed to remain in close contact,” it said."
    )
    assert attributions(text, corpus) == []


def test_a_capital_before_its_verb_is_its_government(corpus: Records) -> None:
    """ "Jakarta called the actions "…"": the capital speaks for its government, a group; an unknown single
    capitalised word stays a person's name."""
    text = 'Vladimir Putin met Xi Jinping. Jakarta called the actions "mind-boggling".'
    assert [(a.speaker, a.speaker_name) for a in attributions(text, corpus)] == [
        (Speaker.group("Jakarta"), None)
    ]
    text = 'Vladimir Putin met Xi Jinping. Jakobsen called the actions "mind-boggling".'
    assert [(a.speaker, a.speaker_name) for a in attributions(text, corpus)] == [
        (Speaker.person("jakobsen"), "Jakobsen")
    ]


def test_a_statement_read_out_after_a_colon_ending_the_line(corpus: Records) -> None:
    """ "A Downing Street spokesperson said:" and a paragraph: its first sentence is the statement; a
    page's one-word line after the colon ("Advertisement") is none."""
    text = (
        "A Downing Street spokesperson said:\nThe Prime Minister held an hour long video conference with"
        " President Obama this evening. They discussed Syria.\n"
    )
    assert summary(text, corpus) == [
        (
            "A Downing Street spokesperson",
            "said",
            "The Prime Minister held an hour long video conference with President Obama this evening",
        )
    ]
    assert attributions("A Downing Street spokesperson said:\nAdvertisement\n", corpus) == []


def test_official_figures_are_no_group(corpus: Records) -> None:
    """ "according to official figures", "according to the official program": no one; "according to officials
    in X" is a group."""
    text = "Brazil is Argentina's largest partner, according to official figures published last week."
    assert attributions(text, corpus) == []
    text = "Scholz will visit Poland on Wednesday for a farewell meeting, according to official information."
    assert attributions(text, corpus) == []
    text = "Castro's speech, which according to the official program was to last five minutes, ran an hour."
    assert attributions(text, corpus) == []
    assert summary("The summit will end on Sunday, according to the official.", corpus) == [
        ("the official", "according to", "The summit will end on Sunday")
    ]
    assert summary("The talks went well, according to officials in Brasilia.", corpus) == [
        ("officials in Brasilia", "according to", "The talks went well")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a chain of phrases after the verb, "of" and "with" among them: the words before are said
            "Rules are universal and countries must follow them, Biden said at the start of the virtual "
            "meeting with Xi Jinping.",
            "Rules are universal and countries must follow them",
        ),
        (  # a clause after the phrase: the words after the verb are said
            "Biden said at the start of the meeting with Xi that rules are universal.",
            "at the start of the meeting with Xi that rules are universal",
        ),
    ],
)
def test_phrases_of_and_with_after_a_verb_that_ends_its_sentence(
    text: str, expected: str, corpus: Records
) -> None:
    assert [words for _, _, words in summary(text, corpus)] == [expected]


def test_a_bare_weekday_between_a_speaker_and_the_verb(corpus: Records) -> None:
    """Wire copy's "X Monday said" reads as "X on Monday said": the person speaks, no group "X Monday"."""
    text = "President Alberto Fernández Monday said the link was back on track."
    assert summary(text, corpus) == [("Alberto Fernández", "said", "the link was back on track")]
    # a weekday closing another clause leaves the speaker of the next one alone
    text = "President Alberto Fernández met Lula Monday, and his aides said the link was back on track."
    assert summary(text, corpus) == [("aides", "said", "the link was back on track")]


def test_a_name_alone_in_parentheses_after_an_office_speaks(corpus: Records) -> None:
    text = "The Presidential Press Secretary (Mr Ronald Ziegler) said that the meeting was one of a series."
    assert summary(text, corpus) == [("Ronald Ziegler", "said", "the meeting was one of a series")]
    # a name closing a longer parenthesis is no speaker of the verb after it
    assert summary("Officials (who had met Ronald Ziegler) said the talks went well.", corpus) == []


def test_he_after_a_quotation_of_several_sentences_is_the_subject_before_it(corpus: Records) -> None:
    """'“A. B. C,” he said.': the sentence before is the one before the quotation, not its own last but
    one."""
    text = (
        "Jagdeo claimed that the letters were the same.\n\n"
        "He later acknowledged that they were different.\n\n"
        "Minister Joseph Harmon, in a statement, refuted Jagdeo's claims.\n\n"
        "Harmon noted that Jagdeo had not answered the invitation.\n\n"
        "“A letter was sent to the Leader of the Opposition. We made that public. One would expect that he "
        "would respond,” he said."
    )
    [said] = [a for a in attributions(text, corpus) if a.quoted]
    assert (said.speaker_name, said.pronoun) == ("Joseph Harmon", True)
    # a pronoun opening the next sentence reads from its own sentence: the quotation ended one
    text = (
        "Pinera faced protests last year. On the call, Fernandez told Pinera it was essential, “with those "
        "two enemies of the continent.” He added he hoped to embrace all Chileans."
    )
    assert [a.speaker_name for a in attributions(text, corpus) if a.verb == "added"] == ["Fernandez"]


def test_a_fronted_phrase_alone_is_no_words_of_a_trailing_speaker(corpus: Records) -> None:
    """ "During the talks, the leaders agreed that ..., an official said": cutting the official's words at the
    leaders would leave the phrase of time or place, so the sentence stays theirs."""
    text = (
        "During afternoon talks at a hotel, the two leaders agreed that close coordination was "
        "indispensable, a Japanese official said."
    )
    official = [a for a in attributions(text, corpus) if a.speaker_cue.text == "a Japanese official"]
    assert [a.text for a in official] == [text[: text.index(", a Japanese")]]
    # a clause of its own before the next speaker is cut as before
    text = (
        "The talks went well and lasted two hours, Ardak Bekov agreed that ties were good, an official said."
    )
    official = [a for a in attributions(text, corpus) if a.speaker_cue.text == "an official"]
    assert [a.text for a in official] == ["The talks went well and lasted two hours"]


def test_a_described_speaker_with_no_country_known_is_the_subject_before(corpus: Records) -> None:
    """'Shavkat Mirziyoyev thanked Tokayev. “...,” the Uzbek President said.': no one named is known to be
    Uzbek, so the one the sentence before was about speaks."""
    text = (
        "Shavkat Mirziyoyev thanked Kassym-Jomart Tokayev for a warm welcome.\n\n"
        "“Today's visit is of historical importance,” the Uzbek President said."
    )
    assert [(a.speaker_name, a.text) for a in attributions(text, corpus)] == [
        ("Shavkat Mirziyoyev", "“Today's visit is of historical importance,”")
    ]
    # a sentence opened by a long phrase has no subject near its start: no one is taken
    text = (
        "In a long address to the assembly on Monday, Shavkat Mirziyoyev thanked Kassym-Jomart Tokayev.\n\n"
        "“Today's visit is of historical importance,” the Uzbek President said."
    )
    assert [a.speaker for a in attributions(text, corpus) if a.quoted] == []


def test_a_described_person_and_a_name_speak_together(corpus: Records) -> None:
    """ "The former president and Gorbachev joked about ...": the two together, no one of them alone; a
    subject set off by a phrase between commas before "and <title> <name>" is one of the two as well."""
    text = "Carter met Gorbachev on Monday. The former president and Gorbachev said that ties were good."
    [said] = attributions(text, corpus)
    assert (said.speaker, said.speaker_name) == (None, "The former president and Gorbachev")
    text = (
        "Chilean President Gabriel Boric, making his first trip abroad since taking power last month, and "
        "Argentina President Alberto Fernandez vowed on Monday to cooperate on economic issues."
    )
    assert [a.speaker for a in attributions(text, corpus)] == [None]
    # a description inside a phrase of a preposition is no speaker ("talks with the president and X")
    text = "Reagan spoke with the former president and Gorbachev said that ties were good."
    assert [a.speaker_cue.text for a in attributions(text, corpus)] == ["Gorbachev"]


def test_any_adverb_between_a_speaker_and_the_verb(corpus: Records) -> None:
    """ "President Moi firmly announced that ...": the person, as with "repeatedly" or "reportedly", never a
    group named "President Moi"."""
    text = "President Ardak Moi firmly announced that he would not attend the summit."
    assert [(a.speaker_name, a.speaker.kind if a.speaker else None) for a in attributions(text, corpus)] == [
        ("Ardak Moi", SpeakerKind.PERSON)
    ]
    # a word of two letters before "ly" is no adverb of the speaker ("Italy", "rely" are no gap)
    text = "Ardak Moi met leaders in Italy announced that he would stay."
    assert [a.speaker_name for a in attributions(text, corpus)] != ["Ardak Moi"]


def test_words_as_no_one_before_a_reporting_verb(corpus: Records) -> None:
    """ "As earlier reported, X arrived": "As" is no speaker, and the sentence no one's words."""
    text = (
        "As earlier reported, Nursultan Nazarbayev arrived in Tashkent to attend the meeting of the leaders."
    )
    assert summary(text, corpus) == []
    # a named outlet before the same verb reports
    text = "Kazinform earlier reported that Nursultan Nazarbayev arrived in Tashkent to attend the meeting."
    assert [words for _, _, words in summary(text, corpus)] == [
        "Nursultan Nazarbayev arrived in Tashkent to attend the meeting"
    ]


def test_delegates_and_the_opposition_speak_as_groups(corpus: Records) -> None:
    text = "In a resolution, the delegates described the reform steps as an attempt to “buy time.”"
    assert [str(a.speaker) for a in attributions(text, corpus)] == ["the delegates"]
    text = "The opposition has demanded that a new Constitution be implemented before the election."
    assert [str(a.speaker) for a in attributions(text, corpus)] == ["The opposition"]


def test_a_bare_weekday_after_the_subject_of_and_announced(corpus: Records) -> None:
    """ "X Monday celebrated A and announced that “...”": the subject goes on past wire copy's weekday."""
    text = (
        "Argentine President Ardak Fernandez Monday celebrated the return of Brazil and announced that "
        "“we have decided to put the link back on track,” after his meeting."
    )
    assert [a.speaker_name for a in attributions(text, corpus)] == ["Ardak Fernandez"]
    # a capitalised word after the name that is no weekday is no verb of its subject
    text = (
        "Argentine President Ardak Fernandez Brazil celebrated the return and announced that "
        "“we have decided to put the link back on track,” after his meeting."
    )
    assert [a.speaker_name for a in attributions(text, corpus)] == []


def test_the_statement_named_before_a_group_speaks_as_itself(corpus: Records) -> None:
    """ "Their joint statement omitted X. U.S. officials said later ... “...,” the statement said.": the
    statement the text named is no word of the officials who spoke about it."""
    text = (
        "Their joint statement omitted any mention of the crackdown. U.S. officials said later that this was "
        "one of the reasons.\n\n“The summit will be held later this year,” the statement said."
    )
    [said] = [a for a in attributions(text, corpus) if a.quoted]
    assert str(said.speaker) == "the statement"
    # with no statement named, the statement is that of the institution that spoke just before
    text = (
        "Putin and Tokayev spoke by phone, the Kremlin said.\n\n"
        "“The summit will be held later this year,” the statement said."
    )
    [said] = [a for a in attributions(text, corpus) if a.quoted]
    assert str(said.speaker) == "the Kremlin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a date in parentheses after "today"
            "The state visit underlines their close ties, Minister Ardak Bekov said today (21 June).",
            "The state visit underlines their close ties",
        ),
        (  # a participle of the writer's after the speaker and a date
            "Li Qiang does not plan to meet Sanae Takaichi at the summit, the Foreign Ministry said on Nov "
            "17, signalling increasingly sour ties.",
            "Li Qiang does not plan to meet Sanae Takaichi at the summit",
        ),
    ],
)
def test_a_speaker_ending_the_sentence_before_a_date_or_a_participle(
    text: str, expected: str, corpus: Records
) -> None:
    assert [words for _, _, words in summary(text, corpus)] == [expected]


def test_he_named_only_by_a_possessive_before(corpus: Records) -> None:
    """ "Nasser's reaction was militant. “…,” he told the Arab world": with no one named before but as an
    owner, the owner is who "he" is; a person named plainly comes first."""
    text = (
        "Nasser's Kiss. Ardak Nasser's reaction was equally militant. "
        '"For the sake of Palestine," he told the Arab world, "we are ready to meet anyone."'
    )
    assert [a.speaker_name for a in attributions(text, corpus)] == ["Ardak Nasser", "Ardak Nasser"]
    text = (
        "Ardak Nasser's aides met Bolat Sadat on Monday. Bolat Sadat spoke first. "
        '"We are ready to meet anyone," he told the Arab world.'
    )
    assert [a.speaker_name for a in attributions(text, corpus)] == ["Bolat Sadat"]


def test_a_statement_named_after_the_verb_keeps_who_issued_it(corpus: Records) -> None:
    """ "“...,” said a readout issued by the Prime Minister's Office": the office is in the group's name, and
    "according to the readout" later is the office's; "said a statement on Monday" names no issuer, nor
    does "said a statement by phone" (lowercase, no one)."""
    text = (
        "Abe spoke with Putin. “The two leaders shared concern,” said a readout issued by the Prime "
        "Minister's Office. “They will meet again,” according to the readout."
    )
    speakers = [a.speaker and a.speaker.name for a in attributions(text, corpus)]
    assert speakers == ["a readout issued by the Prime Minister's Office", "the Prime Minister's Office"]
    text = "Abe spoke with Putin. “Talks went well,” said a statement from the Kremlin."
    assert [a.speaker and a.speaker.name for a in attributions(text, corpus)] == [
        "a statement from the Kremlin"
    ]
    for plain in ("said a statement on Monday.", "said a statement by phone."):
        text = f"Abe spoke with Putin. “Talks went well,” {plain}"
        assert [a.speaker and a.speaker.name for a in attributions(text, corpus)] == ["a statement"]


def test_a_photo_caption_is_no_sentence_of_the_narration(corpus: Records) -> None:
    """A caption line ending in a photo credit between two quotations of one speaker does not push the
    first out of reach; the same line with no credit is narration, and the person it names last is "he"."""
    opening = (
        "Prime Minister Lee Hsien Loong met Vietnamese Prime Minister Nguyen Xuan Phuc on Saturday.\n\n"
        "Mr Lee had paid tribute to General Prem Tinsulanonda last month.\n\n"
        '"I stated my position," he said.\n\n'
    )
    closing = '\n\n"Naturally, the two positions are different.\n\n"But we have moved beyond that," he said.'
    caption = "PM Lee Hsien Loong meeting Vietnamese PM Nguyen Xuan Phuc in Bangkok. PHOTO: LIANHE ZAOBAO"
    speakers = [str(a.speaker) for a in attributions(opening + caption + closing, corpus)]
    assert speakers[-1] == "lee-hsien-loong"
    narration = caption.removesuffix(" PHOTO: LIANHE ZAOBAO")
    speakers = [str(a.speaker) for a in attributions(opening + narration + closing, corpus)]
    assert speakers[-1] == "nguyen-xuan-phuc"


@pytest.mark.parametrize(
    ("statement", "issuer", "expected"),
    [
        ("a Royal Court statement", "Royal Court", "Royal Court"),  # named after who issued it: the issuer
        ("A White House statement", "White House", "White House"),
        ("a joint statement", "a joint statement", "the statement"),  # no one issued it by name: itself
        # a time or a lone person's name before it issues nothing: the statement speaks, and the later
        # "the statement" is it
        ("a Monday statement", "a Monday statement", "a Monday statement"),
        ("a Varga statement", "a Varga statement", "a Varga statement"),
    ],
)
def test_a_statement_named_after_who_issued_it(
    statement: str, issuer: str, expected: str, corpus: Records
) -> None:
    """ "according to a Royal Court statement ... according to the statement": the Royal Court's words."""
    text = (
        f"Abdullah met Sisi in Riyadh, according to {statement}. Discussions covered the need to stop the "
        "war, according to the statement."
    )
    speakers = [str(a.speaker) for a in attributions(text, corpus)]
    assert speakers == [issuer, expected]


@pytest.mark.parametrize(
    ("introduced", "expected"),
    [
        ("Putin and Trump spoke, according to a statement by the Kremlin. ", "the Kremlin"),
        ("", "the statement"),  # no one issued it: "it" is the statement as it stands
    ],
)
def test_it_after_the_statement_follows_it(introduced: str, expected: str, corpus: Records) -> None:
    """ "“...,” the statement said. “...,” it added": "it" is who issued the statement, as "the statement"
    is."""
    text = (
        f"{introduced}“The talks were useful,” the statement said. “The presidents agreed to meet,” it added."
    )
    speakers = [str(a.speaker) for a in attributions(text, corpus) if a.quoted]
    assert speakers == [expected, expected]


@pytest.mark.parametrize(
    ("speaker", "minister", "expected"),
    [
        ("Russian Foreign Minister Sergey Lavrov", "the minister", "sergey-lavrov"),
        ("Prime Minister Narendra Modi", "the minister", "the minister"),  # a prime minister is no minister
        ("Russian Foreign Minister Sergey Lavrov", "the ministers", "the ministers"),  # several: a group
    ],
)
def test_the_minister_is_the_minister_who_spoke_last(
    speaker: str, minister: str, expected: str, corpus: Records
) -> None:
    """ "X said ... As for the summit, the minister expressed hope that ...": the minister who spoke last,
    even when a later pass added the words before."""
    text = (
        f"“The date is being coordinated,” {speaker} said on Saturday. As for the summit proposed by "
        f"President Vladimir Putin, {minister} expressed hope that it would be held later this year."
    )
    said = [a for a in attributions(text, corpus) if a.text.startswith("hope")]
    assert [str(a.speaker) for a in said] == [expected]


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        ("Russian Foreign Minister Sergey Lavrov met Mr. Tillerson.", "sergey-lavrov"),
        # two ministers named: no one of them, the words of "the minister"
        ("Foreign Minister Sergey Lavrov met Defence Minister Mr. Tillerson.", "the minister"),
        (
            "Prime Minister Narendra Modi met Mr. Tillerson.",
            "the minister",
        ),  # a prime minister is no minister
    ],
)
def test_the_minister_is_the_one_minister_named_before(named: str, expected: str, corpus: Records) -> None:
    """ "Foreign Minister X met Y. “...,” the minister said": the one minister the text has named, when no
    minister spoke last."""
    text = f"{named} “We made the decision not to hold the summit,” the minister said in a comment."
    said = [a for a in attributions(text, corpus) if a.quoted]
    assert [str(a.speaker) for a in said] == [expected]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("as well as aid to fight HIV/Aids, said Kibaki.", "mwai-kibaki"),  # the name after the verb
        ("as well as aid to fight HIV/Aids, Kibaki said.", "mwai-kibaki"),  # not inverted: as before
    ],
)
def test_a_speaker_after_an_inverted_verb_is_not_the_name_before_its_comma(tail: str, expected: str) -> None:
    """ "“...,” as well as aid to fight HIV/Aids, said Kibaki.": a name right before ", said" ends the words
    said, the one right after the verb is who said them."""
    text = f"President Mwai Kibaki met George Bush. “We are pleased by the support,” {tail}"
    [said] = extract(text).attributions
    assert str(said.speaker) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a clause of its own: its subject
            "Kenyatta won the election after opposition leader Raila Odinga refused to participate, claiming",
            "raila-odinga",
        ),
        ("Kenyatta spoke after meeting Raila Odinga, saying", "uhuru-kenyatta"),  # a phrase, no clause
        ("Kenyatta thanked Cyril Ramaphosa as well as Raila Odinga, saying", "uhuru-kenyatta"),
        ("Kenyatta met Raila Odinga after the vote, saying", "uhuru-kenyatta"),
    ],
)
def test_a_participle_after_a_clause_of_its_own_goes_with_its_subject(sentence: str, expected: str) -> None:
    """ "X won after Y refused to take part, claiming ...": the participle goes on from Y's clause."""
    text = f"Uhuru Kenyatta met Raila Odinga. {sentence} the vote would not be free."
    [said] = extract(text).attributions
    assert (str(said.speaker), said.text) == (expected, "the vote would not be free")


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Mrs Thatcher spent an hour with Chancellor Kohl and she", "margaret-thatcher"),  # a new clause
        ("Mrs Thatcher and Chancellor Kohl", "None"),  # the two speak together: no one of them alone
    ],
)
def test_the_object_of_a_preposition_does_not_speak_with_the_next_speaker(
    subject: str, expected: str
) -> None:
    """ "X spent an hour with Kohl and she said ...": Kohl ends a phrase after "with"; "she" opens a
    clause."""
    text = (
        f"Margaret Thatcher met Helmut Kohl in Bonn. {subject} said their meeting had been extremely useful."
    )
    [said] = extract(text).attributions
    assert (str(said.speaker), said.text) == (expected, "their meeting had been extremely useful")


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (" Moscow owes money, the Itar-Tass news agency says.", "Itar-Tass"),  # named an outlet
        (" Moscow owes money, says news agency Itar-Tass.", "Itar-Tass"),
        (" Moscow owes money, Itar-Tass added.", "None"),  # a lone name no one calls an outlet
    ],
)
def test_a_lone_name_the_text_calls_an_outlet_is_a_group(later: str, expected: str) -> None:
    """ "Itar-Tass said ..." is the agency when the text names "the Itar-Tass news agency" anywhere."""
    text = (
        f"Boris Yeltsin met Saparmurat Niyazov. Itar-Tass said the two presidents met at a sanatorium.{later}"
    )
    said = [a for a in extract(text).attributions if a.text.startswith("the two presidents")]
    assert [str(a.speaker) for a in said] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nasser met Nkrumah. Informants said only eight countries had agreed to attend.", ["Informants"]),
        ("Nasser met Nkrumah. Nkrumah said only eight countries had agreed to attend.", ["nkrumah"]),
        ("Ruto met Museveni. Observers note that the meetings may have covered Kenya.", ["Observers"]),
        ("Ruto met Museveni. Ruto left a note that the aides never read.", []),  # a noun, not a verb
    ],
)
def test_a_group_noun_opening_a_sentence_speaks_as_a_group(text: str, expected: list[str]) -> None:
    """ "Informants said", "Observers note that": a group's noun, capitalised as the sentence opens, is a
    group, not a person of that name; "note" reports with a clause after it, as "notes" does."""
    assert [str(a.speaker) for a in extract(text).attributions] == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("The Prime Ministers noted", []),  # the two together: no one of them alone
        ("The prime minister noted", ["eisaku-sato"]),  # one: the first of the sentence that named one
    ],
)
def test_a_plural_office_is_no_one_person(subject: str, expected: list[str]) -> None:
    """ "The Prime Ministers noted that …" is not the last prime minister named: a plural is no one person."""
    text = f"Prime Minister Eisaku Sato met Prime Minister Harold Holt. {subject} that peace was their aim."
    said = [a for a in extract(text).attributions if a.speaker is not None]
    assert [str(a.speaker) for a in said] == expected


def test_a_pronoun_is_not_the_person_named_right_after_it(corpus: Records) -> None:
    text = (
        "Lavrov said the talks went well. The comments were referred to Tillerson last evening. "
        "He replied that he and Lavrov had discussed the plan."
    )
    assert summary(text, corpus)[1] == ("rex-tillerson", "replied", "he and Lavrov had discussed the plan")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Lavrov said the talks went well. He added that the comments Tillerson had made at a press "
            "conference earlier were wrong.",
            "the comments Tillerson had made at a press conference earlier were wrong",
        ),
        (
            "Lavrov said the talks went well. The comments were referred to Tillerson last evening. "
            "He replied that the plan was discussed.",
            "the plan was discussed",
        ),
    ],
)
def test_a_person_named_far_after_a_pronoun_or_not_at_all_leaves_it_to_the_last_speaker(
    text: str, words: str, corpus: Records
) -> None:
    assert summary(text, corpus)[1][::2] == ("sergey-lavrov", words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb ends the sentence after an adjunct: the words before the speaker were said
        (
            "The visit will give an impetus to ties with Tanzania, a valued friend, Mr. Modi had said"
            " ahead of his visit.",
            [
                (
                    "narendra-modi",
                    "said",
                    "The visit will give an impetus to ties with Tanzania, a valued friend",
                )
            ],
        ),
        # no comma before the speaker: the clause before is still what was said, never "on Wednesday"
        (
            "Mr. Trump will meet Mr. Putin on the sidelines of the summit in Danang Secretary of State"
            " Tillerson said on Wednesday.",
            [
                (
                    "rex-tillerson",
                    "said",
                    "Mr. Trump will meet Mr. Putin on the sidelines of the summit in Danang Secretary of"
                    " State",
                )
            ],
        ),
        # a few words before the speaker are their own noun phrase: no words said
        ("The top diplomat Mr. Tillerson said on Wednesday.", []),
    ],
)
def test_words_before_a_speaker_whose_verb_ends_the_sentence(
    text: str, expected: list[tuple[str, str, str]], corpus: Records
) -> None:
    assert summary(text, corpus) == expected


def test_a_preposition_after_a_reporting_verb_is_a_whole_word(corpus: Records) -> None:
    """ "said on Friday that the talks ..." is no adjunct read as "Friday th" and "at the talks": the words
    after the verb are what was said, not the phrase before the speaker."""
    text = "After the long day of talks in Berlin, Mr. Tillerson said on Friday that the talks went well."
    assert summary(text, corpus) == [("rex-tillerson", "said", "the talks went well")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet's credit for the story it ran reports nothing of its own
        (
            "Presidents Santos of Colombia and Chavez of Venezuela met Tuesday, Earth Times reports.",
            [],
        ),
        (
            "Mirziyoyev and Tokayev discussed the partnership, Trend reports via the press service.",
            [],
        ),
        # the past "reported" is a report
        (
            "Presidents Santos of Colombia and Chavez of Venezuela met Tuesday, Earth Times reported.",
            [
                (
                    "Earth Times",
                    "reported",
                    "Presidents Santos of Colombia and Chavez of Venezuela met Tuesday",
                )
            ],
        ),
    ],
)
def test_a_story_credit_is_no_report(
    text: str, expected: list[tuple[str, str, str]], corpus: Records
) -> None:
    assert summary(text, corpus) == expected


_KO = "Moon arrived in Beijing with spokesperson Ko Min-jung on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the spokesperson named after the words relays what Xi, named before them, said
        (
            _KO + 'Xi stressed, "China and South Korea should join forces," spokesperson Ko Min-jung told'
            " reporters.",
            [("xi-jinping", "stressed", '"China and South Korea should join forces,"')],
        ),
        (
            _KO + "Xi added that the two can achieve a lot, Ko Min-jung said.",
            [("xi-jinping", "added", "the two can achieve a lot, Ko Min-jung said")],
        ),
        # no one named before the words: the spokesperson's own
        (
            _KO + '"China and South Korea should join forces," spokesperson Ko Min-jung told reporters.',
            [("Ko Min-jung", "told reporters", '"China and South Korea should join forces,"')],
        ),
    ],
)
def test_a_person_named_after_anothers_words_relays_them(
    text: str, expected: list[tuple[str, str, str]], corpus: Records
) -> None:
    assert summary(text, corpus) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" after a phrase naming the one met is not that one
        (
            "Sisi met Kagame on Friday. Meanwhile, in his meeting with the Somalian president Hassan Sheikh"
            " Mahmoud, he pledged to maintain Egypt's support.",
            [("Sisi", "pledged", "to maintain Egypt's support")],
        ),
        # "he" inside another's reported words is no speaker of its own
        (
            "Sisi met Kagame on Friday. He said in his meeting with the Somalian president Hassan Sheikh"
            " Mahmoud that he pledged to maintain Egypt's support.",
            [
                (
                    "Sisi",
                    "said",
                    "in his meeting with the Somalian president Hassan Sheikh Mahmoud that he pledged to"
                    " maintain Egypt's support",
                )
            ],
        ),
        # a third party named inside the words, with a verb of their own, keeps them
        (
            "Lone said Obama also said he planned to call Kibaki.",
            [
                ("Lone", "said", "Obama also said he planned to call Kibaki"),
                ("barack-obama", "said", "he planned to call Kibaki"),
            ],
        ),
    ],
)
def test_he_after_an_opening_phrase_and_inside_reported_words(
    text: str, expected: list[tuple[str, str, str]], corpus: Records
) -> None:
    assert summary(text, corpus) == expected


_TRANSCRIPT = (
    "Excerpts from the Clinton-Yeltsin press conference after their meeting:\n\n"
    "Clinton: Russia did agree to enter into the Partnership for Peace. . . . There must be a special"
    " relationship.\n\n"
    "Yeltsin: Today we better understand the interests of each other.\n\n"
    "Clinton: I was deeply impressed that President Yeltsin told me that he had decided it.\n"
)


def test_a_transcript_line_is_its_speakers(corpus: Records) -> None:
    """A line opening with a person's name and a colon is theirs, each part an omission leaves apart its
    own; one named inside the words is a third party."""
    assert summary(_TRANSCRIPT, corpus) == [
        ("Clinton", ":", "Russia did agree to enter into the Partnership for Peace."),
        ("Clinton", ":", "There must be a special relationship."),
        ("Yeltsin", ":", "Today we better understand the interests of each other."),
        ("Clinton", ":", "I was deeply impressed that President Yeltsin told me that he had decided it."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one speaker's line alone is no transcript (a headline's "Putin: ...")
        "Clinton met Yeltsin in Moscow.\n\nClinton: Russia did agree to enter into the Partnership.\n",
        # a label no person of the text is named by is no speaker
        "Clinton met Yeltsin in Moscow.\n\nMoscow: Russia did agree to enter into the Partnership.\n\n"
        "Source: Reuters news agency on the talks today.\n",
    ],
)
def test_no_transcript_without_two_speakers(text: str, corpus: Records) -> None:
    assert [a for a in attributions(text, corpus) if a.verb == ":"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an apposition naming a paper, before the verb
            "Davar, another leading daily, reported that Rabin traveled in a windowless gray van.",
            [("Davar", "reported", "Rabin traveled in a windowless gray van")],
        ),
        (  # the apposition after "according to" is not the words said
            "According to Ha'aretz, Israel's most authoritative paper, the meeting took place on a ship.",
            [("Ha'aretz", "according to", "the meeting took place on a ship")],
        ),
    ],
)
def test_a_name_the_text_gives_a_paper_speaks_as_a_group(
    text: str, expected: list[tuple[str, str, str]], corpus: Records
) -> None:
    assert summary(text, corpus) == expected
    assert all(
        a.speaker is not None and a.speaker.kind is SpeakerKind.GROUP for a in attributions(text, corpus)
    )


def test_a_paper_named_once_stays_a_paper(corpus: Records) -> None:
    """ "A commentary in Die Welt suggested ... Thus, Die Welt argued": the paper both times, no person."""
    text = (
        "A commentary in Die Welt suggested that Mr Balladur had shown no sign of seeking ties. "
        "Thus, Die Welt argued, it would be wrong for Germany to commit itself unilaterally."
    )
    found = attributions(text, corpus)
    assert [a.speaker for a in found] == [Speaker.group("Die Welt")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, a former newspaper editor, said the ceasefire was holding.",
        "A column by Jane Doe argued that the ceasefire was holding. Jane Doe said the talks went well.",
    ],
)
def test_a_person_who_writes_for_a_paper_is_no_paper(text: str, corpus: Records) -> None:
    assert {a.speaker for a in attributions(text, corpus)} == {Speaker.person("jane-doe")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a preposition after the verb goes on from the sentence: the words before are said
            "Talks between Putin and Tillerson were postponed, officials said, amid tension.",
            [("officials", "said", "Talks between Putin and Tillerson were postponed")],
        ),
        (  # a participle of no speech: the words before, and the quotation after it too
            'The meeting will now take place on June 14, the Kremlin said, blaming "scheduling reasons."',
            [
                ("the Kremlin", "said", "The meeting will now take place on June 14"),
                ("the Kremlin", "said", '"scheduling reasons."'),
            ],
        ),
        (  # after a preposition, a quotation is someone else's words, not the speaker's
            'Talks between Putin and Tillerson will go ahead, officials said, amid what critics called "a '
            'sham process".',
            [("officials", "said", "Talks between Putin and Tillerson will go ahead")],
        ),
    ],
)
def test_a_clause_after_the_speaker_leaves_the_words_before(
    text: str, expected: list[tuple[str, str, str]], corpus: Records
) -> None:
    assert summary(text, corpus) == expected


def test_a_weak_verb_of_a_feeling_told_reports_it(corpus: Records) -> None:
    """ "expressed condolences" and "hoped <a clause>" with no "that" report words; "hoped to meet" none."""
    assert summary("Lavrov expressed condolences to the families of the victims.", corpus) == [
        ("sergey-lavrov", "expressed", "condolences to the families of the victims")
    ]
    assert summary("Lavrov hoped international conferences would go on.", corpus) == [
        ("sergey-lavrov", "hoped", "international conferences would go on")
    ]
    assert attributions("Lavrov hoped to see what would happen next.", corpus) == []
    assert attributions("Lavrov welcomed the families of the victims.", corpus) == []


def test_a_paper_named_after_its_kind_is_that_paper(corpus: Records) -> None:
    """ "according to the newspaper “Al Ahram.”" is Al Ahram; "according to the newspaper" alone stays so."""
    assert summary("The talks went well, according to the newspaper “Al Ahram.”", corpus) == [
        ("Al Ahram", "according to", "The talks went well")
    ]
    assert summary("The talks went well, according to the newspaper.", corpus) == [
        ("the newspaper", "according to", "The talks went well")
    ]
    assert all(
        a.speaker != Speaker.group("Monday")
        for a in attributions("The talks went well, according to the agency Monday.", corpus)
    )  # a day after the kind is no paper's name


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [("Her", "marla-venn"), ("The", "oskar-brandl"), ("His", "oskar-brandl")],
)
def test_a_sentence_opening_with_her_marks_the_subject_before_a_woman(opening: str, speaker: str) -> None:
    """ "Venn missed a chance. Her talks with ... Brandl were called off. But she ..., she told reporters":
    "Her" speaks of the subject of the sentence before, so "she" is Venn, not the last one named; "The"
    or "His" marks no one, and the nearest person stays."""
    text = (
        "Foreign Minister Marla Venn missed a chance to meet the host. "
        f"{opening} talks with the host and Prime Minister Oskar Brandl were called off. "
        "But she would have raised trade, she told reporters."
    )
    found = extract(text).attributions
    assert [a.speaker.leader if a.speaker else None for a in found] == [speaker]


def test_her_opening_a_sentence_after_two_named_marks_no_one() -> None:
    """ "Brandl met Venn. Her government ...": with two named before, "Her" may be the one met, so it
    marks neither, and a later "He said" stays with the one man named."""
    text = (
        "Chancellor Oskar Brandl met Foreign Minister Marla Venn in Vienna on Monday. Her government wants a "
        "gas deal, Venn told reporters, and she thanked her host. He said the talks were good."
    )
    found = extract(text).attributions
    assert [a.speaker.leader if a.speaker else None for a in found] == ["marla-venn", "oskar-brandl"]


def test_a_style_of_address_opening_a_sentence_marks_no_gender() -> None:
    from summitlib.extraction._antecedents import _OPENING_POSSESSIVE

    assert _OPENING_POSSESSIVE.match("His Majesty King Tomas greeted them.") is None
    assert _OPENING_POSSESSIVE.match("His talks were short.") is not None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "She would have raised trade, Foreign Minister Marla Venn told reporters travelling with her.",
            "She would have raised trade",
        ),
        (
            "Trade comes first, Foreign Minister Marla Venn told reporters gathered at the palace.",
            "Trade comes first",
        ),
        (  # no phrase after the participle: the words go on after the verb
            "Foreign Minister Marla Venn told reporters waiting was no option for the delegation.",
            "waiting was no option for the delegation",
        ),
    ],
)
def test_reporters_going_with_the_speaker_are_no_words(text: str, words: str) -> None:
    """ "..., she told reporters travelling with her": who was told and where they went, not what was said."""
    assert [a.text for a in extract(text).attributions] == [words]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Oskar Brandl informed the media that the call had been friendly.",
            [("oskar-brandl", "the call had been friendly")],
        ),
        (
            "Prime Minister Oskar Brandl informed reporters that the talks went well.",
            [("oskar-brandl", "the talks went well")],
        ),
        ("Prime Minister Oskar Brandl informed reporters of the talks.", []),  # no that-clause: no words
        ("Well-informed sources expected the talks to go well.", []),  # the adjective
    ],
)
def test_informing_someone_that_reports_speech(text: str, expected: list[tuple[str, str]]) -> None:
    """ "X informed the media that ...": like "told", a weak verb that reports with a that-clause after
    the one told."""
    found = extract(text).attributions
    assert [(a.speaker.leader if a.speaker else None, a.text) for a in found] == expected


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The visit was put off, according to a statement from the Foreign Ministry of Veldonia.",
            "the Foreign Ministry of Veldonia",
        ),
        ("A Palace Office statement said the visit was put off because of the weather.", "Palace Office"),
        ("The joint statement said the visit was put off because of the weather.", "The joint statement"),
    ],
)
def test_a_statement_with_its_issuers_name_speaks_as_the_issuer(text: str, group: str) -> None:
    """ "according to a statement from the Foreign Ministry", "the PMO statement said": the issuer speaks;
    a statement with no name of its own ("the joint statement") stays the speaker."""
    found = extract(text).attributions
    assert [a.speaker.name if a.speaker else None for a in found] == [group]


def test_a_persons_statement_names_no_institution() -> None:
    from summitlib.extraction._groups import issuer

    assert issuer("President Orvek Dalman’s statement") is None
    assert issuer("The statement") is None
    assert issuer("the Palace Office statement") == (4, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Oskar Brandl of South Korea said he expects results.", ["oskar-brandl"]),
        ("President Oskar Brandl of the Philippines said he expects results.", ["oskar-brandl"]),
        ("The leader of Oskar Brandl's small party said he expects results.", []),  # no country after
    ],
)
def test_a_speaker_and_the_country_after_the_name(text: str, expected: list[str]) -> None:
    """ "President X of Peru said ...": the country after the name stands between the speaker and the verb."""
    found = extract(text).attributions
    assert [a.speaker.leader for a in found if a.speaker is not None and a.speaker.leader] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'President Oskar Brandl blasted the new law as "a flagrant violation of human rights."',
            ['"a flagrant violation of human rights."'],
        ),
        ('Minister Marla Venn branded the plan as "reckless" in a speech.', ['"reckless"']),
        ("President Oskar Brandl blasted the new law as a violation.", []),  # no quotation: no words
        ("President Oskar Brandl blasted off as the rocket left.", []),
    ],
)
def test_calling_something_a_quoted_name_reports_the_quotation(text: str, expected: list[str]) -> None:
    """ "X blasted the law as "a violation"": like "described ... as", the quoted name is X's words."""
    assert [a.text for a in extract(text).attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Marla Venn called Prime Minister Oskar Brandl about the delay, to which the latter "
            "responded that the safety of the guest came first.",
            [("oskar-brandl", "the safety of the guest came first")],
        ),
        (
            "President Marla Venn met Prime Minister Oskar Brandl. The former said the talks went well.",
            [("marla-venn", "the talks went well")],
        ),
        (  # an office, no one named before
            "President Marla Venn met Prime Minister Oskar Brandl. The former president said the talks "
            "went well.",
            [],
        ),
        (  # speech within speech: the reporter's words
            "President Marla Venn said that she called Prime Minister Oskar Brandl about the delay, to which "
            "the latter responded that the guest came first.",
            [
                (
                    "marla-venn",
                    "she called Prime Minister Oskar Brandl about the delay, to which the latter responded "
                    "that the guest came first",
                )
            ],
        ),
    ],
)
def test_the_latter_and_the_former_speak(text: str, expected: list[tuple[str, str]]) -> None:
    """ "..., to which the latter responded that ...": the person named last; "the former", the one before."""
    found = extract(text).attributions
    assert [(a.speaker.leader, a.text) for a in found if a.speaker is not None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A foreign ministry official, when contacted by the paper, said the visit had been put off.",
            ["A foreign ministry official"],
        ),
        (
            "A senior diplomat, requesting anonymity, said the visit had been put off.",
            ["A senior diplomat"],
        ),
        (  # an aside that is no description of the speaker's situation: the group is not read across it
            "A foreign ministry official, the third this week, said the visit had been put off.",
            [],
        ),
    ],
)
def test_an_aside_between_a_group_and_its_verb(text: str, expected: list[str]) -> None:
    """ "An official, when contacted by Dawn, said ...": the aside stands between the group and its verb."""
    found = extract(text).attributions
    assert [a.speaker.name for a in found if a.speaker is not None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The talks went well," the spokesperson said in a statement, adding that the two sides agreed '
            "to meet again.",
            [
                ("the spokesperson", '"The talks went well,"'),
                ("the spokesperson", "the two sides agreed to meet again"),
            ],
        ),
        (  # a participle that needs no "that" is read only with someone named: no words here
            '"The talks went well," the spokesperson said, conceding it will take time.',
            [("the spokesperson", '"The talks went well,"')],
        ),
    ],
)
def test_a_group_reporting_then_adding_that(text: str, expected: list[tuple[str, str]]) -> None:
    """'"...," the spokesperson said in a statement, adding that ...': with no person in the sentence, the
    words after "adding that" are the reporter's too."""
    found = extract(text).attributions
    assert [(a.speaker.name, a.text) for a in found if a.speaker is not None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one told, of up to three capitalised words, is no part of what was said
        (
            "Ana Lopes told Kim Jong Un that the talks went well.",
            [("told Kim Jong Un", "the talks went well")],
        ),
        ("Ana Lopes told reporters that the talks went well.", [("told reporters", "the talks went well")]),
        # told about something: its topic, no words of it
        ("Ana Lopes told Kim Jong Un about the new spaceport, and he thanked her.", []),
        ("Ana Lopes told reporters about the talks.", []),
    ],
)
def test_who_was_told_and_what_it_was_about_are_no_words_said(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = extract(text, published="2023-09-13").attributions
    assert [(a.verb, a.text) for a in found] == expected


@pytest.mark.parametrize("outlet", ["newspaper", "magazine", "broadcaster", "tabloid"])
def test_an_outlet_noun_alone_is_a_group_speaker(outlet: str) -> None:
    """ "The magazine said ...": every publication's noun of the one outlet list makes a group speaker."""
    found = extract(f"The {outlet} said the talks would resume in Vienna.").attributions
    assert [str(a.speaker) for a in found] == [f"The {outlet}"]


@pytest.mark.parametrize("word", ["daily", "weekly", "paper"])
def test_a_publication_word_that_is_also_another_word_is_no_group_alone(word: str) -> None:
    """ "a position paper", "met weekly": these nouns make an outlet only beside its name."""
    from summitlib.extraction._groups import GROUP_NOUN

    assert GROUP_NOUN.fullmatch(word) is None
