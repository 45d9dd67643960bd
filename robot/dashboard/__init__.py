"""The review dashboard: a read-only Flask application over the results store (``mysterycall serve``).

Owns: the filters of the call list (validated query strings), the read-only SQL over the store,
the pages and their templates, the recordings served by call id, the access token and the server.
May import: the layers below it (config, call, campaigns for the store's schema); not report or cli.
"""

from __future__ import annotations
