"""A statement's doer named in a clause of its own after the act.

"Residents sued the firm after the council declined to act" holds every
word of "the council sued the firm" in one clause, but the council is the
subject of "declined", in a clause that "after" opens: the act is the
residents'.  A statement whose first word does its act (no passive) is not
read where that word comes after another of its words, right behind a word
that opens a clause of time, cause or condition ("after", "when", "because",
"unless"), and a verb other than the statement's follows it
(:func:`doer_in_later_clause`): "before the union finally ratified it" is
the union's own act.  A doer
after the act behind "by" ("was taken to court by the council") stays its
doer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimcheck.engine.patterns import BACKWARD, lazy
from claimcheck.engine.saidothers import said_of_another
from claimcheck.engine.terms import FLAGS

if TYPE_CHECKING:
    from claimcheck.engine.statements import Sentence

__all__ = ["doer_in_later_clause"]

Span = tuple[int, int]

# a word opening a clause of its own, then the subject's determiner and up
# to two words of its name, right before the subject's word
_OPENS_CLAUSE = lazy(
    r"\b(?:after|before|when|whenever|while|once|until|since|because|as"
    r"|although|though|if|unless|whereas)\s+"
    r"(?:(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+)?"
    r"(?:[^\W\d_][\w-]*\s+){0,2}$",
    FLAGS | BACKWARD,
)
# a verb after the subject's word (past up to two more words of its name,
# a negation or an adverb)
_VERB_AFTER = lazy(
    r"(?:\s+[^\W\d_][\w-]*){0,2}?(?:\s+(?:not|never|also|then|later|first"
    r"|\w+ly))?\s+"
    r"(?P<verb>\w+ed|was|were|is|are|has|have|had|did|does|do|would|could"
    r"|will|can|may|might|should|must|says?|said|made|took|gave|went|came|saw"
    r"|found|told|left|met|sent|brought|kept|held|began|chose|won|lost)\b",
    FLAGS,
)


def doer_in_later_clause(text: str, chosen: Sequence[Span], sentence: Sentence) -> bool:
    """Whether the hit of ``sentence``'s first word (``chosen[0]``, the
    others its other words') is the subject of a clause of its own opened
    after another of its words; or says another did it ("said the mayor
    resigned", see :mod:`.saidothers`)."""
    if len(chosen) > 1 and said_of_another(text, chosen, sentence):
        return True
    if not sentence.doer or len(chosen) < 2:
        return False
    start, end = chosen[0]
    if start == end or not any(other[0] < start for other in chosen[1:]):
        return False
    # (the words between the last hit before it and it)
    before = max(other[1] for other in chosen[1:] if other[0] < start)
    if _OPENS_CLAUSE.search(text, before, start) is None:
        return False
    verb = _VERB_AFTER.match(text, end)
    # (not where the verb after it is the statement's own: "before the union
    # finally ratified it")
    return verb is not None and not any(a <= verb.start("verb") < b for a, b in chosen)
