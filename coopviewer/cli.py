"""Command-line interface: a thin layer over the Library facade.

Every command prints human text by default and the JSON shapes that outside
scripts rely on with --json. Exit codes: 0 fine, 1 some files failed or a
check failed, 2 bad usage (bad arguments, malformed query, unknown name).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from coopviewer import __version__
from coopviewer.i18n import set_language, translate
from coopviewer.log import log_path, logger, setup_logging
from coopviewer.models import ENTITY_TYPES
from coopviewer.search.engine import ENGINES
from coopviewer.store.pg.connection import ServerError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A one-line message for the analyst, and the exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coopviewer",
        description=translate("cli", "Search and read Dutch defence-cooperation documents offline. With no command, opens the desktop window."),
    )
    parser.add_argument("--version", action="version", version=f"coopviewer {__version__}")
    parser.add_argument("--library", metavar="DIR", help=translate("cli", "library folder (default: per-user data dir, or $COOPVIEWER_LIBRARY)")
                        + "; or a team library: postgresql://… or service=…")
    parser.add_argument("--lang", choices=["nl", "en"], help=translate("cli", "language of the app and its messages (default: the system locale, or $COOPVIEWER_LANG)"))
    parser.add_argument(
        "--shared", action="store_true",
        help=translate("cli", "open the library read-only as a shared library; your baskets and corrections go to your own data dir"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        return p

    p = add("gui", translate("cli", "open the desktop window (the default)"))
    p.add_argument("files", nargs="*", help=translate("cli", "files to open or add"))

    p = add("ingest", translate("cli", "add PDF or text files and folders (recursively) to the library"))
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--password", help=translate("cli", "password for protected PDFs (used once, never stored)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))
    p.add_argument("--engine", choices=list(ENGINES), default=None,
                   help=translate("cli", "search engine of a new library (default tantivy)"))

    p = add("documents", translate("cli", "list the documents in the library"))
    p.add_argument("--json", action="store_true")

    p = add("search", "search passages (Dutch stemming; \"phrases\", AND/OR/NOT, partner:, unit:, year:)")
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=20, help=translate("cli", "at most N results (default 20)"))
    p.add_argument("--entity", metavar="NAME_OR_ID", help=translate("cli", "only passages that mention this entity"))
    p.add_argument("--json", action="store_true")

    p = add("entities", translate("cli", "list partners, units, organisations … with their mention counts"))
    p.add_argument("--type", choices=list(ENTITY_TYPES))
    p.add_argument("--doc", metavar="ID_OR_PATH", help=translate("cli", "only this document's entities"))
    p.add_argument("--json", action="store_true")

    p = add("mentions", translate("cli", "where an entity is mentioned, with rectangles on the page"))
    p.add_argument("name", metavar="NAME_OR_ID")
    p.add_argument("--doc", metavar="ID_OR_PATH")
    p.add_argument("--json", action="store_true")

    p = add("refs", translate("cli", "parliamentary papers cited, where, and whether the library holds them"))
    p.add_argument("--json", action="store_true")

    p = add("correct", translate("cli", "the analyst's entity corrections (kept apart from the gazetteer)"))
    p.add_argument("action", choices=["alias", "unalias", "merge", "rename", "hide", "unhide", "confirm", "unconfirm",
                                      "list", "undo", "delete"],
                   help=translate("cli", "list shows each correction's number; undo removes the newest, delete NUMBER any one"))
    p.add_argument("entity", nargs="?", metavar="NAME_OR_ID", help=translate("cli", "the entity (for delete: the correction's number)"))
    p.add_argument("value", nargs="?", metavar="VALUE", help=translate("cli", "the alias, new name, or entity to merge into"))
    p.add_argument("--json", action="store_true")

    p = add("eval", translate("cli", "precision and recall of entity extraction against a gold file"))
    p.add_argument("gold", metavar="GOLD.json")
    p.add_argument("--json", action="store_true")

    p = add("brief", translate("cli", "export a briefing (PDF, HTML or Markdown) with a page citation for every passage"))
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--entity", metavar="NAME_OR_ID", help=translate("cli", "every passage that mentions this entity"))
    source.add_argument("--query", metavar="Q", help=translate("cli", "every passage that matches this search"))
    source.add_argument("--basket", metavar="NAME", help=translate("cli", "the passages collected in this basket"))
    p.add_argument("--title", metavar="T", help=translate("cli", "briefing title (default: the entity, query or basket name)"))
    p.add_argument("--author", default="", help=translate("cli", "author shown on the title page"))
    p.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS,
                   help=translate("cli", "language of the fixed text (default: the app's language)"))
    p.add_argument("--crops", action="store_true", help=translate("cli", "add a cropped image of each highlighted region"))
    p.add_argument("--out", required=True, metavar="FILE", help=translate("cli", "output file: .pdf, .html, .md or .docx"))

    p = add("analyst-data", translate("cli", "export or import the analyst's own work (corrections, baskets) as one file"))
    p.add_argument("action", choices=["export", "import"])
    p.add_argument("file", metavar="FILE.json")

    p = add("dossier", translate("cli", "an entity at a glance: dated events, documents, related entities"))
    p.add_argument("name", metavar="NAME_OR_ID")
    p.add_argument("--svg", metavar="FILE", help=translate("cli", "write the timeline as SVG"))
    p.add_argument("--json", action="store_true")

    p = add("network", translate("cli", "co-mention network of partners and units (edges: passages naming both)"))
    p.add_argument("--type", default="country,unit", help=translate("cli", "entity types, comma-separated (default country,unit)"))
    p.add_argument("--min", type=int, default=1, metavar="N", help=translate("cli", "leave out edges of fewer than N passages"))
    p.add_argument("--svg", metavar="FILE", help=translate("cli", "write the picture as SVG"))
    p.add_argument("--json", action="store_true")

    p = add("selftest", translate("cli", "check this install: ingest the bundled sample into a throwaway library, search, render"))
    p.add_argument("--keep", action="store_true", help=translate("cli", "keep the throwaway library and print its path"))

    p = add("repair", translate("cli", "salvage a damaged library into a new one (documents, baskets, corrections)"))
    p.add_argument("--into", metavar="DIR", help=translate("cli", "the new library's folder (default: LIBRARY-repaired)"))
    p.add_argument("--json", action="store_true")

    p = add("server", translate("cli", "set up a team library on a PostgreSQL server (docs/TEAM.md)"))
    p.add_argument("action", choices=["init"])
    p.add_argument("target", metavar="POSTGRESQL_URL",
                   help=translate("cli", "postgresql://host/db or service=NAME; the password comes from ~/.pgpass or the service file"))

    p = add("library", translate("cli", "copy a library between this computer and a team server"))
    p.add_argument("action", choices=["push", "pull"])
    p.add_argument("source", metavar="FROM", help=translate("cli", "push: a library folder; pull: postgresql://… or service=…"))
    p.add_argument("dest", metavar="TO", help=translate("cli", "push: postgresql://… or service=…; pull: a new folder"))
    p.add_argument("--json", action="store_true")

    p = add("reindex", translate("cli", "rebuild the search index from the library database"))
    p.add_argument("--engine", choices=list(ENGINES), default=None,
                   help=translate("cli", "switch the library to this search engine (default: keep its own)"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _ensure_streams()
    args_list = list(sys.argv[1:] if argv is None else argv)
    set_language(_early_lang(args_list))  # the help texts are built in the chosen language
    parser = build_parser()
    args = parser.parse_args(args_list)
    command = args.command or "gui"
    bad = _undecodable_argument(args)
    if bad is not None:
        print(f"coopviewer {command}: the argument '{_one_line(bad)}' is not valid UTF-8 text", file=sys.stderr)
        return EXIT_USAGE
    if command == "gui":
        from coopviewer.gui.app import run_gui

        return run_gui(args.library, getattr(args, "files", []), lang=args.lang)
    setup_logging()
    restore = _keep_stdout_for_results()
    try:
        return COMMANDS[command](args)
    except CliError as exc:
        print(f"coopviewer {command}: {_one_line(str(exc))}", file=sys.stderr)
        return exc.code
    except ServerError as exc:  # the team server went away mid-command: one line, no password
        print(f"coopviewer {command}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(translate("cli", "coopviewer: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head`
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # never a traceback for the analyst; the log keeps it
        logger.exception("coopviewer %s failed", command)
        print(f"coopviewer {command}: unexpected error: {type(exc).__name__}: {exc} (details in {log_path()})",
              file=sys.stderr)
        return EXIT_FAILED
    finally:
        restore()


# Arguments that name files: any bytes are a valid file name there (the open reports a
# missing one). Every other argument is text the library searches or stores.
_PATH_ARGUMENTS = {"paths", "files", "library", "out", "file", "gold", "svg"}


def _undecodable_argument(args: argparse.Namespace) -> str | None:
    """The first text argument that is not valid UTF-8, shown escaped (None if all are fine)."""
    from coopviewer.undecodable import escaped, is_undecodable

    for name, value in vars(args).items():
        if name in _PATH_ARGUMENTS:
            continue
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and is_undecodable(text):
                return escaped(text)
    return None


def _one_line(message: str) -> str:
    """The message with control characters it echoes from the input escaped, so it stays one line."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in message)


