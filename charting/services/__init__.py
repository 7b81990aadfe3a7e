"""Use cases: the only way the UI, the CLI and the tests read or change clinical data.

Each function opens one transaction on the `Database` it is given, validates first, writes an
audit entry with every change, and returns plain records from `charting.domain.records`.
"""
