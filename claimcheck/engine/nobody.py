"""Statements that nobody suffered an act, said with the act's noun.

"Nobody was injured" is said "there were no injuries".

A claim that nobody suffered an act ("nobody was injured", "no one was
arrested", "nobody died") is told in reports by the act's noun under "no":
"there were no injuries", "no arrests were made", "no deaths were
reported".  :func:`restatements` gives a sentence of that form the
sentences of the nouns that tell it ("no injuries", "no casualties"), which
match as sentences of the claim do; the claim's own sentence stays as it is.

The nouns are kept to those that count the act itself: "no casualties"
tells that nobody was killed and that nobody was injured, "no arrests" that
nobody was arrested; an adjective of the state ("unhurt") is left out, as
"the driver was unhurt" says nothing of the others.
"""

from __future__ import annotations

from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS, word_lemmas

__all__ = ["restatements"]

# an act's verb (its lemma) -> the nouns that count it
_NOUNS: dict[str, tuple[str, ...]] = {
    "injure": ("injuries", "casualties"),
    "hurt": ("injuries", "casualties"),
    "wound": ("injuries", "casualties"),
    "kill": ("deaths", "fatalities", "casualties"),
    "die": ("deaths", "fatalities", "casualties"),
    "arrest": ("arrests",),
    "detain": ("arrests",),
    "charge": ("charges",),
    "evacuate": ("evacuations",),
}

# "nobody was injured", "no one has been arrested", "nobody died"
_NOBODY = lazy(
    r"(?:nobody|no[ -]one|none)\s+"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|got|is|are)\s+)?"
    r"(?:(?:\w+ly)\s+)?([^\W\d_]+)(?P<rest>.*)",
    FLAGS,
)


def restatements(text: str) -> tuple[str, ...]:
    """The sentences of the nouns that tell ``text``, a sentence saying that
    nobody suffered an act, or none."""
    found = _NOBODY.fullmatch(text.strip())
    if found is None:
        return ()
    verb = found.group(1).casefold()
    nouns = [
        noun
        for lemma, part in sorted(word_lemmas(verb))
        if part == "verb"
        for noun in _NOUNS.get(lemma, ())
    ]
    rest = found.group("rest")
    return tuple(f"no {noun}{rest}" for noun in dict.fromkeys(nouns))
