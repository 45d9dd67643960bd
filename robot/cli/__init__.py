"""The command layer: typer commands, terminal output and the one way problems are printed.

Owns: ``mysterycall``'s commands and flags, exit codes, progress display and summaries.
May import: every other layer (it is the top); nothing imports it.
"""

from robot.cli.app import app, main

__all__ = ["app", "main"]
