"""A statement's subject who says that another did the act.

"The minister said the mayor resigned" holds every word of "the minister
resigned" in one clause, but the minister only says it: the act is the
mayor's.  :func:`said_of_another` reads, between the hit of a statement's
first word and its next words, a verb of saying ("said", "told reporters",
"confirmed that") followed by another subject: a noun after a determiner or
a number ("the mayor", "its manager", "two deckhands") or a name ("Ilves"),
then a verb, and the words up to the act with no comma or "and" among them
(the subject's own act may follow: "told the UN that 2,000 were buried, and
has asked for help"; "announced a recall of" names an object).  A pronoun there ("said
he resigned") may be the subject itself, and a noun of the statement's own
("said the resignation was final") is its own word, so neither is read.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimcheck.engine.patterns import any_piece, lazy
from claimcheck.engine.terms import FLAGS

if TYPE_CHECKING:
    from claimcheck.engine.statements import Sentence

__all__ = ["said_of_another"]

Span = tuple[int, int]

_SAID = lazy(
    r"\b(?:(?:said|says|say|added|adds|claimed|claims|believes|believed"
    r"|thinks|thought|announced|announces|confirmed|confirms|insisted|insists"
    r"|reported|reports|argued|argues|warned|warns)"
    r"(?:\s*,\s*|\s+)(?:that\s+)?"
    # (whom one tells, then "that": "told the inquiry that")
    r"|(?:told|tells|tell|assured|assures|informed|informs)(?:\s+[\w'’-]+){1,3}?"
    r"\s+that\s+)"
    r"(?P<other>(?:the|a|an|his|her|its|their|our|this|two|three|four|five"
    r"|six|seven|eight|nine|ten|several|some|both|\d+)(?:\s+[\w'’-]+){1,3}?"
    r"|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}?)"
    # (then its verb, and the words up to the act, no new clause among them)
    r"(?=\s+(?:\w+ly\s+)?(?:was|were|is|are|has|have|had|did|does|would|could"
    r"|will|can|should|must|may|might|\w+ed)\b[^,;]*$)(?!.*\b(?:and|but|or)\s)",
    FLAGS,
)
#: pieces of the verbs above, one of which a stretch holds before the pattern
_HOLDS_VERB = any_piece(
    ("said", "says", "say ", "added", "adds", "claim", "believ", "think", "thought",
     "announc", "confirm", "insist", "report", "argu", "warn", "tell", "told",
     "assur", "inform")
)  # fmt: skip
#: words that name no other subject: pronouns, times, and the general nouns
#: a report uses for a body it has named ("a Meta spokesman said the
#: company had accepted the fine")
_NO_SUBJECT = frozenset(
    """he she it they we i you there this that these those monday tuesday
    wednesday thursday friday saturday sunday january february march april
    may june july august september october november december company firm
    group business bank lender insurer airline carrier operator government
    ministry agency authority council board court police union party state
    city country club team""".split()
)


def said_of_another(text: str, chosen: Sequence[Span], sentence: Sentence) -> bool:
    """Whether a verb of saying and another subject stand between the hit of
    ``sentence``'s first word (``chosen[0]``) and its last word's hit."""
    del sentence  # (read of any statement, a doer's or a sufferer's)
    start = chosen[0][1]
    # (one search from the subject to the last word: this runs once per match)
    end = max(b for _, b in chosen)
    if end - start < 12 or not _HOLDS_VERB(text[start:end]):
        return False
    found = _SAID.search(text, start, end)
    if found is None:
        return False
    # (not a word of the statement's own: "said an agreement had been reached")
    at = found.end("other") - 1
    return found.group("other").split()[-1].casefold() not in _NO_SUBJECT and not any(
        a <= at < b for a, b in chosen
    )
