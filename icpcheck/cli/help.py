"""`--help` in the reader's language: the zh help texts, and the formatter that swaps them in."""

# Help is translated the way messages are: the English text (as click shows it) is the key, looked
# up when help is written. The language is --lang on the command line, else ICPCHECK_LANG, else
# the locale. Chinese is wrapped with render/wrap.py: click's wrapping breaks at spaces only.

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click

LANG_KEY = "icpcheck.lang"  # ctx.meta: the --lang found on the command line, for help


def _key(text: str) -> str:
    return " ".join(text.replace("\b", "").split())


# Exit codes: each command's epilog lists its own.
_EXIT: dict[int, tuple[str, str]] = {
    0: ("done", "完成"),
    1: ("the CI gate failed: a needed filing is neither held nor waived",
        "CI 检查未通过：有需要办理的备案或许可证既未持有，也未暂缓"),
    2: ("usage error (bad option or flag value)", "用法错误（选项或参数值不对）"),
    3: ("answers invalid or missing", "回答无效或缺少回答"),
    4: ("rulebook invalid", "规则库无效"),
    5: ("internal error (a bug: please report it; --debug shows the traceback)",
        "内部错误（程序缺陷，请报告；--debug 显示调用栈）"),
    6: ("system error: could not read or write a file or stream", "系统错误：无法读写文件或数据流"),
    7: ("verification gave up: the solver ran out of time (--time-limit)",
        "验证放弃：求解器超出时间限制（--time-limit）"),
    130: ("interrupted (Ctrl-C; 129 on SIGHUP, 143 on SIGTERM)", "已中断（Ctrl-C；SIGHUP 为 129，SIGTERM 为 143）"),
}

ZH: dict[str, str] = {}  # English help text (whitespace-normalised) -> Chinese


def exit_codes(*codes: int, **words: tuple[str, str]) -> str:
    """The epilog listing `codes`, in English; its Chinese is registered for help time. `words`
    (e.g. one=(en, zh)) say what a code means for this command when it is not the usual."""
    names = {0: "zero", 1: "one"}
    en, zh = ["\b", "Exit codes:"], ["\b", "退出码："]
    for code in codes:
        e, z = words.get(names.get(code, ""), _EXIT[code])
        en.append(f"  {code:<4} {e}")
        zh.append(f"  {code:<4} {z}")
    text = "\n".join(en)
    ZH[_key(text)] = "\n".join(zh)
    return text


def translate(text: str, lang: str) -> str:
    return ZH.get(_key(text), text) if lang == "zh" else text


def help_lang(ctx: click.Context | None) -> str:
    """--lang as given on the command line (in any order with --help), else the default."""
    from icpcheck.i18n import default_lang

    while ctx is not None:
        lang = ctx.meta.get(LANG_KEY) or getattr(ctx.obj, "lang", None)
        if lang in ("zh", "en"):
            return str(lang)
        ctx = ctx.parent
    return default_lang()


def lang_in(args: Sequence[str]) -> str | None:
    """The value of --lang among command-line words, before click has parsed them."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


class HelpFormatter(click.HelpFormatter):
    """click's formatter, in Chinese when the help language is zh."""

    def __init__(self, lang: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lang = lang
        self._section = ""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, "用法：" if self.lang == "zh" else prefix)

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        self._section = name  # which list write_dl is writing: commands have their own short help
        with super().section(name):
            yield

    def write_heading(self, heading: str) -> None:
        if self.lang != "zh":
            super().write_heading(heading)
            return
        zh = {"Options": "选项", "Commands": "命令", "Arguments": "参数"}.get(heading, heading)
        self.write(f"{' ' * self.current_indent}{zh}：\n")

    def write_text(self, text: str) -> None:
        if self.lang != "zh":
            super().write_text(text)
            return
        from icpcheck.render.wrap import wrap

        indent = " " * self.current_indent
        for n, para in enumerate(re.split(r"\n\s*\n", translate(text, "zh"))):
            if n:
                self.write("\n")
            if para.startswith("\b"):  # kept as written: examples, exit codes
                lines = para.splitlines()[1:]
                self.write("".join(f"{indent}{line}\n" for line in lines))
            else:
                width = max(self.width - self.current_indent, 20)
                lines = wrap(" ".join(para.split("\n")), width)
                self.write("".join(f"{indent}{line}\n" for line in lines))

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30,
                 col_spacing: int = 2) -> None:
        if self.lang != "zh":
            super().write_dl(rows, col_max, col_spacing)
            return
        from icpcheck.render.wrap import text_width, wrap

        rows = [(term, self._zh_help(term, text)) for term, text in rows]
        first = min(max((text_width(t) for t, _ in rows), default=0), col_max) + col_spacing
        indent = " " * self.current_indent
        room = max(self.width - self.current_indent - first, 20)
        for term, text in rows:
            lines = wrap(text, room) if text else []
            if text_width(term) + col_spacing <= first:
                head = f"{indent}{term}{' ' * (first - text_width(term))}"
                self.write(head + (lines[0] if lines else "").rstrip() + "\n")
                lines = lines[1:]
            else:
                self.write(f"{indent}{term}\n")
            self.write("".join(f"{indent}{' ' * first}{line}\n" for line in lines))

    def _zh_help(self, term: str, text: str) -> str:
        if self._section == "Commands":
            return SHORT_ZH.get(term, text)
        main, sep, extra = text.partition("  [")
        words = translate(main, "zh")
        if sep:
            extra = (extra.replace("default: ", "默认：").replace("env var: ", "环境变量：")
                     .replace("required", "必填"))
            words += f"  [{extra}"
        return words


