"""Pausing Python's cycle collector while fitcerts builds many objects at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Records and reports form no reference cycles, but building tens of thousands of them
    sets off the cycle collector again and again, and its full passes walk every catalog in
    memory: the work would grow faster than the catalog. Reference counting still frees
    everything; the collector resumes afterwards if it was running."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
