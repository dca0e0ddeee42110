"""run/atomic.py: files claimcheck writes: atomic replacement, nothing lost,
clean errors, and JSON that every reader accepts."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck import plugin
from claimcheck.errors import OutputError
from claimcheck.run.atomic import check_writable, json_text, write_atomic, write_json

PREVIOUS = "previous report\n" * 1000


def test_write_atomic_replaces_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.json"
    write_atomic(target, "one")
    write_atomic(target, "two")
    write_atomic(target, b"three\x00")
    assert target.read_bytes() == b"three\x00"
    # no temporary file is left behind
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]


def test_plugin_keeps_write_atomic_importable() -> None:
    assert plugin.write_atomic is write_atomic


# The writer blocks at a chosen point of write_atomic (after writing half the
# data, or with all of it written but not yet renamed), says so, and waits to be
# killed: the kill lands mid-write every time, without sleeping.
WRITER = """\
import os, sys
from pathlib import Path
from claimcheck.run import atomic as files

stage = sys.argv[2]

def block():
    print("blocked", flush=True)
    sys.stdin.read()

class Half:
    def __init__(self, handle):
        self.handle = handle
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.handle.__exit__(*exc)
    def write(self, data):
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        block()
    def __getattr__(self, name):
        return getattr(self.handle, name)

if stage == "half":
    real_fdopen = os.fdopen
    files.os.fdopen = lambda *a, **k: Half(real_fdopen(*a, **k))
else:
    real_replace = os.replace
    def replace(*args):
        block()
        real_replace(*args)
    files.os.replace = replace
files.write_atomic(Path(sys.argv[1]), "new report line\\n" * 2_000_000)
"""


@pytest.mark.slow
@pytest.mark.parametrize("stage", ["half", "before-rename"])
def test_a_writer_killed_mid_write_leaves_the_previous_file(
    tmp_path: Path, stage: str
) -> None:
    target = tmp_path / "report.md"
    target.write_text(PREVIOUS)
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    with subprocess.Popen(
        [sys.executable, str(script), str(target), stage],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        try:
            assert writer.stdout is not None
            assert writer.stdout.readline() == "blocked\n"
            # the new content is on disk, beside the target
            [partial] = tmp_path.glob(".report.md.*.tmp")
            assert partial.stat().st_size > 0
            writer.send_signal(signal.SIGKILL)
            assert writer.wait() == -signal.SIGKILL
        finally:
            writer.kill()
    assert target.read_text() == PREVIOUS


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        pytest.param("blocker/report.json", "{tmp}/blocker is a file", id="parent"),
        pytest.param("blocker/deeper/report.json", "{tmp}/blocker is a", id="ancestor"),
        pytest.param("folder", "Is a directory", id="target-is-a-folder"),
        pytest.param("/proc/claimcheck/report.json", "", id="proc"),
    ],
)
def test_an_unwritable_target_is_a_clean_error(
    tmp_path: Path, where: str, reason: str
) -> None:
    (tmp_path / "blocker").write_text("a file, not a folder")
    (tmp_path / "folder").mkdir()
    target = tmp_path / where
    with pytest.raises(OutputError) as info:
        write_atomic(target, "text")
    message = str(info.value)
    assert message.startswith(f"{target}: cannot write ({reason.format(tmp=tmp_path)}")
    assert message.endswith(
        "; check that its folder exists and is writable, or choose another path"
    )
    assert isinstance(info.value.__cause__, OSError)
    assert (tmp_path / "blocker").read_text() == "a file, not a folder"
    if where.startswith("/proc"):
        return  # the early check cannot tell: only the write itself fails
    with pytest.raises(OutputError, match=r"^--claimcheck-json=.*: cannot write"):
        check_writable(target, "--claimcheck-json")


def test_a_writable_target_passes_the_early_check(tmp_path: Path) -> None:
    check_writable(tmp_path / "new" / "deeper" / "report.json", "--claimcheck-json")


PROJECT_CLAIMS = "claims:\n  - {id: dam, kind: entity, name: Kariba Dam}\n"


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    pytester = make_project(
        {"dam.yaml": PROJECT_CLAIMS}, {"a.txt": "The Kariba Dam held.\n"}
    )
    pytester.path.joinpath("blocker").write_text("a file")
    return pytester


def test_an_unwritable_json_path_fails_before_the_run(
    project: pytest.Pytester,
) -> None:
    result = project.runpytest("assertions", "--claimcheck-json=blocker/out.json")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "ERROR: --claimcheck-json=blocker/out.json: cannot write there:"
            " blocker is a file, not a folder; choose another path"
        ]
    )
    assert "Traceback" not in result.stdout.str() + result.stderr.str()


def test_a_json_path_that_breaks_during_the_run(project: pytest.Pytester) -> None:
    # the folder turns into a file after the early check
    project.makeconftest(
        """
        import shutil
        from pathlib import Path

        def pytest_collection_finish(session):
            out = Path(session.config.rootpath, "out")
            shutil.rmtree(out)
            out.write_text("in the way")
        """
    )
    project.mkdir("out")
    result = project.runpytest("assertions", "--claimcheck-json=out/verdicts.json")
    result.assert_outcomes(passed=1)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines(
        ["ERROR: out/verdicts.json: cannot write (out is a file, not a folder); check*"]
    )
    assert "Traceback" not in result.stdout.str()
    assert project.path.joinpath("out").read_text() == "in the way"


def test_the_json_file_is_replaced_whole(project: pytest.Pytester) -> None:
    out = project.path / "verdicts.json"
    # an earlier run's file (a file claimcheck did not write is never replaced)
    out.write_text('{"results": []}\n')
    project.runpytest("assertions", f"--claimcheck-json={out}")
    assert json.loads(out.read_text())["results"][0]["claim"] == "dam"
    assert textwrap.dedent(out.read_text()).endswith("\n")
    assert sorted(p.name for p in project.path.glob(".verdicts.json*")) == []


def test_json_text_keeps_text_as_written_one_item_a_line() -> None:
    assert json_text({"quote": "Zürich — 60", "n": [1]}) == (
        '{\n "quote": "Zürich — 60",\n "n": [\n  1\n ]\n}\n'
    )
    assert json_text({"a": [1, "é"]}, compact=True) == '{"a":[1,"é"]}'


@pytest.mark.parametrize(
    ("data", "where"),
    [
        (float("inf"), "the value = inf"),
        (
            {"results": [{"value": 1.0}, {"value": float("-inf")}]},
            "results[1].value = -inf",
        ),
        ([{"x": (0.5, float("nan"))}], "[0].x[1] = nan"),
    ],
)
def test_json_text_refuses_what_json_cannot_hold(data: object, where: str) -> None:
    with pytest.raises(OutputError, match=re.escape(where + " is not a finite number")):
        json_text(data)


def test_write_json_names_the_file_and_leaves_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "verdicts.json"
    write_json(target, {"results": []})
    assert json.loads(target.read_text()) == {"results": []}
    with pytest.raises(OutputError, match=re.escape(f"{target}: cannot write: ")):
        write_json(target, {"results": [float("nan")]})
    assert json.loads(target.read_text()) == {"results": []}
