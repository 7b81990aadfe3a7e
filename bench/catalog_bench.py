"""The point catalog: loading it at start-up and searching it as the practitioner types."""

from __future__ import annotations

import statistics

from bench.timing import summary, timed_ms
from charting.points import read_catalog

QUERIES = ("hegu", "st3", "union valley", "a", "合", "zu san li", "ub 40", "li 4", "xyzzy")


def run(samples: int) -> dict[str, float]:
    loads = [timed_ms(read_catalog)[0] for _ in range(max(3, samples // 10))]
    catalog = read_catalog()
    searches = [timed_ms(catalog.search, q)[0] for _ in range(samples) for q in QUERIES]
    return {"load_median_ms": round(statistics.median(loads), 2), **summary("search", searches)}


if __name__ == "__main__":
    print(run(50))