def _keep_stdout_for_results():
    """Make stdout carry only what coopviewer prints; returns the undo.

    Libraries write to file descriptor 1 behind Python's back: MuPDF's C code and the
    reader processes, which inherit it, print "MuPDF error: …" lines there, which broke
    `--json` for scripts. So fd 1 is pointed at stderr for the command's run and
    `sys.stdout` writes to a private copy of the real stdout. Skipped when stdout is
    not the process's own (tests capturing it, an embedding program).
    """
    out = sys.stdout
    try:
        if out is not sys.__stdout__ or out.fileno() != 1:
            return lambda: None
        out.flush()
        private = os.dup(1)
        os.dup2(2, 1)
    except (OSError, ValueError, AttributeError):
        return lambda: None
    sys.stdout = os.fdopen(private, "w", encoding=out.encoding, errors=out.errors,
                           newline=None, buffering=1 if out.line_buffering else -1)

    def restore() -> None:
        try:
            sys.stdout.flush()
            os.dup2(private, 1)
        except (OSError, ValueError):
            pass
        finally:
            sys.stdout = out

    return restore


def _early_lang(argv: list[str]) -> str | None:
    """--lang before argparse runs, so help texts come out in that language."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _ensure_streams() -> None:
    """A frozen windowed app has no console: give print() somewhere to go."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    # A file name that is not UTF-8 is printed escaped instead of failing the print.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _open(args, *, write: bool = False):
    from coopviewer.config import analyst_db_for, default_library_dir
    from coopviewer.library import Library, LibraryError

    try:
        if getattr(args, "shared", False) or os.environ.get("COOPVIEWER_SHARED") == "1":
            path = args.library or default_library_dir()
            lib = Library(path, readonly=True, analyst_path=analyst_db_for(path))
            if write and args.command not in ("analyst-data", "correct"):
                lib.close()
                raise CliError("a shared library is read-only: build it without --shared", EXIT_FAILED)
            return lib
        wait = float(os.environ.get("COOPVIEWER_LOCK_WAIT", "30")) if write else 0.0
        lib = Library(args.library, wait=wait, engine=getattr(args, "engine", None) if args.command == "ingest" else None)
    except LibraryError as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    if write and lib.readonly and (not lib.shared or lib.server and args.command == "ingest"):
        lib.close()
        raise CliError(f"cannot write: {lib.readonly_reason}", EXIT_FAILED)
    return lib


