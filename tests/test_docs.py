"""The examples in README.md and docs/*.md that are marked as checked run, and print what they show.

A checked example is a fenced ```console block preceded by a line `<!-- checked -->`. Its lines that
start with `$ ` are commands (a command ending in a backslash goes on over the next lines); every other
line is output, as a terminal shows it (stdout and stderr together). The block runs as one `sh` script,
so `echo $?` after a command shows its exit code and a pipe to `jq` works, in a fresh folder that links
to the repository's examples/, rules/ and tests/. The `icpcheck` run is the one installed next to
sys.executable (the README's test command runs `.venv/bin/python -m pytest`), in English
(LANG=C.UTF-8), 100 columns wide, without colour.

Only what must vary between two honest runs is normalised: today's date (a report's `as_of`), the tool
version, and sha256 hex digests or their 12-character prefixes (they change with every rulebook edit).
Trailing spaces at the end of a line are ignored too, since editors strip them. Nothing else.

To regenerate the outputs after a change, run the commands rather than editing by hand:
`.venv/bin/python tests/test_docs.py --update` rewrites every checked block with what its commands print.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCS = [REPO / "README.md", REPO / "README.zh-CN.md", *sorted((REPO / "docs").glob("*.md"))]
MARK = "<!-- checked -->"
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
SEPARATOR = "@@icpcheck-docs-test:{}@@"
LINKED = ("examples", "rules", "tests")  # what the examples read, relative to the repository
BIN = Path(sys.executable).parent  # not resolved: a venv's python is a symlink to the system one


@dataclass(frozen=True)
class Example:
    path: Path
    line: int  # of the opening fence, 1-based
    start: int  # offsets of the block's body in the file
    end: int
    commands: tuple[str, ...]
    outputs: tuple[str, ...]  # what each command shows, as written in the file

    @property
    def name(self) -> str:
        return f"{self.path.relative_to(REPO)}:{self.line}"


def parse(body: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split a console block into its commands and the output shown after each."""
    commands: list[str] = []
    outputs: list[list[str]] = []
    lines = iter(body.splitlines())
    for line in lines:
        if line.startswith("$ "):
            command = [line[2:]]
            while command[-1].endswith("\\"):
                command.append(next(lines))
            commands.append("\n".join(command))
            outputs.append([])
        elif not commands:
            raise ValueError(f"output before the first command: {line!r}")
        else:
            outputs[-1].append(line)
    return tuple(commands), tuple("\n".join(o) for o in outputs)


def fenced_blocks(path: Path) -> list[tuple[re.Match[str], bool]]:
    """Every fenced block of a file, and whether the line before it marks it as checked."""
    text = path.read_text(encoding="utf-8")
    found = []
    for m in FENCE.finditer(text):
        before = text[:m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        found.append((m, before.strip() == MARK))
    return found


def examples(path: Path) -> list[Example]:
    text = path.read_text(encoding="utf-8")
    found = []
    for m, checked in fenced_blocks(path):
        if checked:
            commands, outputs = parse(m.group(2))
            line = text.count("\n", 0, m.start()) + 1
            found.append(Example(path, line, m.start(2), m.end(2), commands, outputs))
    return found


ALL = [e for path in DOCS for e in examples(path)]


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("ICPCHECK_", "LC_", "LANG", "_ICPCHECK"))}
    env.update(PATH=f"{BIN}{os.pathsep}{env.get('PATH', '/usr/bin:/bin')}", LANG="C.UTF-8",
               COLUMNS="100", LINES="24", NO_COLOR="1", TERM="dumb")
    return env


