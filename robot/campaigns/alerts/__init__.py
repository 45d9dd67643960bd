"""Alerts: a number's failure state across sweeps, the events it raises, and where they are sent.

:mod:`.state` decides (pure) when a line is down or recovered, :mod:`.events` builds the JSON
events, :mod:`.channels` delivers one event (webhook, email) and :mod:`.dispatcher` sends them
in the background with retries; :mod:`.watch` ties them to a sweep and the store.
"""
