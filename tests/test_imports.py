"""The JSON path stays near the interpreter's floor: what `check --answers FILE --format json` loads.

(tests/test_cli.py probes `--model ... --format json` for rich; this covers an answers file, the
heavy libraries and other commands kept off the path, and the built-in rulebook's module that spares
the YAML parse, and with it PyYAML's import. The standard library is not policed here: bench/ says
what a run costs.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# Each is imported only where it is used; on this path it would cost start-up time for nothing.
NOT_ON_THE_JSON_PATH = (
    "rich", "jsonschema",  # the text report; schema checks (`rules lint`, `schema`)
    "jinja2", "markupsafe",  # the HTML report
    "pysat",  # the SAT solver of `rules lint`'s verification
    "icpcheck.cli.questions", "icpcheck.cli.explain", "icpcheck.cli.rules",
    "icpcheck.cli.schema", "icpcheck.cli.completion", "icpcheck.cli.prompt", "icpcheck.authoring.lint",
    "icpcheck.authoring.verify", "icpcheck.batch",  # other commands and modes load lazily
    "pickle",  # the rulebook comes by import, never unpickled
    "yaml", "icpcheck.rulebook.yaml_reader",  # no YAML is read: a JSON file, the built-in book by import
)

PROBE = """
import sys, runpy
sys.argv = ["icpcheck", "check", "--answers", sys.argv[1], "--format", "json"]
try:
    runpy.run_module("icpcheck", run_name="__main__")
except SystemExit as e:
    assert e.code == 0, e.code
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("rich", "jsonschema", "yaml")
                or m in NOT_ON_THE_JSON_PATH)
sys.stderr.write(f"\\nLOADED={','.join(loaded)}")
"""


def probe(answers: Path) -> tuple[dict[str, object], str]:
    code = f"NOT_ON_THE_JSON_PATH = {NOT_ON_THE_JSON_PATH!r}\n" + PROBE
    p = subprocess.run([sys.executable, "-c", code, str(answers)], capture_output=True, text=True,
                       cwd=answers.parent, timeout=60)
    assert p.returncode == 0, p.stderr
    tail = p.stderr.rsplit("\n", 1)[-1]
    return json.loads(p.stdout), tail.split("=", 1)[1]


HOW_TO_FIX = "import it inside the function that needs it"


def test_check_json_with_an_answers_file_loads_nothing_heavy(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"sells_own_goods": True, "third_party_sellers": False,
                                   "paid_content": False, "channels": ["mini_program"]}))
    report, loaded = probe(answers)
    assert {f["id"] for f in report["filings"]} >= {"icp_filing", "icp_license", "edi_license",
                                                    "app_filing", "psb_filing"}
    # The built-in rulebook comes from its generated module (icpcheck.rulebook.builtin): no YAML.
    assert "icpcheck.rulebook.yaml_reader" not in loaded.split(","), (
        "the built-in rulebook was parsed: run `python -m icpcheck.rulebook.compile`")
    assert loaded == "", f"{loaded} on the JSON path: {HOW_TO_FIX}"
