"""A thing named by what it belongs to, said with the owner's possessive.

An analyst writes "the owner of the warehouse was arrested"; a report says
"the warehouse's owner was arrested".  An analyst writes "the central bank
of Valdoria raised rates"; a report says "Valdoria's central bank raised
rates".  :func:`owner_possessives` gives a claim's sentence the sentence
that names its "the X of Y" as "Y's X", which matches as the claim's own
sentence does; the claim's own sentence stays as it is.  (A claim's "Y's X"
already matches "the X of Y".)

Y is a name (a run of capitalised words), one word in lower case, or two
that end before a function word or a mark ("the owner of the clothing
factory was arrested"; not "the head of the company quit", whose second
word may be its verb); X is one to three
words after "the", none of them a word of quantity or kind ("the rest of
the crew", "a third of the staff" name parts, not owned things).
"""

from __future__ import annotations

from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS

__all__ = ["owner_possessives"]

_OF = lazy(
    r"\b(?-i:the|The)\s+(?P<head>(?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]*)"
    r"\s+of\s+(?:the\s+)?(?:(?P<name>(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))"
    r"|(?P<one>(?-i:[a-z][\w-]*))(?:\s+(?P<two>(?-i:[a-z][\w-]*)))?)"
    r"(?P<after>\s+[^\W\d_]+|\s*(?:[,;:.!?]|$))?",
    FLAGS,
)
#: words that name a part, an amount or a kind, not a thing owned
_PARTS = frozenset(
    """number lot lots group groups series total rest third thirds quarter
    quarters half couple pair majority minority handful dozen dozens
    hundreds thousands millions range part parts kind kinds sort sorts type
    types piece pieces bit amount some most all one none each any many few
    much end start beginning middle top bottom side sides""".split()
)


def owner_possessives(text: str, function_words: frozenset[str]) -> tuple[str, ...]:
    """The sentence naming each "the X of Y" of ``text`` as "Y's X", or none
    (``function_words`` are those that may end Y)."""
    if " of " not in text:
        return ()
    parts: list[str] = []
    last = 0
    for found in _OF.finditer(text):
        head = found.group("head")
        if set(head.casefold().split()) & (_PARTS | function_words):
            continue
        owner, end = found.group("name"), found.end("name")
        if owner is None:
            # one word or two in lower case, ending where Y may end
            one, two = found.group("one"), found.group("two")
            after = (found.group("after") or "").strip().casefold()
            if two is None or _ends(two, function_words):
                owner, end = one, found.end("one")
            elif after in function_words or after in (",", ";", ":"):
                owner, end = f"{one} {two}", found.end("two")
            else:
                continue
            if owner.split()[0] in function_words:
                continue
        # ("the dockers' union", "Korrin Foods' chief executive"; a name
        # needs no "the": "Valdoria's central bank")
        possessive = f"{owner}'" if owner.endswith("s") else f"{owner}'s"
        the = "the " if owner[:1].islower() else ""
        parts += [text[last : found.start()], f"{the}{possessive} {head.casefold()}"]
        last = end
    return ("".join(parts) + text[last:],) if parts else ()


def _ends(word: str, function_words: frozenset[str]) -> bool:
    """Whether ``word``, after Y, may end it: a function word, a mark or a
    verb in -ed."""
    return word in function_words or word.endswith("ed") or not word[:1].isalpha()
