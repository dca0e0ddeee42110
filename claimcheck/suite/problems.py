"""How the loader meets a mistake: raise at the first, or note each and go on.

pytest collection stops a bad file at its first mistake (one clean error);
``claimcheck check`` wants every mistake of every file. The loader runs each
part of a file that can be judged on its own (a top-level key, a default, a
vocabulary, a claim, a corpus entry) inside :meth:`Problems.recover`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import final

from claimcheck.errors import AssertionFileError

__all__ = ["RAISE", "Problems"]


@final
class Problems:
    """The mistakes found so far; with ``collect=False`` the first one raises."""

    def __init__(self, *, collect: bool = False) -> None:
        self.collect = collect
        self.found: list[AssertionFileError] = []
        self._hushed: set[str] = set()

    def hush(self, place: str) -> None:
        """Drop later mistakes reported at ``place`` (``path:line:column``): they
        follow from one already noted there, such as a claim that lacks the key
        a mistyped one meant to give."""
        if self.collect:  # RAISE is shared: it never keeps state
            self._hushed.add(f"{place}: ")

    @contextmanager
    def recover(self) -> Iterator[None]:
        """Run one part of a file: when collecting, its mistake is kept, not raised."""
        if not self.collect:
            yield
            return
        try:
            yield
        except AssertionFileError as exc:
            message = str(exc)
            if any(message.startswith(place) for place in self._hushed):
                return
            if message not in {str(e) for e in self.found}:
                self.found.append(exc)

    def messages(self) -> list[str]:
        """Each mistake's message (``path:line:column: ...``), in the order found."""
        return [str(e) for e in self.found]


#: raise at the first mistake (what the pytest plugin wants)
RAISE = Problems()
