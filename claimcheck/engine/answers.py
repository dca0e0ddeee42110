"""Questions and their answers: "Did the dam hold? It did not."

A question states nothing; its answer does.  A yes-no question (one that
opens with ``did``, ``has``, ``was``...: not ``why``, nor ``should`` or
``could``, which ask what ought to or may be) that the next sentence of its
paragraph answers outright (or the first of the next, where the question
closes its own) (``Yes.``, ``Of course.``, ``No, officials
said.``, ``Not yet.``, ``None did.``, ``It did, on Sunday.``, ``They have
not.``) states what it asks,
affirmed by a yes and negated by a no.  An answer that goes on with a verb
of its own (``They did not say.``, ``No one knows.``) is no answer, and a
question that holds a negation itself (``Didn't the dam hold?``) or offers
two choices (``Did the dam hold or fail?``) is left a question: its yes and
no are ambiguous.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS

if TYPE_CHECKING:
    from claimcheck.engine.articles import Article
    from claimcheck.engine.index import ArticleIndex
    from claimcheck.engine.lexicon import Lexicon

__all__ = ["Answer", "answered", "asked_above", "follows", "heads", "prior_measure"]

_AUXILIARY = r"(?:did|does|do|has|have|had|is|are|was|were)"
_YES_NO = lazy(rf"[\s\"'“‘(]*{_AUXILIARY}\b", FLAGS)
_CHOICE = lazy(r"\bor\b", FLAGS)
# the answer's word, then nothing or a mark: "No.", "Yes, on Monday."
_END = r"\s*(?:[,.;:!—–]|\s-|$)"
_ANSWER = lazy(
    r"[\s\"'“‘(]*(?:"
    r"(?P<no>no|nope|not\s+yet|not\s+so\s+far|not\s+at\s+all|never"
    r"|(?:of\s+course|certainly|absolutely|definitely)\s+not"
    r"|(?:none|neither|nobody|no\s+one)(?:\s+of\s+them)?\s+" + _AUXILIARY + r")"
    r"|(?P<yes>yes|yeah|indeed|of\s+course|certainly|absolutely|definitely)"
    r"|(?:it|they|he|she|we|both|all|each)\s+" + _AUXILIARY + r"(?P<not>\s+not|n['’]t)?"
    r")" + _END,
    FLAGS,
)


@dataclass(frozen=True, slots=True)
class Answer:
    """The answer to a question: the negations it adds to what the question
    asks (0 for a yes, 1 for a no), and the sentence it stands in."""

    negations: int
    span: tuple[int, int]


def answered(index: ArticleIndex, sentence: tuple[int, int]) -> Answer | None:
    """The answer to the question ``sentence``; None when it is no yes-no
    question or the next sentence does not answer it (kept with the index)."""
    memo: dict[tuple[int, int], Answer | None] = index._memo.setdefault("answers", {})
    if sentence not in memo:
        memo[sentence] = _answer(index, sentence)
    return memo[sentence]


def _answer(index: ArticleIndex, sentence: tuple[int, int]) -> Answer | None:
    article = index.article
    text = article.text
    start, end = sentence
    if not _YES_NO.match(text, start, end) or _CHOICE.search(text, start, end):
        return None
    sentences = article.sentences
    number = bisect.bisect_left(sentences, sentence)
    if number + 1 >= len(sentences):
        return None
    after = sentences[number + 1]
    paragraph = article.paragraph_at(start)
    if article.paragraph_at(after[0]) != paragraph and (
        # a question closing its paragraph, its answer opening the next
        text[end : paragraph[1]].strip()
        or article.paragraph_at(after[0])[0] != after[0]
    ):
        return None
    found = _ANSWER.match(text, after[0], after[1])
    if found is None:
        return None
    no = bool(found.group("no") or found.group("not"))
    return Answer(int(no), after)


def heads(article: Article, number: int) -> bool:
    """Whether sentence ``number`` is a question standing as a paragraph of
    its own, a heading the next paragraph answers ("How many died?" over
    "Forty-one, the fire chief said.")."""
    start, end = article.sentences[number]
    if article.text[end - 1 : end] != "?" or number + 1 >= len(article.sentences):
        return False
    paragraph = article.paragraph_at(start)
    after = article.sentences[number + 1][0]
    return paragraph == (start, end) and article.paragraph_at(after)[0] == after


def follows(article: Article, number: int) -> bool:
    """Whether sentence ``number`` follows the one before in its paragraph,
    or answers it as the heading of its own (``number`` > 0)."""
    start = article.sentences[number - 1][0]
    return article.paragraph_at(start) == article.paragraph_at(
        article.sentences[number][0]
    ) or heads(article, number - 1)


def asked_above(text: str, start: int) -> bool:
    """Whether a question mark closes what stands before the paragraph at
    ``start`` (a question heading it may answer)."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1 : i] == "?" and i > 0


def prior_measure(
    article: Article,
    lexicon: Lexicon,
    number: int,
    kind: str,
    measure_hits: list[tuple[int, int]],
) -> tuple[int, int] | None:
    """The first measure word taking ``kind`` in the sentence before
    ``number``, when ``number`` :func:`follows` it."""
    if number == 0:
        return None
    start, end = article.sentences[number - 1]
    if not follows(article, number):
        return None
    i = bisect.bisect_left(measure_hits, (start, start))
    for h in measure_hits[i:]:
        if h[1] > end:
            break
        takes = lexicon.kinds_of(article.text[h[0] : h[1]])
        if takes is None or kind in takes:
            return h
    return None
