"""A rival of an attribute claim named in another role than the claim's.

An attribute claim's rivals are often the story's other real names, and
articles name them in roles of their own.  A rival affirmed in the claim's
context contradicts it only where it fills the role the claim describes
(its ``claim:`` line, "The bank that bought Harlow Bank's deposits and
loans").  :func:`other_role` tells three readings where it does not:

- the rival owns another thing than the claim's line speaks of ("Marrow
  Bank's chief executive"), or a thing of another time ("Brakka's earlier
  eruptions"); "Brakka's eruption", for "where the eruption began", owns
  the claim's own;
- its clause is about another time or event, marked as the engine marks
  past events (:func:`claimcheck.engine.earlier.past_marks`: "in 2019",
  "the previous", "an earlier", "in the last years"), a year counting
  only where it is earlier than the article's (or, undated, than another
  it gives) and not one the claim's line names;
- the claim's line names a part of an owner ("Harlow Bank's deposits and
  loans") and the rival's sentence names that owner only with another
  part ("Harlow Bank's Irish arm") or under a longer name ("Harlow Bank
  Ireland"): the rival acts on another thing.

A rival in the claim's own role ("Ostwick lost out to Marrow Bank, which
bought the deposits") still contradicts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from claimcheck.engine.earlier import PAST_WORDS, past_marks
from claimcheck.engine.patterns import lazy

if TYPE_CHECKING:
    from claimcheck.claims import AttributeClaim
    from claimcheck.engine.index import ArticleIndex

__all__ = ["other_role"]

# the end of a noun phrase after a possessive: a preposition or a mark
_PREPOSITIONS = "from|to|in|on|at|for|by|with|of|near"
_PHRASE_END = rf"(?=\s+(?:{_PREPOSITIONS})\b|[,.;:]|$)"
# a possessive right after the rival and the words it owns, up to a
# preposition, a verb or a mark: "Brakka's earlier eruptions", "Savings' board"
_POSSESSIVE = lazy(
    r"['’]s?\s+(?P<owned>\p{L}[\w\s-]*?)"
    rf"(?=\s+(?:{_PREPOSITIONS}|still|was|were|is|are|has|have|had)\b|[,.;:]|$)"
)
_PAST_WORD = lazy(PAST_WORDS, regex.I)
# where another subject's clause opens within a sentence: "; ", ", but"
_CONTRAST = lazy(r";\s|,\s+(?:but|while|whereas)\b|\s+but\s+", regex.I)
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
# the claim line's owner and the part it names: "Harlow Bank's deposits and
# loans"
_OWNED = lazy(
    r"(?P<owner>(?:\p{Lu}[\w&.-]*\s+){0,3}\p{Lu}[\w&.-]*)['’]s\s+"
    rf"(?P<part>[\w\s-]+?){_PHRASE_END}"
)
# what follows an owner's name in the article: its part, or a longer name
_AFTER_OWNER = lazy(
    rf"['’]s\s+(?P<part>[\w\s-]+?){_PHRASE_END}|\s+(?P<name>\p{{Lu}}\w*)"
)
_LEAN = frozenset(
    "a an the its their his her and or most all some much many that which who"
    " whom whose where when of to in on at for by with from".split()
)


def other_role(
    claim: AttributeClaim, index: ArticleIndex, start: int, end: int
) -> str | None:
    """Why the rival at ``[start, end)`` is named in another role than the
    one the claim describes, or None where it may fill it."""
    text = index.article.text
    description = claim.description
    first, last = _clause_of(text, index.article.sentence_at(start), start, end)
    owns = _POSSESSIVE.match(text, end, last)
    if owns is not None:
        if _PAST_WORD.match(owns.group("owned")):
            return "is named of another time or event"
        # "Brakka's eruption" for "where the eruption began": the claim's thing
        if not _stems(owns.group("owned")) & _stems(description):
            return "names the owner of another thing"
    if _past(index, description, first, last):
        return "is named of another time or event"
    if _another_part(claim.description, text, first, last):
        return "acts on another thing than the one the claim names"
    return None


def _clause_of(
    text: str, sentence: tuple[int, int], start: int, end: int
) -> tuple[int, int]:
    """The part of the sentence holding the rival, cut where another
    subject's clause opens ("; ", ", but")."""
    first, last = sentence
    for m in _CONTRAST.finditer(text, first, last):
        if m.end() <= start:
            first = m.end()
        elif m.start() >= end:
            return first, m.start()
    return first, last


def _past(index: ArticleIndex, description: str, first: int, last: int) -> bool:
    """Whether the clause holds a mark of another time or event.  A year
    is one where it is earlier than the article's own, or, in an undated
    article, than another year it gives; a year the claim's line names is
    the story's."""
    text = index.article.text
    dated = index.article.date
    latest: int | None = None
    for mark_start, mark_end in past_marks(text, first, last):
        year = _YEAR.search(text, mark_start, mark_end)
        if year is None:
            return True
        if year.group() in description:
            continue
        if latest is None:
            latest = (
                dated.year
                if dated is not None
                else max(int(y.group()) for y in _YEAR.finditer(text))
            )
        if int(year.group()) < latest:
            return True
    return False


def _another_part(description: str, text: str, first: int, last: int) -> bool:
    """Whether the claim's line names an owner's part and the sentence names
    that owner only with another part or under a longer name."""
    owned = _OWNED.search(description)
    if owned is None:
        return False
    owner = owned.group("owner")
    part = _stems(owned.group("part"))
    found = regex.compile(rf"\b{regex.escape(owner)}\b")
    seen = False
    for m in found.finditer(text, first, last):
        after = _AFTER_OWNER.match(text, m.end(), last)
        if after is None:
            return False
        if after.group("part") is not None and _stems(after.group("part")) & part:
            return False
        seen = True
    return seen


def _stems(words: str) -> frozenset[str]:
    return frozenset(
        w.casefold().removesuffix("s")
        for w in regex.findall(r"\w{3,}", words)
        if w.casefold() not in _LEAN
    )
