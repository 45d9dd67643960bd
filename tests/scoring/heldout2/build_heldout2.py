"""Builds held-out set 2 (JSON) from ``dialogues_ru.py`` / ``dialogues_en.py``.

Run: ``python tests/scoring/heldout2/build_heldout2.py``.  Reuses the line format, the label
parser, the window verification and the counts table of ``tests/scoring/heldout/build_heldout.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "heldout"))

import build_heldout  # type: ignore[import-not-found]  # noqa: E402
from dialogues_en import build as build_en  # noqa: E402
from dialogues_ru import build as build_ru  # noqa: E402


def main() -> None:
    """Emit both languages, write ``ru2_h01.json`` ... ``en2_h45.json`` and the counts."""
    build_heldout.DOCS.clear()
    build_ru(build_heldout.emit)
    build_en(build_heldout.emit)
    build_heldout.write_all("# Held-out scoring transcripts, set 2\n\n", HERE)
    print(len(build_heldout.DOCS), "transcripts")


if __name__ == "__main__":
    main()
