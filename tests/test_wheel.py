"""The built wheel carries its rulebook: installed (not editable) in a fresh venv, run from elsewhere."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds and installs a wheel: CI runs it

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel built from this checkout installed into it; returns its bin/."""
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
                   check=True, timeout=600)
    (wheel,) = dist.glob("icpcheck-*.whl")
    env_dir = base / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    # The authors' extra too: `rules lint` verifies with its SAT solver (tests/authoring say what
    # it prints without it).
    subprocess.run([str(bin_dir / "pip"), "install", "-q", f"{wheel}[authoring]"], check=True, timeout=600)
    return bin_dir


def test_installed_icpcheck_finds_its_rulebook_from_any_folder(installed: Path, tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"sells_own_goods": True, "third_party_sellers": False,
                                   "paid_content": False}))
    p = subprocess.run([str(installed / "icpcheck"), "check", "--answers", str(answers), "--format",
                        "json"], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert p.returncode == 0, p.stderr
    report = json.loads(p.stdout)
    assert {f["id"]: f["status"] for f in report["filings"]}["icp_filing"] == "required"
    assert report["rulebook"]["id"] == "wechat-mall"


def test_installed_python_dash_m(installed: Path, tmp_path: Path) -> None:
    p = subprocess.run([str(installed / "python"), "-m", "icpcheck", "--model", "platform",
                        "--format", "markdown", "--detail"], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert p.returncode == 0, p.stderr
    assert "edi_license" in p.stdout


def test_the_rulebook_is_inside_the_installed_package(installed: Path, tmp_path: Path) -> None:
    p = subprocess.run([str(installed / "python"), "-c",
                        "from icpcheck.rulebook.build import default_rulebook_path as d; print(d())"],
                       capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert p.returncode == 0, p.stderr
    path = Path(p.stdout.strip())
    assert path.is_relative_to(installed.parent) and path.parts[-3:] == ("icpcheck", "rules",
                                                                           "wechat-mall.yaml")


def test_installed_rulebook_lints_and_passes_its_shipped_cases(installed: Path, tmp_path: Path) -> None:
    """rules/tests/ and icpcheck/schemas/ ship in the wheel; lint and `schema` need no jsonschema."""
    for args in (["rules", "lint"], ["rules", "test", "--min-coverage", "100"],
                 ["schema", "rulebook"]):
        p = subprocess.run([str(installed / "icpcheck"), *args], capture_output=True, text=True,
                           cwd=tmp_path, timeout=120)
        assert p.returncode == 0, (args, p.stdout, p.stderr)
        if args[1] == "test":
            assert "coverage: 100.0%" in p.stdout


def test_the_wheel_ships_py_typed_and_the_api(installed: Path, tmp_path: Path) -> None:
    code = ("import importlib.resources as r, icpcheck; "
            "assert r.files('icpcheck').joinpath('py.typed').is_file(); "
            "print(icpcheck.check({'sells_own_goods': True, 'third_party_sellers': False, "
            "'paid_content': False}, as_of='2026-11-28').statuses['icp_filing'])")
    p = subprocess.run([str(installed / "python"), "-c", code], capture_output=True, text=True, cwd=tmp_path,
                       timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "required"


def test_the_wheel_ships_the_message_catalogue(installed: Path, tmp_path: Path) -> None:
    # Chinese from the compiled catalogue: icpcheck's own words and click's (a usage error).
    p = subprocess.run([str(installed / "icpcheck"), "--lang", "zh", "check", "--bogus-flag"],
                       capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert p.returncode == 2
    assert p.stderr.splitlines()[0] == "icpcheck: 错误：没有选项 '--bogus-flag'。", p.stderr
