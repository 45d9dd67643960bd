"""Python's garbage collection while a softphone runs: off automatically, run on the pjsua thread.

A pjsua2 object (a Call, a port) freed by the collector in whatever thread happens to
allocate runs its C++ destructor in a thread pjlib does not know, at a random moment.
"""

from __future__ import annotations

import gc
import time

FULL_GC_INTERVAL_S = 30.0


class Collector:
    """Switches automatic GC off for the softphone's lifetime and collects on request.

    Keeps the rule "automatic GC is off while a softphone runs and collections run on the
    pjsua thread": :meth:`pause` and :meth:`resume` bracket the softphone's life, and
    :meth:`collect` is called from the owning thread's poll (a young collection each time,
    a full one every ``FULL_GC_INTERVAL_S``).
    """

    def __init__(self, full_interval_s: float = FULL_GC_INTERVAL_S):
        self.full_interval_s = full_interval_s
        self._was_enabled = True
        self._next_full = 0.0

    def pause(self) -> None:
        """Turn automatic collection off (remembering whether it was on)."""
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._next_full = time.monotonic() + self.full_interval_s

    def resume(self) -> None:
        """Turn automatic collection back on if it was on before :meth:`pause`."""
        if self._was_enabled:
            gc.enable()

    def collect(self, now: float) -> None:
        """Collect cycles (owning thread only): generations 0-1, or all of them when due."""
        if now >= self._next_full:
            self._next_full = now + self.full_interval_s
            gc.collect()
        else:
            gc.collect(1)