class HelpContext(click.Context):
    """A context whose help is written in the help language (see help_lang)."""

    def make_formatter(self) -> click.HelpFormatter:
        return HelpFormatter(help_lang(self), width=self.terminal_width,
                             max_width=self.max_content_width)


class HelpGroup(click.Group):
    """A group of commands whose help is in the help language."""

    context_class = HelpContext


def say(ctx: click.Context, template: str, **params: str) -> str:
    """A help sentence built at help time, in the help language."""
    return translate(template, help_lang(ctx)).format(**params)


# Short help in the command list of `icpcheck --help` and `icpcheck rules --help`.
SHORT_ZH = {
    "check": "判断你的商城需要哪些备案和许可证（默认命令）",
    "questions": "列出所有问题、选项及回答方式",
    "explain": "解释一项备案或许可证",
    "rules": "检查、测试规则库并画出流程图",
    "schema": "输出 JSON Schema",
    "completion": "输出 shell 补全脚本（bash、zsh 或 fish）",
    "lint": "检查规则库",
    "test": "用测试用例检验规则库",
    "graph": "画出问题、规则与备案之间的流程图",
}

_TEXTS: list[tuple[str, str]] = [
    # Commands (their docstrings as click shows them).
    ("""Which filings and licences (ICP备案, ICP许可证, EDI许可证, ...) a WeChat micro-mall in China
needs, and why.

\b
Examples:
  icpcheck                            answer a few questions, read the report
  icpcheck --answers mall.yaml        the answers saved from last time (--save-answers)
  icpcheck questions                  every question, and how to answer it by flag or file

Without a command, runs `check`. The language is --lang, else ICPCHECK_LANG=zh|en, else the
locale.""",
     """判断一家在中国经营的微信微商城需要哪些备案和许可证（ICP备案、ICP许可证、EDI许可证等），并说明理由。

\b
示例：
  icpcheck                            回答几个问题，查看报告
  icpcheck --answers mall.yaml        使用上次保存的回答（--save-answers）
  icpcheck questions                  列出所有问题及用参数或文件回答的方式

不写命令时执行 check。输出语言取 --lang，其次环境变量 ICPCHECK_LANG=zh|en，再次系统区域设置。"""),
    ("""Work out which filings your mall needs, and why.

\b
Examples:
  icpcheck check                                 the interview, in a terminal
  icpcheck check --answers mall.yaml --no-input  from a file, never asking
  icpcheck check --answers mall.yaml --fail-on required --format junit

Answers come from flags (-a, --model) first, then --answers FILE, then the interview.""",
     """判断你的商城需要哪些备案和许可证，并说明理由。

\b
示例：
  icpcheck check                                 在终端中逐题回答
  icpcheck check --answers mall.yaml --no-input  从文件读取回答，不再提问
  icpcheck check --answers mall.yaml --fail-on required --format junit

回答的优先顺序：命令行参数（-a、--model）最先，其次 --answers 文件，最后是问答。"""),
    ("""List every question: id, type, choices, when it applies, and the flag / JSON key that
answers it.

\b
Examples:
  icpcheck questions                 in words
  icpcheck questions --format json   for a form or a script""",
     """列出所有问题：id、类型、选项、何时提问，以及回答它的命令行参数和 JSON 键。

\b
示例：
  icpcheck questions                 文字说明
  icpcheck questions --format json   供表单或脚本使用"""),
    ("""Explain one filing (by its id or its zh/en name): what it is, issuer, legal basis,
benefits, risks and cautions; without FILING, list the filings.

\b
Examples:
  icpcheck explain                   every filing, with its id and names
  icpcheck explain FILING            FILING: the id under a filing's name in the report
  icpcheck explain FILING --lang en  in English""",
     "解释一项备案或许可证（按 id 或中英文名称指定）：是什么、办理机关、法律依据、好处、风险和注意事项；"
     """不给出 FILING 时列出所有备案和许可证。

\b
示例：
  icpcheck explain                   所有备案和许可证，及其 id 和名称
  icpcheck explain FILING            FILING：报告中每项名称下方的 id
  icpcheck explain FILING --lang en  用英文说明"""),
    ("""Lint, test and graph a rulebook (the built-in one, or --rules PATH).

\b
Examples:
  icpcheck rules lint
  icpcheck rules test --min-coverage 90
  icpcheck rules graph --format dot""",
     """检查、测试规则库并画出流程图（内置规则库，或 --rules PATH 指定的规则库）。

\b
示例：
  icpcheck rules lint
  icpcheck rules test --min-coverage 90
  icpcheck rules graph --format dot"""),
    ("""Check a rulebook: schema, references, meaning, and exhaustive verification that every
answer set gives every filing exactly one status.

\b
Examples:
  icpcheck rules lint                     the built-in rulebook
  icpcheck rules lint my-rules.yaml       your own

Prints every problem as file:line: sentence; exits 4 if there is any.""",
     """检查规则库：结构、引用、含义，并穷举验证每一组回答都让每项备案恰好得到一个结论。

\b
示例：
  icpcheck rules lint                     检查内置规则库
  icpcheck rules lint my-rules.yaml       检查你自己的规则库

每个问题按“文件:行: 说明”输出一行；有任何问题时退出码为 4。"""),
    ("""Run YAML test cases against a rulebook (default: the cases shipped with it) and show
coverage.

\b
Examples:
  icpcheck rules test                                   the built-in rulebook's cases
  icpcheck rules test my-rules.yaml my-cases.yaml --min-coverage 90""",
     """用 YAML 测试用例检验规则库（默认用规则库自带的用例），并显示覆盖率。

\b
示例：
  icpcheck rules test                                   运行内置规则库的用例
  icpcheck rules test my-rules.yaml my-cases.yaml --min-coverage 90"""),
    ("""Draw the flow: questions, the conditions between them, rules and filings.

\b
Examples:
  icpcheck rules graph > flow.mmd             Mermaid, for Markdown
  icpcheck rules graph --format dot | dot -Tsvg > flow.svg""",
     """画出流程图：问题、问题之间的条件、规则和备案。

\b
示例：
  icpcheck rules graph > flow.mmd             Mermaid 格式，可嵌入 Markdown
  icpcheck rules graph --format dot | dot -Tsvg > flow.svg"""),
    ("""Print the JSON Schema NAME (draft 2020-12); without NAME, list the names.

\b
Examples:
  icpcheck schema
  icpcheck schema rulebook
  icpcheck schema report > report.schema.json""",
     """输出名为 NAME 的 JSON Schema（draft 2020-12）；不给出 NAME 时列出所有名称。

\b
示例：
  icpcheck schema
  icpcheck schema rulebook
  icpcheck schema report > report.schema.json"""),
    ("""Print the shell completion script for bash, zsh or fish.

\b
Examples:
  eval "$(icpcheck completion bash)"    in ~/.bashrc
  eval "$(icpcheck completion zsh)"     in ~/.zshrc
  icpcheck completion fish > ~/.config/fish/completions/icpcheck.fish

It completes commands, options, filing ids, models, and question ids and their values in
`-a id=value`.""",
     """输出 bash、zsh 或 fish 的 shell 补全脚本。

\b
示例：
  eval "$(icpcheck completion bash)"    加入 ~/.bashrc
  eval "$(icpcheck completion zsh)"     加入 ~/.zshrc
  icpcheck completion fish > ~/.config/fish/completions/icpcheck.fish

可补全命令、选项、备案 id、业务模式，以及 -a id=value 中的问题 id 和取值。"""),
    ("Available: {names}.", "可选：{names}。"),
    # Options.
    ("Show this message and exit.", "显示本帮助并退出。"),
    ("Show the version of icpcheck and of its rulebook, and exit.",
     "显示 icpcheck 及其规则库的版本并退出。"),
    ("No colour in terminal output (also NO_COLOR).",
     "终端输出不带颜色（也可用环境变量 NO_COLOR）。"),
    ("Print no notes, warnings or summaries on stderr; errors only.",
     "只在标准错误输出中显示错误，不显示提示、警告或摘要。"),
    ("Use this rulebook instead of the built-in one.", "使用此规则库，而不是内置规则库。"),
    ("Answer a question by its id (repeatable); `icpcheck questions` lists the ids and their values.",
     "按问题 id 回答（可重复）；`icpcheck questions` 列出所有 id 及可选值。"),
    ("A business model of the rulebook standing for a set of answers (repeatable; mixed models "
     "combine); <TAB> lists them.",
     "规则库中的业务模式，代表一组回答（可重复，多个模式合并）；按 <TAB> 列出。"),
    ("Read answers (and held filings, waivers) from a JSON or YAML file; - reads standard input. In "
     "a terminal, only new or no-longer-valid questions are asked.",
     "从 JSON 或 YAML 文件读取回答（以及已持有的备案、暂缓项）；- 表示标准输入。在终端中只会询问新增或已失效的问题。"),
    ("Write the answers used (with their source, the rulebook and tool version) to a YAML file that "
     "--answers replays.",
     "把本次使用的回答（连同来源、规则库和工具版本）写入 YAML 文件，之后可用 --answers 重放。"),
    ("A filing you already hold, by its id (repeatable); <TAB> completes the ids.",
     "你已持有的备案或许可证，按 id（可重复）；按 <TAB> 补全。"),
    ("Exit 1 when a filing with this status is neither held nor under an unexpired waiver (review: "
     "required or review). Default: required once anything is held or waived, otherwise no gate.",
     "有此状态的备案既未持有、也不在有效的暂缓期内时，以退出码 1 结束（review 表示需要办理或需人工确认）。"
     "默认：一旦声明了持有或暂缓，按 required 检查；否则不检查。"),
    ("Report format. Default: from --output's extension (.html/.htm html, .md markdown, .json json, "
     ".xml junit), otherwise text; --format wins over the extension.",
     "报告格式。默认按 --output 的扩展名决定（.html/.htm 为 html，.md 为 markdown，.json 为 json，"
     ".xml 为 junit），否则为 text；明确给出的 --format 优先于扩展名。"),
    ("Text and Markdown: add rule ids, the answers behind each reason, every citation and the "
     "answers' ids (JSON always has them).",
     "文本和 Markdown 报告：加上规则编号、每条原因依据的回答、全部出处和回答的 id（JSON 总是包含这些）。"),
    ("Text and Markdown: list every not-required filing with its reason, not just its name.",
     "文本和 Markdown 报告：逐项列出无需办理的备案/许可及其原因，而不只是名称。"),
    ("Output format.", "输出格式。"),
    ("Graph format.", "流程图格式。"),
    ("Write the report to FILE (atomically; - for stdout); a one-line summary goes to stderr. Without "
     "--format, FILE's extension picks the format (report.html: a page to send or print).",
     "把报告写入 FILE（原子写入；- 表示标准输出）；标准错误输出一行摘要。未给出 --format 时按 FILE 的扩展名决定格式"
     "（如 report.html：可发送或打印的网页）。"),
    ("One answers object per line in (- for stdin), one JSON report per line out; exits with the "
     "worst line's code.",
     "每行读入一组回答（- 表示标准输入），每行输出一份 JSON 报告；退出码取最差一行的退出码。"),
    ("With --batch: write per line only the id, each filing's status, the blockers, the gate and "
     "the exit code.",
     "与 --batch 一起使用：每行只输出 id、各项备案的状态、障碍、CI 检查结果和退出码。"),
    ("Take no answer from a default: an unanswered question that would be assumed is an answers "
     "error (exit 3) naming what to answer.",
     "不按默认值假设任何回答：原本会被假设的未回答问题一律算作回答错误（退出码 3），并指明需要回答哪些问题。"),
    ("List the rules in force on this date (default: today).",
     "列出此日期有效的规则（默认：今天）。"),
    ("Output language (default: ICPCHECK_LANG, else zh for a zh* locale, else en).",
     "输出语言（默认取 ICPCHECK_LANG；未设置时，zh* 区域设置用 zh，其余用 en）。"),
    ("Evaluate the rules (and waivers) as of this date (default: today).",
     "按此日期评估规则（及暂缓期限）（默认：今天）。"),
    ("Never prompt, even in a terminal.", "从不提问，即使在终端中。"),
    ("Refuse any rulebook or answers file larger than this (also ICPCHECK_MAX_INPUT_BYTES).",
     "拒绝读取超过此大小的规则库或回答文件（也可用 ICPCHECK_MAX_INPUT_BYTES 设置）。"),
    ("Show tracebacks of errors.", "出错时显示调用栈。"),
    ("Draw only the rules in force on this date (default: all, with their dates).",
     "只画此日期有效的规则（默认：全部，并标出日期）。"),
    ("Verify only at this date (default: at every date the rules distinguish).",
     "只验证此日期（默认：规则区分的每个日期）。"),
    ("Give up verification (exit 7) when the solver needs longer than this.",
     "求解器所需时间超过此值时放弃验证（退出码 7）。"),
    ("Date for cases without their own as_of (default: today).",
     "未写 as_of 的用例所用的日期（默认：今天）。"),
    ("Fail (exit 1) when the cases cover less than PCT percent of rules, questions and choices.",
     "用例覆盖的规则、问题和选项不足 PCT% 时失败（退出码 1）。"),
]
ZH.update({_key(en): zh for en, zh in _TEXTS})
