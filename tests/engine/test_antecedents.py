"""Which noun of the sentence before a pronoun opening a sentence stands for."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.engine.antecedents import stand_in_after, standing_for
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article


def _resolved(text: str) -> list[tuple[str, str]]:
    index = index_article(parse_article(text + "\n", path="a.txt"), build_lexicon([]))
    found = [stand_in_after(index, start) for start, _ in index.article.sentences]
    return [
        (text[s.span[0] : s.span[1]], text[s.antecedent[0] : s.antecedent[1]])
        for s in found
        if s is not None
    ]


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        # one candidate of the pronoun's kind
        (
            "The trawler sank near Crete. It had sailed from Tobruk.",
            [("It", "trawler sank")],
        ),
        ("The soldiers guarded the trawler. It had left Tobruk.", [("It", "trawler")]),
        (
            "Critics attacked the mayor on Friday. She refused to go.",
            [("She", "mayor")],
        ),
        (
            "Two prisoners are held in Kyiv. They want to go home.",
            [("They", "prisoners")],
        ),
        (
            "Two prisoners are held in Kyiv. Neither of the two men has spoken.",
            [("men", "prisoners")],
        ),
        (
            "Two prisoners are held in Kyiv. One of them has spoken.",
            [("them", "prisoners")],
        ),
        # a quantifier alone before its verb, not before a noun of its own
        (
            "Two prisoners are held in Kyiv. All are in good health.",
            [("All", "prisoners")],
        ),
        ("Two prisoners are held in Kyiv. Both have spoken.", [("Both", "prisoners")]),
        ("Two prisoners are held in Kyiv. All guards have left.", []),
        # a title, an age or a body's general noun for a name; a pronoun
        # after a time opening its sentence
        (
            "Lena Varga defended the deal. The minister resigned.",
            [("minister", "Lena Varga")],
        ),
        ("Reyes spoke on Monday. The 58-year-old quit.", [("old", "Reyes")]),
        ("Kesta met on Monday. The union agreed.", [("union", "Kesta")]),
        ("Reyes spoke on Monday. On Friday, she quit.", [("she", "Reyes")]),
        # a title stands for a name only; "they" for no name ending in s
        ("The mayor spoke on Monday. The minister resigned.", []),
        ("Reyes spoke on Monday. They quit.", []),
        # two candidates, or none: the pronoun stands for nothing
        ("The trawler was seen by a cargo ship. It had left Tobruk.", []),
        ("The mayor met Anna Berg on Friday. She resigned.", []),
        ("The captain spoke to the harbour master. He was arrested.", []),
        ("The pilot spoke to the co-pilot. He diverted to Shannon.", []),
        ("Two prisoners were interviewed by reporters. They want to go home.", []),
        ("The trawler was seen off Crete. They had left Tobruk.", []),
        # another paragraph, an "it" that opens what follows, an owner
        ("The trawler was seen off Crete.\n\nIt had left Tobruk.", []),
        ("The trawler was seen off Crete. It was not known whether it sank.", []),
        ("Two prisoners are held in Kyiv. The two men's lawyers spoke.", []),
        ("The hospital's insurer was told. It paid the ransom.", []),
        # a name opening the sentence, a title, not an acronym nor "the press"
        ("Reyes spoke to reporters. She resigned.", [("She", "Reyes")]),
        ("Yesterday Reyes met the press. She resigned.", [("She", "Reyes")]),
        (
            "The chief executive met investors. She resigned.",
            [("She", "chief executive met")],
        ),
        ("The minister was questioned by MPs. He resigned.", [("He", "minister")]),
        ("Ortega met Reyes on Friday. She resigned.", []),
        ("Friday's vote went against Reyes and Ortega. She resigned.", []),
        ("The captain was seen in Piraeus. He was arrested.", [("He", "captain")]),
        ("Reyes met the mayor on Friday. She resigned.", []),
        ("Critics met the mayor on Friday. She resigned.", [("She", "mayor")]),
        ("Engineers met the mayor on Friday. She resigned.", [("She", "mayor")]),
        # a noun of a business for the one name before it (not a place's)
        ("Halvex was fined in May. The company apologised.", [("company", "Halvex")]),
        ("Halvex Pharma was fined. The firm apologised.", [("firm", "Halvex Pharma")]),
        (
            "Halvex makes tablets in Cork. The company apologised.",
            [("company", "Halvex")],
        ),
        ("Halvex buys from Pelmar. The company apologised.", []),
        ("Halvex was fined. The company that packs its tablets apologised.", []),
        ("Halvex was fined. The firm behind the app apologised.", []),
        ("Regulators fined Halvex and Pelmar. The company apologised.", []),
        ("Halvex was fined.\n\nThe company apologised.", []),
        # a correction's own words (version, article) name no candidate
        (
            "An earlier version of this article said the plant would close. It"
            " will stay open.",
            [("It", "plant")],
        ),
        (
            "A previous version of this story said the ferry sank. It sailed on.",
            [("It", "ferry sank")],
        ),
        ("The version of the plan was changed. It will stay open.", []),
        # a word naming each of two for two names joined by "and"
        (
            "Dana Ruiz and Tom Beck are level. Neither candidate has conceded.",
            [("candidate", "Dana Ruiz and Tom Beck")],
        ),
        (
            "Officials met Ruiz and Beck. Both rivals refused to concede.",
            [("rivals", "Ruiz and Beck")],
        ),
        ("Ruiz met Beck on Friday. Neither candidate has conceded.", []),
        ("Ruiz and Beck met Ortega and Lind. Neither candidate has conceded.", []),
        ("Ruiz and Beck are level. Each year the count is close.", []),
    ],
)
def test_a_pronoun_stands_for_the_one_candidate(
    text: str, resolved: list[tuple[str, str]]
) -> None:
    assert _resolved(text) == resolved


@settings(max_examples=200, deadline=None)
@given(
    sentences=st.lists(
        st.sampled_from(
            [
                "The trawler sank near Crete.",
                "It had sailed from Tobruk.",
                "Critics attacked the mayor.",
                "She refused to go.",
                "Two prisoners are held.",
                "They want to go home.",
            ]
        ),
        min_size=1,
        max_size=7,
    ),
    picks=st.lists(st.integers(0, 6), max_size=4),
)
def test_only_hits_right_before_a_wanted_sentence_are_looked_up(
    sentences: list[str], picks: list[int]
) -> None:
    # the same stand-ins as looking up every hit: a hit whose sentence is not
    # right before a wanted one has none that is wanted
    text = " ".join(sentences)
    index = index_article(parse_article(text + "\n", path="a.txt"), build_lexicon([]))
    spans = index.article.sentences
    wanted = {spans[i] for i in picks if i < len(spans)}
    hits = tuple(m.span() for m in re.finditer(r"\w+", text))
    assert standing_for(index, hits, wanted) == tuple(
        dict.fromkeys(
            found.span
            for hit in hits
            if (found := stand_in_after(index, hit[0], wanted.__contains__)) is not None
            and found.antecedent[0] <= hit[0]
            and hit[1] <= found.antecedent[1]
        )
    )
