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
# the words a phrase of a suite opens with are those the word table keeps:
# these make the keywords' sentences be read from the table where it agrees
_TABLED = Terms.of([w.casefold() for w in _WORDS] + ["damage", "road"]).scanner


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
    assert nearest._table(index) is not None
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
        # and as the folded text tells them, word by word
        bounds = nearest.sentence_bounds(index)
        for word in nearest._foldable(keywords):
            assert index._memo["keyword sentences"][word] == (
                nearest._sentences_holding(index.folded, *bounds, word)
            )


def test_the_table_tells_the_sentences_only_where_it_agrees() -> None:
    def table(text: str) -> bool:
        index = index_article(parse_article(text, path="a.txt"), _LEXICON)
        return nearest._table(index) is not None

    assert table("The dam held. The river rose, “and” held — again.")
    assert not table("The dam held. The river7 rose.")  # a keyword by a digit
    assert not table("The dam held. The river_x rose.")
    assert table("The dam held in 2024. The 2nd river rose.")  # short runs
    assert not table("The élan held. The river rose.")  # a letter beyond ASCII
    assert not table("The dam held. The rive\u0301r rose.")
