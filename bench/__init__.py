"""Benchmarks (run as scripts: `make bench`); a package so their names do not clash with ours."""
