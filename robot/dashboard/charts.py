"""Per-client trend across sweeps as inline SVG, drawn on the server (no script, no images).

Two lines on a 0-100 % scale, one point per sweep: answer rate (answered calls / calls) and
mean score of connected calls. The chart has a title and a text summary for screen readers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

WIDTH, HEIGHT = 320, 110
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 30, 8, 8, 18
SERIES = (("answer_rate", 100.0, "#1f5fa8", "answer rate"), ("score_mean", 1.0, "#2e7d32", "mean score"))


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def trend_svg(client: str, points: Sequence[dict[str, Any]]) -> Markup:
    """An SVG line chart of ``points`` (dicts with ``answer_rate`` 0-1 and ``score_mean`` 0-100)."""
    n = len(points)
    plot_w, plot_h = WIDTH - PAD_LEFT - PAD_RIGHT, HEIGHT - PAD_TOP - PAD_BOTTOM

    def x(i: int) -> float:
        return PAD_LEFT + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)

    def y(percent: float) -> float:
        return PAD_TOP + plot_h * (1 - max(0.0, min(100.0, percent)) / 100)

    parts = [
        f'<svg class="trend" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" '
        f'aria-labelledby="t-{_id(client)} d-{_id(client)}" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="t-{_id(client)}">{escape(client)}: trend over the last {n} sweep(s)</title>',
    ]
    last = points[-1] if points else {}
    rate = last["answer_rate"] * 100 if last.get("answer_rate") is not None else None
    summary = (
        f"Latest sweep: answer rate {_pct(rate)}, mean score {_pct(last.get('score_mean'))}."
        if points
        else "No sweeps."
    )
    parts.append(f'<desc id="d-{_id(client)}">{escape(summary)}</desc>')
    for level in (0, 50, 100):
        parts.append(
            f'<line x1="{PAD_LEFT}" x2="{WIDTH - PAD_RIGHT}" y1="{y(level):.1f}" y2="{y(level):.1f}" '
            f'stroke="#d0d0d0" stroke-width="1"/>'
            f'<text x="{PAD_LEFT - 4}" y="{y(level) + 4:.1f}" font-size="10" text-anchor="end" '
            f'fill="#444">{level}</text>'
        )
    for key, scale, color, _label in SERIES:
        coords = [(x(i), y(p[key] * scale)) for i, p in enumerate(points) if p.get(key) is not None]
        if len(coords) > 1:
            path = " ".join(f"{cx:.1f},{cy:.1f}" for cx, cy in coords)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="1.8"/>')
        for cx, cy in coords[-1:]:
            parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="2.5" fill="{color}"/>')
    legend_x = PAD_LEFT
    for _key, _scale, color, label in SERIES:
        parts.append(
            f'<rect x="{legend_x}" y="{HEIGHT - 10}" width="10" height="3" fill="{color}"/>'
            f'<text x="{legend_x + 14}" y="{HEIGHT - 5}" font-size="10" fill="#333">{label}</text>'
        )
        legend_x += 100
    parts.append("</svg>")
    return Markup("".join(parts))


def _id(client: str) -> str:
    """A stable, HTML-safe id for the client's chart."""
    return "c" + hashlib.sha1(client.encode("utf-8", "surrogateescape")).hexdigest()[:12]
