"""Printed documents: visit summaries, superbills, day sheets and progress reports (ReportLab).

Qt-free. Import the builders from their modules (`charting.reports.printing` for the database-level
entry points); this package imports nothing heavy, so the app loads ReportLab only when it prints.
"""
