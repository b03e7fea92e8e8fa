"""Bad input is told apart from a bug: exit 2 and one line, never "unexpected error".

Property-based: hypothesis feeds the CLI's query parser, its name arguments and the
analyst-data importer, running `coopviewer.cli.main` in this process (hundreds of
subprocesses would take minutes). Every answer must be exit 0 or 2, and a refusal is
one line on stderr. The examples the issue names are pinned as plain tests too.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopviewer.cli import main

FUZZ = settings(max_examples=int(os.environ.get("COOPVIEWER_FUZZ_EXAMPLES", "150")), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's own usage errors
            code = exc.code
    return code, out.getvalue(), err.getvalue()


def assert_told_apart(code: int, err: str, args) -> None:
    assert "unexpected error" not in err and "Traceback" not in err, (args, err)
    assert code in (0, 2), (args, code, err)
    if code == 2 and "usage:" not in err:  # argparse prints its usage line first
        assert len(err.strip().splitlines()) == 1, (args, err)


@pytest.fixture(scope="module")
def library(sample_library_dir, tmp_path_factory) -> str:
    """A private copy: name arguments such as `correct hide` may write to it."""
    copy = tmp_path_factory.mktemp("fuzz") / "lib"
    shutil.copytree(sample_library_dir, copy, ignore=shutil.ignore_patterns("write.lock"))
    return str(copy)


# --- the cases the issue names ------------------------------------------------------------

UNDECODABLE = os.fsdecode(b"a\xff")  # what Python makes of an argument that is not UTF-8


@pytest.mark.parametrize("args", [
    ("search", "NOT NOT a"),
    ("search", "a NOT NOT b"),
    ("search", "doc:²"),
    ("search", "year:٢٠٢٣"),
    ("mentions", "²"),
    ("dossier", "²"),
    ("search", "tanks", "--entity", "12345678901234567890"),
    ("entities", "--doc", "99999999999999999999999"),
    ("correct", "hide", "12345678901234567890"),
    ("correct", "delete", "²"),
    ("correct", "delete", "12345678901234567890"),
    ("search", UNDECODABLE),
    ("mentions", UNDECODABLE),
    ("search", "tanks", "--entity", UNDECODABLE),
])
def test_named_bad_arguments_exit_2_with_one_line(library, args):
    code, _out, err = run_cli("--library", library, *args)
    assert code == 2, err
    assert_told_apart(code, err, args)


def test_a_20_digit_number_is_a_word_to_search_for(library):
    """In English the whole query is first tried as an entity name: the number is no entity id."""
    code, out, err = run_cli("--lang", "en", "--library", library, "search", "12345678901234567890")
    assert code == 0 and not err and "No passages match" in out


def test_an_undecodable_argument_is_named_escaped(library):
    _code, _out, err = run_cli("--library", library, "search", UNDECODABLE)
    assert "'a\\xff' is not valid UTF-8" in err


# --- property-based --------------------------------------------------------------------------

any_text = st.text(alphabet=st.characters(blacklist_categories=()), max_size=60)  # surrogates included
digits = st.text(alphabet=st.characters(whitelist_categories=("Nd", "No")), min_size=1, max_size=25)
query_pieces = st.one_of(
    st.sampled_from(["AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO", "(", ")", '"', "'", "*", "?", "~", "^", "-", "+",
                     ":", "[", "]", "{", "}", "<", ">", "\t", "\u00a0",
                     "tanks", "Duitsland", "samenwerking", '"Lichte Brigade"', "partner:", "unit:", "year:",
                     "doc:", "jaar:", "org:", "entity:", "ref:", "partner:Duitsland", "year:2023", "doc:1"]),
    digits,
    st.integers(min_value=-10**30, max_value=10**30).map(str),
    any_text,
)
queries = st.lists(query_pieces, min_size=1, max_size=8).map(" ".join)


@FUZZ
@given(query=queries, english=st.booleans())
def test_any_query_exits_0_or_2(library, query, english):
    args = ("--lang", "en" if english else "nl", "--library", library, "search", "--limit", "3", "--", query)
    code, _out, err = run_cli(*args)
    assert_told_apart(code, err, args)


names = st.one_of(digits, st.integers(min_value=0, max_value=10**25).map(str), any_text.filter(lambda s: s.strip()),
                  st.sampled_from(["Duitsland", "13 Lichte Brigade", "country:DE", "1", "0", "-1"]))


@FUZZ
@given(command=st.sampled_from(["mentions", "dossier", "entity", "doc", "hide"]), name=names)
def test_any_name_argument_exits_0_or_2(library, command, name):
    args = {
        "mentions": ("mentions", "--", name),
        "dossier": ("dossier", "--", name),
        "entity": ("search", "samenwerking", f"--entity={name}"),
        "doc": ("entities", f"--doc={name}"),
        "hide": ("correct", "hide", "--", name),
    }[command]
    code, _out, err = run_cli("--library", library, *args)
    assert_told_apart(code, err, args)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(min_value=-10**40, max_value=10**40),
              st.floats(allow_nan=True, allow_infinity=True), any_text),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(any_text, inner, max_size=4)),
    max_leaves=12,
)
correction = st.fixed_dictionaries(
    {"op": st.one_of(st.sampled_from(["alias", "unalias", "merge", "rename", "hide", "unhide"]), json_values),
     "entity": st.one_of(st.sampled_from(["unit:13-lichte-brigade", "country:DE"]), json_values)},
    optional={"value": json_values, "created": json_values},
)
basket_item = st.fixed_dictionaries(
    {"doc_sha256": st.one_of(st.just("ab" * 32), json_values), "page": st.one_of(st.integers(), json_values),
     "text": st.one_of(st.just("tekst"), json_values)},
    optional={"rects": json_values, "marks": json_values, "note": json_values, "group": json_values,
              "source": json_values, "removed": json_values, "position": json_values},
)
basket = st.fixed_dictionaries({"name": st.one_of(st.just("b"), json_values)},
                               optional={"items": st.one_of(st.lists(basket_item, max_size=3), json_values)})
analyst_files = st.fixed_dictionaries(
    {"format": st.one_of(st.just("coopviewer-analyst-data"), json_values),
     "version": st.one_of(st.just(1), json_values)},
    optional={"corrections": st.one_of(st.lists(correction, max_size=3), json_values),
              "baskets": st.one_of(st.lists(basket, max_size=3), json_values)},
)


@pytest.fixture(scope="module")
def empty_library(tmp_path_factory) -> str:
    """Imports re-extract every passage: an empty library keeps each example fast."""
    return str(tmp_path_factory.mktemp("fuzz-import") / "lib")


@FUZZ
@given(data=analyst_files)
def test_any_analyst_data_file_exits_0_or_2(empty_library, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("file") / "werk.json"
    # NaN and Infinity come out as JSON's non-standard tokens, lone surrogates as "\udcff" escapes
    path.write_text(json.dumps(data), encoding="utf-8")
    args = ("--library", empty_library, "analyst-data", "import", str(path))
    code, _out, err = run_cli(*args)
    assert_told_apart(code, err, args)
