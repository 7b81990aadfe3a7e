"""Folding of typed text into lookup keys: case, tone marks, spaces and hyphens do not matter."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-_.'’/]+")
_LEADING_ZEROS = re.compile(r"(?<!\d)0+(?=\d)")
_NON_WORD = re.compile(r"[^\w]+")
_LETTERS_DIGITS = re.compile(r"([a-z]+)(\d+)")


def strip_tones(text: str) -> str:
    """``Lǚxì`` → ``Luxi``: drop combining marks after canonical decomposition (ü becomes u)."""
    if text.isascii():  # most keys (codes, English); skipping NFD keeps the catalog load fast
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """The compact key of a code or name: ``EX-HN3`` → ``exhn3``, ``Hé gǔ`` → ``hegu``, ``LI04`` → ``li4``."""
    return _LEADING_ZEROS.sub("", _SEPARATORS.sub("", strip_tones(text).casefold()))


def fold_toned(text: str) -> str:
    """Like :func:`fold` but keeps the tones, which tell apart ``Zhōngdū`` (LR6) and ``Zhōngdú`` (GB32)."""
    return unicodedata.normalize("NFC", _SEPARATORS.sub("", unicodedata.normalize("NFC", text).casefold()))


def fold_words(text: str) -> str:
    """Words separated by single spaces, for English word-prefix search (``Crane's`` → ``cranes``)."""
    text = strip_tones(text).casefold().replace("'", "").replace("’", "")
    return " ".join(_NON_WORD.sub(" ", text).split())


def split_code(key: str) -> tuple[str, int] | None:
    """Split a folded key such as ``ub40`` into (``ub``, 40); None if it is not letters then digits."""
    match = _LETTERS_DIGITS.fullmatch(key)
    return (match.group(1), int(match.group(2))) if match else None


def has_hanzi(text: str) -> bool:
    """True when the text holds a CJK ideograph, i.e. the user typed Chinese characters."""
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)
