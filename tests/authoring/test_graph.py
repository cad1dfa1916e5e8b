"""`rules graph`: drawn from the data, in mermaid and dot."""

from __future__ import annotations

from icpcheck.authoring.graph import edges
from icpcheck.rulebook.build import load_rulebook
from tests.rules_helpers import GOOD, run


def test_every_question_rule_and_filing_is_drawn() -> None:
    out = run("rules", "graph", "--lang", "en").stdout
    rb = load_rulebook()
    assert out.startswith("flowchart LR\n")
    for q in rb.questions:
        assert f"q_{q.id}{{{{" in out
    for r in rb.rules:
        assert f"r_{r.id}[" in out
    for f in rb.filings:
        assert f"f_{f.id}[[" in out


def test_edges_are_labelled_from_the_conditions() -> None:
    out = run("rules", "graph", "--lang", "en").stdout
    assert 'q_third_party_sellers -.->|"yes"| q_charges_sellers' in out
    assert 'q_charges_sellers -->|"not yes"| r_no_paid_information' in out
    assert ('q_channels -->|"has none of [backend_domain, own_domain, saas_storefront] / '
            'has mini_program"| r_no_own_site') in out
    assert 'r_mini_program_filing ==>|"required (from 2023-09-01)"| f_app_filing' in out
    assert 'r_paid_information -.->|"overrides"| r_own_goods_only' in out


def test_as_of_draws_only_rules_in_force() -> None:
    rb = load_rulebook()
    import datetime as dt

    _, drawn = edges(rb, dt.date(2023, 1, 1))
    ids = {r.id for r in drawn}
    assert "mini_program_before_filing_regime" in ids and "mini_program_filing" not in ids
    out = run("rules", "graph", "--as-of", "2023-01-01", "--lang", "en").stdout
    assert "r_mini_program_filing" not in out


def test_dot_format() -> None:
    out = run("rules", "graph", "--format", "dot", "--lang", "zh").stdout
    assert out.splitlines()[1] == 'digraph "wechat-mall" {'
    assert '"r:platform_charges_sellers" -> "f:edi_license" [label="required", style=bold];' in out
    assert "ICP备案" in out
    assert out.rstrip().endswith("}")


def test_other_rulebooks_and_bad_formats() -> None:
    good = run("rules", "graph", "--rules", GOOD).stdout
    assert 'q_channel -->|"= app"| r_app_needs_filing' in good
    assert 'q_sells -->|"yes"| r_charges_fees' in good
    assert run("rules", "graph", "--format", "png").exit_code == 2
    assert run("rules", "graph", "--rules", "/nonexistent.yaml").exit_code == 4


def test_negated_and_listed_comparisons_read_plainly() -> None:
    from icpcheck.authoring.graph import _reads
    from icpcheck.rulebook import conditions as cond

    c = cond.All((cond.Not(cond.Compare("a", "in", frozenset({"y", "x"}))),
                  cond.Compare("b", "has_any", frozenset({"p"})),
                  cond.Not(cond.Compare("c", "eq", "z"))))
    assert _reads(c) == [("a", "not in [x, y]"), ("b", "has any of [p]"), ("c", "≠ z")]
