"""Acts named by their noun and said, right after it, to be halted.

A report names an act by its noun and then tells that it did not happen,
or not yet: "the banker's extradition was suspended pending an appeal",
"the release of the two men was blocked by a court", "his extradition is
pending".  Such a noun states no act (:func:`halted_after`); one told done
("the extradition of the banker was completed") is read as any noun of an
act is.
"""

from __future__ import annotations

from claimcheck.engine.patterns import any_piece, lazy
from claimcheck.engine.terms import FLAGS

__all__ = ["halted_after"]

# past the bearer ("of the fugitive banker"), a form of "be" and the word
# that halts the act
_HALTED = lazy(
    r"(?:\s+of\s+(?:[\w'’-]+\s+){1,4}?|\s+)(?:was|were|is|are|has\s+been"
    r"|have\s+been|had\s+been|remains?|remained)\s+(?:\w+ly\s+)?(?:suspended"
    r"|blocked|halted|stayed|frozen|refused|denied|rejected|pending"
    r"|put\s+on\s+hold|on\s+hold)\b",
    FLAGS,
)
# the halting words' stems, tested before the pattern runs
_HOLDS_HALT = any_piece(
    (
        "suspend",
        "block",
        "halt",
        "stayed",
        "frozen",
        "refus",
        "denied",
        "reject",
        "pending",
        "hold",
    )
)


def halted_after(text: str, end: int, clause_end: int) -> bool:
    """Whether the noun of an act ending at ``end`` is said, before
    ``clause_end``, to be halted, refused or pending."""
    window = text[end:clause_end]
    return _HOLDS_HALT(window.casefold()) and bool(_HALTED.match(window))
