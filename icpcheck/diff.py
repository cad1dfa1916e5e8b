"""Two reports compared filing by filing: what a new rulebook, another date or other answers
change for one business.

Filings are matched by id. A filing can change status, come in (only the new rulebook has it) or
go (only the old one has it), keep its status but be decided by other rules, or keep everything
but its plan step (when, where, what to prepare, what comes first) or its obligations. Each
difference names the rules involved on both sides.
"""

from __future__ import annotations

from dataclasses import dataclass

from icpcheck.engine import FilingResult, Report, plan
from icpcheck.rulebook.model import Filing, Text

PLAN_FIELDS = ("after", "when", "apply_at", "documents", "citations")
KINDS = ("status", "added", "removed", "rules")


@dataclass(frozen=True)
class FilingChange:
    """One filing's difference: `kind` status (a status change), added (only in the new report),
    removed (only in the old one) or rules (same status, decided by other rules)."""

    filing: Filing  # the new rulebook's, or the old one's when removed
    kind: str
    before: str | None
    after: str | None
    rules_before: tuple[str, ...]
    rules_after: tuple[str, ...]


@dataclass(frozen=True)
class PlanChange:
    """A plan step that came, went, or changed (`fields`: which of PLAN_FIELDS, and `order` when
    its place in the plan moved)."""

    filing: Filing
    kind: str  # added, removed, changed
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class ObligationChange:
    """An obligation of a filing that came or went (reports that list obligations only)."""

    filing: Filing
    kind: str  # added, removed
    obligation: str


@dataclass(frozen=True)
class BlockerChange:
    """A blocker (a reason the plan cannot go ahead as it stands) that came or went, by its rule."""

    filing: Filing
    kind: str  # added, removed
    rule: str
    text: Text


@dataclass(frozen=True)
class Diff:
    old: Report
    new: Report
    filings: tuple[FilingChange, ...]
    plan: tuple[PlanChange, ...]
    obligations: tuple[ObligationChange, ...] = ()
    blockers: tuple[BlockerChange, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.filings or self.plan or self.obligations or self.blockers)


def _rules(f: FilingResult | None) -> tuple[str, ...]:
    return () if f is None else tuple(r.rule.id for r in f.reasons)


def compare(old: Report, new: Report) -> Diff:
    """Every difference between two reports of one business, in the new rulebook's filing order
    (removed filings last, in the old order)."""
    before = {f.filing.id: f for f in old.filings}
    after = {f.filing.id: f for f in new.filings}
    out: list[FilingChange] = []
    for fid, n in after.items():
        o = before.get(fid)
        if o is None:
            out.append(FilingChange(n.filing, "added", None, n.status, (), _rules(n)))
        elif o.status != n.status:
            out.append(FilingChange(n.filing, "status", o.status, n.status, _rules(o), _rules(n)))
        elif set(_rules(o)) != set(_rules(n)):
            out.append(FilingChange(n.filing, "rules", o.status, n.status, _rules(o), _rules(n)))
    out += [FilingChange(o.filing, "removed", o.status, None, _rules(o), ())
            for fid, o in before.items() if fid not in after]
    return Diff(old, new, tuple(out), _plan_changes(old, new), _obligation_changes(before, after),
                _blocker_changes(before, after))


def _blocker_changes(before: dict[str, FilingResult],
                     after: dict[str, FilingResult]) -> tuple[BlockerChange, ...]:
    out: list[BlockerChange] = []
    for fid in dict.fromkeys([*after, *before]):
        o, n = before.get(fid), after.get(fid)
        was = {r.rule.id: r for r in (o.blockers if o else ())}
        now = {r.rule.id: r for r in (n.blockers if n else ())}
        filing = n.filing if n is not None else o.filing  # type: ignore[union-attr]
        out += [BlockerChange(filing, "added", rid, r.effect.blocker) for rid, r in now.items()
                if rid not in was and r.effect.blocker is not None]
        out += [BlockerChange(filing, "removed", rid, r.effect.blocker) for rid, r in was.items()
                if rid not in now and r.effect.blocker is not None]
    return tuple(out)


def _plan_changes(old: Report, new: Report) -> tuple[PlanChange, ...]:
    was = [f.filing for f in plan(old)]
    now = [f.filing for f in plan(new)]
    was_ids = [f.id for f in was]
    now_ids = [f.id for f in now]
    out: list[PlanChange] = []
    for f in now:
        if f.id not in was_ids:
            out.append(PlanChange(f, "added"))
            continue
        o = was[was_ids.index(f.id)]
        fields = [name for name in PLAN_FIELDS if getattr(o.plan, name) != getattr(f.plan, name)]
        # The place among the steps both plans share: a step moved, not merely others added.
        shared_was = [x for x in was_ids if x in now_ids]
        shared_now = [x for x in now_ids if x in was_ids]
        if shared_was.index(f.id) != shared_now.index(f.id):
            fields.append("order")
        if fields:
            out.append(PlanChange(f, "changed", tuple(fields)))
    out += [PlanChange(f, "removed") for f in was if f.id not in now_ids]
    return tuple(out)


def _obligation_changes(before: dict[str, FilingResult],
                        after: dict[str, FilingResult]) -> tuple[ObligationChange, ...]:
    """Obligations that came or went, when reports carry them (a filing result's `obligations`,
    each with an `id`); none otherwise."""
    out: list[ObligationChange] = []
    for fid in dict.fromkeys([*after, *before]):
        o, n = before.get(fid), after.get(fid)
        old_ids = _obligation_ids(o)
        new_ids = _obligation_ids(n)
        filing = n.filing if n is not None else o.filing  # type: ignore[union-attr]
        out += [ObligationChange(filing, "added", x) for x in new_ids if x not in old_ids]
        out += [ObligationChange(filing, "removed", x) for x in old_ids if x not in new_ids]
    return tuple(out)


def _obligation_ids(f: FilingResult | None) -> list[str]:
    items = getattr(f, "obligations", None) or ()
    return [str(getattr(x, "id", x)) for x in items]
