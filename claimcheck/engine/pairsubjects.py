"""Whether a statement's first two words name its subject together.

"The transport minister resigned": a pronoun in the article ("He
resigned") may stand for both words at once, where "the dam held on
Friday" names its subject by one (see
:func:`claimcheck.engine.statements.find_statement`).
"""

from __future__ import annotations

from claimcheck.engine.patterns import lazy

__all__ = ["pair_subject"]

_JOINED = lazy(r"[ \t-]+")
_NEXT_WORD = lazy(r"\s+(\w+)")
_AUXILIARIES = frozenset(
    "has have had was were is are did does do will would could not never".split()
)


def pair_subject(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the first two of a sentence's words (at ``spans``) stand side
    by side and the second goes straight on to the third or an auxiliary:
    "the transport minister (has) resigned", not "the dam held on Friday"."""
    if len(spans) < 3 or not _JOINED.fullmatch(text, spans[0][1], spans[1][0]):
        return False
    after = _NEXT_WORD.match(text, spans[1][1])
    return after is not None and (
        after.start(1) == spans[2][0] or after.group(1).casefold() in _AUXILIARIES
    )
