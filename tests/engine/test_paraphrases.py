"""The table of common news measures' wordings (engine/paraphrases.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.paraphrases import (
    MEASURES,
    guard_of,
    measures_named,
    paraphrased,
    written,
)
from claimcheck.engine.terms import Terms, inflected


def _names(words: list[str]) -> list[str]:
    return [m.name for m in measures_named(Terms.of(words))]


@pytest.mark.parametrize(
    ("measure", "named"),
    [
        (["killed"], ["deaths"]),
        (["death toll"], ["deaths"]),
        (["Fatalities"], ["deaths"]),
        (["dies"], ["deaths"]),
        (["wounded", "hurt"], ["injured"]),
        (["unaccounted for"], ["missing"]),
        (["rescues"], ["rescued"]),
        (["evacuees"], ["evacuated"]),
        (["arrests"], ["arrested"]),
        (["strikers", "on strike"], ["strikers"]),
        (["walkout"], ["strikers"]),
        # a strike of another kind names none
        (["air strikes"], []),
        # two measures at once, a description, a thing: none
        (["dead or injured"], []),
        (["soldiers who later died of wounds"], []),
        (["homes", "houses"], []),
        (["votes"], []),
    ],
)
def test_a_measure_is_named_by_a_head_word_in_any_inflection(
    measure: list[str], named: list[str]
) -> None:
    assert _names(measure) == named


def test_the_claims_own_words_come_first_and_are_not_repeated() -> None:
    terms = paraphrased(Terms.of(["killed", "lost their lives"], name="dead"))
    texts = [t.text for t in terms.terms]
    assert texts[:2] == ["killed", "lost their lives"]
    assert texts.count("lost their lives") == 1
    assert {"perished", "took the lives", "fatalities", "lives"} <= set(texts)
    assert terms.name == "dead"


def test_a_measure_the_table_does_not_name_comes_back_unchanged() -> None:
    terms = Terms.of(["hectares", "burned"])
    assert paraphrased(terms) is terms


def test_no_wording_of_one_measure_names_another() -> None:
    # a claim's wordings must not pull in a second measure's
    for measure in MEASURES:
        grown = paraphrased(Terms.of([measure.heads[0]]))
        assert [m.name for m in measures_named(grown)] == [measure.name]


@pytest.mark.parametrize(
    ("text", "word", "holds"),
    [
        ("The flood claimed 97 lives.", "lives", True),
        ("The stampede cost at least 44 lives.", "lives", True),
        ("Pump crews meant 97 lives were saved.", "lives", False),
        ("Their lives changed.", "lives", False),
        ("Crews brought 12 exhausted men to safety.", "brought", True),
        ("Police brought 12 charges.", "brought", False),
        ("They ordered 9,500 residents to leave the valley.", "ordered", True),
        ("They ordered 9,500 sandbags.", "ordered", False),
        ("Medics treated 50 people for minor injuries.", "treated", True),
        ("Medics treated 35 people for smoke inhalation.", "treated", False),
        ("The flood drove 18,000 people from their homes.", "drove", True),
        ("About 9,500 people were moved out of the valley.", "moved out", True),
        ("5,000 residents moved out over the decade.", "moved out", False),
        ("Some 3,200 dockers walked out on Monday.", "walked out", True),
        ("3,000 passengers walked out of the terminal.", "walked out", False),
        ("About 3,200 dockers took part in the strike.", "took part", True),
        ("About 200 delegates took part in the union's vote.", "took part", False),
        ("Some 3,200 dockers staged a 24-hour walkout.", "staged", True),
        ("The union staged 12 rallies.", "staged", False),
        ("Some 3,200 dockers joined the strike.", "joined", True),
        ("Some 3,200 dockers stayed away from work.", "stayed away", True),
        ("About 40 ships stayed away from the port.", "stayed away", False),
        ("Two persons were saved from the water.", "saved", True),
        ("Fishermen saved 14 sailors from the wreck.", "saved", True),
        ("Quick work meant 97 lives were saved.", "saved", False),
        ("Rescuers brought 205 people out of the pit.", "out of", True),
        ("Crews got about 1,200 workers out of the tunnel.", "out of", True),
        ("Twelve out of 40 pupils fell ill.", "out of", False),
        ("Rescuers brought the equipment out of the pit.", "out of", False),
        ("Ladder trucks brought 35 people down from the roof.", "down", True),
        ("Firefighters helped some 60 residents down the stairs.", "down", True),
        ("The fix brought the toll down to 40.", "down", False),
        ("Shares fell 40 points down.", "down", False),
    ],
)
def test_a_guarded_word_counts_only_beside_its_words(
    text: str, word: str, holds: bool
) -> None:
    guard = guard_of(word)
    assert guard is not None
    start = text.index(word)
    assert guard.holds(text, start, start + len(word)) is holds


def _bound(measure: list[str], text: str) -> list[tuple[str, str | None, str]]:
    terms = inflected(paraphrased(Terms.of(measure)), counted=True)
    index = index_article(
        parse_article(text + "\n", path="a.txt"), build_lexicon([(terms, None)])
    )
    return [
        (
            m.quantity.text,
            None if m.bound is None else text[m.bound[0] : m.bound[1]],
            m.rule,
        )
        for m in index.mentions
    ]


@pytest.mark.parametrize(
    ("measure", "text", "bound"),
    [
        (
            ["killed"],
            "The fire took the lives of 97.",
            ("97", "took the lives", "object"),
        ),
        (["killed"], "The crush claimed 31 lives.", ("31", "lives", "counted noun")),
        (["killed"], "In all, 97 miners perished.", ("97", "perished", "counted noun")),
        (["killed"], "The water killed 97 pit ponies.", ("97", None, "counted noun")),
        (
            ["killed"],
            "Officials said 97 miners were feared dead.",
            ("97", "feared dead", "subject"),
        ),
        (
            ["missing"],
            "Forty remain unaccounted for.",
            ("Forty", "unaccounted", "counted noun"),
        ),
        (["rescued"], "Crews brought 12 men to safety.", ("12", "brought", "object")),
        (
            ["rescued"],
            "Crews brought 12 boats to safety.",
            ("12", None, "counted noun"),
        ),
        (
            ["evacuated"],
            "Rescuers brought 205 people out of the pit.",
            ("205", "out of", "nearest"),
        ),
        (
            ["evacuated"],
            "Rescuers brought 12 pumps out of the pit.",
            ("12", None, "counted noun"),
        ),
        (
            ["rescued"],
            "Two persons were saved from the water by fishermen.",
            ("Two", "saved", "subject"),
        ),
        (
            ["rescued"],
            "Ladder trucks brought 35 residents down from the upper floors.",
            ("35", "down", "nearest"),
        ),
        (
            ["derailed"],
            "38 wagons went out of the rails near the station.",
            ("38", "went out of the rails", "counted noun"),
        ),
        (
            ["derailed"],
            "Nine carriages came off the tracks.",
            ("Nine", "came off the tracks", "counted noun"),
        ),
    ],
)
def test_the_binding_rule_reads_the_wordings(
    measure: list[str], text: str, bound: tuple[str, str | None, str]
) -> None:
    assert bound in _bound(measure, text)


def test_lives_saved_are_no_lives_lost() -> None:
    # the paragraph holds no measure word at all: nothing is bound
    found = _bound(["killed"], "Pump crews meant 97 lives were saved.")
    assert all(bound is None for _, bound, _ in found)
    found = _bound(["killed"], "Pump crews meant 97 lives were saved; 3 died.")
    assert ("3", "died", "counted noun") in found
    assert all(bound is None for number, bound, _ in found if number == "97")


def test_a_word_a_claim_writes_itself_is_not_guarded() -> None:
    # "treated" guards the injured claim's wording, but a claim counting
    # patients treated names it plainly: both count where it stands
    injured = inflected(paraphrased(Terms.of(["injured"])), counted=True)
    treated = inflected(Terms.of(["treated"]), counted=True)
    text = "The clinic treated 300 patients.\n"
    guarded = build_lexicon([(injured, None)])
    both = build_lexicon([(injured, None), (treated, None)])
    assert guarded.spans(text, 0) == []
    assert both.spans(text, 0) == [(11, 18)]


_WORDS = sorted(
    {head for m in MEASURES for head in m.heads}
    | {"homes", "hectares", "votes", "soldiers", "dead or injured", "death toll"}
)


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4, unique=True))
def test_wordings_are_added_once_after_the_claims_own(words: list[str]) -> None:
    terms = Terms.of(words)
    grown = paraphrased(terms)
    assert [t.text for t in grown.terms[: len(words)]] == words
    assert len({t.text for t in grown.terms}) == len(grown.terms)
    # the grown measure names the same measures, so growing it adds nothing
    assert paraphrased(grown).terms == grown.terms


def test_a_guarded_word_the_claim_wrote_itself_stays_plain() -> None:
    # "pulled" guards the rescued wording, but this claim wrote it
    measure = inflected(paraphrased(Terms.of(["rescued", "pulled"])), counted=True)
    assert [t.text for t in written(measure)] == ["rescued", "pulled"]
    text = "Crews pulled 212 people from the lake overnight.\n"
    lexicon = build_lexicon([(measure, None)])
    assert lexicon.spans(text, 0) == [(6, 12)]
    assert "pulled" not in lexicon.guards
    assert "brought" in lexicon.guards


_GAP_PIECES = [
    *"to out of leave safety alive for injuries 12 . , - ’ ß ﬂee TO homes".split(),
    *(" ", "  ", "\n"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GAP_PIECES), max_size=16))
def test_the_gap_takes_each_word_whole(pieces: list[str]) -> None:
    # giving a word back never lets the gap match: the possessive form finds
    # what the plain one finds
    import regex

    from claimcheck.engine import newsmeasures
    from claimcheck.engine.terms import FLAGS

    text = "ordered" + "".join(pieces)
    for after in (
        r"(?:to\s+(?:leave|evacuate|flee|get\s+out)|out\s+of)\b",
        r"for\s+(?:\w+\s+){0,2}?(?:injur|wound|burn)\w*",
        r"(?:from|out\s+of)\s+(?:their|his|her|the)\s+homes?\b",
    ):
        fast = regex.compile(newsmeasures._GAP + after, FLAGS).match(text, 7)
        plain = regex.compile(newsmeasures._GAP.replace("++", "+") + after, FLAGS)
        slow = plain.match(text, 7)
        assert (fast and fast.span()) == (slow and slow.span())
