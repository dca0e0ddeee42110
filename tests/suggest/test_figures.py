"""Figures: the noun a number counts, and which numbers are left out."""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon
from claimcheck.suggest.figures import counted_noun, lemma, read_figures


@pytest.mark.parametrize(
    ("after", "noun"),
    [
        (" soldiers were killed", "soldiers"),
        (" North Korean soldiers have been deployed", "soldiers"),
        (" North Koreans have defected", "North Koreans"),
        (" of Pyongyang's troops have been killed", "troops"),
        (" of the passengers were rescued", "passengers"),
        (" captured soldiers", "soldiers"),
        (" people fled the town", "people"),
        (" crew members were missing", "members"),
        (" children, officials said", "children"),
        (" wounded since joining", None),
        (" have been injured", None),
        (" others have been injured", None),
        (", the agency said", None),
        ("", None),
    ],
)
def test_counted_noun(after: str, noun: str | None) -> None:
    assert counted_noun(after) == noun


@pytest.mark.parametrize(
    ("word", "found"),
    [
        ("troops", "troop"),
        ("Deaths", "death"),
        ("injuries", "injury"),
        ("sent", "send"),
    ],
)
def test_lemma(word: str, found: str) -> None:
    assert lemma(word) == found


def _figures(text: str) -> list[tuple[str, str | None, str | None]]:
    article = parse_article(text, path="a.txt")
    return [
        (f.text, f.measure, f.noun) for f in read_figures(article, build_lexicon([]))
    ]


def test_figures_are_bound_or_name_what_they_count() -> None:
    found = _figures(
        "The storm killed 14 people and 3,000 residents fled to shelters.\n"
        "One resident said the water rose 2 metres in 40 minutes.\n"
        "The 62-year-old mayor, elected in 2019, said 16 families lost homes.\n"
    )
    assert ("14", "killed", "people") in found
    assert ("3,000", "fled", "residents") in found
    assert ("16", None, "families") in found
    texts = [f[0] for f in found]
    # a duration, an age, a year and a lone "one" count nothing
    assert "40 minutes" not in texts
    assert not any("62" in t or "2019" in t for t in texts)
    assert "One" not in texts


def test_figure_cites_its_place_and_quotes_its_sentence() -> None:
    text = "Intro line.\n\nOfficials said that 45 people died in the fire on Monday.\n"
    article = parse_article(text, path="dir/fire.txt")
    (figure,) = read_figures(article, build_lexicon([]))
    assert figure.location == "dir/fire.txt:3:21"
    assert figure.quote == "Officials said that 45 people died in the fire on Monday."


def test_a_long_sentence_is_quoted_around_the_number() -> None:
    filler = "word " * 60
    text = f"{filler}and then 45 people died at the scene {filler}."
    article = parse_article(text, path="a.txt")
    (figure,) = read_figures(article, build_lexicon([]))
    assert "45 people died" in figure.quote
    assert figure.quote.startswith("...")
    assert figure.quote.endswith("...")
    assert len(figure.quote) <= 150
