"""``python -m robot.cli``: the same as the ``mysterycall`` command."""

from robot.cli.app import main

main()
