"""The version of this package, named in the User-Agent of every request."""

from __future__ import annotations

__version__ = "0.1.0"
