"""Acuchart: offline charting for acupuncturists. This package is the Qt-free core."""

__version__ = "0.1.0"
