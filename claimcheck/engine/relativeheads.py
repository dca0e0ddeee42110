"""Figures in a relative clause set off after a name: another's.

Background sentences name another case, body or place, set a relative
clause after the name with a comma, and give a figure in it or after it.

:func:`dated_precedent`: a precedent dated by its clause.  "Peter Dravik,
whose pyramid scheme collapsed in 2009, was sentenced to 90 years" (the
clause between the name and its verb dates the subject); "since the
collapse of the Tarn dam, which killed 212 people in 1998" (the figure in
the clause, the year after it).  When the year in that relative clause is
earlier than another year the article gives (its dateline's, or the
story's), the figure is the precedent's, another event's.

:func:`named_relative`: a figure inside the clause of a name, undated.
"Norvia, which sent about 140,000 pilgrims, reported 61 dead"; "brands
signed the Marlow Pact, which sent inspectors into some 1,600 factories":
the named one's figure, a part of the story's whole at most, which never
contradicts it (one that fits it may still count).

Either way the article must have a headline naming something, and the name
before the clause must be none the headline or first paragraph gives: the
story's own subject is told the same way ("Mira Kessly, who founded Orlan
Bank in 2017, was sentenced to 14 years" under "Kessly jailed"; "Harlow
House, which held seven factories"), and so is a head with no name ("The
building, which housed eight factories") or a year in the head rather than
the clause ("The collapse on 2 June 2026, which killed 64").  A clause
after a noun phrase that follows the name ("Dockers voted on Monday to
accept the port's latest offer, which includes a 25% rise") hangs from that
phrase, not from the name.
"""

from __future__ import annotations

import regex

from claimcheck.engine.comparisons import sentence_start
from claimcheck.engine.cues import Cues
from claimcheck.engine.homes import is_titled, titled_names
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["dated_precedent", "named_relative"]

Span = tuple[int, int]

#: the words one of which opens every relative clause read here ("who"
#: opens "whose" too)
_PRONOUNS = ("which", "who")
# ", whose pyramid scheme collapsed in 2009," or ", which killed 212 people in
# 1998": a relative clause set off by a comma, to its closing comma or the
# end of the sentence
_RELATIVE = lazy(r",\s+(?:which|whose|who)\b[^,;:()\n]*(?:,|$)")
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
# a capitalised word of the head ("Peter Dravik", "the Tarn dam")
_NAME_WORD = lazy(r"\b(?-i:\p{Lu})[\w'’-]+")
# the head's words that are no name when they open the sentence or the head
_NOT_NAMES = frozenset(
    "the a an it this that these those its their his her in on at since after"
    " before when while as by for of from".split()
)
# a word opening a noun phrase or a verb's infinitive after the head's last
# name ("on Monday to accept the offer"): the phrase, not the name, is what a
# relative clause after it hangs from
_NEW_PHRASE = lazy(r"\b(?:the|a|an|its|their|his|her|this|these|those|to)\b")
#: the most characters a head runs back from its relative clause
_HEAD = 60
#: the most characters a sentence is read on from the figure
_REACH = 240


def dated_precedent(text: str, q: Quantity, *, cues: Cues | None = None) -> Span | None:
    """The year in the relative clause that gives ``q`` to a precedent, or
    None."""
    start = sentence_start(text, q.start)
    # (every clause read opens before the figure)
    if cues is not None and cues.lacks(start, q.start, _PRONOUNS):
        return None
    for clause in _RELATIVE.finditer(text, start, _sentence_end(text, q.end)):
        inside = clause.start() < q.start < clause.end()
        before = clause.end() <= q.start and "," not in text[clause.end() : q.start]
        if not (inside or before):
            continue
        years = list(_YEAR.finditer(text, clause.start(), clause.end()))
        latest = max(years, key=lambda y: int(y.group()), default=None)
        if latest is None or not _later_year(text, int(latest.group())):
            continue
        head = _head(text, start, clause.start())
        if not _names_other(text, head, clause.start(), q.start):
            continue
        # the year alone: a claim whose context names the precedent's kind
        # ("dam", "sentenced") still reads the figure as the precedent's
        return latest.span()
    return None


def named_relative(text: str, q: Quantity, *, cues: Cues | None = None) -> Span | None:
    """The name whose relative clause ``q`` stands in, when it is none of the
    story's own names, or None."""
    start = sentence_start(text, q.start)
    if cues is not None and cues.lacks(start, q.start, _PRONOUNS):
        return None
    for clause in _RELATIVE.finditer(text, start, _sentence_end(text, q.end)):
        if not clause.start() < q.start < clause.end():
            continue
        head = _head(text, start, clause.start())
        if not _names_other(text, head, clause.start(), q.start):
            return None
        names = _names(text, head, clause.start())
        if _NEW_PHRASE.search(text, names[-1].end(), clause.start()):
            # "Dockers voted on Monday to accept the port's latest offer,
            # which includes a 25% rise": the clause hangs from the noun
            # phrase after the name, not from the name
            return None
        # the name's first run of capitalised words ("the Marlow Pact", "the
        # Accord" of "the Accord on Fire and Building Safety"): a claim whose
        # context words only stand later in a long name does not own it
        last = names[0]
        for n in names[1:]:
            if text[last.end() : n.start()].strip():
                break
            last = n
        return names[0].start(), last.end()
    return None


def _head(text: str, start: int, clause: int) -> int:
    """Where the head before a relative clause opening at ``clause`` starts:
    the sentence's start, the comma before it, or some way back."""
    return max(start, clause - _HEAD, text.rfind(",", 0, clause) + 1)


def _sentence_end(text: str, pos: int) -> int:
    last = min(len(text), pos + _REACH)
    ends = [
        i for i in (text.find(e, pos, last) for e in (". ", "? ", "; ", "\n")) if i >= 0
    ]
    return min(ends, default=last)


def _later_year(text: str, year: int) -> bool:
    """Whether the article gives a year later than ``year``."""
    return any(int(y.group()) > year for y in _YEAR.finditer(text))


def _names(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """The capitalised words of ``text[start:end]`` that are names."""
    return [
        w
        for w in _NAME_WORD.finditer(text, start, end)
        if w.group().casefold() not in _NOT_NAMES
    ]


def _names_other(text: str, start: int, end: int, before: int) -> bool:
    """Whether ``text[start:end]`` names someone or something, none of it
    the story's own (a name the headline or first paragraph gives).  An
    article with no headline naming anything gives no way to tell."""
    names = _names(text, start, end)
    return (
        bool(names)
        and bool(titled_names(text, before))
        and not any(is_titled(text, n.group(), before) for n in names)
    )
