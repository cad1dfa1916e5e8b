"""report.html.j2 compiled by Jinja2 3.1.6: written by `python -m icpcheck.render.html_compile`; do not edit."""

# mypy: ignore-errors
# ruff: noqa
# Regenerate after editing the template: tests/render/test_html_compile.py fails until this file
# is what the command writes. It runs against icpcheck.render.html_runtime, not jinja2.runtime.
from icpcheck.render.html_runtime import ENVIRONMENT as environment
from icpcheck.render.html_runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_html_lang = resolve('html_lang')
    l_0_view = resolve('view')
    l_0_w = resolve('w')
    l_0_checked = resolve('checked')
    l_0_t = resolve('t')
    l_0_plan = resolve('plan')
    l_0_tl = resolve('tl')
    l_0_answers = resolve('answers')
    l_0_filings = resolve('filings')
    l_0_notes = resolve('notes')
    l_0_badge = l_0_stop = l_0_refs = l_0_facts = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['linked']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'linked' found.")
    try:
        t_4 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_5 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    try:
        t_6 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_status, l_1_word):
        t_8 = []
        if l_1_status is missing:
            l_1_status = undefined("parameter 'status' was not provided", name='status')
        if l_1_word is missing:
            l_1_word = undefined("parameter 'word' was not provided", name='word')
        pass
        t_8.extend((
            '<span class="badge ',
            escape(environment.finalize(l_1_status)),
            '">',
            escape(environment.finalize(l_1_word)),
            '</span>',
        ))
        return concat(t_8)
    context.exported_vars.add('badge')
    context.vars['badge'] = l_0_badge = Macro(environment, macro, 'badge', ('status', 'word'), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_9 = []
        pass
        t_9.append(
            '<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path fill="currentColor" d="M4.7 0h6.6L16 4.7v6.6L11.3 16H4.7L0 11.3V4.7zM3.5 7v2h9V7z"/></svg>',
        )
        return concat(t_9)
    context.exported_vars.add('stop')
    context.vars['stop'] = l_0_stop = Macro(environment, macro, 'stop', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_numbers):
        t_10 = []
        if l_1_numbers is missing:
            l_1_numbers = undefined("parameter 'numbers' was not provided", name='numbers')
        pass
        for l_2_n in l_1_numbers:
            _loop_vars = {}
            pass
            t_10.extend((
                '<sup class="ref"><a href="#note-',
                escape(environment.finalize(l_2_n)),
                '">[',
                escape(environment.finalize(l_2_n)),
                ']</a></sup>',
            ))
        l_2_n = missing
        return concat(t_10)
    context.exported_vars.add('refs')
    context.vars['refs'] = l_0_refs = Macro(environment, macro, 'refs', ('numbers',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_s):
        t_11 = []
        l_1_lang = resolve('lang')
        if l_1_s is missing:
            l_1_s = undefined("parameter 's' was not provided", name='s')
        pass
        for (l_2_name, l_2_status, l_2_word) in environment.getattr(l_1_s, 'layers'):
            _loop_vars = {}
            pass
            t_11.extend((
                '<p class="layer-line">',
                escape(environment.finalize(l_2_name)),
                escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'colon', _loop_vars=_loop_vars))),
                escape(environment.finalize(context.call((undefined(name='badge') if l_0_badge is missing else l_0_badge), l_2_status, l_2_word, _loop_vars=_loop_vars))),
                '</p>\n',
            ))
        l_2_name = l_2_status = l_2_word = missing
        if ((((environment.getattr(l_1_s, 'when') or environment.getattr(l_1_s, 'where')) or environment.getattr(l_1_s, 'documents')) or environment.getattr(l_1_s, 'after')) or environment.getattr(l_1_s, 'gate')):
            pass
            t_11.append(
                '<dl class="facts">\n',
            )
            if environment.getattr(l_1_s, 'when'):
                pass
                t_11.extend((
                    '<dt>',
                    escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'plan.when'))),
                    '</dt><dd>',
                    escape(environment.finalize(t_3(environment.getattr(l_1_s, 'when')))),
                    '</dd>',
                ))
            if environment.getattr(l_1_s, 'where'):
                pass
                t_11.extend((
                    '<dt>',
                    escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'plan.where'))),
                    '</dt><dd>',
                    escape(environment.finalize(t_3(environment.getattr(l_1_s, 'where')))),
                    '</dd>',
                ))
            if environment.getattr(l_1_s, 'documents'):
                pass
                t_11.extend((
                    '<dt>',
                    escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'plan.documents'))),
                    '</dt><dd><ul>',
                ))
                for l_2_d in environment.getattr(l_1_s, 'documents'):
                    _loop_vars = {}
                    pass
                    t_11.extend((
                        '<li>',
                        escape(environment.finalize(t_3(l_2_d))),
                        '</li>',
                    ))
                l_2_d = missing
                t_11.append(
                    '</ul></dd>',
                )
            if environment.getattr(l_1_s, 'gate'):
                pass
                t_11.extend((
                    '<dt>',
                    escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.gate'))),
                    '</dt><dd><strong>',
                    escape(environment.finalize(environment.getattr(l_1_s, 'gate'))),
                    '</strong></dd>',
                ))
            if environment.getattr(l_1_s, 'after'):
                pass
                t_11.extend((
                    '<dt>',
                    escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'plan.after'))),
                    '</dt><dd>',
                    escape(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_1_s, 'after'), ('、' if ((undefined(name='lang') if l_1_lang is missing else l_1_lang) == 'zh') else '; ')))),
                    '</dd>',
                ))
            t_11.append(
                '</dl>\n',
            )
        return concat(t_11)
    context.exported_vars.add('facts')
    context.vars['facts'] = l_0_facts = Macro(environment, macro, 'facts', ('s',), False, False, False, context.eval_ctx.autoescape)
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(environment.finalize((undefined(name='html_lang') if l_0_html_lang is missing else l_0_html_lang)))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="icpcheck">\n<title>icpcheck: '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'rulebook'), 'title')))
    yield ' ('
    yield escape(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'as_of')))
    yield ')</title>\n<style>\n:root {\n  --ink: #1d2939; --muted: #566171; --line: #d0d5dd; --paper: #fff; --wash: #f2f4f7;\n  --required: #b42318; --required-bg: #fef3f2;\n  --review: #8a4b00; --review-bg: #fff6e0;\n  --not_required: #05603a; --not_required-bg: #ecfdf3;\n}\n* { box-sizing: border-box; }\nhtml { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }\nbody {\n  margin: 0; background: var(--wash); color: var(--ink); line-height: 1.6; font-size: 16px;\n  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,\n    "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif;\n  overflow-wrap: anywhere;\n}\nmain { max-width: 54rem; margin: 0 auto; padding: 1.25rem 1rem 2rem; background: var(--paper); }\nh1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 .5rem; }\nh2 { font-size: 1.3rem; margin: 0 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }\nh3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }\nh4 { font-size: 1rem; margin: .75rem 0 .25rem; }\nsection { margin: 2rem 0 0; }\nul, ol { padding-left: 1.4rem; margin: .25rem 0; }\nli { margin: .2rem 0; }\ncode { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; font-size: .9em; }\na { color: #1849a9; }\n.muted { color: var(--muted); }\n.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0 1rem; margin: 0; font-size: .9rem; }\n.meta dt { color: var(--muted); }\n.meta dd { margin: 0; }\n.sha { word-break: break-all; }\n.counts { margin: .75rem 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; }\n.badge {\n  display: inline-block; padding: 0 .45em; border: 1px solid currentColor; border-radius: .3em;\n  font-size: .85em; font-weight: 600; line-height: 1.5; white-space: nowrap; vertical-align: baseline;\n}\n.badge.required { color: var(--required); background: var(--required-bg); }\n.badge.review { color: var(--review); background: var(--review-bg); }\n.badge.not_required { color: var(--not_required); background: var(--not_required-bg); }\n.badge.blocked { color: #fff; background: var(--required); border-color: var(--required); }\n.icon { width: 1em; height: 1em; vertical-align: -.125em; }\n.badge.assumed { color: var(--review); background: var(--review-bg); border-style: dashed; }\n.card {\n  border: 1px solid var(--line); border-left: .35rem solid var(--line); border-radius: .4rem;\n  padding: .6rem .9rem; margin: .6rem 0; background: var(--paper);\n}\n.card.required, .card.blocker { border-left-color: var(--required); }\n.card.review { border-left-color: var(--review); }\n.card.not_required { border-left-color: var(--not_required); }\n.card.blocker { background: var(--required-bg); }\n.card h3, .card h4 { margin-top: 0; }\n.steps { list-style: none; padding: 0; }\n.step-no {\n  display: inline-block; min-width: 1.6em; margin-right: .3em; border-radius: 50%;\n  background: var(--ink); color: #fff; text-align: center; font-size: .9em;\n}\n.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .15rem .9rem; margin: .4rem 0 0; }\n.facts dt { font-weight: 600; color: var(--muted); }\n.facts dd { margin: 0; }\n.facts dd ul { padding-left: 1.1rem; }\n.table-box { overflow-x: auto; }\ntable { border-collapse: collapse; width: 100%; }\nth, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }\nth { background: var(--wash); font-size: .9rem; }\ntr.assumed td { background: var(--review-bg); }\ntd.source { white-space: nowrap; }\n.layers { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr)); gap: .75rem; }\n.layers .card { margin: 0; }\n.layer-line { margin: .2rem 0 0; font-size: .9rem; }\n.because, .settle { font-size: .9rem; margin: .2rem 0 0; }\n.because { color: var(--muted); }\n.because ul { padding-left: 1.1rem; margin: 0; }\n.assumed-note { color: var(--review); }\n.blocker-line { color: var(--required); font-weight: 600; margin: .2rem 0 0; }\n.notes { font-size: .85rem; color: var(--muted); }\n.notes h2 { font-size: 1.1rem; color: var(--ink); }\n.notes ol { padding-left: 1.8rem; }\nsup.ref { line-height: 0; }\nsup.ref a { text-decoration: none; padding: 0 .05em; }\n.rest { border-left: .35rem solid var(--not_required); padding: .3rem .9rem; background: var(--not_required-bg); }\nfooter { margin-top: 2.5rem; padding-top: .75rem; border-top: 2px solid var(--ink); font-size: .9rem; }\nfooter p { margin: .3rem 0; }\nfooter .sha { font-size: .75rem; }\n@media (max-width: 34rem) {\n  body { font-size: 15px; }\n  main { padding: 1rem .75rem 1.5rem; }\n  h1 { font-size: 1.35rem; }\n  .meta, .facts { grid-template-columns: minmax(0, 1fr); }\n  .facts dt { margin-top: .3rem; }\n  /* The answers table reflows: each answer a block, its cells one under another. */\n  table.answers, table.answers tbody, table.answers tr, table.answers td { display: block; width: 100%; }\n  table.answers thead { display: none; }\n  table.answers tr { border-bottom: 1px solid var(--line); padding: .3rem 0; }\n  table.answers td { border: 0; padding: .1rem 0; }\n}\n@media print {\n  /* Paper: the sections run on, each breaking inside where it must (a page per filing left most\n     of each page white); only the small pieces stay whole. */\n  @page { size: A4; margin: 10mm 11mm 12mm; }\n  html, body { background: #fff; font-size: 8.5pt; line-height: 1.35; }\n  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n  main { max-width: none; padding: 0; }\n  h1 { font-size: 14pt; }\n  h2 { font-size: 11pt; margin-bottom: .3rem; }\n  h3 { font-size: 9.5pt; margin: .6rem 0 .25rem; }\n  h4 { font-size: 8.5pt; margin: .35rem 0 .1rem; }\n  section { margin-top: .8rem; }\n  .card { padding: .3rem .6rem; margin: .35rem 0; }\n  .layers { gap: .4rem; }\n  th, td { padding: .15rem .4rem; }\n  li { margin: .05rem 0; }\n  .facts { gap: 0 .7rem; }\n  tr, li, .layer-line, .settle, .rest p, footer, h4 + p { break-inside: avoid; }\n  /* A plan step is a long card: it may run on to the next page (kept whole, the first one left\n     the first page blank below the bottom line). */\n  ol.steps > li { break-inside: auto; }\n  h2, h3, h4, .facts dt { break-after: avoid; }\n  .notes { font-size: 7pt; }\n  footer { margin-top: 1.2rem; padding-top: .4rem; font-size: 8pt; }\n  footer .sha { font-size: 7pt; }\n  a { color: inherit; text-decoration: none; }\n  /* A link prints with its target: paper cannot be clicked. Notes\' anchors stay as numbers. */\n  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .85em; word-break: break-all; }\n  .table-box { overflow: visible; }\n}\n</style>\n</head>\n<body>\n<main>\n<header>\n  <h1>icpcheck: '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'rulebook'), 'title')))
    yield '</h1>\n  <dl class="meta">\n    <dt>'
    yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'date')))
    yield '</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'as_of')))
    yield '</dd>\n    <dt>'
    yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'rulebook')))
    yield '</dt><dd><code>'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'rulebook'), 'id')))
    yield '</code> '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'rulebook'), 'version')))
    yield ' ('
    yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'checked')))
    yield ' '
    yield escape(environment.finalize((undefined(name='checked') if l_0_checked is missing else l_0_checked)))
    yield ')</dd>\n  </dl>\n  <ul class="counts">\n'
    for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'counts'):
        _loop_vars = {}
        pass
        yield '    <li>'
        yield escape(environment.finalize(context.call((undefined(name='badge') if l_0_badge is missing else l_0_badge), environment.getattr(l_1_c, 'status'), environment.getattr(l_1_c, 'word'), _loop_vars=_loop_vars)))
        yield ' &times; '
        yield escape(environment.finalize(environment.getattr(l_1_c, 'n')))
        yield '</li>\n'
    l_1_c = missing
    yield '  </ul>\n'
    if environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'gate'), 'shown'):
        pass
        yield '  <p class="gate"><strong>'
        yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.gate')))
        yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'colon')))
        yield '</strong>'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'gate'), 'line')))
        yield '</p>\n'
    yield '</header>\n\n<section id="plan">\n  <h2>'
    yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'plan')))
    yield '</h2>\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'bottom_line'):
        pass
        yield '  <p class="bottom-line" id="bottom-line"><strong>'
        yield escape(environment.finalize(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'bottom_line')))
        yield '</strong></p>\n'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'blockers'):
        pass
        yield '  <div class="card blocker">\n    <h3>'
        yield escape(environment.finalize(context.call((undefined(name='stop') if l_0_stop is missing else l_0_stop))))
        yield ' '
        yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'blockers')))
        yield '</h3>\n    <ul>\n'
        for (l_1_name, l_1_text) in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'blockers'):
            _loop_vars = {}
            pass
            yield '      <li><strong>'
            yield escape(environment.finalize(l_1_name))
            yield '</strong>'
            yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'colon', _loop_vars=_loop_vars)))
            yield escape(environment.finalize(t_3(l_1_text)))
            yield '</li>\n'
        l_1_name = l_1_text = missing
        yield '    </ul>\n  </div>\n'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'steps'):
        pass
        yield '  <ol class="steps">\n'
        for l_1_s in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'steps'):
            l_1_sv = missing
            _loop_vars = {}
            pass
            yield '    <li class="card '
            yield escape(environment.finalize(environment.getattr(l_1_s, 'status')))
            yield '" id="step-'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'id')))
            yield '">\n      <h4><span class="step-no">'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'n')))
            yield '</span>'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'name')))
            yield ' '
            yield escape(environment.finalize(context.call((undefined(name='badge') if l_0_badge is missing else l_0_badge), environment.getattr(l_1_s, 'status'), environment.getattr(l_1_s, 'status_word'), _loop_vars=_loop_vars)))
            if environment.getattr(l_1_s, 'blocked'):
                pass
                yield ' <span class="badge blocked">'
                yield escape(environment.finalize(context.call((undefined(name='stop') if l_0_stop is missing else l_0_stop), _loop_vars=_loop_vars)))
                yield ' '
                yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'blocked', _loop_vars=_loop_vars)))
                yield '</span>'
            yield escape(environment.finalize(context.call((undefined(name='refs') if l_0_refs is missing else l_0_refs), environment.getattr(l_1_s, 'refs'), _loop_vars=_loop_vars)))
            yield '</h4>\n'
            for l_2_text in environment.getattr(l_1_s, 'settle'):
                _loop_vars = {}
                pass
                yield '      <p class="settle"><strong>'
                yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.settle', _loop_vars=_loop_vars)))
                yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'colon', _loop_vars=_loop_vars)))
                yield '</strong>'
                yield escape(environment.finalize(t_3(l_2_text)))
                yield '</p>\n'
            l_2_text = missing
            l_1_sv = environment.getitem(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'plan'), (environment.getattr(l_1_s, 'n') - 1))
            _loop_vars['sv'] = l_1_sv
            if environment.getattr((undefined(name='sv') if l_1_sv is missing else l_1_sv), 'time'):
                pass
                yield '<p class="time"><strong>'
                yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.time', _loop_vars=_loop_vars)))
                yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'colon', _loop_vars=_loop_vars)))
                yield '</strong>'
                yield escape(environment.finalize(environment.getattr((undefined(name='sv') if l_1_sv is missing else l_1_sv), 'time')))
                yield escape(environment.finalize(environment.getattr((undefined(name='sv') if l_1_sv is missing else l_1_sv), 'done_by')))
                yield '</p>'
            if environment.getattr((undefined(name='sv') if l_1_sv is missing else l_1_sv), 'cost'):
                pass
                yield '<p class="cost"><strong>'
                yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.cost', _loop_vars=_loop_vars)))
                yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'colon', _loop_vars=_loop_vars)))
                yield '</strong>'
                yield escape(environment.finalize(environment.getattr((undefined(name='sv') if l_1_sv is missing else l_1_sv), 'cost')))
                yield '</p>'
            yield '      '
            yield escape(environment.finalize(context.call((undefined(name='facts') if l_0_facts is missing else l_0_facts), l_1_s, _loop_vars=_loop_vars)))
            yield '\n    </li>\n'
        l_1_s = l_1_sv = missing
        yield '  </ol>\n'
    else:
        pass
        yield '  <p>'
        yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'plan.nothing')))
        yield '</p>\n'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'others'):
        pass
        yield '  <h3>'
        yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.others')))
        yield '</h3>\n  <ul class="steps">\n'
        for l_1_o in environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'others'):
            _loop_vars = {}
            pass
            yield '    <li class="card '
            yield escape(environment.finalize(environment.getattr(l_1_o, 'status')))
            yield ' other" id="other-'
            yield escape(environment.finalize(environment.getattr(l_1_o, 'id')))
            yield '">\n      <h4>'
            yield escape(environment.finalize(environment.getattr(l_1_o, 'name')))
            yield ' '
            yield escape(environment.finalize(context.call((undefined(name='badge') if l_0_badge is missing else l_0_badge), environment.getattr(l_1_o, 'status'), environment.getattr(l_1_o, 'status_word'), _loop_vars=_loop_vars)))
            if environment.getattr(l_1_o, 'blocked'):
                pass
                yield ' <span class="badge blocked">'
                yield escape(environment.finalize(context.call((undefined(name='stop') if l_0_stop is missing else l_0_stop), _loop_vars=_loop_vars)))
                yield ' '
                yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'blocked', _loop_vars=_loop_vars)))
                yield '</span>'
            yield '</h4>\n'
            for (l_2_name, l_2_status, l_2_word) in environment.getattr(l_1_o, 'layers'):
                _loop_vars = {}
                pass
                yield '      <p class="layer-line">'
                yield escape(environment.finalize(l_2_name))
                yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'colon', _loop_vars=_loop_vars)))
                yield escape(environment.finalize(context.call((undefined(name='badge') if l_0_badge is missing else l_0_badge), l_2_status, l_2_word, _loop_vars=_loop_vars)))
                yield '</p>\n'
            l_2_name = l_2_status = l_2_word = missing
            for l_2_text in environment.getattr(l_1_o, 'settle'):
                _loop_vars = {}
                pass
                yield '      <p class="settle">'
                yield escape(environment.finalize(t_3(l_2_text)))
                yield '</p>\n'
            l_2_text = missing
            yield '    </li>\n'
        l_1_o = missing
        yield '  </ul>\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'conditions'):
        pass
        yield '  <h3 id="conditions">'
        yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.conditions')))
        yield '</h3>\n  <ul class="conditions">\n'
        for l_1_c in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'conditions'):
            _loop_vars = {}
            pass
            yield '    <li'
            if environment.getattr(l_1_c, 'unmet'):
                pass
                yield ' class="unmet"'
            yield '>'
            if environment.getattr(l_1_c, 'unmet'):
                pass
                yield '<strong>'
                yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'conditions.unmet', _loop_vars=_loop_vars)))
                yield '</strong>'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'text')))
            yield ' <span class="muted">['
            yield escape(environment.finalize(environment.getattr(l_1_c, 'confidence')))
            yield ']</span>'
            if environment.getattr(l_1_c, 'lifts'):
                pass
                yield ' — '
                yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'conditions.lifts', lifts=environment.getattr(l_1_c, 'lifts'), _loop_vars=_loop_vars)))
            yield '</li>\n'
        l_1_c = missing
        yield '  </ul>\n'
    for l_1_line in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'expected'):
        _loop_vars = {}
        pass
        yield '  <p class="expected">'
        yield escape(environment.finalize(l_1_line))
        yield '</p>\n'
    l_1_line = missing
    if (environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'timeline') and (environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'timeline'), 'span') > 1)):
        pass
        l_0_tl = environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'timeline')
        context.vars['tl'] = l_0_tl
        context.exported_vars.add('tl')
        yield '  <h3 id="timeline">'
        yield escape(environment.finalize(environment.getattr((undefined(name='tl') if l_0_tl is missing else l_0_tl), 'heading')))
        yield '</h3>  <svg class="timeline" role="img" aria-label="'
        yield escape(environment.finalize(environment.getattr((undefined(name='tl') if l_0_tl is missing else l_0_tl), 'heading')))
        yield '" viewBox="0 0 640 '
        yield escape(environment.finalize(((24 * t_2(environment.getattr((undefined(name='tl') if l_0_tl is missing else l_0_tl), 'rows'))) + 8)))
        yield '" width="100%" xmlns="http://www.w3.org/2000/svg">\n'
        l_1_loop = missing
        for l_1_r, l_1_loop in LoopContext(environment.getattr((undefined(name='tl') if l_0_tl is missing else l_0_tl), 'rows'), undefined):
            l_1_y = missing
            _loop_vars = {}
            pass
            l_1_y = ((24 * environment.getattr(l_1_loop, 'index0')) + 4)
            _loop_vars['y'] = l_1_y
            yield '    <text x="0" y="'
            yield escape(environment.finalize(((undefined(name='y') if l_1_y is missing else l_1_y) + 14)))
            yield '" font-size="11">'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'filing')))
            yield '</text>\n'
            if (not t_7(environment.getattr(l_1_r, 'late_day'))):
                pass
                yield '    <rect x="'
                yield escape(environment.finalize((200 + t_5(((environment.getattr(l_1_r, 'start_day') * 430) / environment.getattr((undefined(name='tl') if l_0_tl is missing else l_0_tl), 'span')), 1))))
                yield '" y="'
                yield escape(environment.finalize(((undefined(name='y') if l_1_y is missing else l_1_y) + 3)))
                yield '" width="'
                yield escape(environment.finalize((t_5((((environment.getattr(l_1_r, 'late_day') - environment.getattr(l_1_r, 'start_day')) * 430) / environment.getattr((undefined(name='tl') if l_0_tl is missing else l_0_tl), 'span')), 1) + 1)))
                yield '" height="14" fill="#c8d6f0"/>\n    <rect x="'
                yield escape(environment.finalize((200 + t_5(((environment.getattr(l_1_r, 'start_day') * 430) / environment.getattr((undefined(name='tl') if l_0_tl is missing else l_0_tl), 'span')), 1))))
                yield '" y="'
                yield escape(environment.finalize(((undefined(name='y') if l_1_y is missing else l_1_y) + 3)))
                yield '" width="'
                yield escape(environment.finalize((t_5(((((environment.getattr(l_1_r, 'early_day') or environment.getattr(l_1_r, 'start_day')) - environment.getattr(l_1_r, 'start_day')) * 430) / environment.getattr((undefined(name='tl') if l_0_tl is missing else l_0_tl), 'span')), 1) + 1)))
                yield '" height="14" fill="#3f6fb5"/>\n'
        l_1_loop = l_1_r = l_1_y = missing
        yield '  </svg>\n  <ul class="timeline-list">\n'
        for l_1_r in environment.getattr((undefined(name='tl') if l_0_tl is missing else l_0_tl), 'rows'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'line')))
            yield '</li>'
        l_1_r = missing
        yield '  </ul>\n'
        if environment.getattr((undefined(name='tl') if l_0_tl is missing else l_0_tl), 'estimated'):
            pass
            yield '<p class="muted">'
            yield escape(environment.finalize(environment.getattr((undefined(name='tl') if l_0_tl is missing else l_0_tl), 'estimated')))
            yield '</p>'
    if environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'not_required'):
        pass
        yield '  <p class="rest"><strong>'
        yield escape(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'not_required_label')))
        yield '</strong>'
        yield escape(environment.finalize(environment.getattr((undefined(name='plan') if l_0_plan is missing else l_0_plan), 'not_required')))
        yield '</p>\n'
    yield '</section>\n\n<section id="answers">\n  <h2>'
    yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.answers')))
    yield '</h2>\n  <div class="table-box">\n  <table class="answers">\n    <thead><tr><th>'
    yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'answers.question')))
    yield '</th><th>'
    yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'answers.answer')))
    yield '</th><th>'
    yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'answers.source')))
    yield '</th></tr></thead>\n    <tbody>\n'
    for l_1_a in (undefined(name='answers') if l_0_answers is missing else l_0_answers):
        _loop_vars = {}
        pass
        yield '      <tr'
        if environment.getattr(l_1_a, 'assumed'):
            pass
            yield ' class="assumed"'
        yield '>\n        <td>'
        yield escape(environment.finalize(environment.getattr(l_1_a, 'question')))
        yield '</td>\n        <td><strong>'
        yield escape(environment.finalize(environment.getattr(l_1_a, 'value')))
        yield '</strong>'
        if environment.getattr(l_1_a, 'assumed'):
            pass
            yield ' '
            yield escape(environment.finalize(context.call((undefined(name='badge') if l_0_badge is missing else l_0_badge), 'assumed', context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'assumed', _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
        yield '</td>\n        <td class="source">'
        yield escape(environment.finalize(environment.getattr(l_1_a, 'source')))
        yield '</td>\n      </tr>\n'
    l_1_a = missing
    yield '    </tbody>\n  </table>\n  </div>\n'
    if t_4(context.eval_ctx, t_6(context, (undefined(name='answers') if l_0_answers is missing else l_0_answers), 'assumed')):
        pass
        yield '  <p class="muted">'
        yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'assumed.note')))
        yield '</p>\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'warnings'):
        pass
        yield '  <h3>'
        yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.warnings')))
        yield '</h3>\n  <ul>\n'
        for l_1_text in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'warnings'):
            _loop_vars = {}
            pass
            yield '    <li>'
            yield escape(environment.finalize(t_3(l_1_text)))
            yield '</li>\n'
        l_1_text = missing
        yield '  </ul>\n'
    yield '</section>\n\n'
    if (undefined(name='filings') if l_0_filings is missing else l_0_filings):
        pass
        yield '<section id="details">\n  <h2>'
        yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'details')))
        yield '</h2>\n'
        l_1_loop = missing
        for l_1_part, l_1_loop in LoopContext((undefined(name='filings') if l_0_filings is missing else l_0_filings), undefined):
            l_1_f = missing
            _loop_vars = {}
            pass
            l_1_f = environment.getattr(l_1_part, 'filing')
            _loop_vars['f'] = l_1_f
            yield '  <section class="filing" id="filing-'
            yield escape(environment.finalize(environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'id')))
            yield '">\n    <h3>'
            if environment.getattr(l_1_part, 'n'):
                pass
                yield '<span class="step-no">'
                yield escape(environment.finalize(environment.getattr(l_1_part, 'n')))
                yield '</span>'
            yield escape(environment.finalize(environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'name')))
            yield ' '
            yield escape(environment.finalize(context.call((undefined(name='badge') if l_0_badge is missing else l_0_badge), environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'status'), environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'status_word'), _loop_vars=_loop_vars)))
            yield '</h3>\n    <dl class="facts">\n      <dt>'
            yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.what', _loop_vars=_loop_vars)))
            yield '</dt><dd>'
            yield escape(environment.finalize(t_3(environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'what'))))
            yield '</dd>\n      <dt>'
            yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.issuer', _loop_vars=_loop_vars)))
            yield '</dt><dd>'
            yield escape(environment.finalize(t_3(environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'issuer'))))
            yield '</dd>\n'
            if environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'basis'):
                pass
                yield '      <dt>'
                yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.basis', _loop_vars=_loop_vars)))
                yield '</dt><dd>'
                l_2_loop = missing
                for (l_2_title, l_2_n), l_2_loop in LoopContext(environment.getattr(l_1_part, 'basis'), undefined):
                    l_2_lang = resolve('lang')
                    _loop_vars = {}
                    pass
                    yield escape(environment.finalize(l_2_title))
                    yield escape(environment.finalize(context.call((undefined(name='refs') if l_0_refs is missing else l_0_refs), [l_2_n], _loop_vars=_loop_vars)))
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield escape(environment.finalize(('；' if ((undefined(name='lang') if l_2_lang is missing else l_2_lang) == 'zh') else '; ')))
                l_2_loop = l_2_title = l_2_n = l_2_lang = missing
                yield '</dd>\n'
            yield '    </dl>\n    <h4>'
            yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.reasons', _loop_vars=_loop_vars)))
            yield '</h4>\n    <div class="layers">\n'
            for l_2_layer in environment.getattr(l_1_part, 'layers'):
                _loop_vars = {}
                pass
                yield '      <div class="card '
                yield escape(environment.finalize(environment.getattr(l_2_layer, 'status')))
                yield '">\n        <h4>'
                yield escape(environment.finalize(environment.getattr(l_2_layer, 'name')))
                yield ' '
                yield escape(environment.finalize(context.call((undefined(name='badge') if l_0_badge is missing else l_0_badge), environment.getattr(l_2_layer, 'status'), environment.getattr(l_2_layer, 'status_word'), _loop_vars=_loop_vars)))
                yield '</h4>\n'
                if environment.getattr(l_2_layer, 'what'):
                    pass
                    yield '<p class="muted">'
                    yield escape(environment.finalize(t_3(environment.getattr(l_2_layer, 'what'))))
                    yield '</p>'
                yield '        <ul>\n'
                for l_3_rp in environment.getattr(l_2_layer, 'reasons'):
                    l_3_r = missing
                    _loop_vars = {}
                    pass
                    l_3_r = environment.getattr(l_3_rp, 'reason')
                    _loop_vars['r'] = l_3_r
                    yield '          <li>'
                    yield escape(environment.finalize(context.call((undefined(name='badge') if l_0_badge is missing else l_0_badge), environment.getattr((undefined(name='r') if l_3_r is missing else l_3_r), 'status'), environment.getattr((undefined(name='r') if l_3_r is missing else l_3_r), 'status_word'), _loop_vars=_loop_vars)))
                    yield ' '
                    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='r') if l_3_r is missing else l_3_r), 'text'))))
                    yield escape(environment.finalize(context.call((undefined(name='refs') if l_0_refs is missing else l_0_refs), environment.getattr(l_3_rp, 'refs'), _loop_vars=_loop_vars)))
                    if environment.getattr((undefined(name='r') if l_3_r is missing else l_3_r), 'assumed'):
                        pass
                        yield '<span class="assumed-note">'
                        yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'assumed.reason', _loop_vars=_loop_vars)))
                        yield '</span>'
                    if environment.getattr(l_3_rp, 'because'):
                        pass
                        yield '            <div class="because">'
                        yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.because', _loop_vars=_loop_vars)))
                        yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'colon', _loop_vars=_loop_vars)))
                        yield '\n              <ul>\n'
                        for l_4_b in environment.getattr(l_3_rp, 'because'):
                            _loop_vars = {}
                            pass
                            yield '                <li>'
                            yield escape(environment.finalize(environment.getattr(l_4_b, 'question')))
                            yield ' → <strong>'
                            yield escape(environment.finalize(environment.getattr(l_4_b, 'value')))
                            yield '</strong>'
                            if environment.getattr(l_4_b, 'assumed'):
                                pass
                                yield ' '
                                yield escape(environment.finalize(context.call((undefined(name='badge') if l_0_badge is missing else l_0_badge), 'assumed', context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'assumed', _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
                            yield '</li>\n'
                        l_4_b = missing
                        yield '              </ul>\n            </div>\n'
                    if environment.getattr((undefined(name='r') if l_3_r is missing else l_3_r), 'settle'):
                        pass
                        yield '            <p class="settle"><strong>'
                        yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.settle', _loop_vars=_loop_vars)))
                        yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'colon', _loop_vars=_loop_vars)))
                        yield '</strong>'
                        yield escape(environment.finalize(t_3(environment.getattr((undefined(name='r') if l_3_r is missing else l_3_r), 'settle'))))
                        yield '</p>\n'
                    if environment.getattr((undefined(name='r') if l_3_r is missing else l_3_r), 'blocker'):
                        pass
                        yield '            <p class="blocker-line">'
                        yield escape(environment.finalize(context.call((undefined(name='stop') if l_0_stop is missing else l_0_stop), _loop_vars=_loop_vars)))
                        yield ' '
                        yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'blocker', _loop_vars=_loop_vars)))
                        yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'colon', _loop_vars=_loop_vars)))
                        yield escape(environment.finalize(t_3(environment.getattr((undefined(name='r') if l_3_r is missing else l_3_r), 'blocker'))))
                        yield '</p>\n'
                    yield '          </li>\n'
                l_3_rp = l_3_r = missing
                yield '        </ul>\n      </div>\n'
            l_2_layer = missing
            yield '    </div>\n'
            for l_2_group in environment.getattr((undefined(name='f') if l_1_f is missing else l_1_f), 'advice'):
                _loop_vars = {}
                pass
                yield '    <h4>'
                yield escape(environment.finalize(environment.getattr(l_2_group, 'heading')))
                yield '</h4>\n    <ul class="advice '
                yield escape(environment.finalize(environment.getattr(l_2_group, 'kind')))
                yield '">\n'
                for l_3_item in environment.getattr(l_2_group, 'items'):
                    _loop_vars = {}
                    pass
                    yield '      <li>'
                    yield escape(environment.finalize(t_3(environment.getattr(l_3_item, 'text'))))
                    yield '</li>\n'
                l_3_item = missing
                yield '    </ul>\n'
            l_2_group = missing
            yield '  </section>\n'
        l_1_loop = l_1_part = l_1_f = missing
        for l_1_shared in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'shared'):
            _loop_vars = {}
            pass
            yield '  <section class="filing shared">\n    <h3>'
            yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.for', names=environment.getattr(l_1_shared, 'names'), _loop_vars=_loop_vars)))
            yield '</h3>\n'
            for l_2_group in environment.getattr(l_1_shared, 'advice'):
                _loop_vars = {}
                pass
                yield '    <h4>'
                yield escape(environment.finalize(environment.getattr(l_2_group, 'heading')))
                yield '</h4>\n    <ul class="advice '
                yield escape(environment.finalize(environment.getattr(l_2_group, 'kind')))
                yield '">\n'
                for l_3_item in environment.getattr(l_2_group, 'items'):
                    _loop_vars = {}
                    pass
                    yield '      <li>'
                    yield escape(environment.finalize(t_3(environment.getattr(l_3_item, 'text'))))
                    yield '</li>\n'
                l_3_item = missing
                yield '    </ul>\n'
            l_2_group = missing
            yield '  </section>\n'
        l_1_shared = missing
        yield '</section>\n'
    yield '\n'
    if (undefined(name='notes') if l_0_notes is missing else l_0_notes):
        pass
        yield '<section id="notes" class="notes">\n  <h2>'
        yield escape(environment.finalize(context.call((undefined(name='w') if l_0_w is missing else l_0_w), 'notes')))
        yield '</h2>\n  <ol>\n'
        l_1_loop = missing
        for l_1_text, l_1_loop in LoopContext((undefined(name='notes') if l_0_notes is missing else l_0_notes), undefined):
            l_1_source_urls = resolve('source_urls')
            _loop_vars = {}
            pass
            yield '    <li id="note-'
            yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '">'
            yield escape(environment.finalize(t_3(l_1_text)))
            if (l_1_text in (undefined(name='source_urls') if l_1_source_urls is missing else l_1_source_urls)):
                pass
                yield ' <a class="source-url" href="'
                yield escape(environment.finalize(environment.getitem((undefined(name='source_urls') if l_1_source_urls is missing else l_1_source_urls), l_1_text)))
                yield '">'
                yield escape(environment.finalize(environment.getitem((undefined(name='source_urls') if l_1_source_urls is missing else l_1_source_urls), l_1_text)))
                yield '</a>'
            yield '</li>\n'
        l_1_loop = l_1_text = l_1_source_urls = missing
        yield '  </ol>\n</section>\n'
    yield '\n<footer>\n  <p><strong>'
    yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'head.notice')))
    yield escape(environment.finalize(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'colon')))
    yield '</strong>'
    yield escape(environment.finalize(t_3(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'notice'))))
    yield '</p>\n  <p class="muted">'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'rulebook'), 'line')))
    yield '</p>\n  <p class="sha muted">sha256 <code>'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'rulebook'), 'sha256')))
    yield '</code></p>\n</footer>\n</main>\n</body>\n</html>'

