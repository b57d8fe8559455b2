"""The update rules against their closed forms, on the seed problem and on random problems."""

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import ib_helpers as ib
from ib_helpers import core

X_SEED = np.array([1.0, 0.1, 0.01])

# The three answers of the canonical problem, as exact fractions.
SGD_SEED = np.array([10000, 1000, 100]) / 10101  # x / ||x||^2 with ||x||^2 = 1.0101
ADAM_SEED = np.full(3, 100 / 111)  # sign(x) / ||x||_1 with ||x||_1 = 1.11
RESCALED_SEED = np.array([1 / 3, 10 / 3, 100 / 3])  # 1 / (3 x_j)


# ---------------------------------------------------------------- the seed answers


def test_sgd_seed_answer():
    path = ib.sgd(X_SEED, 1.0, alpha=0.25, epochs=60)
    assert path.shape == (61, 3)
    np.testing.assert_array_equal(path[0], 0.0)
    np.testing.assert_allclose(ib.sgd_limit(X_SEED, 1.0), SGD_SEED, atol=1e-12)
    np.testing.assert_allclose(path[-1], SGD_SEED, atol=1e-6)
    assert ib.sgd_stability_bound(X_SEED) == pytest.approx(1 / 1.0101)


def test_epoch_adam_seed_answer():
    np.testing.assert_allclose(ib.epoch_adam_limit(X_SEED, 1.0), ADAM_SEED, atol=1e-12)
    path = ib.epoch_adam(X_SEED, 1.0, alpha=0.05, epochs=400)
    assert path.shape == (401, 3)
    # Every step moves along sign(x): the iterates stay exactly on the diagonal ...
    np.testing.assert_allclose(path - path[:, :1], 0.0, atol=1e-12)
    # ... and end within the last step size of the closed form.
    last_step = 0.05 / np.sqrt(400)
    assert np.max(np.abs(path[-1] - ADAM_SEED)) <= last_step


def test_rescaled_sgd_seed_answer():
    np.testing.assert_allclose(ib.feature_scales(X_SEED), [1, 0.1, 0.01])
    np.testing.assert_allclose(ib.rescaled_sgd_limit(X_SEED, 1.0), RESCALED_SEED, atol=1e-12)
    path = ib.rescaled_sgd(X_SEED, 1.0, alpha=0.1, epochs=60)
    np.testing.assert_allclose(path[-1], RESCALED_SEED, atol=1e-6)
    assert ib.rescaled_sgd_stability_bound(X_SEED) == pytest.approx(1 / 3)


def test_epoch_adam_constant_schedule_hovers():
    path = ib.epoch_adam(X_SEED, 1.0, alpha=0.05, epochs=400, schedule="constant")
    tail = path[-20:, 0]
    # It keeps jumping by the full step across the plane instead of settling.
    np.testing.assert_allclose(np.abs(np.diff(tail)), 0.05, atol=1e-9)
    assert np.all(np.abs(tail - ADAM_SEED[0]) <= 0.05 + 1e-9)


def test_epoch_adam_does_not_move_a_zero_feature():
    path = ib.epoch_adam([1.0, 0.0, 0.5], 1.0, alpha=0.05, epochs=300)
    np.testing.assert_array_equal(path[:, 1], 0.0)
    np.testing.assert_allclose(ib.epoch_adam_limit([1.0, 0.0, 0.5], 1.0), [1 / 1.5, 0, 1 / 1.5])


def test_theta0_is_the_first_row_and_limits_follow_it():
    theta0 = np.array([0.5, -1.0, 2.0])
    path = ib.sgd(X_SEED, 1.0, 0.25, 80, theta0=theta0)
    np.testing.assert_array_equal(path[0], theta0)
    np.testing.assert_allclose(path[-1], ib.sgd_limit(X_SEED, 1.0, theta0=theta0), atol=1e-9)
    path = ib.rescaled_sgd(X_SEED, 1.0, 0.1, 80, theta0=theta0)
    np.testing.assert_allclose(
        path[-1], ib.rescaled_sgd_limit(X_SEED, 1.0, theta0=theta0), atol=1e-9
    )


