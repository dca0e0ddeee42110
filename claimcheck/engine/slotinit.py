"""A faster ``__init__`` for the engine's frozen dataclasses with slots.

The ``__init__`` that :func:`dataclasses.dataclass` writes for a frozen
class sets each field through ``object.__setattr__``, the frozen class's
own ``__setattr__`` refusing; the slot of each field sets it for less.  The
engine makes evidence, cues and verdicts by the hundred per article, so
:func:`slot_init` gives those classes an ``__init__`` of that kind, with the
same keyword-only fields and defaults; instances are the same in all else
(frozen, equal and hashed alike).
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import Any, TypeVar

__all__ = ["slot_init"]

T = TypeVar("T")


def slot_init(cls: type[T]) -> type[T]:
    """``cls``, a frozen dataclass with slots whose fields are all keyword
    only and have no default factory, with an ``__init__`` that sets each
    field by its slot."""
    params = []
    body = []
    namespace: dict[str, Any] = {}
    for field in fields(cls):  # type: ignore[arg-type]
        name = field.name
        if not field.kw_only or field.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{name}: keyword-only fields only")
        namespace[f"_set_{name}"] = vars(cls)[name].__set__
        if field.default is MISSING:
            params.append(name)
        else:
            namespace[f"_default_{name}"] = field.default
            params.append(f"{name}=_default_{name}")
        body.append(f"    _set_{name}(self, {name})")
    source = f"def __init__(self, *, {', '.join(params)}):\n" + "\n".join(body)
    exec(source, namespace)  # (only the field names of the class are written)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