blocks = {}
debug_info = '2=64&3=73&5=81&9=90&10=95&12=109&13=115&14=120&16=126&18=131&19=140&20=149&21=168&22=177&27=193&32=195&162=199&164=201&165=205&168=215&169=219&172=225&173=228&178=234&179=236&180=239&182=241&184=244&186=248&187=252&192=259&196=262&197=267&198=271&199=285&200=289&202=295&203=297&204=306&205=315&210=322&212=324&213=327&215=329&216=333&217=337&218=348&219=352&221=357&222=361&228=367&229=370&231=372&232=376&236=396&237=400&239=403&240=405&241=409&244=411&245=416&246=420&247=423&248=427&249=430&250=436&255=444&257=452&259=457&260=460&265=465&268=467&270=473&271=477&272=481&273=483&274=490&280=494&281=497&283=499&284=502&286=504&287=508&293=513&295=516&296=519&297=523&298=526&299=528&301=537&302=541&303=545&304=548&307=563&309=565&310=569&311=571&312=575&314=581&315=585&316=588&317=597&318=600&320=603&321=607&326=618&327=621&329=626&330=629&338=640&339=644&340=646&341=648&342=652&348=659&350=663&351=665&352=669&353=671&354=673&355=677&364=686&366=689&368=692&369=697&370=700&377=711&378=716&379=718'
