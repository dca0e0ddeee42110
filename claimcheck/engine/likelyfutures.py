"""A likely future: "He will probably serve 12 years".

A definite future states the figure announced ("the repairs will cost EUR 55
million"); one a word of likelihood hedges is a forecast ("will probably
serve 12 years", "will likely cost", "probably will", "will possibly
reach"), as "is likely to cost" is.  The words are read in the figure's own
lead, past the asides between commas that carry their own verb ("Ivo Moss,
who will probably appeal, was sentenced to 12 years": the sentence is stated).
"""

from __future__ import annotations

from claimcheck.engine.patterns import guarded, lazy
from claimcheck.engine.terms import FLAGS

__all__ = ["LIKELY_FUTURE"]

LIKELY_FUTURE = guarded(
    lazy(
        r"\b(?:will|['’]ll|would)\s+(?:most\s+)?(?:probably|likely|possibly|perhaps)\b"
        r"|\b(?:probably|likely|possibly|perhaps)\s+will\b",
        FLAGS,
    ),
    "will|'ll|’ll|would probably|likely|possibly|perhaps",
)
