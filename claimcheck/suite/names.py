r"""File names that would break the ``path:line:column`` lines claimcheck prints.

A name holding a line break prints as two lines: an editor jumps to the
wrong place, a CI log's problem matcher misses the line, and a name such as
``x\n::error file=README.md::...`` forges a line of the run's output that
GitHub Actions would obey. Other control characters (an escape ``\x1b``
starting a terminal sequence) are as bad. Such a name is refused before the
file is read; a name that is merely unusual (spaces, accents) is fine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["broken_name", "escaped"]

#: control characters, and the separators Unicode draws as line breaks
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def broken_name(names: Iterable[str], what: str) -> str | None:
    """The message for the first of ``names`` (as shown to the user) holding
    a control character, else None; ``what`` says what the file is
    ("article")."""
    for name in names:
        found = _CONTROL.search(name)
        if found is not None:
            return (
                f"{what} {name!r} has {found.group()!r} in its name, which would"
                " break every path:line:column line claimcheck prints about it;"
                " rename the file"
            )
    return None


def escaped(name: str) -> str:
    r"""``name`` with each control character written as its escape
    (``bad\x1b[2J.yaml``): a name as pytest may print it, before claimcheck
    refuses the file, without the character acting on the terminal or log."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], name)
