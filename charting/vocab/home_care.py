"""Home-care templates as a small Markdown file a clinic can edit by hand or in the app."""

from __future__ import annotations

from dataclasses import dataclass

from charting.vocab.files import VocabularyError

HEADER = (
    "# Home-care advice templates.\n"
    "#\n"
    '# Each template starts with a line "## Title"; the lines under it, up to the next "## ", are the\n'
    '# text put into the visit\'s home-care advice. Lines starting with a single "#" are notes.\n'
)


@dataclass(frozen=True)
class HomeCareTemplate:
    title: str
    text: str


def parse_home_care(text: str, *, source: str = "home_care.md") -> tuple[HomeCareTemplate, ...]:
    """Templates in file order; text before the first title must be notes or blank."""
    templates: list[HomeCareTemplate] = []
    title: str | None = None
    body: list[str] = []
    titles: set[str] = set()

    def finish() -> None:
        if title is None:
            return
        content = "\n".join(body).strip()
        if not content:
            raise VocabularyError(f"{source}: the template {title!r} has no text.")
        templates.append(HomeCareTemplate(title, content))

    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("## "):
            finish()
            title, body = line[3:].strip(), []
            if not title or title.casefold() in titles:
                raise VocabularyError(f"{source}, line {number}: a template title is empty or repeated.")
            titles.add(title.casefold())
        elif line.startswith("#"):
            continue
        elif title is None:
            if line.strip():
                raise VocabularyError(f"{source}, line {number}: text before the first '## Title'.")
        else:
            body.append(line)
    finish()
    return tuple(templates)


def format_home_care(templates: list[HomeCareTemplate]) -> str:
    """The file text for these templates; parse_home_care reads the same templates back."""
    parts = [HEADER]
    for t in templates:
        if not t.title.strip() or not t.text.strip():
            raise VocabularyError("Every home-care template needs a title and some text.")
        # A body line starting with '#' would be read back as a note or a new title: indent it.
        body = "\n".join(" " + line if line.startswith("#") else line for line in t.text.strip().splitlines())
        parts.append(f"\n## {t.title.strip()}\n{body}\n")
    return "".join(parts)
