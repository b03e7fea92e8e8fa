"""Percentiles and summaries of timings, shared by the benchmark's core and Qt halves (a module below both)."""

from __future__ import annotations

import statistics

ZOOM_100 = 1.0  # 100 % as the viewer defines it: one device pixel per PDF point


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def summary(ms: list[float]) -> dict:
    return {"n": len(ms), "p50_ms": round(pct(ms, 50), 2), "p95_ms": round(pct(ms, 95), 2),
            "max_ms": round(max(ms), 2) if ms else None, "mean_ms": round(statistics.fmean(ms), 2) if ms else None}
