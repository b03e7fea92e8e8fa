"""Stored PDFs in a team library: bytea column against large objects, on a real server.

    python scripts/bench_pg_files.py postgresql://user@host/scratchdb [--rounds 3]

Writes PDF-like payloads (the five sample PDFs and incompressible 0.2, 2 and 20 MB
files, as scanned papers are) into a bytea table and as large objects, each in its
own transaction, then reads each back whole, and reports MB/s for both and the space
used. It makes and drops its own tables in the database given (use a scratch one).
The figures and the choice are in docs/TEAM.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent


def payloads() -> list[bytes]:
    samples = [p.read_bytes() for p in sorted((ROOT / "data" / "sample").glob("*.pdf"))]
    return samples + [b"%PDF-1.7\n" + os.urandom(n) for n in (200_000, 2_000_000, 20_000_000)]


def run(dsn: str, rounds: int) -> dict:
    data = payloads()
    total_mb = sum(map(len, data)) / 1e6
    out: dict[str, dict[str, list[float]]] = {"bytea": {"write": [], "read": []}, "large object": {"write": [], "read": []}}
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_bytea, bench_lo")
        conn.execute("CREATE TABLE bench_bytea (id int PRIMARY KEY, pdf bytea NOT NULL)")
        conn.execute("CREATE TABLE bench_lo (id int PRIMARY KEY, pdf oid NOT NULL)")
        sizes = {}
        for _ in range(rounds):
            conn.execute("TRUNCATE bench_bytea")
            for (oid,) in conn.execute("SELECT pdf FROM bench_lo").fetchall():
                conn.execute("SELECT lo_unlink(%s)", (oid,))
            conn.execute("TRUNCATE bench_lo")
            t = time.perf_counter()
            for i, pdf in enumerate(data):
                with conn.transaction():
                    conn.execute("INSERT INTO bench_bytea VALUES (%s, %s)", (i, pdf))
            out["bytea"]["write"].append(time.perf_counter() - t)
            t = time.perf_counter()
            for i, pdf in enumerate(data):
                with conn.transaction():
                    conn.execute("INSERT INTO bench_lo VALUES (%s, lo_from_bytea(0, %s))", (i, pdf))
            out["large object"]["write"].append(time.perf_counter() - t)
            t = time.perf_counter()
            for i, pdf in enumerate(data):
                got = conn.execute("SELECT pdf FROM bench_bytea WHERE id = %s", (i,)).fetchone()[0]
                assert bytes(got) == pdf
            out["bytea"]["read"].append(time.perf_counter() - t)
            t = time.perf_counter()
            for i, pdf in enumerate(data):
                got = conn.execute("SELECT lo_get(pdf) FROM bench_lo WHERE id = %s", (i,)).fetchone()[0]
                assert bytes(got) == pdf
            out["large object"]["read"].append(time.perf_counter() - t)
        conn.execute("VACUUM bench_bytea")
        sizes["bytea"] = conn.execute("SELECT pg_total_relation_size('bench_bytea')").fetchone()[0]
        sizes["large object"] = conn.execute(
            "SELECT sum(octet_length(data)) + count(*) * 24 FROM pg_largeobject").fetchone()[0]
        for (oid,) in conn.execute("SELECT pdf FROM bench_lo").fetchall():
            conn.execute("SELECT lo_unlink(%s)", (oid,))
        conn.execute("DROP TABLE bench_bytea, bench_lo")
    report = {"files": len(data), "MB": round(total_mb, 1)}
    for kind, times in out.items():
        report[kind] = {
            "write MB/s": round(total_mb / statistics.median(times["write"]), 1),
            "read MB/s": round(total_mb / statistics.median(times["read"]), 1),
            "stored MB": round(int(sizes[kind]) / 1e6, 1),
        }
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dsn", help="a scratch database: postgresql://… or service=…")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    for key, value in run(args.dsn, args.rounds).items():
        print(f"{key:>13}: {value}")


if __name__ == "__main__":
    main()
