"""The command line: demo content and the visit listing, with clean errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from charting.cli import main


def test_help_lists_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo-data", "visits", "summary", "superbill", "day-sheet", "progress"):
        assert command in out


def test_demo_data_then_visits_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = ["--data-dir", str(tmp_path)]
    assert main([*home, "demo-data"]) == 0
    assert "40 patients" in capsys.readouterr().out
    assert main([*home, "visits", "--json"]) == 0
    today = json.loads(capsys.readouterr().out)
    assert len(today) == 8
    assert {v["status"] for v in today} == {"draft", "signed"}
    for item in today:
        assert {"id", "date", "patient", "chart_no", "status", "points"} <= item.keys()
        assert item["points"] and {"code", "side", "role"} == item["points"][0].keys()
    chart = today[0]["chart_no"]
    assert main([*home, "visits", "--patient", chart, "--json"]) == 0
    history = json.loads(capsys.readouterr().out)
    assert len(history) >= 2 and all(v["chart_no"] == chart for v in history)
    pains = [v["pain_before"] for v in history]
    assert pains[0] > pains[-1], "pain should fall over a course of treatment"
    # Demo content goes only into an empty database.
    assert main([*home, "demo-data"]) == 2
    assert "already holds patients" in capsys.readouterr().err


def test_unknown_patient_is_one_clean_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "visits", "--patient", "999999"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "acuchart: No patient with chart number '999999'."


def test_bad_date_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--data-dir", str(tmp_path), "visits", "--date", "2025-13-40"])
    assert done.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
