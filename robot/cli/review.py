"""``mysterycall review`` (stored calls to listen to) and ``mysterycall explain`` (why each check decided)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rich.console import Console

from robot.campaigns.store import Store, StoredCall
from robot.cli.problems import report as _problems
from robot.cli.sweeps import existing_db
from robot.errors import InputError, MysterycallError


def review_items(call: StoredCall) -> dict[str, Any] | None:
    """A flagged call as JSON: id, target, time, and each check to listen to with its evidence and time range."""
    score = call.result.score or {}
    if not score.get("needs_review"):
        return None
    wanted = set(score.get("review") or [])
    checks = []
    for check in call.result.checks:
        if check.get("id") not in wanted:
            continue
        evidence = check.get("evidence") or {}
        checks.append(
            {
                "id": check.get("id"),
                "passed": check.get("passed"),
                "confidence": check.get("confidence"),
                "evidence": evidence.get("text"),
                "start_s": evidence.get("start_s"),
                "end_s": evidence.get("end_s"),
            }
        )
    return {
        "id": call.id,
        "client": call.client,
        "target": call.target,
        "started_at": call.started_at,
        "sweep_id": call.sweep_id,
        "recording": call.recording,
        "checks": checks,
    }


def _span(item: dict[str, Any]) -> str:
    start, end = item.get("start_s"), item.get("end_s")
    if start is None:
        return "whole call"
    return f"{start:.1f}-{end:.1f}s" if end is not None else f"from {start:.1f}s"


def review(
    client: str | None, sweep: str | None, db: Path | None, config: Path | None, json_out: bool, console: Console
) -> int:
    """``mysterycall review [--client NAME] [--sweep ID] [--db PATH] [--json]``."""
    try:
        with Store(existing_db(db, config)) as store:
            calls = store.calls(client=client, sweep=sweep)
    except MysterycallError as exc:
        return _problems(exc)
    items = [item for item in (review_items(c) for c in calls) if item is not None]
    if json_out:
        console.file.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        return 0
    console.print(f"{len(items)} of {len(calls)} calls to listen to", markup=False, highlight=False)
    for item in items:
        head = f"#{item['id']} {item['started_at'][:19].replace('T', ' ')} {item['client'] or '-'} {item['target']}"
        console.print(head + (f"  recording: {item['recording']}" if item["recording"] else ""), markup=False,
                      highlight=False)  # fmt: skip
        for check in item["checks"]:
            line = (
                f"  {check['id']}: passed={check['passed']} confidence={check['confidence']} "
                f"[{_span(check)}] {check['evidence'] or '(no evidence)'}"
            )
            console.print(line, markup=False, highlight=False)
    return 0


def explain(input_file: Path, scenario: Path, check_id: str | None, json_out: bool, console: Console) -> int:
    """``mysterycall explain INPUT --scenario FILE [--check ID] [--json]``."""
    from robot.scenario import load_scenario
    from scoring.explain import explain_call
    from scoring.inputs import load_scoring_input

    try:
        if not scenario.is_file():
            raise InputError(f"scenario not found: {scenario}")
        scn = load_scenario(scenario)
        call = load_scoring_input(input_file)
        checks = [c for c in scn.scoring_checks if check_id is None or c.id == check_id]
        if not checks:
            raise InputError(f"{scenario}: no check with id '{check_id}'")
        explained = explain_call(checks, call, scn.language, scn.review_below)
    except MysterycallError as exc:
        return _problems(exc)
    if json_out:
        console.file.write(json.dumps(explained, ensure_ascii=False, indent=2) + "\n")
        return 0
    for entry in explained:
        evidence = entry["evidence"] or {}
        console.print(
            f"{entry['id']} ({entry['kind']}): passed={entry['passed']} confidence={entry['confidence']}"
            + (" REVIEW" if entry.get("review") else "")
            + (f" intent={entry['intent']}" if entry.get("intent") else "")
            + (f" match={entry['match']}" if entry.get("match") else "")
            + (f"  evidence: {evidence.get('text')!r}" if evidence else ""),
            markup=False,
            highlight=False,
        )
        for cand in entry.get("candidates", []):
            words = ", ".join(
                f"{w['phrase_word']}={w['word']}[{w['lemma']}, {w['how']}"
                + (f" via {w['synonym']}" if w["synonym"] else "")
                + "]"
                for w in cand["words"]
            )
            console.print(
                f"  {cand['decision']}: '{cand['phrase']}' ({cand['source']}) <- '{cand['said']}' "
                f"strength {cand['strength']}: {words}",
                markup=False,
                highlight=False,
            )
    return 0
