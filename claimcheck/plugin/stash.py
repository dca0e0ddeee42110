"""What the plugin keeps in ``config.stash`` and on reports, by name.

The hooks read these in every pytest run of the environment; the modules
that fill them (the nodes, the session) import the engine, this one only
pytest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from claimcheck.plugin.batches import BatchedFile
    from claimcheck.run.session import RunSession

__all__ = [
    "ARTICLE_ITEMS_LIMIT",
    "ASSERTIONS_NOTE",
    "BATCHED_FILES",
    "CORPUS_NOTE",
    "COVERAGE_ATTRIBUTE",
    "GATHERED_ATTRIBUTE",
    "HTML_WANTED",
    "ITEM_ATTRIBUTE",
    "ITEM_REPORT",
    "NOTES_ATTRIBUTE",
    "RESULTS_ATTRIBUTE",
    "RESULT_ATTRIBUTE",
    "SESSION",
    "WIRE_ATTRIBUTES",
]

#: the run's session, in ``config.stash``
SESSION: pytest.StashKey[RunSession] = pytest.StashKey()
#: the claimcheck_article_items_max ini key, as a number
ARTICLE_ITEMS_LIMIT = pytest.StashKey[int]()
#: the assertion files collected as items of several articles each
BATCHED_FILES = pytest.StashKey[list["BatchedFile"]]()
#: whether pytest-html writes a report (``--html``): only then are the
#: evidence extras worth building
HTML_WANTED = pytest.StashKey[bool]()
#: the note saying which articles stand in for a corpus that does not exist
CORPUS_NOTE = pytest.StashKey[str]()
#: the note saying that no folder the claimcheck_assertions key names exists
ASSERTIONS_NOTE = pytest.StashKey[str]()
#: report attribute holding the verdict record; plain data, so it crosses
#: pytest-xdist's wire with the report
RESULT_ATTRIBUTE = "claimcheck_result"
#: report attribute of an aggregated item: a list of verdict records
RESULTS_ATTRIBUTE = "claimcheck_results"
#: report attribute of an aggregated item whose records went straight to
#: the run's results (one process): how many
GATHERED_ATTRIBUTE = "claimcheck_gathered"
#: report attribute holding warnings about articles (plain strings)
NOTES_ATTRIBUTE = "claimcheck_notes"
#: report attribute pytest-html reads its extras from
HTML_EXTRAS = "extras"
#: report attribute holding the coverage of the articles the item finished
COVERAGE_ATTRIBUTE = "claimcheck_coverage"
#: report attribute marking a report of a claimcheck item across xdist's
#: wire, taken off once every plugin has logged the report
ITEM_ATTRIBUTE = "claimcheck_item"
#: the last report a claimcheck item made in this process, made lighter
#: once every plugin has logged it
ITEM_REPORT = pytest.StashKey["pytest.TestReport"]()
#: report attributes packed into JSON text for xdist's wire
WIRE_ATTRIBUTES = (RESULT_ATTRIBUTE, RESULTS_ATTRIBUTE, COVERAGE_ATTRIBUTE)
