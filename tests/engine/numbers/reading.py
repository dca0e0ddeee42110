"""The quantity a test expects among those read from a text."""

from __future__ import annotations

from claimcheck.engine.numbers.reader import Quantity, read_quantities


def find(text: str, span: str) -> Quantity:
    """The quantity read from ``text`` whose text is ``span``; fails naming
    what was read instead."""
    found = read_quantities(text)
    for q in found:
        if q.text == span:
            return q
    got = [(q.text, str(q.interval), q.unit) for q in found]
    raise AssertionError(f"{span!r} not read from {text!r}: {got}")
