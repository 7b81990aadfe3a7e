"""Acuchart at clinic scale: a synthetic 100,000-patient database and the timings that matter.

Run `python -m bench --size full --json out.json` (see /work/helper/readme/B1.md for the keys).
The benchmark is not a test suite; CI only runs `--size smoke` to keep it working.
"""
