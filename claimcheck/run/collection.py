"""What collection loads: the suite's claims, their lexicon, their articles.

:class:`Collection` reads assertion files one at a time, as pytest collects
them, and keeps claim ids unique across the suite; :func:`expand_corpus`
finds the article files an assertion file's corpus names.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import final

from claimcheck.claims import AssertionFile, Claim, Location, QuantityClaim
from claimcheck.engine.articles import ARTICLE_SUFFIXES, HTML_SUFFIXES, file_kind
from claimcheck.engine.html import HTML_EXTRA, extractor_missing
from claimcheck.engine.index import Lexicon, build_lexicon
from claimcheck.errors import ArticleError
from claimcheck.run.paths import PathList, sorted_places
from claimcheck.suite.globbing import iglob_once
from claimcheck.suite.loader import check_unique_ids, load_assertion_file

__all__ = ["Collection", "expand_corpus"]


@final
class Collection:
    """The claims loaded so far, the lexicon of their measure words, and the
    articles each assertion file runs against.
    """

    def __init__(
        self,
        *,
        rootdir: Path,
        default_corpus: Sequence[str],
        corpus_override: Sequence[Path] = (),
    ) -> None:
        self.rootdir = rootdir
        self.default_corpus = tuple(default_corpus)
        #: article files or folders named on the command line: only these run
        self.corpus_override = tuple(p.resolve() for p in corpus_override)
        self.claims: list[Claim] = []
        self._lexicon: Lexicon | None = None
        #: assertion file -> its quantity claims
        self._quantities: dict[str, list[QuantityClaim]] = {}
        #: article path -> the assertion files whose corpus holds it (one
        #: frozenset per distinct set of files, shared by its articles)
        #: each assertion file's articles
        self._corpora: list[tuple[PathList, str]] = []
        self._reader_sets: dict[frozenset[str], frozenset[str]] = {}
        #: the lexicon of each set of assertion files an article is read for
        self._lexicons: dict[frozenset[str], Lexicon] = {}
        self._lexicon_keys: dict[frozenset[str], str] = {}
        #: claim id -> where it was first defined
        self._claim_sites: dict[str, Location] = {}

    def load_file(self, path: Path) -> AssertionFile:
        """Load one assertion file; its claims join the suite's lexicon."""
        loaded = load_assertion_file(
            path, rootdir=self.rootdir, default_corpus=self.default_corpus
        )
        check_unique_ids(loaded.claims, self._claim_sites)
        self.claims.extend(loaded.claims)
        self._quantities[loaded.path] = [
            c for c in loaded.claims if isinstance(c, QuantityClaim)
        ]
        self._lexicon = None
        self._lexicons.clear()
        self._lexicon_keys.clear()
        return loaded

    @property
    def lexicon(self) -> Lexicon:
        """The measure words of every quantity claim loaded (built once)."""
        if self._lexicon is None:
            self._lexicon = build_lexicon(
                (c.measure, c.unit) for c in self.claims if isinstance(c, QuantityClaim)
            )
        return self._lexicon

    def lexicon_for(self, path: Path) -> Lexicon:
        """The measure words an article is read with: those of the quantity
        claims that check it (the claims of every assertion file whose corpus
        holds it), so a suite's verdicts on one story's articles do not depend
        on the claims of another story kept beside it.  An article no file's
        corpus named is read with every claim's measure words."""
        files = self._readers_of(path)
        if files is None:
            return self.lexicon
        lexicon = self._lexicons.get(files)
        if lexicon is None:
            lexicon = self._lexicons[files] = build_lexicon(
                (c.measure, c.unit) for c in self._quantities_of(files)
            )
        return lexicon

    def lexicon_key(self, path: Path) -> str:
        """What an article's lexicon (:meth:`lexicon_for`) is built from, as
        index cache keys name it: every measure spelling of every quantity
        claim that checks it, with the claim's unit.

        The engine's version, also in the key, covers how a lexicon is built
        from them; a run whose indexes all come from the cache never builds
        one.
        """
        files = self._readers_of(path)
        key = self._lexicon_keys.get(files or frozenset())
        if key is None:
            claims = (
                self._quantities_of(files)
                if files is not None
                else [c for c in self.claims if isinstance(c, QuantityClaim)]
            )
            spellings = {
                (t.text, t.is_regex, c.unit or "")
                for c in claims
                for t in c.measure.spellings
            }
            digest = hashlib.sha256(repr(sorted(spellings)).encode("utf-8"))
            key = self._lexicon_keys[files or frozenset()] = digest.hexdigest()
        return key

    def _readers_of(self, path: Path) -> frozenset[str] | None:
        """The assertion files whose corpus holds ``path`` (None: none)."""
        files = frozenset(f for paths, f in self._corpora if path in paths)
        return self._reader_sets.setdefault(files, files) if files else None

    def _quantities_of(self, files: frozenset[str]) -> list[QuantityClaim]:
        return [c for name in sorted(files) for c in self._quantities.get(name, ())]

    def measure_patterns(self) -> list[str]:
        """Every measure pattern (a regular expression), with its claim's place."""
        return [
            f"{c.location} ({c.id}): {t.text!r}"
            for c in self.claims
            if isinstance(c, QuantityClaim)
            for t in c.measure.terms
            if t.is_regex
        ]

    def articles_for(
        self, assertion_file: AssertionFile, *, allow_outside: bool = False
    ) -> PathList:
        """The article paths an assertion file runs against.

        Raises :class:`ArticleError` for an article outside the rootdir, unless
        ``allow_outside``.
        """
        try:
            paths = expand_corpus(
                assertion_file.corpus,
                Path(assertion_file.corpus_root),
                confine_to=None if allow_outside else self.rootdir,
            )
        except ArticleError as exc:
            raise ArticleError(f"{assertion_file.path}: {exc}") from exc
        if self.corpus_override:
            paths = PathList(p for p in paths if self._overridden(p))
        articles = paths
        self._corpora.append((articles, assertion_file.path))
        self._lexicons.clear()
        self._lexicon_keys.clear()
        pages = [
            Path(n) for n in paths.each_name() if _suffix(n).lower() in HTML_SUFFIXES
        ]
        if pages and extractor_missing():
            shown = ", ".join(self.display_path(p) for p in pages[:3])
            more = f" and {len(pages) - 3} more" if len(pages) > 3 else ""
            raise ArticleError(
                f"{assertion_file.path}: the corpus holds web pages ({shown}{more}),"
                f" read through the html extra, which is not installed; install"
                f" it ({HTML_EXTRA}) or leave the pages out of the corpus"
            )
        return articles

    def _overridden(self, path: Path) -> bool:
        return any(path == o or o in path.parents for o in self.corpus_override)

    def display_path(self, path: Path) -> str:
        """``path`` relative to the rootdir when inside it, with ``/``."""
        try:
            return path.relative_to(self.rootdir).as_posix()
        except ValueError:
            return path.as_posix()


