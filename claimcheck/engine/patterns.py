"""Regular expressions compiled at their first use, not at import.

The number grammar is one expression of some 40,000 characters: compiling
it takes about half a second, which every process importing the engine
would pay even when it reads no article (a warm index cache, ``--help``,
``--collect-only``, the reports).  :func:`lazy` stands in for a compiled
pattern and compiles it the first time one of its methods is called; the
pattern's bound methods (``match``, ``search``...) are then kept on the
stand-in, so later lookups cost less than on the pattern itself.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any, cast

import regex

__all__ = ["lazy", "lazy_re"]

_LOCK = threading.Lock()


#: what a stand-in offers: the methods and fields of a compiled pattern
_METHODS = (
    "match", "fullmatch", "search", "finditer", "findall", "split", "splititer",
    "sub", "subn", "subf", "subfn", "scanner",
)  # fmt: skip
_FIELDS = ("pattern", "flags", "groups", "groupindex")


class _LazyPattern:
    """A pattern compiled on first use (see the module doc).

    The first call of any method compiles the pattern and puts its bound
    methods on the instance, where later lookups find them at once (an
    instance attribute wins over the class's method).  No ``__getattr__``:
    its mere presence slows every attribute lookup on the object.
    """

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
                    compiled = self._compile(self._source, self._flags)
                    for name in _METHODS:
                        if hasattr(compiled, name):
                            setattr(self, name, getattr(compiled, name))
                    self._compiled = compiled
        return self._compiled

    def __repr__(self) -> str:
        return f"lazy({self._source[:40]!r}...)"


def _method(name: str) -> Any:
    def first_call(self: _LazyPattern, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), name)(*args, **kwargs)

    first_call.__name__ = name
    return first_call


def _field(name: str) -> Any:
    return property(lambda self: getattr(self.compiled(), name))


for _name in _METHODS:
    setattr(_LazyPattern, _name, _method(_name))
for _name in _FIELDS:
    setattr(_LazyPattern, _name, _field(_name))


def lazy(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, done the first time it is used."""
    return cast("regex.Pattern[str]", _LazyPattern(regex.compile, source, flags))


def lazy_re(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, done the first time it is used."""
    return cast("re.Pattern[str]", _LazyPattern(re.compile, source, flags))
