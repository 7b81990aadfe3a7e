"""Measures owned by other parts of the app (body map, PDFs), each run in a child process.

A plugin is a module `bench.<name>` with `run(samples: int) -> dict[str, float]`. A child process
keeps its Qt or ReportLab state and memory out of the data-layer timings, and a plugin that fails
costs its own figures only.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
RESULT_MARK = "BENCH-RESULT "
TIMEOUT_S = 600
_CHILD = (
    "import json, sys, importlib\n"
    "run = importlib.import_module(sys.argv[1]).run\n"
    f"print({RESULT_MARK!r} + json.dumps(run(int(sys.argv[2]))), flush=True)\n"
)


def available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def run_plugin(module: str, samples: int, prefix: str) -> dict[str, Any]:
    """`{prefix}_<key>` for every figure the plugin returns; raises with its stderr when it fails."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, module, str(samples)],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    for line in done.stdout.splitlines():
        if line.startswith(RESULT_MARK):
            figures = json.loads(line[len(RESULT_MARK) :])
            return {f"{prefix}_{key}": value for key, value in figures.items()}
    raise RuntimeError(f"{module} failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