def expand_corpus(
    entries: Sequence[str], root: Path, *, confine_to: Path | None = None
) -> PathList:
    """The article files named by corpus entries (directories or globs), each
    folder's in the order of their paths' parts.

    With ``confine_to``, a file that lies outside that folder once links and
    ``..`` are resolved raises :class:`ArticleError`; so does a device, a
    pipe or a socket (reading one might never end) and a link to nothing.
    Paths are handled as strings and packed as they are found, each once
    (:meth:`PathList.distinct`): a corpus of 100,000 files never has 100,000
    :class:`~pathlib.Path` objects, nor as many strings, alive at once.
    """
    inside = None if confine_to is None else str(confine_to.resolve())
    return PathList.distinct(_resolved_files(entries, root, inside))


def _resolved_files(
    entries: Sequence[str], root: Path, inside: str | None
) -> Iterator[str]:
    """Each article file of the corpus entries, resolved, as it is found
    (a file named twice comes twice)."""
    folders: dict[str, str] = {}
    for entry in entries:
        base = root / entry
        names: Iterable[str]
        if base.is_dir():
            names = (n for n in _files_under(str(base)) if _is_article(n))
        else:
            names = _globbed(str(base))
        for name in names:
            try:
                resolved = _resolved_file(name, folders)
            except _NotAFile as exc:
                shown = Path(inside) if inside is not None else root
                raise ArticleError(_not_a_file(Path(name), shown, exc)) from None
            if resolved is not None:
                if inside is not None and not _within(resolved, inside):
                    raise ArticleError(
                        _outside(Path(name), Path(resolved), Path(inside))
                    )
                yield resolved


def _globbed(pattern: str) -> Iterator[str]:
    """The files ``glob.glob(pattern, recursive=True)`` finds, in the order of
    their paths' parts, one at a time: the matches are packed as they come
    and sorted by place, so no list of every match (nor of every match's
    parts) is made."""
    found = PathList(iglob_once(pattern))
    return map(found.name, sorted_places(range(len(found)), _parts, found.name))


