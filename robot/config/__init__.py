"""Configuration: ``config.yaml``, secrets, YAML files with positions, numbers to SIP URIs.

Owns: the config model and loader, where the SIP password comes from, the YAML reader
that keeps line and column for every node, the dial plan, and the dialling policy
(which destinations may be called, their canonical form).
May import: :mod:`robot.errors` only.
"""
