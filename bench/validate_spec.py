"""Time openapi-spec-validator on one document, in a fresh process of the bench venv.

The backend comes from ``OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND`` (set by
the caller); parsing the YAML is left out of the time, since our generator parses
once and caches the result whatever validates it.

Run: ``bench/.venv/bin/python -m bench.validate_spec SPEC`` prints one JSON object.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import yaml


def main() -> None:
    path = Path(sys.argv[1])
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(path.read_bytes(), Loader=loader)  # noqa: S506 (safe loader)

    started = time.perf_counter()
    from openapi_spec_validator import validate
    from openapi_spec_validator.schemas import get_validator_backend

    imported = time.perf_counter()
    validate(document)
    finished = time.perf_counter()

    print(
        json.dumps(
            {
                "backend": get_validator_backend(),
                "import_s": imported - started,
                "validate_s": finished - imported,
            }
        )
    )


if __name__ == "__main__":
    main()
