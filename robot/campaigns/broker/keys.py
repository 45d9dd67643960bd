"""Redis key names and lifetimes shared by the coordinator and the workers.

Per attempt key ``K`` (the job id, unique per sweep, target and attempt):

- ``mc:sub:K``     the coordinator submitted K (so a restarted coordinator looks for it here)
- ``mc:started:K`` a worker claimed K (set once, never again: a claimed attempt is never re-dialled)
- ``mc:alive:K``   the claiming worker's heartbeat (expires ``claim_ttl_s`` after its last beat)
- ``mc:dialog:K``  the SIP dialog the worker reported (to end it with BYE/CANCEL if the worker dies)
- ``mc:result:K``  the result, written once (``SET NX``): by the worker, or ``worker lost`` by the
  coordinator; it waits here until the coordinator has stored it
- ``mc:reply:C``   list of events (result / dialog) for coordinator C
- ``mc:worker:N``  presence of worker N (expires when it stops beating)
"""

from __future__ import annotations

PREFIX = "mc:"
QUEUE = "mysterycall.calls"
TASK = "mysterycall.call"
KEEP_S = 7 * 24 * 3600  # submission/claim/result markers outlive any sweep a coordinator could resume
CLAIM_TTL_S = 10.0  # an attempt whose worker has not beaten for this long is lost
WORKER_TTL_S = 5.0  # a worker not seen for this long is gone (the "waiting for a worker" note)


def sub(key: str) -> str:
    return f"{PREFIX}sub:{key}"


def started(key: str) -> str:
    return f"{PREFIX}started:{key}"


def alive(key: str) -> str:
    return f"{PREFIX}alive:{key}"


def dialog(key: str) -> str:
    return f"{PREFIX}dialog:{key}"


def result(key: str) -> str:
    return f"{PREFIX}result:{key}"


def reply(coordinator: str) -> str:
    return f"{PREFIX}reply:{coordinator}"


def worker(name: str) -> str:
    return f"{PREFIX}worker:{name}"


WORKERS_MATCH = f"{PREFIX}worker:*"
