"""`--help` in the reader's language: every help text has its Chinese, the language comes from
--lang (in any order), ICPCHECK_LANG or the locale, and each command lists its own exit codes."""

from __future__ import annotations

import inspect
import re

import click
import pytest
from click.testing import CliRunner

from icpcheck.cli.help import translate
from icpcheck.cli.main import cli
from icpcheck.render.wrap import text_width


def commands() -> list[tuple[list[str], click.Command]]:
    out: list[tuple[list[str], click.Command]] = []

    def walk(cmd: click.Command, path: list[str], ctx: click.Context) -> None:
        out.append((path, cmd))
        if isinstance(cmd, click.Group):
            for name in cmd.list_commands(ctx):
                sub = cmd.get_command(ctx, name)
                assert sub is not None
                walk(sub, [*path, name], click.Context(sub, parent=ctx, info_name=name))

    walk(cli, [], click.Context(cli, info_name="icpcheck"))
    return out


COMMANDS = commands()
IDS = [" ".join(path) or "icpcheck" for path, _ in COMMANDS]


def help_of(path: list[str], env: dict[str, str], *extra: str) -> str:
    result = CliRunner().invoke(cli, [*path, *extra, "--help"], env=env, terminal_width=80)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_every_help_text_has_its_chinese(path: list[str], command: click.Command) -> None:
    ctx = click.Context(command, info_name=path[-1] if path else "icpcheck")
    texts = [command.help or "", command.epilog or ""]
    texts += [p.help or "" for p in command.get_params(ctx) if isinstance(p, click.Option)]
    for text in filter(None, texts):
        text = inspect.cleandoc(text)  # as click shows it
        assert translate(text, "zh") != text, text


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_help_is_chinese_under_a_zh_locale(path: list[str], command: click.Command) -> None:
    out = help_of(path, {"LC_ALL": "", "LANG": "zh_CN.UTF-8", "ICPCHECK_LANG": ""})
    assert out.startswith("用法：") and "示例：" in out and "选项：" in out
    # No English sentence is left: what remains in Latin letters is commands, options, metavars.
    assert not re.search(r"[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+", re.sub(r"icpcheck[^\n]*", "", out)), out
    assert all(text_width(line) <= 80 for line in out.splitlines()), out


def test_help_language_follows_lang_in_any_order_and_icpcheck_lang() -> None:
    en = {"LC_ALL": "en_US.UTF-8", "ICPCHECK_LANG": ""}
    assert "Usage:" in help_of(["check"], en)
    assert "用法：" in help_of(["check"], en, "--lang", "zh")
    assert "用法：" in CliRunner().invoke(cli, ["check", "--help", "--lang=zh"], env=en).stdout
    assert "用法：" in help_of(["check"], {**en, "ICPCHECK_LANG": "zh"})
    assert "Usage:" in help_of(["rules", "lint"], {"LC_ALL": "zh_CN.UTF-8", "ICPCHECK_LANG": "en"})


@pytest.mark.parametrize(("path", "codes"), [
    ([], {0, 1, 2, 3, 4, 5, 6, 130}), (["check"], {0, 1, 2, 3, 4, 5, 6, 130}),
    (["questions"], {0, 2, 4, 5, 6}), (["explain"], {0, 2, 4, 5, 6}), (["schema"], {0, 2, 5, 6}),
    (["rules", "lint"], {0, 2, 4, 5, 6, 7}), (["rules", "test"], {0, 1, 2, 4, 5, 6}),
    (["rules", "graph"], {0, 2, 4, 5, 6}),
])
def test_each_command_lists_its_own_exit_codes_after_examples(path: list[str], codes: set[int]) -> None:
    for env, head in (({"LC_ALL": "C", "ICPCHECK_LANG": ""}, "Exit codes:"),
                      ({"ICPCHECK_LANG": "zh"}, "退出码：")):
        out = help_of(path, env)
        listed = out[out.index(head):]
        assert {int(c) for c in re.findall(r"^\s+(\d+)\s", listed, re.M)} == codes
        assert out.index("Examples:" if head == "Exit codes:" else "示例：") < out.index(head)


SHARED = ["--quiet", "--no-color", "--debug", "--lang", "en", "--rules", "rules/wechat-mall.yaml"]


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_every_command_takes_the_shared_options_and_shows_only_its_own(path: list[str],
                                                                      command: click.Command) -> None:
    # Before or after its word (cli/options.py's shared_params): the parser would refuse an option
    # it does not know before --help is seen; the help lists only the options the command uses.
    env = {"LC_ALL": "C", "ICPCHECK_LANG": ""}
    plain = help_of(path, env)
    assert help_of(path, env, *SHARED) == plain
    if path:
        assert help_of([*path[:1], *SHARED, *path[1:]], env) == plain
    used = {name for p in command.params if isinstance(p, click.Option) and not p.hidden for name in p.opts}
    listed = set(re.findall(r"^  (?:-\w, )?(--[\w-]+)", plain, re.M))
    assert listed == {name for name in used if name.startswith("--")} | {"--help"}


def test_the_group_s_help_follows_lang_after_help_too() -> None:
    en = {"LC_ALL": "C", "ICPCHECK_LANG": ""}
    assert help_of([], en).startswith("Usage: icpcheck [OPTIONS] COMMAND [ARGS]...")
    assert help_of([], en, "--lang", "zh").startswith("用法：icpcheck [OPTIONS] COMMAND [ARGS]...")
    assert CliRunner().invoke(cli, ["--help", "--lang", "zh"], env=en).stdout == help_of([], en, "--lang", "zh")
    assert CliRunner().invoke(cli, ["rules", "--help", "--lang", "zh"], env=en).stdout.startswith("用法：")
