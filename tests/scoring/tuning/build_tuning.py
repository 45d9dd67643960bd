"""Builds the tuning scoring transcripts (JSON) from the compact dialogues in
``tuning_ru.py`` / ``tuning_en.py``, with the held-out part's builder (same line format and
checks; see ``tests/scoring/heldout/build_heldout.py``).
Run: ``python tests/scoring/tuning/build_tuning.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.path[:0] = [str(HERE), str(HERE.parent / "heldout")]
    from build_heldout import DOCS, emit, write_all  # type: ignore[import-not-found]
    from tuning_en import build as build_en  # type: ignore[import-not-found]
    from tuning_ru import build as build_ru  # type: ignore[import-not-found]

    build_ru(emit)
    build_en(emit)
    write_all("# Tuning scoring transcripts\n\n", HERE)
    print(len(DOCS), "transcripts")
