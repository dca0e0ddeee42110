"""A faster ``__init__`` for the engine's frozen dataclasses with slots.

The ``__init__`` that :func:`dataclasses.dataclass` writes for a frozen
class sets each field through ``object.__setattr__``, the frozen class's
own ``__setattr__`` refusing; the slot of each field sets it for less
(about two fifths of the time).  The engine makes quantities, their
intervals, bindings and mentions by the dozen per article, and evidence,
cues and verdicts by the hundred, so :func:`slot_init` gives those classes
an ``__init__`` of that kind, with the same fields, positional or keyword
only, and defaults; instances are the same in all else (frozen, equal and
hashed alike).
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import Any, TypeVar

__all__ = ["slot_init"]

T = TypeVar("T")


def slot_init(cls: type[T]) -> type[T]:
    """``cls``, a frozen dataclass with slots whose fields have no default
    factory, with an ``__init__`` that sets each field by its slot (the
    fields that are not keyword only first, in order, as the generated one
    takes them)."""
    positional: list[str] = []
    keyword: list[str] = []
    body: list[str] = []
    namespace: dict[str, Any] = {}
    for field in fields(cls):  # type: ignore[arg-type]
        name = field.name
        if field.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{name}: no default factory")
        namespace[f"_set_{name}"] = vars(cls)[name].__set__
        param = name
        if field.default is not MISSING:
            namespace[f"_default_{name}"] = field.default
            param = f"{name}=_default_{name}"
        (keyword if field.kw_only else positional).append(param)
        body.append(f"    _set_{name}(self, {name})")
    params = ", ".join(["self", *positional, *(["*", *keyword] if keyword else [])])
    source = f"def __init__({params}):\n" + "\n".join(body or ["    pass"])
    exec(source, namespace)  # (only the field names of the class are written)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
