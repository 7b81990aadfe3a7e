"""How big the synthetic clinic is and how many samples each measure takes, per run size."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Size:
    name: str
    patients: int
    visits: int
    # Patients in a years-long course of exactly `long_history_visits` weekly visits: the worst
    # case for opening a patient, which the brief measures at 200 visits.
    long_history_patients: int
    long_history_visits: int
    years: int
    practitioners: int
    # Per-measure repetitions: enough for a stable p95 at full size, seconds at smoke size.
    search_rounds: int
    open_samples: int
    write_samples: int
    startup_runs: int
    bodymap_samples: int
    pdf_samples: int


SIZES: dict[str, Size] = {
    "full": Size(
        name="full",
        patients=100_000,
        visits=1_000_000,
        long_history_patients=500,
        long_history_visits=200,
        years=10,
        practitioners=12,
        search_rounds=40,
        open_samples=30,
        write_samples=60,
        startup_runs=5,
        bodymap_samples=200,
        pdf_samples=10,
    ),
    "smoke": Size(
        name="smoke",
        patients=1_000,
        visits=6_000,
        long_history_patients=5,
        long_history_visits=200,
        years=5,
        practitioners=3,
        search_rounds=2,
        open_samples=3,
        write_samples=5,
        startup_runs=1,
        bodymap_samples=10,
        pdf_samples=1,
    ),
}
