"""Benchmarks: one command each (`python -m bench.load`, `bench.bulk`, `bench.api`), each
printing the machine and its figures. Results and how to repeat them: BENCHMARKS.md."""
