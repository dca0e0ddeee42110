"""Near misses: sentences scored in the folded text as by their words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.engine import nearest
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import ArticleIndex, build_lexicon, index_article
from claimcheck.engine.terms import Terms

_LEXICON = build_lexicon([Terms.of(["dead"])])
_WORDS = ["dam", "dams", "held", "Held", "HOLDS", "élan", "ÉLAN", "οδοσ", "ΟΔΟΣ"]
_WORDS += ["river", "rivers", "x7river", "river_x", "road’s", "über", "straße"]
_GAPS = [" ", ". ", ", ", "-", "", "\n\n", "! ", "7", "\u0301", "’"]


def _by_words(index: ArticleIndex, keywords: frozenset[str]) -> dict[int, int]:
    out = {}
    for number, (_, _, words) in enumerate(index.sentence_words()):
        if words & keywords:
            out[number] = len(words & keywords)
    return out


def test_a_keyword_counts_once_per_sentence_as_a_whole_word() -> None:
    index = index_article(
        parse_article(
            "The dam held; the Dam held. Dams held the damage.", path="a.txt"
        ),
        _LEXICON,
    )
    assert nearest._folds_alike(index)
    keywords = frozenset({"held", "dams"})
    assert (
        nearest._shared(index, nearest._foldable(keywords))
        == _by_words(index, keywords)
        == {0: 1, 1: 2}
    )


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=16
    ),
    keywords=st.frozensets(
        st.sampled_from([w.casefold() for w in _WORDS] + ["damage", "road"]),
        max_size=5,
    ),
)
def test_sentences_score_as_by_their_words(
    pieces: list[tuple[str, str]], keywords: frozenset[str]
) -> None:
    text = "Start here. " + "".join(w + g for w, g in pieces) + " End here."
    index = index_article(parse_article(text, path="a.txt"), _LEXICON)
    if nearest._folds_alike(index):
        found = nearest._shared(index, nearest._foldable(keywords))
        assert found == _by_words(index, keywords)
