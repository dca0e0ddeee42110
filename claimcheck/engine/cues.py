r"""Cheap tests a rule runs before its pattern: can the pattern match here?

Most rules of binding and scope are patterns run once per figure, and most
figures give them nothing to find: "in a single hamlet", "an earlier
count", "injured or missing" are rare.  Each such pattern holds words one
of which every match must contain; when none stands in the stretch the
pattern would read, the rule is skipped.  The test reads the article's
case-folded text (:func:`claimcheck.engine.terms.normalize`), made once per
article, with substring tests (``in``, ``str.find``), which cost a fraction
of a pattern run.

The test is exact, never a guess.  Case-insensitive patterns (``regex.I``)
match a letter of a word only where the folded text has that letter: every
character that such a pattern takes for an ASCII letter folds to it, or to
more than one character, and the folded text is only used when it is as
long as the text, that is, when each character folded to one
(``tests/engine/test_cues.py`` checks both over every code point).  And a
run of ``\s`` is a run of characters ``str.isspace`` calls white space,
which :meth:`Cues.word_at` skips.
"""

from __future__ import annotations

import bisect

__all__ = ["Cues"]

#: characters of the article one look in a stretch costs as much as (a
#: look tests each word with ``in`` over one slice; finding the places runs
#: a find per word over the whole article)
_LOOK_COST = 125


class Cues:
    """The folded text of one article, for the tests before its patterns."""

    __slots__ = ("_asked", "_expected", "_places", "folded", "text")

    def __init__(self, text: str, folded: str, *, figures: int = 0) -> None:
        self.text = text
        #: ``normalize(text)`` when its offsets are the text's, else None
        #: (then every test says the pattern may match)
        self.folded = folded if len(folded) == len(text) else None
        self._places: dict[tuple[str, ...], list[int]] = {}
        #: questions asked so far per tuple of words, beyond ``figures``
        #: (each figure asks about its own stretch: see starts_within)
        self._asked: dict[tuple[str, ...], int] = {}
        self._expected = figures

    def starts_within(self, start: int, end: int, words: tuple[str, ...]) -> bool:
        """Whether one of ``words`` (lower case) starts in ``text[start:end]``.

        For a long list of words asked about many stretches: where each word
        stands in the article is found once (per tuple of words), after the
        first few questions, which look in their stretch only (each such
        look costs about what finding one word in 125 characters of the
        article does, so a long article asked little is not scanned whole).
        The figures the article is said to hold count as questions to come
        from the first one on: a short article dense with figures is
        scanned at once, a long one with few never.
        """
        folded = self.folded
        if folded is None:
            return True
        places = self._places.get(words)
        if places is None:
            asked = self._asked.get(words, self._expected)
            if asked * _LOOK_COST < len(folded):
                self._asked[words] = asked + 1
                start = max(start, 0)
                if end <= start:
                    return False  # (no word starts in an empty stretch)
                # a word starting before ``end`` ends before ``end + len - 1``;
                # ``in`` over one slice that holds every such word costs less
                # than a find per word, which then only checks a word found
                find = folded.find
                stretch = folded[start : end + _longest(words) - 1]
                for word in words:
                    if word in stretch and find(word, start, end + len(word) - 1) >= 0:
                        return True
                return False
            # (a loop over the words, no call per word: most are not there)
            find = folded.find
            places = []
            for word in words:
                i = find(word)
                while i >= 0:
                    places.append(i)
                    i = find(word, i + 1)
            places.sort()
            self._places[words] = places
        i = bisect.bisect_left(places, start)
        return i < len(places) and places[i] < end

    def lacks(self, start: int, end: int, words: tuple[str, ...]) -> bool:
        """Whether none of ``words`` (lower case) stands in ``text[start:end]``
        (``start`` is no negative offset)."""
        folded = self.folded
        if folded is None:
            return False
        # one slice and an ``in`` per word, whatever the stretch: a call of
        # ``find`` with bounds, or of a pattern of all the words, costs more
        # than such a test over the short stretches asked about (see
        # docs/benchmarks.md)
        stretch = folded[start:end]
        # a loop, not all() over a generator: this runs once per figure
        for word in words:  # noqa: SIM110
            if word in stretch:
                return False
        return True

    def word_at(self, pos: int) -> int:
        """Where the first character at or after ``pos`` that is not white
        space stands (the end of the text if none)."""
        text = self.text
        # (a slice past the end is empty, and "".isspace() is False)
        while text[pos : pos + 1].isspace():
            pos += 1
        return pos

    def opens(self, pos: int, words: tuple[str, ...], *, space: bool) -> bool:
        """Whether ``text[pos:]`` may open with white space (at least one
        character of it when ``space``) and one of ``words`` (lower case)."""
        folded = self.folded
        if folded is None:
            return True
        text = self.text
        if text[pos : pos + 1].isspace():
            pos += 1
            while text[pos : pos + 1].isspace():
                pos += 1
        elif space:
            return False
        return folded.startswith(words, pos)


def _longest(words: tuple[str, ...]) -> int:
    found = _LONGEST.get(words)
    if found is None:
        found = _LONGEST[words] = max(map(len, words), default=1)
    return found


#: the length of the longest of a tuple of words, by the tuple
_LONGEST: dict[tuple[str, ...], int] = {}
