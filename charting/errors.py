"""Domain errors: each carries a message fit to show a practitioner as it is."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error the UI and CLI show to the user instead of a traceback."""


class ValidationError(DomainError):
    """Bad input; `fields` maps a field name to what is wrong with it, for messages beside fields."""

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        super().__init__("; ".join(f"{name}: {problem}" for name, problem in self.fields.items()))


class NotFoundError(DomainError):
    pass


class ConflictError(DomainError):
    """Someone saved a newer version first (another workstation); nothing was overwritten."""


class VisitSignedError(DomainError):
    """The visit is signed: it can no longer change, only be amended."""


class SignBlockedError(DomainError):
    """Items still missing before a visit can be signed, in the order the editor shows them."""

    def __init__(self, missing: list[tuple[str, str]]) -> None:
        self.missing = list(missing)
        super().__init__("Cannot sign yet: " + "; ".join(text for _field, text in self.missing))


class SchemaError(DomainError):
    """The database cannot be used by this version of the app (e.g. it is newer)."""


class NotSignedError(DomainError):
    """The action needs a signed visit (a superbill is a claim); this one is still a draft."""


class BackupError(DomainError):
    """A backup could not be written, or this database is not one a workstation backs up."""
