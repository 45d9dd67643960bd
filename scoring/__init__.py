"""Scoring a call against checklists: the check kinds, phrase matching, metrics and the score.

Owns: checklist files and the ``checks:`` items of scenario files (``models``, ``checklist``),
one module per check kind and their registry (``checks/``), the fuzzy matcher and its text
tools (``normalize``, ``stemming``, ``lexicon``, ``negation``, ``matcher``), call metrics
(``metrics``), what is scored (``inputs``) and the engine (``engine``). All of it is pure
logic, testable without a call.

May import: ``robot.errors``, ``robot.config`` and ``robot.call.result`` only; never
``robot.scenario``, ``robot.campaigns``, ``robot.cli`` or pjsua2.
"""