def _files_under(folder: str) -> Iterator[str]:
    """What ``Path(folder).rglob("*")`` finds, sorted as its paths' parts sort:
    each folder's entries by name, a folder's files where its name stands;
    links to folders are not followed."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        yield entry.path
        try:
            descend = entry.is_dir() and not entry.is_symlink()
        except OSError:
            descend = False
        if descend:
            yield from _files_under(entry.path)


def _suffix(name: str) -> str:
    """``PurePath(name).suffix``, from the string."""
    base = name.rpartition(os.sep)[2]
    dot = base.rfind(".")
    return base[dot:] if 0 < dot < len(base) - 1 else ""


def _is_article(name: str) -> bool:
    return _suffix(name).lower() in ARTICLE_SUFFIXES


def _parts(name: str) -> list[str]:
    """The parts of ``name`` below its anchor, as ``Path(name).parts`` has
    them (no empty or ``.`` part), without making a path: matches of one glob
    share their anchor, so they sort by these as by their paths' parts."""
    if os.altsep:
        name = name.replace(os.altsep, os.sep)
    return [p for p in name.split(os.sep) if p and p != "."]


def _within(path: str, folder: str) -> bool:
    """``Path(path).is_relative_to(folder)`` for resolved absolute paths."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


class _NotAFile(Exception):
    """A corpus path that names something an article cannot be read from."""

    def __init__(self, kind: str | None, target: str | None) -> None:
        super().__init__(kind)
        #: what it is ("a named pipe"), None for a link to nothing
        self.kind = kind
        #: where the link points, for a link
        self.target = target


def _resolved_file(path: str, folders: dict[str, str]) -> str | None:
    """``Path(path).resolve()`` when it is a file (through links), None for a
    folder; raises :class:`_NotAFile` for anything else.

    A corpus of thousands of files in a few folders resolves each folder once
    (in ``folders``) and ``lstat``s each file once, instead of resolving every
    component of every path.
    """
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None
    folder, name = os.path.split(path)
    if stat.S_ISLNK(mode) or name in ("", ".", ".."):
        link = os.path.realpath(path) if stat.S_ISLNK(mode) else None
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise _NotAFile(
                    f"a link in a loop of links ({_loop(path)})", None
                ) from None
            raise _NotAFile(None, link) from None
        if stat.S_ISDIR(mode):
            return None
        if not stat.S_ISREG(mode):
            raise _NotAFile(file_kind(mode), link)
        return str(Path(path).resolve())
    if stat.S_ISDIR(mode):
        return None
    if not stat.S_ISREG(mode):
        raise _NotAFile(file_kind(mode), None)
    real = folders.get(folder)
    if real is None:
        real = folders[folder] = os.path.realpath(folder)
    return os.path.join(real, name)


def _loop(path: str) -> str:
    """``a.txt -> b.txt -> a.txt``: the links from ``path`` until one repeats
    (a link in a looping folder shows as itself)."""
    chain = [os.path.normpath(path)]
    while len(chain) < 41:
        try:
            target = os.readlink(chain[-1])
        except OSError:
            break
        chain.append(os.path.normpath(os.path.join(os.path.dirname(chain[-1]), target)))
        if chain[-1] in chain[:-1]:
            break
    base = os.path.dirname(chain[0])
    return " -> ".join(Path(os.path.relpath(p, base)).as_posix() for p in chain)


def _not_a_file(path: Path, root: Path, problem: _NotAFile) -> str:
    shown = Path(os.path.relpath(os.path.normpath(path), root)).as_posix()
    if problem.kind is None:
        what = f"a link to {problem.target}, which does not exist"
    elif problem.target is None:
        what = problem.kind
    else:
        what = f"a link to {problem.target}, {problem.kind}"
    return (
        f"corpus entry {shown} is {what}, not an article file; remove it from"
        " the corpus folder or narrow the corpus entry"
    )


def _outside(path: Path, resolved: Path, root: Path) -> str:
    plain = os.path.normpath(path)
    via = f" (a link to {resolved})" if str(resolved) != plain else ""
    return (
        f"article {Path(os.path.relpath(plain, root)).as_posix()}{via} is outside"
        f" the project ({root}); claimcheck reads only"
        " articles inside the rootdir. Move the article into the project, fix the"
        " corpus, or set claimcheck_allow_outside = true"
    )
