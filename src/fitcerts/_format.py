"""Small text helpers shared by the comparison table and the command line, kept import-light."""

from __future__ import annotations

from datetime import timedelta

__all__ = ["duration_text"]


def duration_text(duration: timedelta) -> str:
    """``4 h``, ``1 h 30 min``, ``45 min``: how people write exam lengths."""
    hours, minutes = divmod(int(duration.total_seconds()) // 60, 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    return f"{hours} h" if hours else f"{minutes} min"
