"""``python -m claimcheck.cli``: the ``claimcheck`` command."""

from __future__ import annotations

from claimcheck.cli import main

raise SystemExit(main())
