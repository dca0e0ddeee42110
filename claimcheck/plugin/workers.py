"""pytest-xdist glue: each worker's place, the index share, the wire.

What the workers share is in :mod:`claimcheck.run.share`; this module only
reads and writes it through pytest's and xdist's objects.  It imports
nothing from xdist, which may be absent.
"""

from __future__ import annotations

import shutil
from dataclasses import astuple
from pathlib import Path
from typing import Any

import pytest

from claimcheck.plugin.batches import BatchedFile
from claimcheck.plugin.stash import BATCHED_FILES, SESSION
from claimcheck.run.settings import Granularity
from claimcheck.run.share import (
    SHARE_INPUT,
    IndexShare,
    make_share,
    pack,
    unpack,
    worker_place,
)

__all__ = [
    "SHARED_FOLDER",
    "close_share",
    "hear_coverage",
    "hear_selection",
    "join_workers",
    "offer_share",
    "tell_coverage",
    "tell_selection",
]

#: (xdist controller) the folder the run's workers share indexes through
SHARED_FOLDER = pytest.StashKey[Path]()


def join_workers(config: pytest.Config, workerinput: dict[str, Any]) -> None:
    """(xdist worker) Its place among the workers, and the index share."""
    session = config.stash[SESSION]
    session.worker = worker_place(workerinput)
    session.gathers = session.coverage.gathers = False
    share = workerinput.get(SHARE_INPUT)
    if share and session.indexes.cache is None:
        name = str(workerinput.get("workerid", "gw"))
        session.indexes.share = IndexShare(Path(share), name)


def offer_share(node: Any) -> None:
    """(xdist controller) With claim items and pytest's cache off, give a
    local worker the folder to share indexes through."""
    config: pytest.Config = node.config
    session = config.stash[SESSION]
    local = getattr(node.gateway.spec, "popen", False)
    if session.granularity is not Granularity.CLAIM or not local:
        return
    if session.indexes.cache is not None:
        return
    if SHARED_FOLDER not in config.stash:
        config.stash[SHARED_FOLDER] = make_share()
    node.workerinput[SHARE_INPUT] = str(config.stash[SHARED_FOLDER])


#: (xdist) the worker's word that --claimcheck-changed deselected everything
_SELECTED_NOTHING = "claimcheck_selected_nothing"


#: (xdist) the files the worker collected as article items, and as items
#: of several articles each, for the terminal summary's notes
_COLLECTED_AS = "claimcheck_collected_as"


def tell_selection(config: pytest.Config) -> None:
    """(xdist worker) Tell the controller, which collects nothing itself,
    whether --claimcheck-changed deselected every item, and which files
    were collected as article items or items of several articles."""
    output = getattr(config, "workeroutput", None)
    if output is not None:
        session = config.stash[SESSION]
        output[_SELECTED_NOTHING] = session.selected_nothing
        runs = [astuple(f) for f in config.stash.get(BATCHED_FILES, [])]
        output[_COLLECTED_AS] = [list(session.batched), runs]


def hear_selection(node: Any) -> None:
    """(xdist controller) Take a finished worker's word on the selection
    and, from the first, the files collected as article items (every
    worker collects the same)."""
    output = getattr(node, "workeroutput", None) or {}
    config: pytest.Config = node.config
    session = config.stash[SESSION]
    if output.get(_SELECTED_NOTHING):
        session.selected_nothing = True
    told = output.get(_COLLECTED_AS)
    if told and BATCHED_FILES not in config.stash:
        session.batched[:] = [(str(shown), int(pairs)) for shown, pairs in told[0]]
        config.stash[BATCHED_FILES] = [BatchedFile(*fields) for fields in told[1]]


#: (xdist) the coverage of the articles a worker left open
_COVERAGE = "claimcheck_coverage"


def tell_coverage(config: pytest.Config) -> None:
    """(xdist worker) Send the coverage of the articles still open at its end
    (those whose other items ran elsewhere), as one JSON string; the others
    went with their last item's report."""
    output = getattr(config, "workeroutput", None)
    session = config.stash.get(SESSION, None)
    if output is not None and session is not None and session.coverage.enabled:
        output[_COVERAGE] = session.coverage.take()
        pack(output, (_COVERAGE,))


def hear_coverage(node: Any) -> None:
    """(xdist controller) Keep a finished worker's coverage."""
    output = getattr(node, "workeroutput", None) or {}
    unpack(output, (_COVERAGE,))
    parts = output.get(_COVERAGE)
    if isinstance(parts, list):
        node.config.stash[SESSION].coverage.gather(parts)


def close_share(config: pytest.Config) -> None:
    """Close this worker's share file; the controller removes the folder."""
    session = config.stash.get(SESSION, None)
    share = session.indexes.share if session is not None else None
    if isinstance(share, IndexShare):
        share.close()
    folder = config.stash.get(SHARED_FOLDER, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
