"""Black against ``ruff format`` on the curated rendering, as the fix to weigh.

Both format the same rendered (unformatted) files; the time and the number of
files whose output differs say what swapping the formatter would win and cost.

Run: ``.venv/bin/python -m bench.formatters RUFF`` prints one JSON object.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    from generator.catalogue import read_catalogue, resolve
    from generator.loader import load_document
    from generator.model import build_model
    from generator.output import format_files
    from generator.render import render
    from generator.source import resolve_spec

    ruff = sys.argv[1]
    spec = resolve_spec()
    document = load_document(spec)
    model = build_model(document, resolve(read_catalogue(), document), spec.sha256)
    rendered = {
        path: text for path, text in render(model).items() if path.endswith(".py")
    }

    started = time.perf_counter()
    by_black = format_files(rendered, use_cache=False)
    black_s = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        for path, text in rendered.items():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(text, encoding="utf-8")
        started = time.perf_counter()
        subprocess.run(
            [
                ruff,
                "format",
                "--quiet",
                "--no-cache",
                "--line-length",
                "88",
                "--target-version",
                "py310",
                str(root),
            ],
            check=True,
        )
        ruff_s = time.perf_counter() - started
        differing = sorted(
            path
            for path in rendered
            if (root / path).read_text(encoding="utf-8") != by_black[path]
        )

    print(
        json.dumps(
            {
                "files": len(rendered),
                "kib": sum(map(len, rendered.values())) // 1024,
                "black_s": black_s,
                "ruff_s": ruff_s,
                "differing": differing,
            }
        )
    )


if __name__ == "__main__":
    main()
