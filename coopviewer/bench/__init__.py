"""Benchmarks: corpus generator and the performance run (python -m coopviewer.bench)."""
