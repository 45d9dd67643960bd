"""The ``mysterycall`` command line: a thin layer over the robot's modules."""

from __future__ import annotations

import json
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from robot.cli.problems import print_problems, run
from robot.errors import InputError

if TYPE_CHECKING:
    from robot.call.result import CallResult
    from robot.campaigns.job import CallJob
    from robot.campaigns.store import Store
    from robot.config.policy import DialPolicy
    from robot.config.settings import Config

app = typer.Typer(
    help="mysterycall: an automated mystery-call robot on a SIP softphone.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)

ConfigOpt = Annotated[Path | None, typer.Option("--config", help="config.yaml to use")]
JsonOpt = Annotated[bool, typer.Option("--json", help="print one JSON object on stdout")]


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


def emit_result(result: CallResult, cfg: Config, json_out: bool) -> None:
    """Save the result JSON and print it (one JSON object) or a short summary."""
    from robot.call.place import save_result
    from robot.cli.summary import print_call_summary

    saved = save_result(result, cfg.results_dir)
    if json_out:
        sys.stdout.write(json.dumps(result.model_dump(mode="json"), ensure_ascii=False) + "\n")
    else:
        print_call_summary(result, out, str(saved))


@app.callback()
def main_options(
    ctx: typer.Context,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="debug logging on stderr")] = False,
) -> None:
    _setup_logging(verbose)
    from robot.media import firstrun  # once per user: try to fetch the small ru/en Vosk models

    if ctx.invoked_subcommand != "models" and firstrun.due(sys.stdin.isatty() and sys.stderr.isatty()):
        err.print(firstrun.fetch_default_models(err), highlight=False, markup=False, soft_wrap=True)


