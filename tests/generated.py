"""A generated rulebook with N yes/no questions, for verification timing and pruning tests."""

from __future__ import annotations

from typing import Any

from icpcheck.rulebook.build import build_rulebook
from icpcheck.rulebook.model import Rulebook
from icpcheck.rulebook.reader import Document

_T = {"zh": "文", "en": "text"}
_CITE = [{"source": "law", "confidence": "law"}]


def _effect(filing: str, status: str) -> dict[str, Any]:
    return {"filing": filing, "status": status, "reason": _T, "citations": _CITE}


def data(n: int = 20) -> dict[str, Any]:
    """n yes/no questions; filing `all` reads every one of them (required if any is yes, else not
    required); filing `pair_i` reads questions 2i-1 and 2i, with one rule per answer pair."""
    qs = [f"q{i:02d}" for i in range(1, n + 1)]
    rules: list[dict[str, Any]] = [
        {"id": "any_yes", "when": {"any": [{"q": q, "is": True} for q in qs]},
         "sets": [_effect("all", "required")]},
        {"id": "all_no", "when": {"all": [{"q": q, "is": False} for q in qs]},
         "sets": [_effect("all", "not_required")]},
    ]
    filings = ["all"]
    for i in range(0, n - 1, 2):
        a, b = qs[i], qs[i + 1]
        fid = f"pair_{i // 2 + 1}"
        filings.append(fid)
        for va in (True, False):
            for vb in (True, False):
                rules.append({
                    "id": f"{fid}_{int(va)}{int(vb)}",
                    "when": {"all": [{"q": a, "is": va}, {"q": b, "is": vb}]},
                    "sets": [_effect(fid, "required" if va and vb else "not_required")],
                })
    return {
        "id": f"generated-{n}", "version": "1", "checked": "2026-01-01", "title": _T, "notice": _T,
        "sources": {"law": {"title": _T, "date": "2026-01-01"}},
        "questions": [{"id": q, "type": "yes_no", "text": _T} for q in qs],
        "filings": [{"id": f, "name": _T, "what": _T, "issuer": _T, "basis": _CITE}
                    for f in filings],
        "rules": rules,
    }


def chain(n: int = 1000) -> dict[str, Any]:
    """One yes/no question `go`; n filings, all required when go=yes, each `plan.after` the next
    one (f0 after f1 after ... f{n-1}): the deepest plan order there can be (issue 30 item 9)."""
    filings = [{"id": f"f{i}", "name": _T, "what": _T, "issuer": _T, "basis": _CITE,
                **({"plan": {"after": [f"f{i + 1}"]}} if i < n - 1 else {})} for i in range(n)]
    return {
        "id": f"chain-{n}", "version": "1", "checked": "2026-01-01", "title": _T, "notice": _T,
        "sources": {"law": {"title": _T, "date": "2026-01-01"}},  # rules lint wants every source dated
        "questions": [{"id": "go", "type": "yes_no", "text": _T}],
        "filings": filings,
        "rules": [{"id": "go_yes", "when": {"q": "go", "is": True},
                   "sets": [_effect(f"f{i}", "required") for i in range(n)]},
                  {"id": "go_no", "when": {"q": "go", "is": False},
                   "sets": [_effect(f"f{i}", "not_required") for i in range(n)]}],
    }


def pigeonhole(holes: int = 12) -> dict[str, Any]:
    """holes + 1 pigeons, each in some hole, no two in one (questions p<i>_<j>: pigeon i sits in
    hole j): a formula no answer set meets, and one a SAT solver takes exponential time to refute.
    Rule `crowded` (when it) and rule `always` (any answer) both set filing `x`: whether they can
    clash is that refutation. 12 holes is the 85 KB rulebook of issue 30 item 8 (hours unbounded)."""
    pigeons = range(holes + 1)

    def sits(i: int, j: int) -> dict[str, Any]:
        return {"q": f"p{i}_{j}", "is": True}

    formula = {"all": [
        *({"any": [sits(i, j) for j in range(holes)]} for i in pigeons),
        *({"not": {"all": [sits(i, j), sits(k, j)]}} for j in range(holes) for i in pigeons
          for k in pigeons if i < k),
    ]}
    qs = [f"p{i}_{j}" for i in pigeons for j in range(holes)]
    return {
        "id": f"pigeonhole-{holes}", "version": "1", "checked": "2026-01-01", "title": _T, "notice": _T,
        "sources": {"law": {"title": _T, "date": "2026-01-01"}},
        "questions": [{"id": q, "type": "yes_no", "text": _T} for q in qs],
        "filings": [{"id": "x", "name": _T, "what": _T, "issuer": _T, "basis": _CITE}],
        "rules": [{"id": "crowded", "when": formula, "sets": [_effect("x", "required")]},
                  {"id": "always", "when": {"any": [{"q": qs[0], "is": True}, {"q": qs[0], "is": False}]},
                   "sets": [_effect("x", "not_required")]}],
    }


def pigeonhole_yaml(holes: int = 12) -> str:
    """pigeonhole(holes) as the YAML file a person would write (flow style, no aliases)."""
    import json

    import yaml

    return yaml.safe_dump(json.loads(json.dumps(pigeonhole(holes))), allow_unicode=True,
                          default_flow_style=None, width=100)


def rulebook(n: int = 20) -> Rulebook:
    built, problems = build_rulebook(Document(data(n), {}, f"<generated-{n}>"))
    assert built is not None, problems
    return built


if __name__ == "__main__":
    # python tests/generated.py: the figure quoted in the README.
    import time

    from icpcheck.authoring.verify import verify
    from tests.authoring.verify_oracle import enumerate_verify

    rb = rulebook(20)
    for name, run in (("solver", verify), ("enumeration, pruned", enumerate_verify),
                      ("enumeration, full", lambda b: enumerate_verify(b, prune=False))):
        started = time.perf_counter()
        result = run(rb)
        took = time.perf_counter() - started
        print(f"20 yes/no questions, {len(rb.rules)} rules, {len(rb.filings)} filings, "
              f"{name}: {result.cases} cases in {took:.3f} s, {len(result.failures)} failures")