def _print_json(obj) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _progress_printer():
    """A one-line progress bar on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(p) -> None:
        width = 30
        done = int(width * p.files_done / max(p.files_total, 1))
        name = os.path.basename(p.current)[:40]
        sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {p.files_done}/{p.files_total} files, {p.pages_done} pages {name:<40}")
        if p.message == "done":
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def cmd_ingest(args) -> int:
    with _open(args, write=True) as lib:
        report = lib.ingest(args.paths, progress=_progress_printer(), password=args.password)
    if args.json:
        _print_json(report.cli_dict())
    else:
        for a in report.added:
            print(f"added   {a['path']} ({a['pages']} pages){' — ' + a['note'] if a.get('note') else ''}")
        for s in report.skipped:
            print(f"skipped {s['path']}: {s['reason']}")
        print(translate("cli", "%1 added, %2 skipped, %3 failed, %4 pages in %5 s").replace("%1", str(len(report.added)))
              .replace("%2", str(len(report.skipped))).replace("%3", str(len(report.failed))).replace("%4", str(report.pages))
              .replace("%5", f"{report.seconds:.1f}"))
    for f in report.failed:
        print(f"coopviewer ingest: {f['path']}: {f['error']}", file=sys.stderr)
    return EXIT_FAILED if report.failed else EXIT_OK


def cmd_documents(args) -> int:
    with _open(args) as lib:
        docs = lib.documents()
    if args.json:
        _print_json([d.cli_dict() for d in docs])
        return EXIT_OK
    if not docs:
        print(translate("cli", "No documents yet — add some with: coopviewer ingest PATH"))
    for d in docs:
        extra = f"  [{d.status}: {d.error}]" if d.error else ""
        print(f"{d.id:>4}  {d.date or '':<10}  {d.number or '':<18}  {d.pages:>3} p.  {d.title}{extra}")
    return EXIT_OK


def cmd_search(args) -> int:
    from coopviewer.library import LibraryError
    from coopviewer.search.query import QueryError

    query = " ".join(args.query)
    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    with _open(args) as lib:
        try:
            from coopviewer.i18n import language

            # a whole entity name lists every passage naming it, as in the window
            results = lib.analyst_search(query, lang=language(), entity=args.entity, limit=args.limit)
        except (QueryError, LibraryError) as exc:
            raise CliError(f"{query!r}: {exc}") from None
    if args.json:
        _print_json([h.cli_dict() for h in results.hits])
        return EXIT_OK
    if not results.hits:
        print(translate("cli", "No passages match %1.").replace("%1", repr(query)))
    for h in results.hits:
        print(f"{h.title} — p. {h.page}  (score {h.score:.2f})")
        print(f"    {_bold_spans(h.snippet, h)}")
    if results.total > len(results.hits):
        print(translate("cli", "… %1 more (use --limit)").replace("%1", str(results.total - len(results.hits))))
    return EXIT_OK


def _bold_spans(snippet: str, hit) -> str:
    return snippet.replace("\n", " ")


def cmd_entities(args) -> int:
    from coopviewer.library import LibraryError

    with _open(args) as lib:
        try:
            ents = lib.entities(args.type, args.doc)
        except LibraryError as exc:
            raise CliError(str(exc)) from None
    if args.json:
        _print_json([e.cli_dict() for e in ents])
        return EXIT_OK
    for e in ents:
        english = f" ({e.english})" if e.english and e.english != e.name else ""
        print(f"{e.id:>5}  {e.type:<12} {e.mentions:>4}×  {e.name}{english}")
    return EXIT_OK


def cmd_mentions(args) -> int:
    from coopviewer.library import LibraryError

    with _open(args) as lib:
        try:
            ms = lib.mentions(args.name, args.doc)
        except LibraryError as exc:
            raise CliError(str(exc)) from None
    if args.json:
        _print_json([m.cli_dict() for m in ms])
        return EXIT_OK
    for m in ms:
        print(f"{os.path.basename(m.path)}  p. {m.page}  “{m.surface}”")
    return EXIT_OK


def cmd_refs(args) -> int:
    with _open(args) as lib:
        refs = lib.references()
    if args.json:
        _print_json([r.cli_dict() for r in refs])
        return EXIT_OK
    for r in refs:
        where = ", ".join(f"doc {c['doc_id']} p. {c['page']}" for c in r.cited_in)
        target = f"  → document {r.resolves_to}" if r.resolves_to else ""
        print(f"{r.kind:<11} {r.key:<40} {where}{target}")
    return EXIT_OK


def cmd_correct(args) -> int:
    from coopviewer.library import LibraryError

    with _open(args, write=args.action != "list") as lib:
        if lib.shared and lib.readonly and not lib.server and args.action in ("alias", "unalias", "merge"):
            print("note: kept in your analyst data; takes effect when the library is next opened writable", file=sys.stderr)
        try:
            if args.action == "list":
                rows = lib.corrections_list()
                if args.json:
                    _print_json(rows)
                else:
                    for r in rows:
                        print(f"{r['id']:>4} {r['op']:<8} {r['entity']:<40} {r['value'] or ''}")
                return EXIT_OK
            if args.action in ("undo", "delete"):
                return _remove_correction(lib, args)
            if not args.entity:
                raise CliError(f"'{args.action}' needs an entity")
            needs_value = args.action in ("alias", "unalias", "merge", "rename")
            if needs_value and not args.value:
                raise CliError(f"'{args.action}' needs a value")
            {
                "alias": lambda: lib.add_alias(args.entity, args.value),
                "unalias": lambda: lib.split_alias(args.entity, args.value),
                "merge": lambda: lib.merge(args.entity, args.value),
                "rename": lambda: lib.rename(args.entity, args.value),
                "hide": lambda: lib.hide(args.entity, True),
                "unhide": lambda: lib.hide(args.entity, False),
                "confirm": lambda: lib.confirm(args.entity, True),
                "unconfirm": lambda: lib.confirm(args.entity, False),
            }[args.action]()
        except LibraryError as exc:
            raise CliError(str(exc)) from None
    print(f"{args.action}: done")
    return EXIT_OK


def _remove_correction(lib, args) -> int:
    """`correct undo` (the newest) or `correct delete NUMBER`; the entities are rebuilt without it."""
    if args.action == "undo":
        if args.entity:
            raise CliError("'undo' takes no argument (it removes the newest correction; use 'delete NUMBER' for another)")
        row = lib.undo_correction()
    else:
        number = parse_number(args.entity, "a correction number (see 'correct list')") if args.entity else None
        if number is None:
            raise CliError("'delete' needs a correction number (see 'correct list')")
        row = lib.delete_correction(number)
    if args.json:
        _print_json(row)
    else:
        value = f" → {row['value']}" if row["value"] else ""
        print(f"removed correction {row['id']}: {row['op']} {row['entity']}{value}")
    return EXIT_OK


def parse_number(text: str, what: str) -> int:
    """A row id typed by the analyst (ASCII digits that fit SQLite), else exit 2."""
    from coopviewer.store.ids import as_row_id

    number = as_row_id(text)
    if number is None:
        raise CliError(f"{text!r} is not {what}")
    return number


def cmd_eval(args) -> int:
    from coopviewer.evaluation import evaluate_library

    try:
        with open(args.gold, encoding="utf-8") as fh:
            gold = json.load(fh)
    except (OSError, ValueError) as exc:
        raise CliError(f"cannot read gold file {args.gold}: {exc}") from None
    with _open(args) as lib:
        report, table = evaluate_library(lib, gold)
    if args.json:
        _print_json(report)
    else:
        print(table)
    return EXIT_OK


def cmd_brief(args) -> int:
    from coopviewer.export import build
    from coopviewer.export.briefing import ExportError
    from coopviewer.export.formats import format_for, suffix_hint, write_briefing
    from coopviewer.library import LibraryError
    from coopviewer.search.query import QueryError

    if format_for(args.out) is None:
        raise CliError(f"{args.out}: use a {suffix_hint()} file name")
    from coopviewer.i18n import language

    kw = {"author": args.author, "lang": getattr(args, "lang", None) or language(), "crops": args.crops}
    with _open(args) as lib:
        try:
            if args.entity:
                briefing = build.from_entity(lib, args.entity, args.title, **kw)
            elif args.query:
                briefing = build.from_query(lib, args.query, args.title, **kw)
            else:
                briefing = build.from_basket(lib, args.basket, args.title, **kw)
            if not briefing.items:
                raise CliError(translate("cli", "nothing to export: no passages found"), EXIT_FAILED)
            path = write_briefing(briefing, args.out)
        except (LibraryError, QueryError) as exc:
            raise CliError(str(exc)) from None
        except ExportError as exc:
            raise CliError(str(exc), EXIT_FAILED) from None
    print(f"wrote {path} ({len(briefing.items)} passages from {len(briefing.sources())} sources)")
    return EXIT_OK


def cmd_analyst_data(args) -> int:
    from coopviewer.library import LibraryError
    from coopviewer.store.analyst import AnalystDataError

    with _open(args, write=args.action == "import") as lib:
        try:
            if args.action == "export":
                print(f"wrote {lib.export_analyst_data(args.file)}")
            else:
                added = lib.import_analyst_data(args.file)
                print(f"imported {added['corrections']} corrections, {added['baskets']} baskets, {added['items']} basket items")
        except AnalystDataError as exc:
            raise CliError(str(exc)) from None
        except (LibraryError, OSError) as exc:
            raise CliError(str(exc), EXIT_FAILED) from None
    return EXIT_OK


def cmd_dossier(args) -> int:
    from coopviewer.dossier.build import build_dossier
    from coopviewer.dossier.svg import timeline_svg
    from coopviewer.library import LibraryError

    with _open(args) as lib:
        try:
            dossier = build_dossier(lib, args.name)
        except LibraryError as exc:
            raise CliError(str(exc)) from None
    if args.svg:
        _write_text(args.svg, timeline_svg(dossier))
    if args.json:
        _print_json(dossier.cli_dict())
        return EXIT_OK
    e = dossier.entity
    print(f"{e['name']} ({e['type']}{', ' + e['english'] if e['english'] else ''}): {e['mentions']} mentions in "
          f"{e['documents']} documents, {e['first'] or '?'} – {e['last'] or '?'}")
    for ev in dossier.events:
        print(f"  {ev.date:<10} {ev.kind:<12} {ev.label[:90]}  (doc {ev.doc_id}, p. {ev.page})")
    if dossier.related:
        print("  related: " + ", ".join(f"{r['name']} ({r['passages']})" for r in dossier.related[:12]))
    return EXIT_OK


def cmd_network(args) -> int:
    from coopviewer.dossier.build import build_network
    from coopviewer.dossier.svg import network_svg

    types = tuple(t.strip() for t in args.type.split(",") if t.strip())
    unknown = [t for t in types if t not in ENTITY_TYPES]
    if unknown or not types:
        raise CliError(f"unknown type {', '.join(unknown) or '(none)'} (one of {', '.join(ENTITY_TYPES)})")
    with _open(args) as lib:
        net = build_network(lib, types, max(args.min, 1))
    if args.svg:
        _write_text(args.svg, network_svg(net))
    if args.json:
        _print_json({"nodes": [{k: n[k] for k in ("id", "name", "type", "mentions")} for n in net.nodes], "edges": net.edges})
        return EXIT_OK
    names = {n["id"]: n["name"] for n in net.nodes}
    for e in sorted(net.edges, key=lambda e: -len(e["passages"])):
        print(f"{len(e['passages']):>4}  {names[e['a']]} — {names[e['b']]}")
    return EXIT_OK


def _write_text(path: str, text: str) -> None:
    try:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror or exc}", EXIT_FAILED) from None


def cmd_selftest(args) -> int:
    from coopviewer.selftest import run_selftest

    return EXIT_OK if run_selftest(keep=args.keep) else EXIT_FAILED


def cmd_reindex(args) -> int:
    from coopviewer.library import LibraryError

    with _open(args, write=True) as lib:
        try:
            n = lib.reindex(engine=args.engine)
        except LibraryError as exc:
            raise CliError(str(exc), EXIT_FAILED) from None
    print(translate("cli", "reindexed %1 passages").replace("%1", str(n)))
    return EXIT_OK


def cmd_repair(args) -> int:
    from coopviewer.config import default_library_dir
    from coopviewer.library import LibraryError, repair_library

    try:
        report = repair_library(args.library or default_library_dir(), args.into)
    except LibraryError as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    lost = sum(max(t["lost"], 0) for t in report["tables"].values())
    unreadable = [name for name, t in report["tables"].items() if t["lost"] < 0]
    if args.json:
        _print_json(report)
    else:
        print(f"{report['documents']} documents salvaged into {report['library']}")
        for name, t in report["tables"].items():
            print(f"  {name:<13} {t['copied']:>8} rows copied, " + ("unreadable" if t["lost"] < 0 else f"{t['lost']} lost"))
    return EXIT_FAILED if lost or unreadable else EXIT_OK

def cmd_server(args) -> int:
    from coopviewer.library import LibraryError, init_server

    try:
        created = init_server(args.target)
    except LibraryError as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    for what in created:
        print(f"created {what}")
    print("the team library is ready; give people roles with: GRANT coopviewer_reader (or coopviewer_curator, "
          "coopviewer_admin) TO their_login;")
    return EXIT_OK


def cmd_library(args) -> int:
    from coopviewer.library import LibraryError, pull_library, push_library

    try:
        if args.action == "push":
            report = push_library(args.source, args.dest)
        else:
            report = pull_library(args.source, args.dest)
    except LibraryError as exc:
        raise CliError(str(exc), EXIT_FAILED) from None
    if args.json:
        _print_json(report.cli_dict())
    else:
        verb = "pushed" if args.action == "push" else "pulled"
        print(f"{verb} {report.documents} documents ({report.pages} pages), {report.skipped} already there; "
              f"analyst data: {report.analyst}")
    return EXIT_OK


COMMANDS = {
    "ingest": cmd_ingest,
    "documents": cmd_documents,
    "search": cmd_search,
    "entities": cmd_entities,
    "mentions": cmd_mentions,
    "refs": cmd_refs,
    "correct": cmd_correct,
    "eval": cmd_eval,
    "brief": cmd_brief,
    "analyst-data": cmd_analyst_data,
    "dossier": cmd_dossier,
    "network": cmd_network,
    "selftest": cmd_selftest,
    "reindex": cmd_reindex,
    "repair": cmd_repair,

    "server": cmd_server,
    "library": cmd_library,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
