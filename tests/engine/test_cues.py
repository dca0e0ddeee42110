"""The tests a rule runs before its pattern (claimcheck/engine/cues.py).

They must never change a reading: what makes them exact is checked over
every code point, and every reading is compared with the one made without
them, on sentences written for this file that trip each rule and on the
project's own article corpora.

Every sentence here is written for this file.
"""

from __future__ import annotations

import string
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.engine import index as index_module
from claimcheck.engine import reach as reach_module
from claimcheck.engine.articles import load_article, parse_article
from claimcheck.engine.cues import Cues
from claimcheck.engine.index import ArticleIndex, build_lexicon, index_article
from claimcheck.engine.numbers import ranges as ranges_module
from claimcheck.engine.numbers.ranges import Atom
from claimcheck.engine.numbers.vocabulary import POINT
from claimcheck.engine.terms import Terms, normalize

ROOT = Path(__file__).resolve().parents[2]

LEXICON = build_lexicon(
    [
        (Terms.of(["killed", "died", "dead", "drowned", "death toll", "toll"]), None),
        (Terms.of(["injured", "hurt", "hospitalised", "wounded"]), None),
        (Terms.of(["missing", "evacuated", "rescued"]), None),
        (Terms.of(["homes", "houses", "votes", "cases", "deaths"]), None),
        (Terms.of(["backed", "turnout"]), "%"),
        (Terms.of(["cost"]), "currency:USD"),
        (Terms.of(["shaft"]), "m"),
    ]
)

#: one or more sentences per rule the cues guard, each tripping it
TEXTS = [
    # a part: a place, a single one, among, a direction, a province
    "In a single hamlet above the ridge, the fire killed 9 people.",
    "Of the dead, 12 were killed alone in the market and 4 among the guards.",
    "In the north-east region, 40 homes were lost; 30 in the southern hills.",
    "Across the Dorsey Valley province, 212 people died.",
    "In the province of Orrin 31 drowned.",
    # another period, an event, an interim count
    "Year-to-date, 1,400 cases were counted, against 900 the previous year.",
    "A year earlier 300 died; in the first quarter 80 were hurt.",
    "In 1998 a flood killed 40. An unrelated fire elsewhere killed 3.",
    "With 60% of precincts reporting, the measure had 52% backed it.",
    "Preliminary results gave 1.1 million votes to the mayor.",
    # past events in a relative clause
    "A flood in 1998 that killed 40 people and injured about 300 was worse.",
    "The previous fire, which killed 9, struck in 2011.",
    # additions
    "Another 20 people were hurt; two more homes burned, 5 other houses too.",
    "A further 3 miners were rescued and an extra 12 evacuated.",
    # combined figures
    "The blast left 1,800 dead or injured and killed or hospitalised 640.",
    "At least 45 were injured or missing, and 30 were hurt and/or displaced.",
    "Some 70 were missing or feared dead.",
    # places listed one by one
    "91 people died in Orrin and 81 in Callow, while 20 at the east shaft.",
    "Thirty died at the mill, and twenty-two at the dock.",
    # earlier counts
    "The toll had stood at 168 on Sunday before rising to 212.",
    "By Wednesday the company had confirmed 19 deaths, up from 12.",
    "An earlier count put the toll at 24; officials initially said 20 died.",
    "The toll rose to 60, compared with 41 on Friday.",
    "It had 1.1 million votes with most districts declared.",
    # parts of a whole
    "Nine of them were killed, and 2 of the 10 hostages were hurt.",
    "One of the oldest homes burned; 12 of those aboard drowned.",
    # sums over several members
    "The Ashby and Corran fires have burned 3,000 acres between them.",
    "Across the three provinces, 412 people died; a combined 90 were hurt.",
    "Both blazes destroyed 310 homes, officials in Tarn and Besk said.",
    # differences, amounts told kind by kind, lengths dug and still to dig
    "The Yes side won by 4,120 votes; its lead of 3,000 votes held.",
    "The gap narrowed to 900 votes, 120 more votes than in the first round.",
    "The storm cost $40 million in repairs plus $12 million in lost trade.",
    "The shaft was drilled to 47 metres; the shaft has 11 metres to go.",
    "The shaft reached a depth of 40 metres, with 11 metres left to drill.",
    # another event compared with, another body's figure
    "It was the worst crush since Harl in 1988, when 64 people died.",
    "The flood drowned 212, far more than the 40 killed in the last one.",
    "The last time the river broke its banks, 40 homes were lost.",
    "Orsk floods\n\nNeighbouring Tarsk counted 14 deaths; Rival towns lost 9 homes.",
    "Orsk floods\n\nThe Velland Red Lion Inn, by the river, lost 30 homes.",
    "The Orsk council raised 4,000 votes, beside the Tarskan government's 900 votes.",
    # rules the cues leave alone, for contrast
    "Officials said 133 people had been injured in the crush.",
    "More than 300 homes were evacuated overnight.",
]


