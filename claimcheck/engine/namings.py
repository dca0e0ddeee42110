"""A body named by its initials, a person named without a title.

An analyst writes "the Food and Drug Administration approved the drug";
a report says "the FDA approved the drug".  An analyst writes "Governor
Marken pardoned the fishermen"; a report says "Marken pardoned the
fishermen".  :func:`other_namings` gives a claim's sentence the sentences
that name its bodies and persons so, which match as the claim's own
sentences do; the claim's own sentence stays as it is.

A body's initials are taken from a run of at least three capitalised words
("Northern Rail Safety Board": NRSB), the small words between them
("and", "of", "for") left out; two words ("Port Authority": PA) give
initials too short to tell one body from another.  A title is dropped
before a capitalised name ("Judge Tamsin Oduya": Tamsin Oduya), where a
full name left stands for its surname as it does in the claim's own
sentence (see :mod:`claimcheck.engine.surnames`).
"""

from __future__ import annotations

from claimcheck.engine.patterns import lazy

__all__ = ["other_namings"]

_TITLES = (
    "President|Vice[- ]President|Governor|Judge|Justice|Senator|Mayor|Minister"
    "|Chancellor|Commissioner|Sheriff|Inspector|Detective|Sergeant|Constable"
    "|Colonel|General|Admiral|Captain|Doctor|Professor|Bishop|Archbishop"
    "|Cardinal|Pope|King|Queen|Prince|Princess|Congressman|Congresswoman"
    "|Councillor|Councilman|Councilwoman|Ambassador|Dr|Prof|Gov|Sen|Rep"
    "|Gen|Col|Capt|Mr|Mrs|Ms"
)
# "Prime Minister Ilves", "Chief Justice Amar", "Dr. Sarrat": the title, then
# the name's first capitalised word
_TITLE = lazy(
    r"\b(?:(?:Prime|Foreign|Chief|Deputy|Interior|Finance|Defence|Defense)\s+)?"
    rf"(?:{_TITLES})\.?\s+(?=[A-Z][a-z])"
)
# a run of capitalised words with small words between ("Food and Drug
# Administration"), each capitalised word a whole word of letters
# (a sentence's first "The" is no word of the name)
_RUN = lazy(
    r"\b(?!(?:The|A|An)\b)[A-Z][a-z]+(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][a-z]+)+\b"
)
_CAPITALISED = lazy(r"[A-Z][a-z]+")


def _initials(text: str) -> str:
    """``text`` with each run of three capitalised words or more (no title
    among them) written as its initials."""
    parts: list[str] = []
    last = 0
    for run in _RUN.finditer(text):
        words = _CAPITALISED.findall(run.group())
        if len(words) < 3 or _TITLE.search(run.group() + " Xx"):
            continue
        parts += [text[last : run.start()], "".join(w[0] for w in words)]
        last = run.end()
    return "".join(parts) + text[last:] if parts else text


def other_namings(text: str) -> tuple[str, ...]:
    """The sentences naming ``text``'s bodies by their initials and its
    persons without their titles, each a sentence of its own; none when it
    names none so."""
    found: list[str] = []
    if any(c.isupper() for c in text):
        untitled = _TITLE.sub("", text)
        initials = _initials(text)
        found += [t for t in (untitled, initials, _initials(untitled)) if t != text]
    return tuple(dict.fromkeys(found))
