"""Figures reported and left unconfirmed.

"Local media put the toll at 900, but officials have not confirmed the
figure", "at least 900 had died, a figure that could not be independently
verified", "analysts traced a payment of $7 million to the hackers. The
company declined to say whether it had paid": the figure is someone's
report that those who would know have not confirmed, so it states
nothing of the confirmed figure, whether it agrees with it or not (a
supposition, see :mod:`claimcheck.engine.figure_cues`).
"""

from __future__ import annotations

from claimcheck.engine.patterns import any_piece, lazy
from claimcheck.engine.terms import FLAGS

__all__ = ["left_unconfirmed"]

#: words one of which each pattern below holds (looked for in the folded text)
_WORDS = ("confirm", "verif", "declined to", "refused to", "would not say")
#: a word each of _AFTER's readings holds, and each of _NEXT's
_AFTER_WORDS = ("confirm", "verif")
_NEXT_WORDS = ("say", "confirm", "disclose")
_REFUSALS = ("declined", "refused", "not", "n't", "n’t")
_HOLDS_WORD = any_piece(_WORDS)
_HOLDS_AFTER_WORD = any_piece(_AFTER_WORDS)
_HOLDS_NEXT_WORD = any_piece(_NEXT_WORDS)
_HOLDS_REFUSAL = any_piece(_REFUSALS)
#: how far past its sentence the words of a refusal may reach ("The
#: ministry's deputy spokesman declined to say whether")
_REFUSAL_REACH = 160
#: how far past its sentence the next one's refusal is read
_NEXT_REACH = 220

# what the report is: "it", "the figure", "the toll", "the payment"
_REPORT = (
    r"(?:it|this|that|them|these|(?:the|that|this|those|these)\s+"
    r"(?:figures?|numbers?|tolls?|counts?|amounts?|payments?|sums?|totals?"
    r"|reports?|claims?|estimates?))\b"
)
_NOT = r"(?:not|n['’]t|never|yet\s+to)"
# after the figure, in its sentence: "but officials have not confirmed the
# figure", "though the operator has not confirmed it", "a figure that could
# not be independently verified", "which has not been confirmed"
_AFTER = lazy(
    r"[^\d.!?]*?"
    r"(?:\b(?:has|have|had|did|does|do|could|would|can)\s*" + _NOT + r"\s+"
    r"(?:yet\s+|independently\s+|officially\s+)?(?:confirm|verify)(?:ed)?\s+"
    + _REPORT
    + r"|\b(?:has|have|had|could|can|was|were|is|are)\s*"
    + _NOT
    + r"\s+(?:yet\s+)?(?:been|be)\s+(?:independently\s+|officially\s+)?"
    r"(?:confirmed|verified)\b)",
    FLAGS,
)
# the next sentence: "Corvel declined to say whether it had paid a ransom",
# "The ministry would not say how many had died"
_NEXT = lazy(
    r"\s*(?:[\w'’-]++\s+){1,4}?(?:(?:declined|refused)\s+to\s+"
    r"|(?:would|could|did)\s*(?:not|n['’]t)\s+)(?:say|confirm|disclose)",
    FLAGS,
)
_WHAT = lazy(
    r"\s+(?:whether|if|how\s+(?:much|many)|the\s+(?:figure|amount|number|sum"
    r"|payment|toll))\b",
    FLAGS,
)


def left_unconfirmed(
    text: str, folded: str, figure: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    """Whether the figure at ``figure`` in ``sentence`` is a report its
    sentence, or the next, says is not confirmed (``folded`` is the
    case-folded text, for the test before the patterns)."""
    start, end = sentence
    near = min(len(text), end + _NEXT_REACH)
    after = following = True
    if len(folded) == len(text):
        if not _HOLDS_WORD(folded[start:near]):
            return False
        # (each pattern's own word, where it must stand, before the pattern)
        after = _HOLDS_AFTER_WORD(folded[figure[1] : end])
        reach = end + _REFUSAL_REACH
        told = folded[end:reach]
        following = _HOLDS_NEXT_WORD(told) and _HOLDS_REFUSAL(told)
    if after and _AFTER.match(text, figure[1], end):
        return True
    if not following:
        return False
    # (a refusal opens the next sentence: at most four words, then its verb)
    refusal = _NEXT.match(text, end, min(near, end + _REFUSAL_REACH))
    if refusal is None or text.count("\n\n", end, refusal.start()):
        return False
    return _WHAT.match(text, refusal.end(), near) is not None
