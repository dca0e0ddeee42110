"""The claim-free facts of an article's mentions, kept with its index."""

from __future__ import annotations

from claimcheck.engine.articles import parse_article
from claimcheck.engine.changes import is_change
from claimcheck.engine.figure_cues import governing_clause, read_quantity_cues
from claimcheck.engine.index import ArticleIndex, build_lexicon, index_article
from claimcheck.engine.mentionfacts import mention_facts
from claimcheck.engine.relative import told_in_own_relative
from claimcheck.engine.terms import Terms

_TEXT = (
    "Flooding in the valley killed 14 people on Monday, and officials said the"
    " toll might top 40. The number of evacuated residents rose 300 overnight"
    " to 2,100.\n\n"
    "A 12-vehicle pile-up on the ring road injured nine drivers. Police plan to"
    " evacuate 500 more residents if the river keeps rising; with 31 injured,"
    " the hospital could be left with 6 beds."
)


def _index() -> ArticleIndex:
    lexicon = build_lexicon(
        [
            Terms.of(["killed"]),
            Terms.of(["toll"]),
            Terms.of(["evacuated", "evacuate"]),
            Terms.of(["injured"]),
            Terms.of(["vehicle", "vehicles"]),
            Terms.of(["beds"]),
        ]
    )
    return index_article(parse_article(_TEXT, path="flood.txt"), lexicon)


def test_the_candidates_are_the_mentions_bound_there_and_every_compound() -> None:
    index = _index()
    facts = mention_facts(index)
    bound = [m.bound[0] for m in index.mentions if m.bound is not None]
    assert len(bound) >= 5
    for starts in ({bound[0]}, set(bound[1:3]), set(bound), set(), {-1, bound[-1]}):
        expected = [
            at
            for at, m in enumerate(index.mentions)
            if m.bound is not None and (m.bound[0] in starts or m.rule == "compound")
        ]
        assert facts.candidates(starts) == expected
        # a large set of starts walks the mentions rather than the starts
        assert facts.candidates(starts | set(range(-50, -1))) == expected


def test_each_fact_is_what_its_rule_says_and_is_kept() -> None:
    index = _index()
    facts = mention_facts(index)
    assert mention_facts(index) is facts
    text = index.article.text
    seen = set()
    for at, mention in enumerate(index.mentions):
        if mention.bound is None:
            continue
        q = mention.quantity
        assert mention.bound is not None
        after = mention.bound[1] if mention.bound[1] <= q.start else 0
        change = is_change(text, q, (max(mention.clause[0], after), mention.clause[1]))
        clause = governing_clause(index, mention.clause, mention.sentence)
        if told_in_own_relative(text, q.end, mention.bound):
            clause = (q.start, clause[1])
        cues = read_quantity_cues(
            text, sentence=mention.sentence, clause=clause, start=q.start, end=q.end
        )
        for _ in range(2):  # worked out, then read back
            assert facts.is_change(index, at) == change
            assert facts.cues(index, at) == cues
        seen.add((change, bool(cues.suppositions)))
    # the text holds a change, a supposed figure and plain ones
    assert {(True, False), (False, True), (False, False)} <= seen
