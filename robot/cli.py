"""The ``mysterycall`` command line: a thin layer over the robot's modules."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer
from rich.console import Console

from robot.errors import CallSetupError, InputError

app = typer.Typer(
    help="mysterycall: an automated mystery-call robot on a SIP softphone.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
out = Console()

ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="config.yaml to use")]  # noqa: UP007
JsonOpt = Annotated[bool, typer.Option("--json", help="print one JSON object on stdout")]


def fail(message: str, code: int = 2) -> NoReturn:
    """Print one clear line on stderr and exit (2: bad input)."""
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    raise typer.Exit(code)


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


@app.callback()
def main_options(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="debug logging on stderr")] = False,
) -> None:
    _setup_logging(verbose)


@app.command()
def call(
    target: Annotated[str, typer.Argument(help="phone number (dial plan) or SIP URI sip:user@host:port")],
    scenario: Annotated[Optional[Path], typer.Option(help="scenario YAML to run once answered")] = None,  # noqa: UP007
    config: ConfigOpt = None,
    max_ring: Annotated[Optional[float], typer.Option("--max-ring", help="seconds to ring before CANCEL", min=0.1)] = None,  # noqa: UP007
    json_out: JsonOpt = False,
) -> None:
    """Place one call, measure the line and print the result."""
    from robot.calling import place_call, save_result
    from robot.config import load_config
    from robot.summary import print_call_summary

    try:
        cfg = load_config(config)
        from robot.calling import make_plan

        plan = make_plan(target, cfg, max_ring)
        if scenario is not None:
            from robot.talk import attach_scenario

            attach_scenario(plan, scenario, cfg)
        result = place_call(cfg, plan)
    except InputError as exc:
        fail(str(exc))
    except CallSetupError as exc:
        fail(str(exc), 1)
    saved = save_result(result, cfg.results_dir)
    if json_out:
        sys.stdout.write(json.dumps(result.model_dump(mode="json"), ensure_ascii=False) + "\n")
    else:
        print_call_summary(result, out, str(saved))


@app.command()
def phone(
    listen: Annotated[str, typer.Option(help="HOST:PORT to listen on (loopback)")] = "127.0.0.1:5080",
    script: Annotated[Optional[Path], typer.Option(help="YAML phone/operator script")] = None,  # noqa: UP007
) -> None:
    """Run the simulated client phone (behaviour per dialed user part, see README)."""
    from robot.phone.phone import serve
    from robot.phone.script import load_phone_script

    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit():
        fail(f"--listen must be HOST:PORT, got {listen!r}")
    try:
        kwargs = load_phone_script(script) if script is not None else {}
        serve(host, int(port), **kwargs)
    except InputError as exc:
        fail(str(exc))
    except CallSetupError as exc:
        fail(str(exc), 1)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except InputError as exc:
        err.print(f"error: {exc}", highlight=False, markup=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
