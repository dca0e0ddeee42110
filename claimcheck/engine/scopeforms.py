"""The forms of the scope pattern (:data:`claimcheck.engine.scope._SCOPES`)
by their opening words, for the test before it.

Every match of the pattern opens with one of these words and what follows it;
:func:`scope_cues` makes them one trie the engine skips through to the
characters that may open a match.  ``tests/engine/test_scope.py`` checks the
forms against the pattern.
"""

from __future__ import annotations

from claimcheck.engine.wordsearch import trie_pattern

__all__ = ["scope_cues", "scope_forms"]


def scope_forms() -> list[tuple[str, str]]:
    """What every match of _SCOPES holds, read in the folded text (see
    claimcheck/engine/cues.py) with the standard library's engine, as pairs of
    an opening word and what follows it: the same words, white space where it
    has some, any run of characters but white space for its runs of word
    characters, and for a digit any character but an ASCII one that is no
    digit."""

    def each(words: str, rest: str) -> list[tuple[str, str]]:
        return [(word, rest) for word in words.split()]

    places = (
        r"(?:province|district|county|region|state|governorate|prefecture"
        r"|municipality|department)"
    )
    periods = r"(?:year|season|session|quarter|month|week|decade|election|day)"
    return [
        *each("in at on from inside", r"\s+(?:a\s+single|one|just\s+one|a\s+lone)\s"),
        ("alone", ""),
        ("among", r"\s"),
        *each(
            "in on across from",
            r"\s+(?:the|its)\s+(?:north|south|east|west|central)",
        ),
        *each("in across from", rf"\s+(?:the\s+)?(?:\S+\s+){{0,3}}{places}"),
        *each(
            "in at from",
            r"\s+(?:the|a)\s+(?:nearby|neighbou?ring|outlying|remote|small|tiny)\s",
        ),
        *each(
            "hamlet village suburb neighbourhood neighborhood parish"
            " settlement township",
            r"\s+of\s",
        ),
        *each("in from across", r"\s+(?:the\s+)?(?:neighbou?ring|nearby|adjacent)\s"),
        *each("in from across", r"\s+the\s+capital"),
        *each("market division unit segment arm business operations", r"\b"),
        *each("the a", r"\s+(?:worst|hardest|most|badly)[- \s]"),
        *each("beside besides alongside", r"\s+the\s"),
        ("year", r"[- ]to[- ]date"),
        ("so", r"\s+far\s+this\s+(?:year|season)"),
        ("this", r"\s+(?:year|season)\s+(?:so\s+far|to\s+date)"),
        *each("previous prior preceding last past", rf"\s+{periods}"),
        ("a", r"\s+year\s+(?:earlier|ago|before)"),
        *each("in over during", r"\s+the\s+(?:past|last|previous|preceding)\s"),
        *each(
            "first second third fourth fifth 1st 2nd 3rd 4th", r"\s+(?:quarter|half)"
        ),
        ("in", r"\s+(?:19|20)[\d\x80-\U0010ffff]{2}"),
        *each("in during over", r"\s+(?:the|its|their)\s"),
        ("at", r"\s+(?:the|its|their)\s+(?:peak|height)"),
        *each("the its their", r"\s+(?:deadliest|worst|busiest|hottest|wettest)\s"),
        *each("unrelated separate elsewhere similar comparable sister", ""),
        (
            "with",
            r"\s+(?:\S+\s+){1,4}(?:reporting|counted|tallied|declared|returned"
            r"|verified)",
        ),
        *each(
            "partial preliminary early interim",
            r"\s+(?:results|count|returns|figures|tally)",
        ),
        *each(
            "by as",
            r"\s+(?:of\s+)?(?:[\d\x80-\U0010ffff]{1,2}(?:[:.][\d\x80-\U0010ffff]{2}"
            r"|\s*[ap]\.?m)|noon|midday|mid|lunchtime)",
        ),
    ]


def scope_cues() -> str:
    """The forms of :func:`scope_forms` as a trie of their opening words:
    each branch opens with a letter or digit of its own (not a group), which
    lets the engine skip to those characters, and tries there a handful of
    branches, not every form."""
    # per opening word, what may follow it (nothing: the word alone will do)
    rests: dict[str, list[str]] = {}
    for word, rest in scope_forms():
        rests.setdefault(word, []).append(rest)
    paths = []
    for word, after in rests.items():
        tail = "" if "" in after else "(?:" + "|".join(after) + ")"
        paths.append([*word, tail] if tail else [*word])
    return trie_pattern(paths)
