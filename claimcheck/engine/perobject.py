"""What a claim, a sentence or a set of terms gives, worked out once per object.

A suite's claims meet every article: what a reading takes from the claim
alone (its keywords, a measure's active verbs, a slot's first words) is
the same for each.  ``functools.cache`` keeps such answers by the
argument's hash, and a claim's terms hash field by field (every term of
every spelling, some 15,000 instructions a call on a measure of ten
terms); :func:`per_object` keeps them by the object itself, one lookup by
its ``id``.  The object is kept with its answer, so that an ``id`` reused
by a later object is never taken for it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

__all__ = ["per_object"]

A = TypeVar("A")
R = TypeVar("R")

#: the most objects one function remembers (a suite rarely has more claims)
KEPT = 4096


def per_object(func: Callable[[A], R]) -> Callable[[A], R]:
    """``func``, a function of one object whose answer depends on that
    object alone, answering each object from a memo after its first call."""
    memo: dict[int, tuple[A, R]] = {}

    @functools.wraps(func)
    def kept(arg: A) -> R:
        found = memo.get(id(arg))
        if found is not None and found[0] is arg:
            return found[1]
        if len(memo) >= KEPT:
            memo.clear()
        answer = func(arg)
        memo[id(arg)] = (arg, answer)
        return answer

    return kept
