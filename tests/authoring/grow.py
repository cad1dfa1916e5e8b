"""A rulebook k times the size of another: its questions, filings, rules (and everything else with
an id) copied k - 1 times under new ids, for the growth rows of bench/ and the tests of large rulebooks."""

from __future__ import annotations

from typing import Any

# Shared by every copy: the document's own fields, the sources the citations name and the layers.
_SHARED = ("id", "version", "checked", "title", "notice", "sources", "layers", "bottom_line")


def _ids(node: object, out: set[str]) -> set[str]:
    if isinstance(node, dict):
        if isinstance(node.get("id"), str):
            out.add(node["id"])
        for value in node.values():
            _ids(value, out)
    elif isinstance(node, list):
        for item in node:
            _ids(item, out)
    return out


def _renamed(node: object, ids: set[str], suffix: str) -> Any:
    if isinstance(node, dict):
        return {(k + suffix if k in ids else k): _renamed(v, ids, suffix) for k, v in node.items()}
    if isinstance(node, list):
        return [_renamed(item, ids, suffix) for item in node]
    if isinstance(node, str) and node in ids:
        return node + suffix
    return node


def multiply(data: dict[str, Any], k: int) -> dict[str, Any]:
    """data with k - 1 renamed copies of its questions, filings, rules, advice, ... (ids and every
    string equal to one get the suffix `_copyN`; mappings keyed by filing merge)."""
    ids = _ids({key: value for key, value in data.items() if key not in _SHARED}, set())
    out = dict(data)
    for n in range(2, k + 1):
        copy = _renamed({key: value for key, value in data.items() if key not in _SHARED}, ids, f"_copy{n}")
        for key, value in copy.items():
            if isinstance(value, list):
                out[key] = [*out[key], *value]
            elif isinstance(value, dict):
                out[key] = {**out[key], **value}
    return out


def multiply_answers(data: dict[str, Any], answers: dict[str, Any], k: int) -> dict[str, Any]:
    """answers to the rulebook `data`, given again to each copy `multiply(data, k)` makes."""
    ids = _ids({key: value for key, value in data.items() if key not in _SHARED}, set())
    out = dict(answers)
    for n in range(2, k + 1):
        out.update(_renamed(answers, ids, f"_copy{n}"))
    return out
