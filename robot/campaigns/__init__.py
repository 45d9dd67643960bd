"""Campaigns: campaign files, sweep plans, sweeps, the results store, retests, schedules, jobs and workers.

Owns: who is called when and how often, call jobs and the worker processes that run
them, the SQLite store every result lands in.
May import: every lower layer (config, sip, media, call, scoring, scenario).
"""
