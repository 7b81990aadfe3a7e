"""Errors raised by the point catalog, phrased so the UI can show them as they are."""

from __future__ import annotations

from collections.abc import Sequence


class CatalogDataError(ValueError):
    """The shipped (or clinic-edited) catalog files are inconsistent; the message names file and row."""


class UnknownPointError(KeyError):
    """No point answers to what was typed."""

    def __init__(self, query: str, message: str | None = None) -> None:
        super().__init__(query)
        self.query = query
        self.message = message or f"Unknown acupuncture point: {query!r}"

    def __str__(self) -> str:
        # KeyError's own __str__ shows repr(args[0]); the UI wants the sentence.
        return self.message


class AmbiguousPointError(UnknownPointError):
    """A name (e.g. ``Zhongdu`` without tones) belongs to several points.

    Guessing would put a needle in the wrong place, so the lookup refuses and lists the
    candidates; it is an :class:`UnknownPointError` so ``get`` and ``in`` treat it as no match.
    """

    def __init__(self, query: str, candidates: Sequence[str]) -> None:
        self.candidates = tuple(candidates)
        super().__init__(
            query,
            f"{query!r} could mean {' or '.join(self.candidates)}: type the code instead",
        )
