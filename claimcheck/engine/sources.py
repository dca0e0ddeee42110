"""Who gave a figure: a source that counts names no place of the story.

"Unicef counted 40 dead", "Reuters tallied 88 deaths", "Amnesty's death
toll rose to 65": a news agency, an aid or rights group, a ministry or a
hospital counts the story's figures; its name is attribution, not a part of
the story (compare "Tessin counted 9 dead", one town of the story's several,
in :mod:`claimcheck.engine.places`, and "Doran's 96 dead" in
:mod:`claimcheck.engine.members`).

A name is a source when it is a well-known agency or group, when its last
word names an organisation ("the Red Crescent", "the Morvanian Bar
Association"), or when the article quotes it as a source elsewhere ("Oxfam
said", "according to Oxfam", "told Oxfam") and never puts anything in it ("in Oxfam").
"""

from __future__ import annotations

import regex

from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["is_source"]

#: agencies and groups that give the figures of many stories, as a name
#: written in capitals and small letters spells them (a name in capitals
#: alone is read as no place anyway)
_KNOWN = frozenset(
    """reuters bloomberg xinhua tass interfax anadolu kyodo yonhap bernama
    unicef unesco unhcr unrwa ocha unaids oxfam amnesty caritas frontex
    interpol europol eurostat nato""".split()
)
#: the last word of an organisation's name
_HEADS = frozenset(
    """crescent cross ministry agency organization organisation fund watch
    association council service office institute committee commission
    department authority bureau centre center union federation society
    foundation alliance coalition observatory command corps frontieres
    borders""".split()
)
# "Oxfam said", "according to Oxfam", "told Oxfam": a name quoted as a
# source; "in Oxfam": a name something is put in
_SAYS_AFTER = lazy(
    r"\s+(?:said|says|say|reported|reports|told|added|estimated|estimates|warned)\b",
    regex.I,
)
_QUOTED_BEFORE = lazy(r"\b(?:told|according\s+to)\s+(?:the\s+)?$", regex.I | BACKWARD)
_PLACED_BEFORE = lazy(
    r"\b(?:in|at|near|inside|across|from)\s+(?:the\s+)?$", regex.I | BACKWARD
)


#: the answers for the article read last: (its text, name -> answer); one
#: article's names at a time, so no article's text outlives its reading
_LAST: tuple[str, dict[str, bool]] = ("", {})


def is_source(text: str, name: str) -> bool:
    """Whether ``name`` (a capitalised name of ``text``) names a source of
    the story's figures, not a place."""
    global _LAST  # one tuple, swapped whole: a race only loses answers
    last = _LAST
    if last[0] is not text:
        last = _LAST = (text, {})
    found = last[1].get(name)
    if found is None:
        found = last[1][name] = _is_source(text, name)
    return found


def _is_source(text: str, name: str) -> bool:
    bare = name.removesuffix("'s").removesuffix("’s")
    words = bare.casefold().split()
    if not words:
        return False
    if words[-1] in _HEADS or any(w in _KNOWN for w in words):
        return True
    quoted = False
    at = text.find(bare)
    while at >= 0:
        if text[at + len(bare) : at + len(bare) + 1].isalnum():
            # "Oram" in "Oramville"
            at = text.find(bare, at + 1)
            continue
        lead = max(0, at - 20)
        if _PLACED_BEFORE.search(text, lead, at):
            return False
        quoted = quoted or bool(
            _QUOTED_BEFORE.search(text, lead, at)
            or _SAYS_AFTER.match(text, at + len(bare))
        )
        at = text.find(bare, at + 1)
    return quoted