def run(example: Example, cwd: Path) -> list[str]:
    """Run the block's commands in one shell; return what each printed (stdout and stderr together)."""
    for name in LINKED:
        (cwd / name).symlink_to(REPO / name, target_is_directory=True)
    # The separators between outputs must not disturb `$?`: each command starts with the status the
    # previous one left.
    script = "".join(f"echo '{SEPARATOR.format(i)}'; (exit $_docs_status)\n{c}\n_docs_status=$?\n"
                     for i, c in enumerate(example.commands))
    script = "_docs_status=0\n" + script
    done = subprocess.run(["sh", "-c", script], cwd=cwd, env=environment(), stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    text = done.stdout.decode("utf-8", errors="replace")
    parts = re.split(r"@@icpcheck-docs-test:\d+@@\n", text)
    assert parts[0] == "" and len(parts) == len(example.commands) + 1, text
    return [p.rstrip("\n") for p in parts[1:]]


def tidy(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines()).rstrip("\n")


def varying() -> re.Pattern[str]:
    """What may differ between the shown and the actual output: today's date, the version, digests."""
    import icpcheck

    version = re.escape(icpcheck.__version__)
    today = re.escape(dt.date.today().isoformat())
    return re.compile(rf"(?P<date>{today})|(?<![\w.])(?P<version>{version})(?![\w.])"
                      r"|(?<![0-9a-f])(?P<digest>[0-9a-f]{12}|[0-9a-f]{64})(?![0-9a-f])")


PATTERNS = {"date": r"\d{4}-\d{2}-\d{2}", "version": r"\d+\.\d+[0-9A-Za-z.+-]*",
            "digest": r"[0-9a-f]{12}|[0-9a-f]{64}"}


def matches(shown: str, actual: str) -> bool:
    """Whether the shown output is the actual one, up to the varying parts named in the docstring."""
    pattern, at = [], 0
    for m in varying().finditer(actual):
        pattern += [re.escape(actual[at:m.start()]), f"(?:{PATTERNS[m.lastgroup or '']})"]
        at = m.end()
    pattern.append(re.escape(actual[at:]))
    return re.fullmatch("".join(pattern), shown) is not None


def needs_jq(example: Example) -> bool:
    return any(re.search(r"\bjq\b", c) for c in example.commands)


def skip_without_jq(example: Example) -> None:
    if needs_jq(example) and shutil.which("jq") is None:
        pytest.skip(f"{example.name} pipes to jq, which is not installed (Debian: apt-get install jq)")


@pytest.fixture(scope="module", autouse=True)
def installed_script() -> None:
    if not (BIN / "icpcheck").exists():
        pytest.fail(f"no icpcheck script next to {sys.executable}: install the package into this "
                    "environment first (pip install -e '.[test]')")


@pytest.mark.parametrize("example", ALL, ids=[e.name for e in ALL])
def test_example_prints_what_it_shows(example: Example, tmp_path: Path) -> None:
    skip_without_jq(example)
    actual = run(example, tmp_path)
    for command, shown, got in zip(example.commands, example.outputs, actual, strict=True):
        shown, got = tidy(shown), tidy(got)
        assert matches(shown, got), (
            f"{example.name}: `{command}` prints something else; rerun the commands to update the "
            "docs (python tests/test_docs.py --update)\n"
            + "\n".join(difflib.unified_diff(shown.splitlines(), got.splitlines(), "shown", "actual",
                                             lineterm="")))


def test_there_are_checked_examples() -> None:
    assert len([e for e in ALL if e.path.name == "README.md"]) >= 5
    assert all(e.commands for e in ALL), [e.name for e in ALL if not e.commands]


@pytest.mark.parametrize("path", DOCS, ids=[str(p.relative_to(REPO)) for p in DOCS])
def test_every_example_that_shows_output_is_checked(path: Path) -> None:
    """A console block (commands with their output) must be checked; a checked block must be console."""
    for m, checked in fenced_blocks(path):
        shows_a_session = m.group(1).strip() == "console" or any(
            line.startswith("$ ") for line in m.group(2).splitlines())
        line = path.read_text(encoding="utf-8").count("\n", 0, m.start()) + 1
        assert checked == shows_a_session, (
            f"{path.name}:{line}: mark a ```console block with {MARK} on the line before it "
            "(and use ```console only for checked examples)")


def test_readme_answer_id_table_lists_every_question() -> None:
    done = subprocess.run([str(BIN / "icpcheck"), "questions", "--format", "json"], env=environment(),
                          capture_output=True, text=True, timeout=60, check=True)
    questions = [q["id"] for q in json.loads(done.stdout)["questions"]]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Answer ids"):]
    section = section[:section.index("\n#")]
    listed = re.findall(r"^\| `([a-z_]+)` \|", section, re.MULTILINE)
    assert listed == questions, "README's answer-id table should list every question, in the rulebook's order"


def test_readme_is_short_with_contents() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    # Short enough to read through: each command and front end gets a section; the details live in docs/.
    assert len(readme.splitlines()) <= 520
    assert "## Contents" in readme[:3000]
    assert "```mermaid" not in readme  # the flow graph lives in `icpcheck rules graph`, not here


def test_chinese_readme_is_linked_first_and_sets_up_as_the_readme_does() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    zh = (REPO / "README.zh-CN.md").read_text(encoding="utf-8")
    assert "(README.zh-CN.md)" in "\n".join(readme.splitlines()[:5])
    setup = re.findall(r"^python3 -m venv .*$", readme, re.M)
    assert len(setup) == 2 and all(line in zh for line in setup)


def update(paths: list[Path]) -> None:
    """Rewrite each checked block of these files with what its commands print now."""
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for example in reversed(examples(path)):
            with tempfile.TemporaryDirectory() as tmp:
                actual = run(example, Path(tmp))
            body = "".join(
                f"$ {command}\n" + "".join(f"{line.rstrip()}\n" for line in got.splitlines())
                for command, got in zip(example.commands, actual, strict=True))
            text = text[:example.start] + body + text[example.end:]
        path.write_text(text, encoding="utf-8")
        print(f"updated {path.relative_to(REPO)}")


if __name__ == "__main__":
    if sys.argv[1:2] != ["--update"]:
        sys.exit("usage: python tests/test_docs.py --update [FILE.md ...]")
    update([Path(p).resolve() for p in sys.argv[2:]] or DOCS)
