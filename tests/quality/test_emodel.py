"""The E-model against values worked out by hand from ITU-T G.107 / G.113 (pure)."""

from __future__ import annotations

import pytest

from robot.call.quality import G711, G729, codec_params, delay_impairment, effective_ie, mos_from_r, r_factor

# MOS = 1 + 0.035 R + 7e-6 R (R - 60)(100 - R), by hand:
#   R = 93.2 -> 1 + 3.262 + 7e-6 * 93.2 * 33.2 * 6.8 = 4.4093
#   R = 80   -> 1 + 2.8 + 7e-6 * 80 * 20 * 20 = 4.024
#   R = 70   -> 1 + 2.45 + 7e-6 * 70 * 10 * 30 = 3.597
#   R = 50   -> 1 + 1.75 - 7e-6 * 50 * 10 * 50 = 2.575


@pytest.mark.parametrize(("r", "mos"), [(93.2, 4.4093), (80, 4.024), (70, 3.597), (50, 2.575)])
def test_mos_from_r(r: float, mos: float) -> None:
    assert mos_from_r(r) == pytest.approx(mos, abs=1e-4)


def test_mos_is_clamped() -> None:
    assert mos_from_r(-5) == 1.0 and mos_from_r(0) == 1.0
    assert mos_from_r(100) == 4.5 and mos_from_r(120) == 4.5
    assert mos_from_r(3) == 1.0  # the cubic dips below 1 just above R = 0


def test_delay_impairment_knee() -> None:
    assert delay_impairment(0) == 0.0
    assert delay_impairment(100) == pytest.approx(2.4)  # 0.024 * 100
    assert delay_impairment(177.3) == pytest.approx(4.2552)  # still linear at the knee
    assert delay_impairment(200) == pytest.approx(4.8 + 0.11 * 22.7)  # 7.297


def test_effective_ie_random_loss() -> None:
    assert effective_ie(0, 25.1, 0) == 0.0
    assert effective_ie(0, 25.1, 3) == pytest.approx(95 * 3 / 28.1)  # 10.1423
    assert effective_ie(0, 4.3, 3) == pytest.approx(95 * 3 / 7.3)  # 39.0411: no concealment
    assert effective_ie(11, 19, 5) == pytest.approx(11 + 84 * 5 / 24)  # G.729: 28.5
    assert effective_ie(0, 25.1, 100) == pytest.approx(9500 / 125.1)


@pytest.mark.parametrize(
    ("loss", "delay", "plc", "r", "mos"),
    [
        (0, 0, True, 93.2, 4.4093),
        (3, 0, True, 83.0577, 4.1341),  # 93.2 - 10.1423
        (10, 0, True, 66.1345, 3.4109),  # 93.2 - 950 / 35.1
        (3, 80, True, 81.1377, 4.0663),  # 93.2 - 1.92 - 10.1423
        (0, 200, True, 85.903, 4.2262),  # 93.2 - 7.297
        (3, 0, False, 54.1589, 2.7940),  # Bpl 4.3: G.711 without PLC
    ],
)
def test_r_factor_g711(loss: float, delay: float, plc: bool, r: float, mos: float) -> None:
    got = r_factor(loss, delay, G711, plc)
    assert got == pytest.approx(r, abs=1e-3)
    assert mos_from_r(got) == pytest.approx(mos, abs=1e-3)


def test_r_factor_g729_and_clamp() -> None:
    assert r_factor(0, 0, G729) == pytest.approx(82.2)  # Ie 11
    assert r_factor(100, 1000, G711) == 0.0


def test_codec_names() -> None:
    assert codec_params("PCMU") is G711 and codec_params("PCMA/8000") is G711
    assert codec_params("G729") is G729
    assert codec_params("opus") is G711 and codec_params(None) is G711  # no verified values: G.711's
