"""Nothing assumes one host: a worker inside its own Linux network namespace, joined to the
coordinator's by a veth pair on a private link-local /30 made by the test, runs a sweep's calls.

The simulated phone and Redis listen on the root namespace's end of the link; the worker reaches
them only through it (its SIP and RTP bound to its own end, by its own ``--config``). Needs root
(``ip netns add``); skipped with the reason otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from robot.campaigns.store import Store
from tests.broker.brokerkit import CountingPhone, RedisServer, Worker, run_cli

pytestmark = pytest.mark.calls


def _ip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ip", *args], capture_output=True, text=True, check=False)


@pytest.fixture
def netns() -> Iterator[tuple[str, str, str]]:
    """(namespace, root-side address, namespace-side address) of a fresh veth link."""
    if shutil.which("ip") is None:
        pytest.skip("no `ip` command (iproute2) to create a network namespace")
    tag = f"{os.getpid() % 100000}"
    name, outside, inside = f"mc{tag}", f"mcv{tag}a", f"mcv{tag}b"
    net = 100 + os.getpid() % 100
    here, there = f"169.254.{net}.1", f"169.254.{net}.2"
    made = _ip("netns", "add", name)
    if made.returncode != 0:
        pytest.skip(f"cannot create a network namespace here (needs root / CAP_SYS_ADMIN): {made.stderr.strip()}")
    try:
        steps = [
            ("link", "add", outside, "type", "veth", "peer", "name", inside),
            ("link", "set", inside, "netns", name),
            ("addr", "add", f"{here}/30", "dev", outside),
            ("link", "set", outside, "up"),
            ("-n", name, "addr", "add", f"{there}/30", "dev", inside),
            ("-n", name, "link", "set", inside, "up"),
            ("-n", name, "link", "set", "lo", "up"),
        ]
        for step in steps:
            done = _ip(*step)
            if done.returncode != 0:
                pytest.skip(f"cannot set up the veth link (ip {' '.join(step)}): {done.stderr.strip()}")
        yield name, here, there
    finally:
        _ip("link", "del", outside)
        _ip("netns", "del", name)


def test_a_worker_in_another_network_namespace(netns: tuple[str, str, str], tmp_path: Path) -> None:
    name, here, there = netns
    server = RedisServer(tmp_path, bind=("127.0.0.1", here), password="netns-test-secret")  # not loopback-only
    try:
        phone = CountingPhone(listen=f"{here}:{_free_udp(here)}")
    except BaseException:
        server.stop()
        raise
    (tmp_path / "worker.yaml").write_text(f"sip: {{bind_address: {there}}}\n")
    worker = Worker(server.url(host=here), "wNS", tmp_path, prefix=["ip", "netns", "exec", name],
                    config=tmp_path / "worker.yaml")  # fmt: skip
    try:
        worker.wait_ready(server.client())
        (tmp_path / "config.yaml").write_text("limits: {max_ring_s: 2, max_call_s: 8, stay_s: 0.3}\n")
        users = [f"ring0.1-ns{i}" for i in range(4)] + ["busy-ns5", "decline-ns6"]
        campaign = tmp_path / "campaign.yaml"
        campaign.write_text(
            "name: netns\nconfig: config.yaml\nconcurrency: 4\nclient_concurrency: 4\n"
            'window: {days: [mon, tue, wed, thu, fri, sat, sun], from: "00:00", to: "24:00", tz: UTC}\n'
            "attempts: {max: 1}\ntargets:\n  - client: Far\n    numbers:\n"
            + "".join(f'      - "{phone.uri(u)}"\n' for u in users)
        )
        done = run_cli("sweep", str(campaign), "--db", str(tmp_path / "s.db"), "--broker", server.url())
        assert done.returncode == 0, done.stdout + done.stderr + worker.stderr.read_text()
        with Store(tmp_path / "s.db") as store:
            outcomes = {c.target.split(":")[1].split("@")[0]: c for c in store.calls()}
        assert {u: c.outcome for u, c in outcomes.items()} == {
            **{u: "answered" for u in users[:4]},
            "busy-ns5": "busy",
            "decline-ns6": "rejected",
        }
        for user in users[:4]:
            assert Path(outcomes[user].recording or "").is_file()  # came back over the link
        assert phone.drain() == {u: 1 for u in users}
        log = worker.stderr.read_text()
        assert log.count(": answered") == 4, log
        assert "netns-test-secret" not in log and "netns-test-secret" not in done.stdout + done.stderr
    finally:
        code = worker.stop()
        phone.stop()
        server.stop()
    assert code == 0, "the worker did not exit cleanly on SIGTERM"


def _free_udp(host: str) -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])
