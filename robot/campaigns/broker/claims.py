"""Attempt claims in Redis: who runs an attempt, whether it still lives, its one result."""

from __future__ import annotations

from typing import Literal

import redis

from robot.campaigns.broker import keys

# KEYS: result, started, alive; ARGV: worker name, claim ttl (ms), keep (s)
_CLAIM = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 'done' end
if redis.call('SET', KEYS[2], ARGV[1], 'NX', 'EX', ARGV[3]) then
  redis.call('SET', KEYS[3], ARGV[1], 'PX', ARGV[2])
  return 'claimed'
end
if redis.call('EXISTS', KEYS[3]) == 1 then return 'running' end
return 'lost'
"""

Claim = Literal["claimed", "done", "running", "lost"]
CLAIMS: dict[str, Claim] = {"claimed": "claimed", "done": "done", "running": "running", "lost": "lost"}


def claim(client: redis.Redis, key: str, worker: str, ttl_s: float) -> Claim:
    """Claim attempt ``key`` for ``worker``: ``claimed`` (dial it), ``done`` (it has a result),
    ``running`` (a live worker has it) or ``lost`` (claimed before by a worker now dead: never re-dialled)."""
    answer = client.eval(_CLAIM, 3, keys.result(key), keys.started(key), keys.alive(key), worker,
                         int(ttl_s * 1000), keys.KEEP_S)  # fmt: skip
    text = answer.decode() if isinstance(answer, bytes) else str(answer)
    return CLAIMS[text]


def put_result(client: redis.Redis, key: str, payload: str) -> bool:
    """Store the attempt's result unless one is there already (first writer wins); True if written."""
    return bool(client.set(keys.result(key), payload, nx=True, ex=keys.KEEP_S))


def state(client: redis.Redis, key_list: list[str]) -> list[tuple[bool, bool, bool]]:
    """(has result, started, alive) for each attempt key, in one round trip."""
    pipe = client.pipeline(transaction=False)
    for key in key_list:
        pipe.exists(keys.result(key))
        pipe.exists(keys.started(key))
        pipe.exists(keys.alive(key))
    flags = [bool(x) for x in pipe.execute()]
    return [(flags[i], flags[i + 1], flags[i + 2]) for i in range(0, len(flags), 3)]


def live_workers(client: redis.Redis) -> list[str]:
    """Names of the workers that beat within :data:`keys.WORKER_TTL_S`."""
    prefix = len(keys.worker(""))
    return sorted(k.decode()[prefix:] for k in client.scan_iter(match=keys.WORKERS_MATCH, count=100))
