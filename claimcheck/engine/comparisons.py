"""Figures of another event that a comparison sets beside the story's.

A story measures itself against others: "the worst stadium disaster since
Porto Brava in 1971, when 211 people died", "the deadliest crush since the
Porto Brava disaster, which killed 211 fans", "far more than the 1,100
scrapped by Halcyon Air", "compared with the 66 fans who died at the same
ground in 1989", "the last time a crush struck a Castavian ground, 66 fans
were killed".  Each such figure counts the event compared with, not the
story's own, so (see :func:`claimcheck.engine.scope.scope_of`) it never
contradicts a claim about the story, and counts only for a claim whose
``context`` names that event or its owner: the words returned run to the end
of the figure's clause ("the 1,100 scrapped by Halcyon Air").

:func:`compared_event` reads three frames:

- a superlative or a negation, then "since" and an event, whose relative
  clause ("when", "which", "that", "who", "where") holds the figure;
- "than the", "compared with the", "twice the" right before the figure: the
  base of a comparison (a bare "more than 40" is a bound of the story's own
  figure, and stays one);
- "the last time" (or "the previous time") in the figure's clause: another
  occasion of the same kind.
"""

from __future__ import annotations

import re

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import BACKWARD, lazy, lazy_re

__all__ = ["compared_event", "sentence_start"]

Span = tuple[int, int]

#: how far back the frame's words are sought
_LOOKBACK = 200
# "the worst disaster since Porto Brava in 1971, when": a superlative (or
# "not", "never", "first") ranks the story's figure against an earlier
# event, named after "since", whose relative clause holds the figure
_SINCE = lazy(
    r"""
    \b(?:worst|deadliest|bloodiest|costliest|biggest|largest|greatest|highest
      |lowest|heaviest|strongest|longest|steepest|sharpest|fastest|busiest
      |hottest|wettest|most|least|fewest|first|not|never|no)\b
    [^.;!?\n\d]{0,60}?\b(?P<since>since)\s+(?P<event>[^.;!?\n]{1,80}?)[\s,]+
    (?P<rel>when|which|that|who|where)\b(?P<clause>[^.;!?\n]*)\Z
    """,
    regex.I | regex.X,
)
# "since a 2011 blast that killed 9": an event a relative "that" may hang on
_NOUN_PHRASE = lazy(r"(?:the|a|an|its|their)\s", regex.I)
# "far more than the 1,100", "compared with the 66", "twice the 66": the
# base a comparison measures the story's figure against
_BASE = lazy(
    r"""\b(?:than|compared\s+(?:with|to)|twice|double|triple|treble
        |(?:exceed|surpass|eclips|dwarf|top|overtak)(?:s|es|ed|ing|e)?)
        \s+(?:that\s+of\s+)?the\s+$""",
    regex.I | regex.X | BACKWARD,
)
# "the last time a crush struck", "the previous time the river flooded"
# ("for the last time", "since the last time" say nothing of another event)
_LAST_TIME = lazy(
    r"(?<!\b(?:for|since|until|till|by)\s+)\bthe\s+(?:last|previous|only\s+other)"
    r"\s+time\b",
    regex.I,
)
_SINCE_WORDS = ("since",)
#: the relative pronoun after "since" in every match of _SINCE
_RELATIVE_WORDS = ("when", "which", "that", "who", "where")
_BASE_WORDS = (
    "than", "compared", "twice", "double", "triple", "treble", "exceed",
    "surpass", "eclips", "dwarf", "top", "overtak",
)  # fmt: skip
_TIME_WORDS = ("time",)


def compared_event(
    text: str,
    q: Quantity,
    start: int,
    end: int,
    *,
    cues: Cues | None = None,
) -> Span | None:
    """The words naming the event a comparison gives ``q`` to, or None.

    ``[start, end)`` is the figure's clause with the fronted clauses before
    it.
    """
    lead = max(0, q.start - 40)
    # every base ends with "the" right before the figure
    if text[max(0, q.start - 8) : q.start].rstrip()[-3:].casefold() == "the" and (
        cues is None or not cues.lacks(lead, q.start, _BASE_WORDS)
    ):
        base = _BASE.search(text, lead, q.start)
        if base is not None:
            return base.start(), max(end, q.end)
    lookback = max(0, q.start - _LOOKBACK)
    if cues is None or not (
        cues.lacks(lookback, q.start, _SINCE_WORDS)
        or cues.lacks(lookback, q.start, _RELATIVE_WORDS)
    ):
        sentence = sentence_start(text, q.start)
        since = _SINCE.search(text, sentence, q.start)
        if since is not None and (
            since.group("rel").casefold() != "that"
            or _NOUN_PHRASE.match(since.group("event"))
        ):
            # ("the first time since 2015 that 300 have died": a cleft, whose
            # "that" opens the story's own clause, after no noun)
            # to the clause's end: "since 1997, when 41 died at Tull"
            return since.start("since"), max(end, q.end)
    if cues is None or not cues.lacks(start, end, _TIME_WORDS):
        for last in _LAST_TIME.finditer(text, start, end):
            if not q.start <= last.start() < q.end:
                return last.span()
    return None


#: what ends last among a sentence's ends (". ", "! ", "? ", "; ", a newline,
#: a mark before a newline) before the end of a stretch: the match that
#: opens last ends last (a mark before a space ends one character after it,
#: a newline at once), and a mark before a newline ends where the newline does
_LAST_END = lazy_re(r".*(?:[.!?;] |\n)", re.DOTALL)


def sentence_start(text: str, pos: int, lookback: int = _LOOKBACK) -> int:
    """Where the sentence (or the line, or the clause a semicolon opens)
    holding ``pos`` begins, at most ``lookback`` characters back: its first
    character that is no white space."""
    memo = _MEMO[0]
    if memo[0] is not text:
        memo = _MEMO[0] = (text, {})
    answers = memo[1]
    # (the scope rules ask it of one figure in turn, and of the sentence
    # before it)
    key = (pos, lookback)
    found = answers.get(key)
    if found is not None:
        return found
    start = max(0, pos - lookback)
    # the last end in the stretch, one search backtracking from its end
    # rather than a search back for each mark
    last = _LAST_END.match(text, start, pos)
    at = start if last is None else last.end()
    while at < pos and text[at].isspace():
        at += 1
    answers[key] = at
    return at


#: the text :func:`sentence_start` answered about last and its answers there
#: by (position, lookback), in one tuple (read and replaced whole)
_MEMO: list[tuple[str | None, dict[tuple[int, int], int]]] = [(None, {})]
