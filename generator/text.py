"""Turn the spec's HTML-flavoured descriptions into plain text for docstrings."""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<[^>]+>")
_BLOCK_TAG = re.compile(r"</?(p|br|ul|ol|li|div|h[1-6])\b[^>]*>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def plain_text(description: object) -> str:
    """Strip tags and entities, keep paragraph breaks, collapse other space."""
    if not isinstance(description, str) or not description.strip():
        return ""

    text = _BLOCK_TAG.sub("\n\n", description)
    text = html.unescape(_TAG.sub("", text))
    paragraphs = [
        _SPACES.sub(" ", " ".join(part.split())) for part in _BLANK_LINES.split(text)
    ]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