def _readings(index: ArticleIndex) -> list[tuple[object, ...]]:
    return [
        (m.quantity, m.clause, m.bound, m.rule, m.combined, m.scope, m.qualifier)
        for m in index.mentions
    ]


def _without_cues(monkeypatch: pytest.MonkeyPatch) -> None:
    # an article without cues reads every pattern, as the rules did before
    monkeypatch.setattr(index_module, "Cues", lambda text, folded, **_: None)


@pytest.mark.parametrize("text", TEXTS)
def test_cues_change_no_reading(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    article = parse_article(text, path="a.txt")
    fast = _readings(index_article(article, LEXICON, read_all=True))
    _without_cues(monkeypatch)
    slow = _readings(index_article(article, LEXICON, read_all=True))
    assert fast == slow


def test_the_sentences_trip_the_rules_the_cues_guard() -> None:
    readings = [
        r
        for text in TEXTS
        for r in _readings(
            index_article(parse_article(text, path="a.txt"), LEXICON, read_all=True)
        )
    ]
    scopes = {r[5] for r in readings}
    assert scopes >= {"part", "period", "event", "interim", "addition"}
    assert sum(bool(r[4]) for r in readings) >= 3


def test_cues_change_no_reading_on_the_corpora(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = sorted((ROOT / "tests" / "data").glob("*/*/articles/*.txt"))
    paths += sorted((ROOT / "seeds").glob("*.txt"))
    assert len(paths) > 80
    articles = [load_article(p) for p in paths]
    fast = [_readings(index_article(a, LEXICON, read_all=True)) for a in articles]
    _without_cues(monkeypatch)
    slow = [_readings(index_article(a, LEXICON, read_all=True)) for a in articles]
    assert fast == slow
    assert sum(r[5] != "" for reading in slow for r in reading) > 20


def test_lacks_and_opens() -> None:
    text = "Another 20 people, or more, were HURT in Orrin."
    cues = Cues(text, normalize(text))
    assert not cues.lacks(0, len(text), ("hurt",))
    assert cues.lacks(0, 18, ("hurt", "orrin"))
    assert not cues.opens(17, ("or",), space=False)  # a comma opens it
    assert cues.opens(17, (", or",), space=False)
    assert cues.opens(18, ("or",), space=True)
    assert not cues.opens(19, ("or",), space=True)
    assert cues.opens(19, ("or",), space=False)
    assert cues.word_at(len(text)) == len(text)


def test_starts_within() -> None:
    text = "Fires burned 3,000 acres ACROSS the valleys."
    cues = Cues(text, normalize(text))
    words = ("across", "valleys", "between")
    assert cues.starts_within(0, len(text), words)
    assert cues.starts_within(25, 26, words)  # "across" starts at 25
    assert not cues.starts_within(0, 25, words)
    assert not cues.starts_within(26, 36, words)
    assert cues.starts_within(36, 37, words)  # "valleys" starts at 36
    assert not cues.starts_within(0, len(text), ("combined",))


def test_a_text_that_folds_longer_is_never_skipped() -> None:
    text = "Die Straße: 20 killed"
    cues = Cues(text, normalize(text))
    assert cues.folded is None
    assert not cues.lacks(0, len(text), ("anything",))
    assert cues.opens(0, ("anything",), space=True)
    assert cues.starts_within(0, len(text), ("anything",))


@pytest.mark.slow
def test_what_the_cues_rely_on_holds_for_every_code_point() -> None:
    letter = regex.compile("[a-z]", regex.I).fullmatch
    space = regex.compile(r"\s").fullmatch
    digit = regex.compile(r"\d").fullmatch
    for code in range(0x110000):
        char = chr(code)
        if letter(char):
            # a character a case-insensitive pattern reads as an ASCII letter
            # folds to that letter, or to more than one character
            folded = normalize(char)
            takes = [
                c for c in string.ascii_lowercase if regex.fullmatch(c, char, regex.I)
            ]
            assert len(folded) != 1 or takes == [folded], hex(code)
        if space(char):
            assert char.isspace(), hex(code)
        if digit(char):
            # the cues take any character but ASCII ones for a digit
            assert not char.isascii() or char.isdecimal(), hex(code)


def _leads() -> list[str]:
    """Every stretch from a clause break or sentence start to a digit, in the
    project's articles, and leads written here."""
    leads = [
        "and has since climbed to ",
        "but is now still only about ",
        "however the total rose to ",
        "It was reportedly ",
        "numbered more than ",
        "and stood at an estimated ",
        "had already passed the ",
        "crossed ",
        "has gone past ",
        "The toll tops ",
        "sales broke through the ",
    ]
    paths = sorted((ROOT / "tests" / "data").glob("*/*/articles/*.txt"))
    for path in paths:
        for sentence in path.read_text(encoding="utf-8").split(". "):
            for cut in regex.finditer(r"(?:^|[,;:]\s*|\s)(?=\S)", sentence):
                for digit in regex.finditer(r"\d", sentence[cut.end() :][:60]):
                    leads.append(sentence[cut.end() : cut.end() + digit.start()])
    return leads


def test_a_lead_reach_skips_never_continues() -> None:
    leads = _leads()
    skipped = [lead for lead in leads if not reach_module._may_continue(lead)]
    assert len(skipped) > 1000
    assert not [lead for lead in skipped if reach_module._CONTINUES.fullmatch(lead)]
    assert reach_module._may_continue("and has since climbed to ")
    assert reach_module._CONTINUES.fullmatch("and has since climbed to ")


def test_a_lead_without_a_crossing_word_crosses_nothing() -> None:
    for lead in _leads():
        text = lead + "200 on Monday"
        atom = Atom(
            start=len(lead), end=len(lead) + 3, value=200.0, kind=POINT, unit=None
        )
        found = ranges_module._CROSSING.search(
            text, max(0, atom.start - 24), atom.start
        )
        expected = found is not None and (
            ranges_module._MARK.match(text, atom.end) is not None
            if found.group("the")
            else ranges_module._CROSSING_AFTER.match(text, atom.end) is not None
        )
        assert ranges_module._crossed(text, atom) == expected, lead


@given(
    st.text(alphabet="ab dn", max_size=60),
    st.lists(st.text(alphabet="abdn", min_size=1, max_size=3), min_size=1, max_size=4),
    st.integers(0, 70),
    st.integers(0, 70),
)
def test_a_stretch_is_looked_in_as_the_places_of_the_words_say(
    text: str, words: list[str], start: int, end: int
) -> None:
    # the first questions look in their stretch, later ones at the places
    # of the words in the whole text: both answer alike
    looked = Cues(text, text)
    placed = Cues(text, text)
    placed._asked[tuple(words)] = len(text) + 1
    want = any(
        text.startswith(word, i)
        for word in words
        for i in range(start, min(end, len(text)))
    )
    assert looked.starts_within(start, end, tuple(words)) == want
    assert placed.starts_within(start, end, tuple(words)) == want


@given(
    st.text(alphabet="ab dn’.*", max_size=60),
    st.lists(
        st.text(alphabet="abdn’.*", min_size=1, max_size=3), min_size=1, max_size=5
    ),
    st.integers(0, 70),
    st.integers(0, 70),
)
def test_a_stretch_lacks_the_words_when_none_stands_inside_it(
    text: str, words: list[str], start: int, end: int
) -> None:
    want = not any(text.find(word, start, end) >= 0 for word in words)
    assert Cues(text, text).lacks(start, end, tuple(words)) == want
