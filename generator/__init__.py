"""Build the ``stripe_actions`` package from Stripe's published OpenAPI document.

The pipeline runs one way: ``source`` finds the document, ``loader`` parses it,
``validate`` checks it, ``catalogue`` picks the curated operations, ``model`` turns
them into an intermediate model, ``render`` turns the model into text and ``output``
formats and writes it.
"""

from __future__ import annotations

__all__ = ["GeneratorError"]


class GeneratorError(Exception):
    """A problem with the generator's input: reported as one line, no traceback."""
