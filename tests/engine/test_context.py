"""Spelling variants (the shortcut that skips articles holding no variant) and
the headline that paragraph context reads."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.claims import EntityClaim, Location, Scope
from claimcheck.engine.articles import parse_article
from claimcheck.engine.context import context_holds, headline, variants
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.terms import Terms

_WORDS = ["Seoul", "Metro", "Police", "Agency", "Kim", "Jong", "O'Neil", "Ana"]
_NOISE = ["the", "Seol", "Metr0", "Poilce", "Agncy", "Kin", "Jon", "ONeil", "an", "-"]


@st.composite
def _phrases(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3))
    star = draw(st.booleans())
    return " ".join(words) + ("*" if star else "")


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS + _NOISE), max_size=12))
    gaps = draw(st.lists(st.sampled_from([" ", "  ", "-", ", ", "'s "]), max_size=12))
    return "".join(
        w + g for w, g in zip(words, gaps + [" "] * len(words), strict=False)
    )


@settings(max_examples=300, deadline=None)
@given(
    names=st.lists(_phrases(), min_size=1, max_size=2),
    errors=st.sampled_from([None, 1, 2, 3, 4]),
    text=_texts(),
)
def test_the_shortcut_finds_what_the_variants_find(
    names: list[str], errors: int | None, text: str
) -> None:
    fuzzy = variants(Terms.of(names), errors)
    without = dataclasses.replace(fuzzy, requires=None)
    assert fuzzy.spans(text) == without.spans(text)


def test_an_article_without_any_run_is_skipped() -> None:
    fuzzy = variants(Terms.of(["Reconnaissance General Bureau"]), None)
    assert fuzzy.requires is not None
    assert fuzzy.requires.search("Troops crossed the river at dawn.") is None
    assert fuzzy.spans("the Reconaissance Generl Bureau said") == [(4, 31)]


def test_a_name_too_short_for_its_errors_has_no_shortcut() -> None:
    assert variants(Terms.of(["Ab"]), 2).requires is None


def _headline(text: str) -> str | None:
    index = index_article(parse_article(text, path="a.txt"), build_lexicon([]))
    found = headline(index)
    return None if found is None else text[found[0] : found[1]].strip()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Calloway fire: what we know\n\nCrews held the line.\n",
            "Calloway fire: what we know",
        ),
        (
            "Toll rises to 14 as the fire spreads\n\nCrews held.\n",
            "Toll rises to 14 as the fire spreads",
        ),
        # a first paragraph that ends as a sentence does is the story itself
        ("Crews fought the fire all night.\n\nNine homes burned.\n", None),
        ("Who was driving?\n\nThe driver survived.\n", None),
        # an article of one paragraph has no headline
        ("Calloway fire: what we know\n", None),
        # nor does one opening with a long first line
        (" ".join(["word"] * 30) + "\n\nCrews held.\n", None),
    ],
)
def test_a_headline_is_a_short_first_line(text: str, title: str | None) -> None:
    assert _headline(text) == title


def test_a_context_answer_is_kept_per_context_and_place() -> None:
    text = (
        "Ridge fire update\n\nThe Ridge fire burned 40 homes. Crews held the line."
        "\n\nIn Corran, the river rose. The Ridge crews moved on.\n\nNothing else."
    )

    def claim(context: str, scope: Scope) -> EntityClaim:
        return EntityClaim(
            id="e",
            description="",
            location=Location(path="a.yaml", line=1, column=1),
            names=Terms.of(["crews"]),
            context=(Terms.of([context]),),
            context_scope=scope,
        )

    lexicon = build_lexicon([Terms.of(["homes"])])
    claims = [claim(c, s) for c in ("ridge", "corran", "river") for s in Scope]
    # an equal context of another claim is asked apart, and gets the same
    claims += [claim("ridge", Scope.SENTENCE)]
    kept = index_article(parse_article(text, path="a.txt"), lexicon)
    for offset in range(len(text)):
        for c in claims:
            fresh = index_article(parse_article(text, path="a.txt"), lexicon)
            for _ in range(2):
                assert context_holds(c, kept, offset) == context_holds(c, fresh, offset)
    answers = {
        (c.context[0].terms[0].text, c.context_scope, context_holds(c, kept, o))
        for c in claims
        for o in range(len(text))
    }
    # each context holds somewhere and fails somewhere in a narrow scope
    assert ("corran", Scope.SENTENCE, True) in answers
    assert ("corran", Scope.SENTENCE, False) in answers
    assert ("ridge", Scope.PARAGRAPH, False) not in answers  # the headline