@app.command()
def call(
    target: Annotated[str, typer.Argument(help="phone number (dial plan) or SIP URI sip:user@host:port")],
    scenario: Annotated[Path | None, typer.Option(help="scenario YAML to run once answered")] = None,
    config: ConfigOpt = None,
    max_ring: Annotated[float | None, typer.Option("--max-ring", help="seconds to ring before CANCEL")] = None,
    model: Annotated[str | None, typer.Option(help="Vosk model name or path (overrides asr.model)")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Place one call, measure the line and print the result.

    The dialling policy decides first (a blocked destination is one line, exit 2, nothing
    dialled), then the daily cap per number (``limits.daily_cap_per_number``), counted in
    the results store (``store.path``), where the attempt is written before the INVITE leaves
    and the call is recorded when it ends.
    """
    from robot.call.place import make_plan, place_call
    from robot.config.settings import load_config

    if max_ring is not None and not 0 < max_ring <= 3600:
        raise InputError(f"--max-ring must be between 0 and 3600 seconds, got {max_ring:g}")
    cfg = load_config(config)
    if model is not None:
        cfg.asr.model = model
    policy = _dial_policy(cfg, target)
    plan = make_plan(target, cfg, max_ring)
    if scenario is not None:
        from robot.scenario.engine import attach_scenario

        attach_scenario(plan, scenario, cfg)
    job = _call_job(target, scenario, config, max_ring)
    _check_daily_cap(cfg, policy, target)
    _write_ahead(cfg, job)
    result = place_call(cfg, plan)
    _record_call(cfg, result, job)
    emit_result(result, cfg, json_out)


def _dial_policy(cfg: Config, target: str) -> DialPolicy:
    """The config's dialling policy, which must allow ``target`` (else one line, exit 2).

    What the policy cannot read as a number or URI is left to the dial plan, whose message
    quotes the input."""
    from robot.config.policy import DialPolicy

    policy = DialPolicy.from_config(cfg)
    decision = policy.check(target)
    if decision.blocked and decision.kind != "invalid":
        raise InputError(decision.message)
    return policy


def _call_job(target: str, scenario: Path | None, config: Path | None, max_ring: float | None) -> CallJob:
    import uuid

    from robot.campaigns.job import CallJob

    return CallJob(
        job_id=f"call-{uuid.uuid4().hex[:12]}",
        target=target,
        scenario=str(scenario.resolve()) if scenario is not None else None,
        config=str(config.resolve()) if config is not None else None,
        max_ring_s=max_ring,
        meta={"command": "call"},
    )


def _open_store(cfg: Config) -> Store:
    import sqlite3

    from robot.campaigns.store import Store

    try:
        return Store(cfg.store.path)
    except (sqlite3.Error, OSError) as exc:
        raise InputError(
            f"{cfg.store.path}: cannot open the results store ({exc}); `call` counts its dials there "
            "for limits.daily_cap_per_number (set store.path in the config)"
        ) from None


def _check_daily_cap(cfg: Config, policy: DialPolicy, target: str) -> None:
    """Exit 2 with one line when ``target`` (by canonical destination) reached today's cap:
    every call stored or started since local midnight counts, whatever client, campaign or
    spelling (a ``call`` process that died mid-call is stored as interrupted first)."""
    from datetime import datetime

    from robot.campaigns.plan import count_by_key
    from robot.campaigns.retest import settle_orphans
    from robot.config.policy import daily_cap_message

    midnight = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    key = policy.key(target)
    with _open_store(cfg) as store:
        settle_orphans(store)
        today = count_by_key(store.calls_since(midnight), policy.key)
    message = daily_cap_message(key, today[key], cfg.limits.daily_cap_per_number)
    if message is not None:
        raise InputError(message)


def _write_ahead(cfg: Config, job: CallJob) -> None:
    """Commit the attempt before the INVITE can leave (a killed ``call`` still counts and is stored later)."""
    with _open_store(cfg) as store:
        store.begin_attempt(job)


def _record_call(cfg: Config, result: CallResult, job: CallJob) -> None:
    """Store the call (it counts against the daily cap of its number); a store that fails now
    is said on stderr but the result is still printed and saved."""
    try:
        with _open_store(cfg) as store:
            store.add_result(result, job=job)
    except Exception as exc:  # noqa: BLE001 - the call happened: never lose its printed result
        logging.getLogger(__name__).warning("could not record the call in %s: %s", cfg.store.path, exc)


@app.command()
def phone(
    listen: Annotated[str, typer.Option(help="HOST:PORT to listen on (loopback)")] = "127.0.0.1:5080",
    script: Annotated[Path | None, typer.Option(help="YAML phone/operator script")] = None,
) -> None:
    """Run the simulated client phone (behaviour per dialed user part, see README)."""
    from robot.phone.phone import serve
    from robot.phone.script import load_phone_script

    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit():
        raise InputError(f"--listen must be HOST:PORT, got {listen!r}")
    kwargs = load_phone_script(script) if script is not None else {}
    serve(host, int(port), **kwargs)


@app.command()
def demo(
    user: Annotated[str, typer.Option(help="behaviour of the simulated line (see `phone`)")] = "ring2",
    scenario: Annotated[Path | None, typer.Option(help="scenario to run (default: the line check)")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Start the simulated client phone on loopback, call it, print the measured result."""
    from robot.call.place import make_plan, place_call
    from robot.cli.demo import DEMO_OPERATOR, DEMO_SCENARIO, simulated_phone
    from robot.config.settings import load_config
    from robot.scenario import load_scenario
    from robot.scenario.engine import attach_scenario

    cfg = load_config(None)
    if scenario is not None:
        load_scenario(scenario)  # bad input is reported before the phone starts
    _dial_policy(cfg, f"sip:{user}@127.0.0.1")  # loopback is allowed; an emergency user part is not
    with simulated_phone(DEMO_OPERATOR) as address:
        _dial_policy(cfg, f"sip:{user}@{address}")
        plan = make_plan(f"sip:{user}@{address}", cfg)
        attach_scenario(plan, scenario or DEMO_SCENARIO, cfg)
        err.print(f"calling the simulated phone at {address} ...", highlight=False, markup=False)
        result = place_call(cfg, plan)
    emit_result(result, cfg, json_out)


@app.command()
def validate(
    paths: Annotated[list[Path], typer.Argument(help="scenario or campaign YAML files")],
) -> None:
    """Check scenario and campaign files; one `PATH:LINE:COL: message` line per problem (exit 1)."""
    from robot.campaigns.campaign import is_campaign_file, validate_campaign
    from robot.scenario import validate_scenario

    problems = []
    for path in paths:
        try:
            found = validate_campaign(path) if is_campaign_file(path) else validate_scenario(path)[1]
        except InputError as exc:
            found = exc.problems
        problems.extend(found)
    print_problems(problems, sys.stdout)  # the command's report: on stdout, like a linter's
    if problems:
        raise typer.Exit(1)
    err.print(f"{len(paths)} file(s) valid", highlight=False)


@app.command()
def schema() -> None:
    """Print the JSON Schema of scenario files (for yaml-language-server and editors)."""
    from robot.scenario import scenario_json_schema_text

    sys.stdout.write(scenario_json_schema_text() + "\n")


@app.command()
def score(
    input_file: Annotated[Path, typer.Argument(metavar="INPUT", help="call result JSON or transcript JSON")],
    scenario: Annotated[Path, typer.Option(help="scenario whose checks to apply")],
    json_out: JsonOpt = False,
) -> None:
    """Re-score a stored call or a transcript against a scenario's checks, without redialing."""
    from robot.scenario import load_scenario
    from scoring.engine import score_call
    from scoring.inputs import load_scoring_input

    scn = load_scenario(scenario)
    call_input = load_scoring_input(input_file)
    report = score_call(scn.scoring_checks, call_input, scn.language, scn.pass_percent, scn.review_below)
    if json_out:
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False) + "\n")
        return
    from robot.cli.summary import print_score

    print_score(report.as_dict(), out)


