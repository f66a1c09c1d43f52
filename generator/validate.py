"""Check the document with openapi-spec-validator, remembering a pass by sha256.

Validating Stripe's whole document takes a few seconds; a document that passed once
passes again, so the verdict is cached under its hash and the validator's version.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from importlib.metadata import version
from itertools import islice
from pathlib import Path

from generator import GeneratorError
from generator.loader import Document
from generator.source import SpecFile, cache_dir

logger = logging.getLogger(__name__)


def validate_document(
    spec: SpecFile, document: Document, use_cache: bool = True
) -> None:
    """Raise ``GeneratorError`` naming the file and the first problems when invalid."""
    marker = _verdict_marker(spec)
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
            f"{spec.origin}: not a valid OpenAPI document at '{place}': "
            f"{_short(error.message.strip().splitlines()[0])}"
        ) from None
    except Exception as error:  # the validator's own failures, e.g. a broken $ref
        ref = getattr(error, "ref", None)
        reason = f"$ref {ref!r} cannot be resolved" if ref else _short(str(error))
        raise GeneratorError(
            f"{spec.origin}: not a valid OpenAPI document: {reason}"
        ) from None

    if use_cache:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
        except OSError as error:
            logger.warning("could not cache the validation verdict: %s", error)


def is_known_valid(spec: SpecFile) -> bool:
    """Whether an earlier run already validated this exact document."""
    return _verdict_marker(spec).is_file()


@contextmanager
def validating(
    spec: SpecFile, document: Document, use_cache: bool = True
) -> Iterator[None]:
    """Validate in another process while the body works on the document.

    Validation is the slowest step of a cold run and nothing downstream depends on
    its result, only on its verdict; the verdict is awaited before the body's work
    is used, and an invalid document is reported ahead of any error it caused.
    """
    if use_cache and is_known_valid(spec):
        yield
        return

    with ProcessPoolExecutor(max_workers=1) as pool:
        verdict = pool.submit(validate_document, spec, document, use_cache)
        try:
            yield
        except Exception:
            verdict.result()
            raise
        verdict.result()


def _verdict_marker(spec: SpecFile) -> Path:
    validator_version = version("openapi-spec-validator")
    return (
        cache_dir()
        / "validated"
        / f"{spec.sha256}-openapi-spec-validator-{validator_version}"
    )


def _short(message: str, limit: int = 300) -> str:
    """A validator message without the whole document some of them quote."""
    return message if len(message) <= limit else message[:limit] + " ..."
