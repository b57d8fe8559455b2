"""The smallest norm balls against the closed forms (issue 14's pictures draw these)."""

import numpy as np
import pytest

import ib_helpers as ib
from ib_helpers.balls import smallest_ball

X_SEED = np.array([1.0, 0.1, 0.01])
TWO_POINTS = (np.array([[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]]), np.array([1.0, 0.5]))


def test_one_point_radii_are_the_diagonal_of_the_limits_table():
    table = ib.limits_table(X_SEED, 1.0)
    for k, method in enumerate(("sgd", "epoch_adam", "rescaled_sgd")):
        ball = smallest_ball(method, X_SEED, 1.0)
        assert ball.holds
        assert ball.radius == pytest.approx(table.norms[k, k], rel=1e-14)
    assert smallest_ball("sgd", X_SEED, 1.0).radius == pytest.approx(1 / np.sqrt(1.0101))
    assert smallest_ball("epoch_adam", X_SEED, 1.0).radius == pytest.approx(100 / 111)
    ellipsoid = smallest_ball("rescaled_sgd", X_SEED, 1.0)
    assert ellipsoid.radius == pytest.approx(1 / np.sqrt(3))
    np.testing.assert_allclose(ellipsoid.semi_axes, [1, 10, 100] / np.sqrt(3))


def test_two_points_radii_hold_against_the_line():
    table = ib.limits_table(*TWO_POINTS)
    for k, method in enumerate(("sgd", "epoch_adam", "rescaled_sgd")):
        ball = smallest_ball(method, *TWO_POINTS)
        assert ball.holds, ball.note
        assert ball.radius == pytest.approx(table.norms[k, k], rel=1e-12)


def test_a_start_moves_the_ball_and_the_sgd_answer_is_the_projection():
    theta0 = np.array([0.5, -1.0, 2.0])
    ball = smallest_ball("sgd", X_SEED, 1.0, theta0)
    np.testing.assert_array_equal(ball.center, theta0)
    distance = abs(1.0 - X_SEED @ theta0) / np.linalg.norm(X_SEED)
    assert ball.radius == pytest.approx(distance)
    np.testing.assert_allclose(
        ball.limit, theta0 + (1.0 - X_SEED @ theta0) * X_SEED / (X_SEED @ X_SEED)
    )
    cube = smallest_ball("epoch_adam", X_SEED, 1.0, theta0)
    assert cube.holds and cube.radius == pytest.approx(abs(1.0 - X_SEED @ theta0) / 1.11)


def test_where_the_linf_reading_fails_the_ball_says_so():
    # General two-point data: no closed form for epoch-Adam, and the ball says why.
    ball = smallest_ball("epoch_adam", [[1, 0.1, 0.01], [0.5, -0.2, 0.05]], [1, 0.5])
    assert not ball.holds and ball.limit is None and "no closed form" in ball.note
    # The 4-D data: the full-batch answer [1, -1, -1, 1] is the smallest in l-inf.
    X, y = [[1, -1, -1, -1], [1, -1, 1, 1], [1, 1, -1, 1]], [2, 2, 2]
    cube = smallest_ball("epoch_adam", X, y)
    assert cube.holds and cube.radius == pytest.approx(1.0)


@pytest.mark.parametrize(("n", "d"), [(2, 3), (3, 4)])
def test_wherever_epoch_adam_has_a_closed_form_it_is_the_smallest_linf_fit(n, d):
    # Equal feature magnitudes with random signs: each closed form found touches the cube.
    rng = np.random.default_rng(n)
    checked = 0
    for _ in range(200):
        X = np.sign(rng.normal(size=(n, d))) * rng.uniform(0.1, 2, size=d)
        y = rng.normal(size=n)
        if not ib.has_exact_solution(X, y):  # repeated sign patterns can make rows parallel
            continue
        ball = smallest_ball("epoch_adam", X, y)
        if ball.limit is not None:
            checked += 1
            assert ball.holds, (X, ball.note)
            assert np.max(np.abs(ball.limit)) == pytest.approx(ball.radius, rel=1e-12)
    assert checked > 50


def test_bad_input():
    with pytest.raises(ValueError, match="method must be one of"):
        smallest_ball("adam", X_SEED, 1.0)
    with pytest.raises(ValueError, match="no exact solution"):
        smallest_ball("sgd", [[1, 0], [0, 1], [1, 1]], [1, 1, 1])


@pytest.mark.parametrize("scales", [(0.001, 0.001), (0.005, 0.002), (0.003, 0.004)])
def test_the_cube_holds_on_05s_family_with_tiny_scales(scales):
    """05's data with small feature scales: the rounding of the solves grows with X's condition
    number, and the cube still touches at epoch-Adam's answer (a 64-ulp test said it did not)."""
    X = np.array([[1.0, 1.0, 1.0], [1.0, -1.0, -1.0]]) * [1.0, *scales]
    ball = smallest_ball("epoch_adam", X, [1.0, 0.5])
    assert ball.holds, ball.note
