"""The published JSON Schemas (`icpcheck schema NAME` prints NAME.schema.json from this folder)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SUFFIX = ".schema.json"


def names() -> list[str]:
    """Every schema shipped here, by name (`rulebook` for rulebook.schema.json)."""
    return sorted(p.name[: -len(SUFFIX)] for p in HERE.glob("*" + SUFFIX))


def path(name: str) -> Path | None:
    candidate = HERE / (name + SUFFIX)
    return candidate if name in names() and candidate.is_file() else None


def load(name: str) -> dict[str, Any]:
    found = path(name)
    if found is None:
        raise KeyError(name)
    data: dict[str, Any] = json.loads(found.read_text(encoding="utf-8"))
    return data
