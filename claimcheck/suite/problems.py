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

    @contextmanager
    def recover(self) -> Iterator[None]:
        """Run one part of a file: when collecting, its mistake is kept, not raised."""
        if not self.collect:
            yield
            return
        try:
            yield
        except AssertionFileError as exc:
            if str(exc) not in {str(e) for e in self.found}:
                self.found.append(exc)

    def messages(self) -> list[str]:
        """Each mistake's message (``path:line:column: ...``), in the order found."""
        return [str(e) for e in self.found]


#: raise at the first mistake (what the pytest plugin wants)
RAISE = Problems()
