"""A claim's "all" or "every" against an article's "too few" or "only some".

"All the fire doors were open" (a claim's sentence, often what contradicts
it) is not what "too few open fire doors", "only some of the fire doors
were open" or "few of the fire doors were open" tell: those say that some,
not all, were so.  A clause holding the claim's words with such a word
before them, and no "all" or "every" of its own, is not the sentence's
statement.  A sentence of the claim without "all" or "every" costs one
cached look at its words.
"""

from __future__ import annotations

import functools

from claimcheck.engine.index import ArticleIndex
from claimcheck.engine.patterns import lazy
from claimcheck.engine.statements import Sentence, StatementMatch

__all__ = ["short_of_all"]

#: how far before the clause or its first word of the sentence the
#: quantifier is looked for
_REACH = 40
# words that say some, not all: "too few", "only some of", "not every"
_SOME = lazy(
    r"\b(?:(?:too|very|only\s+a|a)\s+)?few|(?:only\s+)?some|not\s+(?:all|every)"
    r"|none|most|several|half|a\s+(?:handful|minority)\b"
)
# the article's own "all" or "every" ("not all" is some)
_ALL = lazy(r"(?<!\bnot\s)\b(?:all|every)\b")
#: words one of which every match of _SOME holds
_CUES = tuple(
    "few|some|not all|not every|none|most|several|half|handful|minority".split("|")
)


@functools.cache
def _universal(text: str) -> bool:
    words = text.casefold().split()
    return "all" in words or "every" in words


def short_of_all(
    index: ArticleIndex, sentence: Sentence, found: StatementMatch
) -> bool:
    """Whether ``sentence`` says "all" or "every" and ``found``, its words in
    the article, tells only some (see the module's docstring)."""
    if not _universal(sentence.text):
        return False
    text = index.article.text
    # back from the first word to a comma or a colon, within the sentence
    start = max(found.sentence[0], min(found.clause[0], found.start) - _REACH)
    start = max(start, *(text.rfind(m, start, found.start) + 1 for m in ",;:"))
    stretch = text[start : found.end].casefold()
    if not any(cue in stretch for cue in _CUES):
        return False
    return _SOME.search(stretch) is not None and _ALL.search(stretch) is None
