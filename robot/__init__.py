"""mysterycall: an automated mystery-call robot on a SIP softphone.

Sub-packages by layer, bottom to top; a layer imports only the layers below it
(``tests/test_layers.py`` enforces it): :mod:`robot.errors` (the one exception
hierarchy), :mod:`robot.config`, :mod:`robot.sip`, :mod:`robot.media`, :mod:`robot.call`,
:mod:`scoring` (a top-level package), :mod:`robot.scenario`, :mod:`robot.campaigns`,
:mod:`robot.report` and :mod:`robot.phone`, and :mod:`robot.cli` on top.
"""

__version__ = "0.1.0"
