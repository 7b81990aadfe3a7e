"""The schema revision this app expects and the one a database holds, without importing Alembic.

Importing Alembic costs about a tenth of a second; at start-up against a database that is already
current (the everyday case) nothing needs it, so `open_database` checks here first.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)(?:\s*:[^=\n]*)?\s*=\s*(.+)$", re.MULTILINE)


def head_from_files(versions_dir: Path = VERSIONS_DIR) -> str | None:
    """The single head of the migration scripts, or None when it is not plain to see (no scripts,
    branches, an unparsable script): the caller then asks Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in versions_dir.glob("*.py"):
        found = dict(_ASSIGNMENT.findall(script.read_text(encoding="utf-8")))
        try:
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found.get("down_revision", "None"))
        except (KeyError, ValueError, SyntaxError):
            return None
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        parents.update([down] if isinstance(down, str) else list(down or ()))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revision(engine: Engine) -> str | None:
    """What the database's alembic_version says; None for a new or unversioned database."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError:
        return None
    return rows[0] if len(rows) == 1 else None


def is_current(engine: Engine) -> bool:
    head = head_from_files()
    return head is not None and stored_revision(engine) == head
