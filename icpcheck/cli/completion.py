"""Shell completion callbacks (click's own completion machinery): filing ids, question ids and the
choice values in `-a id=value`, read from the rulebook so a new question needs no Python change."""

from __future__ import annotations

import click
from click.shell_completion import BashComplete as _BashComplete
from click.shell_completion import CompletionItem, add_completion_class
from click.shell_completion import FishComplete as _FishComplete

from icpcheck.cli.help import exit_codes
from icpcheck.cli.options import Command, common_options
from icpcheck.rulebook.model import Invalid, Rulebook


def _rulebook(ctx: click.Context) -> Rulebook | None:
    from icpcheck.errors import IcpcheckError
    from icpcheck.rulebook.build import load_rulebook

    path = ctx.params.get("rules_path") if ctx.params else None
    try:
        return load_rulebook(path if isinstance(path, str) else None)
    except (IcpcheckError, OSError):
        return None  # completion must never print an error into the shell


def filing_ids(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    rb = _rulebook(ctx)
    if rb is None:
        return []
    return [CompletionItem(f.id, help=f.name.en) for f in rb.filings if f.id.startswith(incomplete)]


def model_ids(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    rb = _rulebook(ctx)
    if rb is None:
        return []
    return [CompletionItem(m.id, help=m.label.en) for m in rb.models if m.id.startswith(incomplete)]


def answer_pairs(ctx: click.Context, param: click.Parameter,
                 incomplete: str) -> list[CompletionItem]:
    """`-a <TAB>` → question ids with `=`; `-a kinds=<TAB>` → choice values; for a many_of
    question `kinds=x,<TAB>` completes the next value."""
    rb = _rulebook(ctx)
    if rb is None:
        return []
    qid, sep, value = incomplete.partition("=")
    if not sep:
        return [CompletionItem(f"{q.id}=", help=q.text.en) for q in rb.questions
                if q.id.startswith(qid)]
    q = rb.question(qid)
    if q is None:
        return []
    head, _, last = value.rpartition(",") if q.type == "many_of" else ("", "", value)
    prefix = f"{qid}={head + ',' if head else ''}"
    taken = set(head.split(",")) if head else set()
    if q.type == "yes_no":
        options = [("yes", "yes"), ("no", "no")]
    else:
        # What the one parser takes after the choices already typed: an exclusive choice ("none")
        # stands alone, so nothing comes after it, and it does not come after others.
        known = [v for v in taken if q.choice(v) is not None]
        options = [(c.value, c.label.en) for c in q.choices
                   if c.value not in taken and not isinstance(q.parse([*known, c.value]), Invalid)]
    return [CompletionItem(prefix + v, help=h) for v, h in options if v.startswith(last)]


class BashComplete(_BashComplete):
    """click's bash completion, made to cope with bash splitting words at `=` (COMP_WORDBREAKS):
    `-a kinds=x<TAB>` reaches us as `-a kinds = x`. Glue the pieces back for click, then
    hand bash only the part of each completion that replaces the word readline is completing.
    `-a kin<TAB>` gives `kinds=` with no space after it, ready for the value."""

    source_template = _BashComplete.source_template.replace(
        "        elif [[ $type == 'plain' ]]; then",
        "        elif [[ $type == 'nospace' ]]; then\n"
        "            COMPREPLY+=($value)\n"
        "            compopt -o nospace\n"
        "        elif [[ $type == 'plain' ]]; then",
    )
    _cut = 0  # how much of each completion bash already has in earlier words

    def get_completion_args(self) -> tuple[list[str], str]:
        args, incomplete = super().get_completion_args()
        self._cut = 0
        words = [*args, incomplete]
        if len(words) >= 2 and (words[-1] == "=" or words[-2] == "="):
            glued = words[-1] if words[-1] == "=" else "=" + words[-1]
            rest = words[:-1] if words[-1] == "=" else words[:-2]
            if rest and rest[-1].startswith("-"):  # --held=ic: the value of --held
                return rest, "" if words[-1] == "=" else words[-1]
            if rest:  # -a kinds=x: one value of -a
                head = rest.pop()
                incomplete = head + glued
                # readline replaces only the text after the last `=` (COMP_WORDS shows a lone `=`
                # as the current word, but readline's word starts after it).
                self._cut = len(incomplete) - (0 if words[-1] == "=" else len(words[-1]))
                return rest, incomplete
        return args, incomplete

    def format_completion(self, item: CompletionItem) -> str:
        kind = "nospace" if item.type == "plain" and item.value.endswith("=") else item.type
        return super().format_completion(
            CompletionItem(item.value[self._cut:], type=kind, help=item.help))


class FishComplete(_FishComplete):
    """click's fish completion, splitting each reply at its first comma only, so a many_of value
    (`kinds=x,y`) survives whole."""

    source_template = _FishComplete.source_template.replace(
        'string split "," $completion', 'string split -m 1 "," $completion')


add_completion_class(BashComplete)
add_completion_class(FishComplete)


SHELLS = ("bash", "zsh", "fish")


@click.command(cls=Command, epilog=exit_codes(0, 2, 5, 6))
@click.argument("shell", type=click.Choice(SHELLS))
@common_options
def completion(shell: str, **common: object) -> int:
    """Print the shell completion script for bash, zsh or fish.

    \b
    Examples:
      eval "$(icpcheck completion bash)"    in ~/.bashrc
      eval "$(icpcheck completion zsh)"     in ~/.zshrc
      icpcheck completion fish > ~/.config/fish/completions/icpcheck.fish

    It completes commands, options, filing ids, models, and question ids and their values in
    `-a id=value`."""
    from click.shell_completion import get_completion_class

    root = click.get_current_context().find_root().command  # the icpcheck group (no import cycle)
    cls = get_completion_class(shell)
    assert cls is not None  # bash, zsh and fish are click's own (bash and fish ours, above)
    click.echo(cls(root, {}, "icpcheck", "_ICPCHECK_COMPLETE").source())
    return 0
