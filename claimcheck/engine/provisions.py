"""What a bill, a reform or a law "would" do: its content, not a supposition.

"The reform would raise the retirement age to 63" tells what the reform
provides, as "the reform raises" does; "would" after any other subject is a
modal ("the age would be 63 if..."), and after a verb of saying the future of
reported speech (see :mod:`claimcheck.engine.polarity`).  The subject is the
sentence's first noun phrase, a measure's noun at its head, before "would"
("The bill, tabled in May, would raise"; "Under the plan, the fee would
rise").  A condition met later in the sentence ("only if the bill passed",
"unless ...") still makes the statement a supposition.
"""

from __future__ import annotations

from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS

__all__ = ["only_if_after", "provides"]

# (not a plan, a proposal or a scheme: "the plan would evacuate 9,000 people"
# tells an intention, not what a text provides)
_MEASURES = (
    r"bills?|reforms?|laws?|acts?|legislation|budgets?|rules?|regulations?"
    r"|decrees?|directives?|treaty|treaties|agreements?|amendments?|text"
)
# the measure opening its sentence ("The reform, championed by ..., would"),
# or a phrase "under" it before the subject ("Under the bill, the fee would")
_PROVIDES = lazy(
    r"[\W\d]*(?:under\s+)?(?:the|this|that|its|their|his|her|a|an|our|new)"
    rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_MEASURES})\b[^.;:?!]*?\bwould\b",
    FLAGS,
)
_ONLY_IF = lazy(r"\b(?:only\s+if|unless|provided\s+that)\b", FLAGS)


def provides(text: str, sentence_start: int, end: int) -> bool:
    """Whether the "would" before ``end`` is a measure's, its sentence (from
    ``sentence_start``) opening with that measure as its subject."""
    return _PROVIDES.match(text, sentence_start, end) is not None


def only_if_after(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (the rest of a sentence) sets a condition
    on what comes before it ("only if the bill passed")."""
    return _ONLY_IF.search(text, start, end) is not None