@app.command()
def transcribe(
    recording: Annotated[Path, typer.Argument(help="WAV recording (stereo: robot left, callee right)")],
    lang: Annotated[str, typer.Option("--lang", help="ru or en")] = "en",
    model: Annotated[str | None, typer.Option(help="Vosk model name or path")] = None,
    engine: Annotated[str, typer.Option(help="auto, vosk or pocketsphinx")] = "auto",
    json_out: JsonOpt = False,
) -> None:
    """Transcribe a stored recording offline, per channel."""
    from robot.media.asr.transcribe import transcribe_recording

    if lang not in ("ru", "en"):
        raise InputError(f"unsupported language {lang!r} for --lang: use ru or en")
    if engine not in ("auto", "vosk", "pocketsphinx"):
        raise InputError(f"unknown engine {engine!r} for --engine: use auto, vosk or pocketsphinx")
    turns, info = transcribe_recording(recording, lang, engine=engine, model=model)
    if json_out:
        sys.stdout.write(json.dumps({"turns": turns, "asr": info.as_dict()}, ensure_ascii=False) + "\n")
        return
    for turn in turns:
        line = f"[{turn['start_s']:7.2f}-{turn['end_s']:7.2f}] {turn['speaker']:>6}: {turn['text']}"
        out.print(line, highlight=False, markup=False)
    if info.warning:
        err.print(f"note: {info.warning}", highlight=False, markup=False)


models_app = typer.Typer(help="Vosk speech models: list and download (checksum-verified).", no_args_is_help=True)
app.add_typer(models_app, name="models")


@models_app.command("list")
def models_list(json_out: JsonOpt = False) -> None:
    """Known Vosk models and whether they are installed in the cache."""
    from robot.media.asr.models import list_models

    rows = list_models()
    if json_out:
        data = [
            {
                "name": m.name,
                "language": m.language,
                "size": m.size,
                "installed": m.installed,
                "path": str(m.path),
                "problem": m.problem,
            }
            for m in rows
        ]
        sys.stdout.write(json.dumps(data) + "\n")
        return
    from rich.table import Table

    table = Table("name", "language", "size", "installed")
    for m in rows:
        table.add_row(m.name, m.language, m.size, "yes" if m.installed else (m.problem or "no"))
    out.print(table)


