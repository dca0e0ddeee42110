"""A run-in head: an explainer's paragraph opening with a word or two and a
full stop ("The minimum. Kaiser's lowest-paid workers will earn at least $25
an hour", "Pay. Wages rise by 21 percent").

The head names what the paragraph's first sentence is about, as a fact
box's label names its row's figure: a figure of that sentence that no
measure word of its own takes counts the head's measure word.
"""

from __future__ import annotations

from claimcheck.engine.articles import Article
from claimcheck.engine.nouns import STOP
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["run_in_head"]

#: how many words a run-in head may hold
_HEAD_WORDS = 3
_DETERMINERS = frozenset("the a an its their our his her".split())
# the word right after a figure
_NEXT_WORD = lazy(r"\s+([^\W\d_]+)")


def run_in_head(article: Article, number: int, q: Quantity) -> bool:
    """Whether sentence ``number`` opens its paragraph right after a run-in
    head (the sentence before, in the same paragraph and on the same line),
    and its figure ``q`` counts no thing of its own ("reached 12 galleries")."""
    if number == 0:
        return False
    after = _NEXT_WORD.match(article.text, q.end) if q.unit is None else None
    if after is not None and after.group(1).casefold() not in STOP:
        return False
    start, end = article.sentences[number - 1]
    paragraph = article.paragraph_at(start)
    if (
        paragraph[0] != start
        or article.paragraph_at(article.sentences[number][0]) != paragraph
    ):
        return False
    head = article.text[start:end].strip()
    words = head[:-1].split()
    return (
        head.endswith(".")
        # a noun phrase: one word ("Pay."), or a determiner and a noun or
        # two ("The minimum."), never a clause ("Firefighters were exhausted.")
        and (
            len(words) == 1
            or (len(words) <= _HEAD_WORDS and words[0].casefold() in _DETERMINERS)
        )
        and head[:1].isupper()
        and "\n" not in article.text[start : article.sentences[number][0]]
        and not any(ch.isdigit() for ch in head)
    )
