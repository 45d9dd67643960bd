"""Configuration: ``config.yaml``, secrets, YAML files with positions, numbers to SIP URIs.

Owns: the config model and loader, where the SIP password comes from, the YAML reader
that keeps line and column for every node, and the dial plan.
May import: :mod:`robot.errors` only.
"""
