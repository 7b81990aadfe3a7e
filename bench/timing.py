"""Timing samples and their summaries; milliseconds throughout except where a key says `_s`."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def timed_ms(action: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[float, T]:
    """`action(*args, **kwargs)` and how long it took."""
    began = time.perf_counter()
    result = action(*args, **kwargs)
    return (time.perf_counter() - began) * 1000, result


def percentile(samples: list[float], pct: float) -> float:
    """Nearest-rank percentile: the smallest sample at or above `pct` percent of them."""
    if not samples:
        raise ValueError("no samples")
    ordered = sorted(samples)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def summary(prefix: str, samples: list[float]) -> dict[str, float]:
    """`<prefix>_p50_ms`, `<prefix>_p95_ms`, `<prefix>_max_ms` and `<prefix>_n`."""
    return {
        f"{prefix}_p50_ms": round(percentile(samples, 50), 3),
        f"{prefix}_p95_ms": round(percentile(samples, 95), 3),
        f"{prefix}_max_ms": round(max(samples), 3),
        f"{prefix}_n": len(samples),
    }