def test_iterates_are_reproducible():
    a = ib.epoch_adam(np.eye(3)[:2] + 0.3, [1.0, -1.0], 0.1, 50)
    b = ib.epoch_adam(np.eye(3)[:2] + 0.3, [1.0, -1.0], 0.1, 50)
    np.testing.assert_array_equal(a, b)


# ---------------------------------------------------------------- random problems

magnitudes = st.floats(0.05, 20.0)
signs = st.sampled_from([-1.0, 1.0])
entries = st.tuples(signs, magnitudes).map(lambda t: t[0] * t[1])
points = st.lists(entries, min_size=2, max_size=5).map(np.array)
targets = st.floats(-3.0, 3.0).filter(lambda v: abs(v) > 0.1)


@settings(max_examples=60, deadline=None)
@given(x=points, y=targets)
def test_single_point_iterates_reach_closed_forms(x, y):
    bound = ib.sgd_stability_bound(x)
    path = ib.sgd(x, y, alpha=0.5 * bound, epochs=40)
    # alpha at half the bound makes each step zero the residual exactly (up to rounding).
    np.testing.assert_allclose(path[-1], ib.sgd_limit(x, y), rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(ib.sgd_limit(x, y), y * x / (x @ x), rtol=1e-12)

    path = ib.rescaled_sgd(x, y, alpha=0.5 * ib.rescaled_sgd_stability_bound(x), epochs=40)
    expected = y / (len(x) * x)
    np.testing.assert_allclose(ib.rescaled_sgd_limit(x, y), expected, rtol=1e-9)
    np.testing.assert_allclose(path[-1], expected, rtol=1e-8, atol=1e-9)

    limit = ib.epoch_adam_limit(x, y)
    np.testing.assert_allclose(limit, y * np.sign(x) / np.sum(np.abs(x)), rtol=1e-12)
    alpha, epochs = 0.2 * abs(limit[0]), 2000
    path = ib.epoch_adam(x, y, alpha=alpha, epochs=epochs)
    direction = path[-1] / np.sign(x)
    np.testing.assert_allclose(direction, direction[0], rtol=1e-9, atol=1e-12)
    assert np.max(np.abs(path[-1] - limit)) <= alpha / np.sqrt(epochs - 1) + 1e-12


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 3),
    extra=st.integers(1, 3),
)
def test_random_underdetermined_problems(seed, n, extra):
    rng = np.random.default_rng(seed)
    d = n + extra
    X = rng.normal(size=(n, d)) * rng.choice([0.1, 1.0, 5.0], size=d)
    y = rng.normal(size=n)
    assume(np.linalg.matrix_rank(X) == n)
    assume(np.linalg.cond(X) < 6 and np.linalg.cond(X / ib.feature_scales(X)) < 6)

    # SGD: iterates stay in the row space of X and reach pinv(X) y.
    path = ib.sgd(X, y, alpha=0.5 * ib.sgd_stability_bound(X), epochs=4000)
    limit = ib.sgd_limit(X, y)
    np.testing.assert_allclose(limit, np.linalg.pinv(X) @ y, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(path[-1], limit, atol=1e-6)
    row_space = np.linalg.pinv(X) @ X
    np.testing.assert_allclose(path @ row_space.T, path, atol=1e-8)

    # Rescaled SGD: reaches D^-1 pinv(X D^-1) y.
    s = ib.feature_scales(X)
    np.testing.assert_allclose(ib.rescaled_sgd_limit(X, y), np.linalg.pinv(X / s) @ y / s)
    bound = ib.rescaled_sgd_stability_bound(X)
    path = ib.rescaled_sgd(X, y, alpha=0.5 * bound, epochs=4000)
    np.testing.assert_allclose(path[-1], ib.rescaled_sgd_limit(X, y), atol=1e-6)


# ---------------------------------------------------------------- divergence


@pytest.mark.parametrize("factor", [1.05, 2.0, 50.0])
def test_sgd_above_the_bound_stops_at_the_last_finite_iterate(factor):
    alpha = factor * ib.sgd_stability_bound(X_SEED)
    with np.errstate(all="raise"):  # no numpy warning may escape
        path = ib.sgd(X_SEED, 1.0, alpha=alpha, epochs=5000)
    assert len(path) < 5001
    assert np.all(np.isfinite(path))
    assert np.linalg.norm(path[-1]) <= core.DIVERGENCE_FACTOR * 3


def test_sgd_below_the_bound_runs_every_step():
    path = ib.sgd(X_SEED, 1.0, alpha=0.99 * ib.sgd_stability_bound(X_SEED), epochs=5000)
    assert len(path) == 5001


def test_rescaled_sgd_above_its_bound_diverges():
    path = ib.rescaled_sgd(X_SEED, 1.0, alpha=1.0, epochs=500)
    assert len(path) < 501 and np.all(np.isfinite(path))


# ---------------------------------------------------------------- bad input

BAD_CALLS = [
    (lambda: ib.sgd(X_SEED, 1.0, alpha=0.0, epochs=5), "alpha must be a positive"),
    (lambda: ib.sgd(X_SEED, 1.0, alpha=-0.1, epochs=5), "alpha must be a positive"),
    (lambda: ib.sgd(X_SEED, 1.0, alpha=np.inf, epochs=5), "alpha must be a positive"),
    (lambda: ib.sgd(X_SEED, 1.0, alpha="0.1", epochs=5), "alpha must be a positive"),
    (lambda: ib.sgd(X_SEED, 1.0, alpha=0.1, epochs=0), "epochs must be a whole number"),
    (lambda: ib.sgd(X_SEED, 1.0, alpha=0.1, epochs=2.5), "epochs must be a whole number"),
    (lambda: ib.sgd([1.0, np.nan, 0.1], 1.0, 0.1, 5), "X must contain only finite"),
    (lambda: ib.sgd(np.ones((2, 2, 2)), [1, 1], 0.1, 5), r"X must be a non-empty \(n, d\)"),
    (lambda: ib.sgd([], 1.0, 0.1, 5), r"X must be a non-empty \(n, d\)"),
    (lambda: ib.sgd([[1, 2], [3]], [1, 1], 0.1, 5), "rectangular array of numbers"),
    (lambda: ib.sgd(X_SEED, [1.0, 2.0], 0.1, 5), r"y must have shape \(1,\)"),
    (lambda: ib.sgd(np.ones((2, 3)), 1.0, 0.1, 5), "y is a scalar but X has 2 rows"),
    (lambda: ib.sgd(X_SEED, np.inf, 0.1, 5), "y must contain only finite"),
    (lambda: ib.sgd(X_SEED, 1.0, 0.1, 5, theta0=[0, 0]), r"theta0 must have shape \(3,\)"),
    (lambda: ib.epoch_adam(X_SEED, 1.0, 0.1, 5, schedule="cosine"), "schedule must be one of"),
    (lambda: ib.epoch_adam(X_SEED, 1.0, 0.1, 5, batch="mini"), "batch must be one of"),
    (lambda: ib.epoch_adam_limit([[1, 1, 1], [1, 2, 1]], [1, 2]), "has a closed form for one"),
    (lambda: ib.epoch_adam_limit(np.ones((2, 3)), [1, 2]), "no exact solution"),
    (lambda: ib.epoch_adam_limit([0.0, 0.0], 1.0), "X is all zeros"),
    (lambda: ib.fixed_preconditioner_limit(X_SEED, 1.0, np.eye(2)), r"M must be a finite \(3, 3\)"),
    (lambda: ib.fixed_preconditioner_limit(X_SEED, 1.0, -np.eye(3)), "symmetric positive definite"),
    (
        lambda: ib.fixed_preconditioner_limit(np.ones((2, 3)), [1, 2], np.eye(3)),
        "no exact solution",
    ),
    (lambda: ib.adam(X_SEED, 1.0, 0.1, 5, beta1=1.0), "beta1 must be a number with 0 <="),
    (lambda: ib.adam(X_SEED, 1.0, 0.1, 5, beta2=-0.1), "beta2 must be a number with 0 <="),
    (lambda: ib.adam(X_SEED, 1.0, 0.1, 5, eps=-1e-8), "eps must be a finite number >= 0"),
    (lambda: ib.adam(X_SEED, 1.0, 0.1, 5, eps=np.nan), "eps must be a finite number >= 0"),
    (lambda: ib.adam(X_SEED, 1.0, 0.0, 5), "alpha must be a positive"),
    (lambda: ib.rescaled_sgd([1.0, 0.0, 0.1], 1.0, 0.1, 5), r"feature\(s\) 2 .* zero second"),
    (lambda: ib.rescaled_sgd_limit([[1, 0], [2, 0]], [1, 1]), "cannot be rescaled"),
    (lambda: ib.feature_scales([0.0, 1.0]), "cannot be rescaled"),
]


@pytest.mark.parametrize(("call", "message"), BAD_CALLS)
def test_bad_input_raises_a_clear_value_error(call, message):
    with pytest.raises(ValueError, match=message):
        call()


# ---------------------------------------------------------------- several points, and norms

TWO_POINTS = (np.array([[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]]), np.array([1.0, 0.5]))


def test_adam_on_one_point_moves_along_sign_x_and_leaves_an_unused_feature_alone():
    # x3 = 0: its gradient is always 0, so v3 = 0 and it is not moved (no 0/0, no epsilon).
    path = ib.adam([1.0, -0.5, 0.0], 1.0, 0.05, 300, eps=0.0)
    assert np.all(path[:, 2] == 0)
    np.testing.assert_allclose(path[:, 1], -path[:, 0], rtol=1e-12)
    np.testing.assert_allclose(path[-1], ib.epoch_adam_limit([1.0, -0.5, 0.0], 1.0), atol=1e-6)


def test_adam_stops_past_the_divergence_cap():
    # Adam's steps are at most about alpha per coordinate, so only a huge alpha leaves the cap.
    path = ib.adam(X_SEED, 1.0, 1e7, 50)
    assert len(path) == 1 and np.all(np.isfinite(path))


@pytest.mark.parametrize("theta0", [None, [0.0, 1.0, 0.0], [0.3, -2.0, 5.0]])
@pytest.mark.parametrize(
    "data", [(X_SEED, 1.0), (np.array([[1.0, 0.1, 0.01], [0.5, -0.2, 0.05]]), np.array([1, 0.5]))]
)
def test_sgd_and_rescaled_sgd_are_gradient_descent_with_a_fixed_preconditioner(data, theta0):
    X, y = data
    D = np.diag(ib.feature_scales(X))
    for M, limit, run in (
        (np.eye(3), ib.sgd_limit, ib.sgd),
        (np.linalg.inv(D @ D), ib.rescaled_sgd_limit, ib.rescaled_sgd),
    ):
        answer = ib.fixed_preconditioner_limit(X, y, M, theta0)
        np.testing.assert_allclose(answer, limit(X, y, theta0=theta0), atol=1e-12)
        np.testing.assert_allclose(run(X, y, 0.1, 3000, theta0=theta0)[-1], answer, atol=1e-9)
        # The nearest exact solution to theta0 in the M^-1 norm: any other one is farther.
        start = np.zeros(3) if theta0 is None else np.asarray(theta0)
        weight = np.linalg.inv(M)
        nullspace = np.linalg.svd(np.atleast_2d(X))[2][np.atleast_2d(X).shape[0] :]
        rng = np.random.default_rng(0)
        for _ in range(20):
            other = answer + rng.normal(size=len(nullspace)) @ nullspace
            assert (other - start) @ weight @ (other - start) >= (answer - start) @ weight @ (
                answer - start
            ) - 1e-12


def test_the_preconditioner_table_holds_the_closed_forms():
    table = ib.preconditioner_table(X_SEED, 1.0, [0.0, 1.0, 0.0])
    assert table.labels == ("SGD", "rescaled SGD", "epoch-Adam")
    np.testing.assert_allclose(table.from_zero[0], ib.sgd_limit(X_SEED, 1.0))
    np.testing.assert_allclose(table.from_theta0[1], ib.rescaled_sgd_limit(X_SEED, 1.0, [0, 1, 0]))
    np.testing.assert_allclose(table.from_theta0[2], ib.epoch_adam_limit(X_SEED, 1.0, [0, 1, 0]))
    # Adam's nearly fixed scale diag(1/|x|) (notebook 02) gives epoch-Adam's answer from 0.
    np.testing.assert_allclose(
        ib.fixed_preconditioner_limit(X_SEED, 1.0, np.diag(1 / np.abs(X_SEED))),
        ib.epoch_adam_limit(X_SEED, 1.0),
    )
    assert "changes with the residual" in table.text()


def test_two_points_closed_forms():
    X, y = TWO_POINTS
    # Worked by hand: theta_1 = 0.75 and 0.1 theta_2 + 0.01 theta_3 = 0.25 on the line.
    np.testing.assert_allclose(ib.sgd_limit(X, y), [0.75, 0.025 / 0.0101, 0.0025 / 0.0101])
    np.testing.assert_allclose(ib.rescaled_sgd_limit(X, y), [0.75, 1.25, 12.5])
    np.testing.assert_allclose(ib.epoch_adam_limit(X, y), [0.75, 0.25 / 0.11, 0.25 / 0.11])
    path = ib.sgd(X, y, alpha=0.3, epochs=2000)
    np.testing.assert_allclose(path[-1], ib.sgd_limit(X, y), atol=1e-10)
    assert ib.distance_to_row_space(X, path).max() < 1e-12
    path = ib.rescaled_sgd(X, y, alpha=0.3, epochs=2000)
    np.testing.assert_allclose(path[-1], ib.rescaled_sgd_limit(X, y), atol=1e-10)


@settings(max_examples=40, deadline=None)
@given(
    magnitudes=st.lists(st.floats(0.05, 5.0), min_size=3, max_size=3),
    signs=st.lists(st.sampled_from([-1.0, 1.0]), min_size=6, max_size=6),
    y=st.lists(st.floats(-2.0, 2.0), min_size=2, max_size=2),
)
@example(magnitudes=[1.0, 1.0, 2.0], signs=[-1.0, -1.0, -1.0, -1.0, 1.0, -1.0], y=[0.0, 9.63e-162])
def test_epoch_adam_with_equal_magnitudes_moves_only_along_sign_vectors(magnitudes, signs, y):
    X = np.reshape(signs, (2, 3)) * magnitudes
    assume(abs(np.linalg.det(X @ np.sign(X).T)) > 1e-3)
    limit = ib.epoch_adam_limit(X, y)
    np.testing.assert_allclose(X @ limit, y, atol=1e-9)
    # The limit and every iterate lie in the span of the two sign vectors.
    basis = np.sign(X)
    for theta in [limit, *ib.epoch_adam(X, y, 0.05, 50)]:
        coefficients = np.linalg.lstsq(basis.T, theta, rcond=None)[0]
        np.testing.assert_allclose(
            basis.T @ coefficients, theta, atol=1e-9 * (1 + abs(theta).max())
        )


@settings(max_examples=60, deadline=None)
@given(
    x=st.lists(
        st.floats(0.01, 10.0).flatmap(lambda v: st.sampled_from([v, -v])), min_size=3, max_size=3
    ),
    steps=st.lists(st.floats(-5.0, 5.0), min_size=2, max_size=2),
)
def test_each_limit_has_the_smallest_of_its_norm_among_exact_solutions(x, steps):
    x = np.array(x)
    # Another exact solution: move along two directions orthogonal to x.
    null = np.linalg.svd(x[np.newaxis])[2][1:]
    for key, limit in (
        ("l2", ib.sgd_limit),
        ("linf", ib.epoch_adam_limit),
        ("rescaled", ib.rescaled_sgd_limit),
    ):
        best = limit(x, 1.0)
        other = best + np.array(steps) @ null
        assert ib.solution_norms(best, x)[key] <= ib.solution_norms(other, x)[key] * (1 + 1e-9)


def test_norms_and_row_space_distance():
    norms = ib.solution_norms([3.0, -4.0, 0.0], [1.0, 0.5, 2.0])
    assert norms == {"l2": 5.0, "linf": 4.0, "rescaled": pytest.approx(np.sqrt(9 + 4))}
    assert ib.distance_to_row_space([[1.0, 0.0, 0.0]], [2.0, 3.0, 4.0]) == pytest.approx(5.0)
    np.testing.assert_allclose(
        ib.distance_to_row_space(X_SEED, [X_SEED, 2 * X_SEED]), 0, atol=1e-15
    )


def test_full_batch_is_the_same_rule_for_one_point():
    for schedule in ("decay", "constant"):
        a = ib.epoch_adam(X_SEED, 1.0, 0.1, 300, schedule=schedule)
        b = ib.epoch_adam(X_SEED, 1.0, 0.1, 300, schedule=schedule, batch="full")
        np.testing.assert_array_equal(a, b)


# ---------------------------------------------------------------- claims no stronger than the math


def test_a_step_above_the_sufficient_bound_can_still_converge():
    X, y, alpha = np.array([[1.0, 0.0], [0.6, 0.3]]), np.array([1.0, 0.5]), 1.1
    assert alpha > ib.sgd_stability_bound(X) == 1.0
    radius = ib.sgd_epoch_radius(X, alpha)
    assert radius < 1
    path = ib.sgd(X, y, alpha, 400)
    np.testing.assert_allclose(path[-1], [1.0, -1 / 3], atol=1e-9)
    summary = ib.run_optimizer("sgd", X, y, alpha, 400)
    assert not summary.unstable and summary.status() == "800 steps, α = 1.1"


def test_the_epoch_radius_decides_convergence():
    # One point: |1 - 2 alpha ||x||^2|, at 1 exactly on the bound.
    assert ib.sgd_epoch_radius(X_SEED, 0.25) == pytest.approx(abs(1 - 0.5 * 1.0101))
    X = np.array([[1.0, 0.0], [0.6, 0.3]])
    for alpha in (0.5, 1.1, 1.3, 2.0, 2.5):  # radius 0.91, 0.57, 0.52, 1.55, 2.24
        path = ib.sgd(X, [1.0, 0.5], alpha, 400)
        converged = len(path) == 801 and np.allclose(path[-1], [1.0, -1 / 3], atol=1e-9)
        assert converged == (ib.sgd_epoch_radius(X, alpha) < 1), alpha
    summary = ib.run_optimizer("sgd", X, [1.0, 0.5], 2.5, 40)
    assert summary.unstable
    assert "each epoch multiplies the distance to the solutions by" in summary.status()


@pytest.mark.parametrize(
    ("X", "y"),
    [([[1, 0], [0, 1], [1, 1]], [1, 1, 1]), ([[1, 2], [2, 4]], [1, 1])],
    ids=["three-lines", "parallel"],
)
def test_no_exact_solution_has_no_limit(X, y):
    assert not ib.has_exact_solution(X, y)
    for limit in (ib.sgd_limit, ib.rescaled_sgd_limit, ib.epoch_adam_limit):
        with pytest.raises(ValueError, match="no exact solution"):
            limit(X, y)
    # Cyclic SGD cycles: the same points epoch after epoch, different points within one.
    n = len(X)
    path = ib.sgd(X, y, 0.1, 3000)
    np.testing.assert_allclose(path[-1], path[-1 - n], atol=1e-9)
    assert np.ptp(path[-n:], axis=0).max() > 1e-3


def test_a_repeated_point_has_a_sign_limit():
    np.testing.assert_allclose(ib.epoch_adam_limit([[1, 1], [1, 1]], [1, 1]), [0.5, 0.5])
    np.testing.assert_allclose(ib.sgd_limit([[1, 1], [1, 1]], [1, 1]), [0.5, 0.5])


def test_the_sign_limit_is_not_the_smallest_linf_solution_in_general():
    X, y = np.array([[1, -1, -1, -1], [1, -1, 1, 1], [1, 1, -1, 1]]), np.array([2.0, 2, 2])
    sign_span = np.sign(X).T @ np.linalg.solve(X @ np.sign(X).T, y)
    np.testing.assert_allclose(sign_span, [1.5, -0.5, -0.5, 0.5])
    np.testing.assert_allclose(X @ [1, -1, -1, 1], y)  # an exact fit with l-inf 1 < 1.5
    # Here X sign(X^T y) = y: full-batch epoch-Adam walks the sign ray to [1, -1, -1, 1].
    limit = ib.epoch_adam_limit(X, y)
    np.testing.assert_allclose(limit, [1, -1, -1, 1])
    path = ib.epoch_adam(X, y, 0.1, 2000, batch="full")
    assert np.max(np.abs(path[-1] - limit)) <= 0.1 / np.sqrt(2000)


def test_general_data_have_no_sign_closed_form():
    with pytest.raises(ValueError, match="where it ends depends on alpha"):
        ib.epoch_adam_limit([[1, 0.1, 0.01], [0.5, -0.2, 0.05]], [1, 0.5])


def test_full_batch_on_general_data_ends_where_alpha_takes_it():
    # Notebook 5's "try next": after 2000 epochs, two step sizes end next to the line at
    # different points (whether the runs have limits at all is not known: they keep creeping).
    X, y = np.array([[1, 0.1, 0.01], [0.5, -0.2, 0.05]]), np.array([1.0, 0.5])
    ends = [ib.epoch_adam(X, y, alpha, 2000, batch="full")[-1] for alpha in (0.05, 0.2)]
    for end in ends:
        assert np.abs(X @ end - y).max() < 0.005
    assert np.abs(ends[0] - ends[1]).max() > 0.002


def test_exact_solutions_whatever_the_units_of_y():
    for scale in (1.0, 1e3, 1e6, 1e9):
        assert ib.has_exact_solution([[1, 1], [1, 1 + 1e-9]], [scale, scale])
    assert ib.has_exact_solution([[1, 0], [0, 1e-12]], [1e5, 0])
    np.testing.assert_allclose(ib.sgd_limit([[1, 0], [0, 1e-12]], [1e5, 0]), [1e5, 0])
    assert not ib.has_exact_solution([[0, 0]], [1.0]) and ib.has_exact_solution([[0, 0]], [0])


def test_a_zero_point_does_not_move_and_converges():
    assert ib.sgd_epoch_radius([0.0, 0.0, 0.0], 0.1) == 0.0
    summary = ib.run_optimizer("sgd", [0.0, 0.0, 0.0], 0.0, 0.1, 10)
    assert not summary.unstable and summary.status() == "10 steps, α = 0.1"


# ---------------------------------------------------------------- fewer epochs: the first rows

_PREFIX_RUNS = {
    "sgd": (ib.sgd, {}),
    "rescaled_sgd": (ib.rescaled_sgd, {}),
    "epoch_adam per example": (ib.epoch_adam, {"batch": "example"}),
    "epoch_adam full batch": (ib.epoch_adam, {"batch": "full"}),
    "epoch_adam constant": (ib.epoch_adam, {"batch": "full", "schedule": "constant"}),
}


@pytest.mark.parametrize("name", sorted(_PREFIX_RUNS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.integers(1, 2),
    seed=st.integers(0, 2**32 - 1),
    alpha=st.floats(0.01, 3.0),
    epochs=st.integers(1, 60),
)
def test_a_run_for_fewer_epochs_is_the_start_of_a_longer_one(name, rows, seed, alpha, epochs):
    """Each step depends only on the steps before it, so the panels may cut a run of the most
    epochs to any fewer (``ib_helpers.panels.registry.Runs``), bit for bit, diverging or not."""
    run, kwargs = _PREFIX_RUNS[name]
    rng = np.random.default_rng(seed)
    X = rng.uniform(-2.0, 2.0, (rows, 3))
    y = rng.uniform(-1.0, 1.0, rows)
    theta0 = rng.uniform(-1.0, 1.0, 3)
    long = run(X, y, alpha, 80, theta0=theta0, **kwargs)
    short = run(X, y, alpha, epochs, theta0=theta0, **kwargs)
    per_epoch = 1 if kwargs.get("batch") == "full" else rows
    np.testing.assert_array_equal(short, long[: epochs * per_epoch + 1])
