"""Command implementations for ``history``, ``sweep``, ``retest``, ``report``, ``schedule``
(and campaign files in ``validate``), wired into the typer CLI by :mod:`robot.cli.app`.

Each returns the process exit code: 0 ok, 1 failed checks/retest worse, 2 bad input,
3 sweep stopped by its calling window with work left.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from robot.campaigns.store import Store, StoredCall
from robot.campaigns.sweep import PoolFactory, default_pool_factory
from robot.cli.problems import report as _problems
from robot.errors import InputError, MysterycallError, Problem


def resolve_db(db: Path | None, config: Path | str | None = None) -> Path:
    """``--db``, else ``store.path`` of the given (or default) config."""
    if db is not None:
        return Path(db)
    from robot.config.settings import load_config

    return load_config(config).store.path


def existing_db(db: Path | None, config: Path | str | None = None) -> Path:
    """:func:`resolve_db`, which must exist: commands that read results never create one."""
    path = resolve_db(db, config)
    if not path.exists():
        raise InputError(f"no results database at {path}")
    return path


# -- history ----------------------------------------------------------------------------------


def call_summary(call: StoredCall) -> dict[str, Any]:
    """A stored call as JSON for ``history --json`` (the full result under ``result``)."""
    return {
        "id": call.id,
        "sweep_id": call.sweep_id,
        "client": call.client,
        "target": call.target,
        "attempt": call.attempt,
        "retest_of": call.retest_of,
        "outcome": call.outcome,
        "started_at": call.started_at,
        "score_percent": call.score_percent,
        "failed_checks": call.failed_checks,
        "recording": call.recording,
        "result": call.result.model_dump(mode="json"),
    }


def history_table(calls: list[StoredCall]) -> Table:
    table = Table(title=f"{len(calls)} calls")
    for column in (
        "#",
        "time (UTC)",
        "client",
        "target",
        "try",
        "outcome",
        "ring",
        "score",
        "failed",
        "sweep",
    ):
        table.add_column(column)
    for c in calls:
        ring = c.result.timings.ring_to_answer_s
        table.add_row(
            str(c.id),
            c.started_at[:19].replace("T", " "),
            c.client or "—",
            c.target,
            f"{c.attempt}" + (f" (retest of #{c.retest_of})" if c.retest_of else ""),
            c.outcome,
            "—" if ring is None else f"{ring:.1f}s",
            "—" if c.score_percent is None else f"{c.score_percent:.0f}%",
            str(c.failed_checks or ""),
            c.sweep_id or "",
        )
    return table


def history(
    target: str | None = None,
    client: str | None = None,
    db: Path | None = None,
    config: Path | None = None,
    json_out: bool = False,
    console: Console | None = None,
) -> int:
    """``mysterycall history TARGET|--client NAME [--json]``."""
    console = console or Console()
    if (target is None) == (client is None):
        return _problems(InputError("history: give a TARGET or --client NAME (one of them)"))
    try:
        with Store(existing_db(db, config)) as store:
            calls = store.history(target=target, client=client)
    except MysterycallError as exc:
        return _problems(exc)
    if json_out:
        console.file.write(json.dumps([call_summary(c) for c in calls], ensure_ascii=False, indent=2) + "\n")
    else:
        console.print(history_table(calls))
    return 0


# -- sweep ------------------------------------------------------------------------------------


def sweep(
    campaign: Path,
    db: Path | None = None,
    dry_run: bool = False,
    resume: str | None = None,
    wait: bool = True,
    config: Path | None = None,
    console: Console | None = None,
    pool_factory: PoolFactory = default_pool_factory,
) -> int:
    """``mysterycall sweep CAMPAIGN.yaml [--db PATH] [--dry-run] [--resume ID] [--no-wait]``.

    The database defaults to ``store.path`` of the campaign's ``config:`` (else ``--config``).
    """
    from robot.campaigns.campaign import load_campaign
    from robot.campaigns.sweep import run_sweep

    try:
        if db is None:
            db = resolve_db(None, load_campaign(campaign).config or config)
        summary = run_sweep(campaign, db, pool_factory, dry_run=dry_run, wait_for_window=wait,
                            console=console, resume=resume)  # fmt: skip
    except MysterycallError as exc:
        return _problems(exc)
    return summary.exit_code


# -- retest -----------------------------------------------------------------------------------


def retest(
    target: str | None = None,
    client: str | None = None,
    failed_only: bool = False,
    db: Path | None = None,
    config: Path | None = None,
    json_out: bool = False,
    console: Console | None = None,
    pool_factory: PoolFactory = default_pool_factory,
) -> int:
    """``mysterycall retest (--client NAME | TARGET) [--failed-only]``; 1 if any number got worse."""
    from robot.campaigns.retest import comparison_table, select
    from robot.campaigns.retest import retest as run_retest

    console = console or Console()
    if (target is None) == (client is None):
        return _problems(InputError("retest: give a TARGET or --client NAME (one of them)"))
    try:
        with Store(existing_db(db, config)) as store:
            selected = select(store, client, target, failed_only)
            if not selected:
                what = f"client {client!r}" if client else f"target {target!r}"
                console.print(f"nothing to retest for {what}" + (" (no failed numbers)" if failed_only else ""))
                return 0
            refused = retest_refusals(store, [c.target for c in selected], config)
            if refused:
                raise InputError([Problem("retest", 0, 0, line) for line in refused])
            with pool_factory(1) as pool:
                comparisons = run_retest(store, client, target, failed_only, pool)
    except MysterycallError as exc:
        return _problems(exc)
    if json_out:
        console.file.write(json.dumps([c.to_dict() for c in comparisons], ensure_ascii=False, indent=2) + "\n")
    else:
        console.print(comparison_table(comparisons))
    return 1 if any(c.improved is False for c in comparisons) else 0


def retest_refusals(store: Store, targets: list[str], config: Path | None) -> list[str]:
    """Why some of ``targets`` may not be redialled: the dialling policy of the config, or the
    daily cap per number (``limits.daily_cap_per_number``, counted by canonical destination
    over every stored call since local midnight). Empty: all may be dialled."""
    from datetime import datetime

    from robot.campaigns.plan import count_by_key
    from robot.config.policy import DialPolicy, daily_cap_message
    from robot.config.settings import load_config

    settings = load_config(config)
    policy = DialPolicy.from_config(settings)
    midnight = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    today = count_by_key(store.calls_since(midnight), policy.key)
    refused = []
    for target in dict.fromkeys(targets):
        decision = policy.check(target)
        key = policy.key(target)
        capped = daily_cap_message(key, today[key], settings.limits.daily_cap_per_number)
        if decision.blocked or capped:
            refused.append(decision.message if decision.blocked else f"{target}: {capped}")
    return refused


# -- report -----------------------------------------------------------------------------------


def report(
    report_format: str,
    output: Path,
    client: str | None = None,
    since: str | None = None,
    sweep: str | None = None,
    db: Path | None = None,
    config: Path | None = None,
    console: Console | None = None,
) -> int:
    """``mysterycall report [--client NAME] [--since DATE] [--sweep ID] --format html|csv|json -o FILE``."""
    from robot.report import FORMATS, write_report

    console = console or Console()
    try:
        if report_format not in FORMATS:
            raise InputError(f"--format: use one of {', '.join(FORMATS)}")
        with Store(existing_db(db, config)) as store:
            written = write_report(report_format, output, store, client=client, since=since, sweep=sweep)
    except ValueError as exc:
        return _problems(InputError(str(exc)))
    except MysterycallError as exc:
        return _problems(exc)
    except OSError as exc:
        reason = f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else str(exc)
        return _problems(InputError(Problem(str(output), 0, 0, f"cannot write the report ({reason})")))
    console.print(f"report written to {written}")
    return 0


# -- schedule ---------------------------------------------------------------------------------


def schedule(
    campaign: Path,
    at: str,
    install: bool = False,
    kind: str | None = None,
    db: Path | None = None,
    console: Console | None = None,
    crontab: Any = None,
    unit_dir: Path | None = None,
    systemctl: Any = "default",
) -> int:
    """``mysterycall schedule CAMPAIGN.yaml --at 02:00 [--install] [--kind cron|systemd]``.

    ``crontab``/``unit_dir``/``systemctl`` redirect the install (tests never touch the real ones).
    """
    from robot.campaigns import schedule as sched
    from robot.campaigns.campaign import load_campaign

    console = console or Console()
    try:
        loaded = load_campaign(campaign)
        chosen = sched.default_kind() if kind is None else sched.KINDS.get(kind)
        if chosen is None:
            raise InputError("--kind: use cron or systemd")
        sched.parse_at(at)
    except MysterycallError as exc:
        return _problems(exc)
    except ValueError as exc:
        return _problems(InputError(str(exc)))
    command = sched.SweepCommand(Path(campaign), db)
    text = sched.render(chosen, loaded.name, command, at)
    console.print(text, markup=False, highlight=False, end="")
    if not install:
        return 0
    if chosen == "cron":
        message = sched.install_cron(loaded.name, sched.cron_entry(loaded.name, command, at), crontab)
        console.print(message)
    else:
        run = sched._run if systemctl == "default" else systemctl
        written = sched.install_systemd(sched.systemd_units(loaded.name, command, at), unit_dir, run)
        console.print("installed " + ", ".join(str(p) for p in written))
    return 0


# -- validate ---------------------------------------------------------------------------------


def validate_campaign_file(path: Path, console: Console | None = None) -> int:
    """``mysterycall validate CAMPAIGN.yaml``: problems as ``PATH:LINE:COL: message``."""
    from robot.campaigns.campaign import validate_campaign

    problems = validate_campaign(path)
    if problems:
        return _problems(InputError(problems))
    (console or Console()).print(f"{path}: ok (campaign)")
    return 0
