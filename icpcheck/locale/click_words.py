"""Click's own messages that icpcheck's users see, as click writes them (msgids copied from click's
source): listed here so that Babel extracts them into icpcheck's catalogue, which cli/help.py binds
as the text domain click's `gettext` reads. Never imported when icpcheck runs;
tests/test_i18n.py checks that each is still a message of the installed click."""

from __future__ import annotations

from gettext import ngettext

from icpcheck.i18n import N_

HELP = (
    N_("Usage:"),
    N_("Options"),
    N_("Commands"),
    N_("Positional arguments"),
    N_("Show this message and exit."),
    N_("default: {default}"),
    N_("env var: {var}"),
    N_("required"),
    N_("(dynamic)"),
)

ERRORS = (
    N_("Error: {message}"),
    N_("Try '{command} {option}' for help."),
    N_("Aborted!"),
    N_("No such option {name!r}."),
    ngettext("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)", 2),
    N_("No such command {name!r}."),
    N_("Missing command."),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing {param_type}"),
    N_("Missing parameter: {param_name}"),
    N_("Invalid value: {message}"),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Option {name!r} does not take a value."),
    ngettext("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments.", 2),
    ngettext("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})", 2),
    ngettext("{value!r} is not {choice}.", "{value!r} is not one of {choices}.", 2),
    N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid boolean. Recognized values: {states}"),
    N_("Value must be an iterable."),
    N_("Argument {name!r} takes {nargs} values."),
    N_("Could not open file {filename!r}: {message}"),
)
