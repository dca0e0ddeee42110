"""Regular expressions compiled at their first use, not at import.

The number grammar is one expression of some 40,000 characters: compiling
it takes about half a second, which every process importing the engine
would pay even when it reads no article (a warm index cache, ``--help``,
``--collect-only``, the reports).  :func:`lazy` stands in for a compiled
pattern and compiles it the first time one of its attributes is asked for;
the attribute (``match``, ``search``...) is then kept on the stand-in, so
later lookups cost what they cost on the pattern itself.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any, cast

import regex

__all__ = ["lazy", "lazy_re"]

_LOCK = threading.Lock()


class _LazyPattern:
    """A pattern compiled on first attribute access (see the module doc)."""

    def __init__(self, compile_: Callable[[str, int], Any], source: str, flags: int):
        self._compile = compile_
        self._source = source
        self._flags = flags
        self._compiled: Any = None

    def compiled(self) -> Any:
        """The compiled pattern, compiling it now if no one has yet."""
        if self._compiled is None:
            with _LOCK:
                if self._compiled is None:
                    self._compiled = self._compile(self._source, self._flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        # a pattern is immutable: its bound methods and fields never change
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy({self._source[:40]!r}...)"


def lazy(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, done the first time it is used."""
    return cast("regex.Pattern[str]", _LazyPattern(regex.compile, source, flags))


def lazy_re(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, done the first time it is used."""
    return cast("re.Pattern[str]", _LazyPattern(re.compile, source, flags))
