"""Files changed since a git revision: the articles a pull request touches.

``--claimcheck-changed=REF`` checks only the articles added or modified since
REF, plus every article for the claims of assertion files (or shared
``claimcheck.yaml`` settings) that changed.  "Since REF" means since the point
where the work left REF (``git merge-base REF HEAD``), as a pull request's
diff shows it, and counts committed, staged, unstaged and untracked files.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import ClaimcheckError
from claimcheck.suite.yamlsource import (
    SHARED_CONFIG,
)

__all__ = ["ChangedFiles", "changed_files"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ChangedFiles:
    """The resolved paths of the files changed since ``ref``."""

    ref: str
    paths: frozenset[Path]

    def wants(self, article: Path, assertion_file: Path) -> bool:
        """Whether the item checking ``article`` against a claim of
        ``assertion_file`` must run: either of them, or a ``claimcheck.yaml``
        the assertion file reads, changed.
        """
        if article.resolve() in self.paths:
            return True
        source = assertion_file.resolve()
        if source in self.paths:
            return True
        return any(d / SHARED_CONFIG in self.paths for d in source.parents)


def _git(args: list[str], cwd: Path, option: str) -> str:
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError as exc:
        raise ClaimcheckError(
            f"{option}: git is not installed; install git or drop the option"
        ) from exc
    if done.returncode != 0:
        raise _GitFailed(done.stderr.strip())
    return done.stdout


class _GitFailed(Exception):
    pass


def changed_files(ref: str, cwd: Path) -> ChangedFiles:
    """The files added or modified since git ``ref``, seen from ``cwd``.

    Raises :class:`ClaimcheckError` when ``cwd`` is not in a git work tree or
    ``ref`` names no commit.
    """
    option = f"--claimcheck-changed={ref}"
    try:
        top = Path(_git(["rev-parse", "--show-toplevel"], cwd, option).strip())
    except _GitFailed as exc:
        raise ClaimcheckError(
            f"{option}: {cwd} is not inside a git repository ({exc}); run from a"
            " git checkout, or drop the option to check every article"
        ) from None
    try:
        commit = _git(
            ["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top, option
        ).strip()
    except _GitFailed:
        raise ClaimcheckError(
            f"{option}: unknown git revision {ref!r} in {top}; name a branch, tag"
            " or commit (in CI, fetch it first: git fetch origin main)"
        ) from None
    try:
        base = _git(["merge-base", commit, "HEAD"], top, option).strip() or commit
    except _GitFailed:
        # no common history (or no HEAD yet): compare with REF itself
        base = commit
    diff = _git(
        ["diff", "-z", "--name-only", "--no-renames", "--diff-filter=d", base, "--"],
        top,
        option,
    )
    untracked = _git(["ls-files", "-z", "--others", "--exclude-standard"], top, option)
    # NUL-separated, so names with spaces or non-ASCII letters come unquoted
    names = [n for n in (diff + untracked).split("\0") if n]
    return ChangedFiles(ref=ref, paths=frozenset((top / n).resolve() for n in names))
