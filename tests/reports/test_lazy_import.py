"""The app pays for ReportLab only when it prints."""

from __future__ import annotations

import os
import subprocess
import sys


def test_preview_module_loads_without_reportlab() -> None:
    code = "import sys, charting.ui.print_preview; print(sorted(m for m in ('reportlab', 'pypdf') if m in sys.modules))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "[]"
