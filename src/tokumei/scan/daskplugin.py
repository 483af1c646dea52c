"""The Dask worker plugin that loads the detection pipeline once per worker process.

``client.run(warm_worker)`` reaches only the workers present at the time; a plugin registered
with ``client.register_plugin`` also runs on workers that join an existing cluster later
(``--scheduler tcp://…``). The pipeline then lives at module level in the worker process
(``tokumei.detect.default_analyzer``), and tasks carry only key ranges or byte blocks.
Kept apart from :mod:`tokumei.scan.engines` so that a local scan does not import ``distributed``.

例::

    >>> client.register_plugin(WarmPlugin(), name=WarmPlugin.name)
"""
from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin


class WarmPlugin(WorkerPlugin):
    """:func:`tokumei.scan.engines.warm_worker` on every worker, now and when one joins."""

    name = "tokumei-warm"

    def setup(self, worker) -> None:  # noqa: ANN001 - distributed.Worker
        from tokumei.scan.engines import warm_worker

        warm_worker()
