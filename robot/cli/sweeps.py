"""Command implementations for ``history``, ``sweep``, ``retest``, ``report``, ``schedule``
(and campaign files in ``validate``), wired into the typer CLI by :mod:`robot.cli.app`.

Each returns the process exit code: 0 ok, 1 failed checks/retest worse, 2 bad input,
3 sweep stopped by its calling window with work left, 4 sweep aborted by the trunk guard.
"""

from __future__ import annotations

import json
import shlex
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from robot.campaigns.store import Store, StoredCall
from robot.campaigns.sweep import Pool, PoolFactory, default_pool_factory
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
            if client is not None and not calls:
                raise InputError(unknown_client(store, client))
    except MysterycallError as exc:
        return _problems(exc)
    if json_out:
        console.file.write(json.dumps([call_summary(c) for c in calls], ensure_ascii=False, indent=2) + "\n")
    else:
        console.print(history_table(calls))
    return 0


def alerts_history(
    target: str | None = None,
    client: str | None = None,
    db: Path | None = None,
    config: Path | None = None,
    json_out: bool = False,
    console: Console | None = None,
) -> int:
    """``mysterycall history --alerts [TARGET|--client NAME] [--json]``: the alerts sent, oldest first."""
    console = console or Console()
    try:
        with Store(existing_db(db, config)) as store:
            number = None
            if target is not None:
                from robot.config.policy import DialPolicy
                from robot.config.settings import load_config

                number = DialPolicy.from_config(load_config(config)).key(target)
            alerts = store.alerts(client=client, number=number)
    except MysterycallError as exc:
        return _problems(exc)
    if json_out:
        console.file.write(json.dumps(alerts, ensure_ascii=False, indent=2) + "\n")
        return 0
    table = Table(title=f"{len(alerts)} alerts")
    for column in ("#", "time (UTC)", "event", "client", "number", "detail", "delivery", "sweep"):
        table.add_column(column)
    for a in alerts:
        from robot.campaigns.alerts.events import subject

        delivery = "; ".join(f"{channel}: {status}" for channel, status in a["delivery"].items()) or "—"
        table.add_row(str(a["id"]), a["created_at"][:19].replace("T", " "), a["event"], a["client"] or "—",
                      a["number"] or "—", subject(a["payload"]), delivery, a["sweep_id"] or "")  # fmt: skip
    console.print(table)
    return 0


def alerts_test(campaign: Path, console: Console | None = None) -> int:
    """``mysterycall alerts test CAMPAIGN.yaml``: 0 when every channel took the sample event, else 1."""
    from robot.campaigns.alerts.check import check_channels
    from robot.campaigns.campaign import load_campaign

    console = console or Console()
    try:
        checks = check_channels(load_campaign(campaign))
    except MysterycallError as exc:
        return _problems(exc)
    if not checks:
        console.print("no alert channels: add alerts: {webhook: URL, email: {...}} to the campaign", markup=False)
        return 1
    for check in checks:
        console.print(f"{'ok' if check.ok else 'FAILED'}  {check.channel}: {check.status}", markup=False,
                      highlight=False)  # fmt: skip
    return 0 if all(c.ok for c in checks) else 1


def unknown_client(store: Store, client: str) -> str:
    """One line: the client has no stored call; the clients that have."""
    known = sorted({c.client for c in store.last_results() if c.client})
    if not known:
        return f"--client: no call of client {client!r} is stored (no client has any stored call yet)"
    return f"--client: unknown client {client!r}; known clients: {', '.join(known)}"


# -- Ctrl-C and SIGTERM -----------------------------------------------------------------------

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


