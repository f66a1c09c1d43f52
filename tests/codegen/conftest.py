"""Fixtures for the generator tests: the pinned spec, loaded once, and its model."""

from __future__ import annotations

from typing import Any

import pytest

from generator import pipeline
from generator.loader import load_document
from generator.model import Model
from generator.source import resolve_spec


@pytest.fixture(scope="session")
def pinned_document() -> dict[str, Any]:
    return load_document(resolve_spec())


@pytest.fixture(scope="session")
def pinned_model() -> Model:
    return pipeline.build(pipeline.Options())
