"""Check the document with openapi-spec-validator, remembering a pass by sha256.

Validating Stripe's whole document takes a few seconds; a document that passed once
passes again, so the verdict is cached under its hash and the validator's version.
"""

from __future__ import annotations

import logging
from importlib.metadata import version
from itertools import islice

from generator import GeneratorError
from generator.loader import Document
from generator.source import SpecFile, cache_dir

logger = logging.getLogger(__name__)


def validate_document(
    spec: SpecFile, document: Document, use_cache: bool = True
) -> None:
    """Raise ``GeneratorError`` naming the file and the first problems when invalid."""
    marker = (
        cache_dir()
        / "validated"
        / f"{spec.sha256}-openapi-spec-validator-{version('openapi-spec-validator')}"
    )
    if use_cache and marker.is_file():
        logger.debug("validation verdict cached for %s", spec.sha256)
        return

    # Imported here: the validator costs a sixth of a second to import, and a warm
    # run never needs it.
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(document)
    except OpenAPIValidationError as error:
        place = "/".join(str(part) for part in islice(error.absolute_path, 12))
        raise GeneratorError(
            f"{spec.origin}: not a valid OpenAPI document at '{place}': {error.message}"
        ) from None

    if use_cache:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
        except OSError as error:
            logger.warning("could not cache the validation verdict: %s", error)