@contextmanager
def sigterm_as_ctrl_c() -> Iterator[None]:
    """SIGTERM (a service manager stopping the run) acts like Ctrl-C while a sweep or retest runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Shielded:
    """A pool whose worker processes start with SIGINT and SIGTERM ignored (their speech helpers
    inherit it): a Ctrl-C at the terminal, or a SIGTERM to the whole group, reaches every process,
    and only this one must act on it (it tells the workers to end their calls and stores them)."""

    def __init__(self, inner: AbstractContextManager[Pool]):
        self.inner = inner

    def __enter__(self) -> Pool:
        if threading.current_thread() is not threading.main_thread():
            return self.inner.__enter__()
        previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in STOP_SIGNALS}
        try:
            return self.inner.__enter__()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def __exit__(self, *exc: Any) -> bool | None:
        return self.inner.__exit__(*exc)


def shielded(factory: PoolFactory) -> PoolFactory:
    """``factory`` whose pools start their workers deaf to SIGINT/SIGTERM (see :class:`_Shielded`)."""
    return lambda processes: _Shielded(factory(processes))


def _db_arg(db: Path | None) -> str:
    return f" --db {shlex.quote(str(db))}" if db is not None else ""


def next_steps(*commands: str) -> str:
    """The last line of a sweep or retest: what to run next."""
    return "next: " + "  |  ".join(commands)


def _print_line(console: Console, text: str) -> None:
    console.print(text, markup=False, highlight=False, soft_wrap=True)


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
    broker: str | None = None,
) -> int:
    """``mysterycall sweep CAMPAIGN.yaml [--db PATH] [--dry-run] [--resume ID] [--no-wait] [--broker URL]``.

    The database defaults to ``store.path`` of the campaign's ``config:`` (else ``--config``).
    With ``--broker`` (else ``queue.broker``) the calls run on ``mysterycall worker``s; no worker
    and ``--no-wait``: exit 3.
    """
    from robot.campaigns.broker.coordinator import NO_WORKER_EXIT, NoWorker, pool_factory_for
    from robot.campaigns.campaign import load_campaign
    from robot.campaigns.sweep import run_sweep

    console = console or Console()
    given_db = db
    try:
        loaded = load_campaign(campaign)
        calls_config = loaded.config or config
        if db is None:
            db = resolve_db(None, calls_config)
        if not dry_run:
            try:
                pool_factory = pool_factory_for(broker, calls_config, db, wait, console or Console()) or pool_factory
            except NoWorker as exc:
                (console or Console()).print(str(exc), markup=False, highlight=False)
                return NO_WORKER_EXIT
        with sigterm_as_ctrl_c():
            summary = run_sweep(campaign, db, shielded(pool_factory), dry_run=dry_run, wait_for_window=wait,
                                console=console, resume=resume)  # fmt: skip
    except MysterycallError as exc:
        return _problems(exc)
    except KeyboardInterrupt:  # before the first call or after the last: nothing in flight
        _print_line(console, "interrupted")
        return 130
    if summary.status != "dry_run":
        sweep_arg = f"--sweep {shlex.quote(summary.sweep_id)}{_db_arg(given_db)}"
        steps = [f"mysterycall report {sweep_arg} --format html -o report.html"]
        clients = list(dict.fromkeys(t.client for t in loaded.targets))
        if clients:
            steps.append(f"mysterycall history --client {shlex.quote(clients[0])}{_db_arg(given_db)}")
        if summary.status != "done":
            steps.insert(0, f"mysterycall sweep {shlex.quote(str(campaign))}{_db_arg(given_db)} (continues the sweep)")
        _print_line(console, next_steps(*steps))
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
    broker: str | None = None,
    wait: bool = True,
) -> int:
    """``mysterycall retest (--client NAME | TARGET) [--failed-only] [--broker URL [--no-wait]]``;
    1 if any number got worse (3: ``--no-wait`` and no worker serves the broker)."""
    from robot.campaigns.retest import RetestInterrupted, comparison_table, select
    from robot.campaigns.retest import retest as run_retest
    from robot.campaigns.sweep import DialogNotes, Progress

    console = console or Console()
    if (target is None) == (client is None):
        return _problems(InputError("retest: give a TARGET or --client NAME (one of them)"))
    interrupted: RetestInterrupted | None = None
    try:
        with Store(existing_db(db, config)) as store, sigterm_as_ctrl_c():
            selected = select(store, client, target, failed_only)
            if not selected:
                what = f"client {client!r}" if client else f"target {target!r}"
                if client is not None and not store.history(client=client):
                    raise InputError(unknown_client(store, client))
                console.print(f"nothing to retest for {what}" + (" (no failed numbers)" if failed_only else ""))
                return 0
            refused = retest_refusals(store, [c.target for c in selected], config)
            if refused:
                raise InputError([Problem("retest", 0, 0, line) for line in refused])
            from robot.campaigns.broker.coordinator import NO_WORKER_EXIT, NoWorker, pool_factory_for

            try:
                pool_factory = pool_factory_for(broker, config, existing_db(db, config), wait, console) or pool_factory
            except NoWorker as exc:
                console.print(str(exc), markup=False, highlight=False)
                return NO_WORKER_EXIT
            # with --json the display goes to stderr: stdout carries exactly one JSON object
            shown = Console(stderr=True, soft_wrap=True) if json_out and console.file is sys.stdout else console
            dialogs = DialogNotes(existing_db(db, config))
            label = f"client {client}" if client is not None else str(target)
            with shielded(pool_factory)(1) as pool, Progress(shown, label, len(selected), kind="retest") as progress:
                if hasattr(pool, "on_dialog"):  # the real CallPool: a call its worker does not end is hung up by us
                    pool.on_dialog = dialogs
                try:
                    comparisons = run_retest(store, client, target, failed_only, pool, progress=progress,
                                             dialogs=dialogs)  # fmt: skip
                except RetestInterrupted as exc:
                    interrupted, comparisons = exc, exc.comparisons
    except MysterycallError as exc:
        return _problems(exc)
    except KeyboardInterrupt:  # before the first call or after the last: nothing in flight
        _print_line(console, "interrupted")
        return 130
    if json_out:
        console.file.write(json.dumps([c.to_dict() for c in comparisons], ensure_ascii=False, indent=2) + "\n")
    else:
        console.print(comparison_table(comparisons))
    if interrupted is not None:
        n = len(interrupted.stopped.stored)
        said = f"retest interrupted: {n} call{'s' if n != 1 else ''} in flight stored (they count as calls made)"
        _print_line(Console(stderr=True) if json_out else console, said)
    if not json_out:
        which = f"--client {shlex.quote(client)}" if client is not None else shlex.quote(str(target))
        only = f" --client {shlex.quote(client)}" if client is not None else ""
        report_cmd = f"mysterycall report{only}{_db_arg(db)} --format html -o report.html"
        _print_line(console, next_steps(f"mysterycall history {which}{_db_arg(db)}", report_cmd))
    if interrupted is not None:
        return 130
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
    output: Path | None,
    client: str | None = None,
    since: str | None = None,
    sweep: str | None = None,
    db: Path | None = None,
    config: Path | None = None,
    console: Console | None = None,
    bundle: Path | None = None,
) -> int:
    """``mysterycall report [--client NAME] [--since DATE] [--sweep ID] --format html|csv|json|xlsx|pdf
    (-o FILE | --bundle DIR)``."""
    from robot.report import ALL_FORMATS, write_report

    console = console or Console()
    try:
        if report_format not in ALL_FORMATS:
            raise InputError(f"--format: use one of {', '.join(ALL_FORMATS)}")
        if output is None and bundle is None:
            raise InputError("report: missing option --output")  # or --bundle DIR
        with Store(existing_db(db, config)) as store:
            written = write_report(report_format, output, store, client=client, since=since, sweep=sweep, bundle=bundle)
    except ValueError as exc:
        return _problems(InputError(str(exc)))
    except MysterycallError as exc:
        return _problems(exc)
    except OSError as exc:
        reason = f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else str(exc)
        return _problems(InputError(Problem(str(output or bundle), 0, 0, f"cannot write the report ({reason})")))
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
