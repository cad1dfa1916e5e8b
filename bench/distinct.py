"""Answer sets that do not repeat, for the batch benches: every line a different business.

`distinct_lines(n)` gives n JSON lines whose answer sets are all different: each question of the
built-in rulebook answered with a random value of its type (a many_of with a random set of its
non-exclusive choices), so the batch's memo cannot help.
"""

from __future__ import annotations

import json
import random


def distinct_lines(n: int, seed: int = 31) -> bytes:
    from icpcheck.checking import builtin_rulebook

    rb = builtin_rulebook()
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 50 * n:
            raise SystemExit(f"bench: could make only {len(out):,} distinct answer sets")
        answers: dict[str, object] = {}
        for q in rb.questions:
            if q.type == "yes_no":
                answers[q.id] = rng.random() < 0.5
            elif q.type == "one_of":
                answers[q.id] = rng.choice(q.choices).value
            else:
                plain = [c.value for c in q.choices if not getattr(c, "exclusive", False)]
                k = rng.randint(1, max(1, len(plain)))
                answers[q.id] = sorted(rng.sample(plain, k)) if plain else [q.choices[0].value]
        text = json.dumps(answers, sort_keys=True, separators=(",", ":"))
        if text in seen:
            continue
        seen.add(text)
        out.append(text)
    return ("\n".join(out) + "\n").encode()