@models_app.command("download")
def models_download(
    name: Annotated[str, typer.Argument(help="model name, e.g. vosk-model-small-ru-0.22")],
    url: Annotated[str | None, typer.Option(help="download from this URL instead")] = None,
    checksum: Annotated[str | None, typer.Option(help="expected sha256:HEX or md5:HEX")] = None,
) -> None:
    """Download a Vosk model into the per-user cache, verifying its checksum."""
    from rich.progress import DownloadColumn, Progress, TransferSpeedColumn

    from robot.media.asr.models import download_model

    columns = (*Progress.get_default_columns(), DownloadColumn(), TransferSpeedColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task(name, total=None)
        path = download_model(
            name,
            url=url,
            checksum=checksum,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    out.print(f"installed {name} in {path}", highlight=False, markup=False)


BrokerOpt = Annotated[
    str | None, typer.Option("--broker", help="redis://HOST:PORT/DB: run the calls on workers (default: queue.broker)")
]
DbOpt = Annotated[Path | None, typer.Option("--db", help="results database (default: store.path in config)")]


@app.command()
def history(
    target: Annotated[str | None, typer.Argument(help="a number or SIP URI")] = None,
    client: Annotated[str | None, typer.Option(help="a client name from a campaign")] = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
    json_out: JsonOpt = False,
    alerts: Annotated[bool, typer.Option("--alerts", help="show the alerts sent instead")] = False,
) -> None:
    """Stored results of a number or of a client's numbers (or, with --alerts, the alerts sent)."""
    from robot.cli import sweeps as sweepcommands

    if alerts:
        raise typer.Exit(sweepcommands.alerts_history(target, client, db, config, json_out, out))
    raise typer.Exit(sweepcommands.history(target, client, db, config, json_out, out))


alerts_app = typer.Typer(help="Alert channels of a campaign (webhook, email).", no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")


@alerts_app.command("test")
def alerts_test(campaign: Annotated[Path, typer.Argument(help="campaign YAML")]) -> None:
    """Send a sample event to every alert channel; say per channel what happened (exit 1 if one failed)."""
    from robot.cli import sweeps as sweepcommands

    raise typer.Exit(sweepcommands.alerts_test(campaign, out))


@app.command()
def sweep(
    campaign: Annotated[Path, typer.Argument(help="campaign YAML")],
    db: DbOpt = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="print the plan, dial nothing")] = False,
    resume: Annotated[str | None, typer.Option(help="continue this sweep id")] = None,
    wait: Annotated[
        bool, typer.Option("--wait/--no-wait", help="outside the window (or no worker): wait, or stop (exit 3)")
    ] = True,
    config: ConfigOpt = None,
    broker: BrokerOpt = None,
) -> None:
    """Run a campaign: dial every target in its window, retry per policy, store each result."""
    from robot.cli import sweeps as sweepcommands

    raise typer.Exit(sweepcommands.sweep(campaign, db, dry_run, resume, wait, config, out, broker=broker))


FAILED_ONLY_HELP = "only numbers whose last call was not answered or failed a check (a low score alone is not)"


@app.command()
def retest(
    target: Annotated[str | None, typer.Argument(help="a number or SIP URI")] = None,
    client: Annotated[str | None, typer.Option(help="redial all numbers of this client")] = None,
    failed_only: Annotated[bool, typer.Option("--failed-only", help=FAILED_ONLY_HELP)] = False,
    db: DbOpt = None,
    config: ConfigOpt = None,
    json_out: JsonOpt = False,
    broker: BrokerOpt = None,
    wait: Annotated[bool, typer.Option("--wait/--no-wait", help="no worker on the broker: wait, or exit 3")] = True,
) -> None:
    """Redial after a client's fix and compare before/after per number."""
    from robot.cli import sweeps as sweepcommands

    raise typer.Exit(
        sweepcommands.retest(target, client, failed_only, db, config, json_out, out, broker=broker, wait=wait)
    )


@app.command()
def worker(
    broker: BrokerOpt = None,
    calls: Annotated[int, typer.Option(help="calls this worker runs at once (4 per call-worker process)")] = 4,
    name: Annotated[str | None, typer.Option(help="worker name (default: host-pid)")] = None,
    config: ConfigOpt = None,
    keep_recordings: Annotated[
        bool, typer.Option("--keep-recordings", help="keep a copy of each recording in recordings_dir")
    ] = False,
    print_unit: Annotated[bool, typer.Option("--print-unit", help="print a systemd unit file and exit")] = False,
) -> None:
    """Take call jobs from the broker and run them here (Celery worker; SIGTERM: finish, then exit)."""
    from robot.campaigns.broker.command import run_worker, unit_file
    from robot.campaigns.broker.coordinator import broker_for

    url = broker_for(broker, config)
    if url is None:
        raise InputError("worker: give --broker redis://HOST:PORT/DB (or queue.broker in config.yaml)")
    if print_unit:
        out.print(unit_file(url, calls, name, config, keep_recordings), markup=False, highlight=False, end="")
        raise typer.Exit(0)
    raise typer.Exit(run_worker(url, calls, name, config, keep_recordings))


@app.command("review")
def review_calls(
    client: Annotated[str | None, typer.Option(help="only this client")] = None,
    sweep_id: Annotated[str | None, typer.Option("--sweep", help="only this sweep id")] = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Stored calls to listen to (a weighted check's confidence below the threshold), with evidence times."""
    from robot.cli import review as reviewcommands

    raise typer.Exit(reviewcommands.review(client, sweep_id, db, config, json_out, out))


@app.command()
def explain(
    input_file: Annotated[Path, typer.Argument(metavar="INPUT", help="call result JSON or transcript JSON")],
    scenario: Annotated[Path, typer.Option(help="scenario whose checks to explain")],
    check: Annotated[str | None, typer.Option("--check", help="only this check id")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Per check: the words that matched which phrase, lemmas, synonyms, negation and confidence."""
    from robot.cli import review as reviewcommands

    raise typer.Exit(reviewcommands.explain(input_file, scenario, check, json_out, out))


class ReportFormat(StrEnum):
    html = "html"
    csv = "csv"
    json = "json"
    xlsx = "xlsx"
    pdf = "pdf"


@app.command()
def report(
    report_format: Annotated[ReportFormat, typer.Option("--format", help="html, csv, json, xlsx or pdf")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="file to write (inside --bundle: its name there)")
    ] = None,
    client: Annotated[str | None, typer.Option(help="only this client")] = None,
    since: Annotated[str | None, typer.Option(help="only calls since DATE (YYYY-MM-DD)")] = None,
    sweep_id: Annotated[str | None, typer.Option("--sweep", help="only this sweep id")] = None,
    db: DbOpt = None,
    config: ConfigOpt = None,
    bundle: Annotated[
        Path | None,
        typer.Option("--bundle", help="folder for the report plus copies of its recordings (html, csv, xlsx)"),
    ] = None,
) -> None:
    """Write a client report (HTML page, CSV rows, JSON summary, XLSX workbook or PDF)."""
    from robot.cli import sweeps as sweepcommands

    raise typer.Exit(
        sweepcommands.report(report_format.value, output, client, since, sweep_id, db, config, err, bundle=bundle)
    )


@app.command()
def schedule(
    campaign: Annotated[Path, typer.Argument(help="campaign YAML")],
    at: Annotated[str, typer.Option(help="daily start time HH:MM")],
    install: Annotated[bool, typer.Option("--install", help="install the cron entry / systemd timer")] = False,
    kind: Annotated[str | None, typer.Option(help="cron or systemd (default: systemd if running)")] = None,
    db: DbOpt = None,
) -> None:
    """Print (or install) a cron entry or systemd timer that runs the sweep daily."""
    from robot.cli import sweeps as sweepcommands

    raise typer.Exit(sweepcommands.schedule(campaign, at, install, kind, db, out))


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="address to listen on; any but 127.0.0.1 needs a token")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port (0: any free port)")] = 8080,
    config: ConfigOpt = None,
) -> None:
    """Serve the review dashboard (read-only) over the results store; MYSTERYCALL_SERVE_TOKEN guards it."""
    from robot.dashboard.server import serve as serve_dashboard

    serve_dashboard(db, host, port, config)


def main(args: list[str] | None = None) -> None:
    """Console-script entry point: every user error is one plain line (see :mod:`robot.cli.problems`)."""
    sys.exit(run(app, args))
