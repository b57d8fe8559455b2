"""Notebook 6: the data of Wilson et al. (2017), its three exact fits, and their test errors."""

import base64
import json
from pathlib import Path

import mpmath as mp
import numpy as np
import pytest

import ib_helpers as ib
from ib_helpers import wilson
from tests import reference as exact


@pytest.mark.parametrize("n", [3, 4, 7, 12, 31])
@pytest.mark.parametrize("p", [0.51, 0.6, 0.95])
def test_the_construction_has_the_sign_ray(n, p):
    X, y = wilson.data(wilson.labels(n, p))
    assert (y > 0).sum() > (y < 0).sum() >= 1
    assert X.shape == (n, 3 + int(np.sum(np.where(y > 0, 1, 5))))
    np.testing.assert_array_equal(X @ np.sign(X.T @ y), 4 * y)
    np.testing.assert_array_equal(ib.epoch_adam_limit(X, y), np.sign(X.T @ y) / 4)


def test_full_batch_epoch_adam_walks_the_ray_to_sign_over_four():
    X, y = wilson.data(wilson.labels(12, 0.6))
    limit = np.sign(X.T @ y) / 4
    path = ib.epoch_adam(X, y, 0.1, 1000, batch="full")
    ray = limit / np.linalg.norm(limit)
    off_ray = np.linalg.norm(path - np.outer(path @ ray, ray), axis=1)
    assert off_ray.max() < 1e-14
    assert np.abs(path[-1] - limit).max() <= 0.1 / np.sqrt(1000)
    # One step per example does not even fit the training points (problem.md).
    per_example = ib.epoch_adam(X, y, 0.1, 300)
    assert np.abs(X @ per_example[-1] - y).max() > 1


def test_full_batch_epoch_adam_with_a_step_that_fits_lands_exactly():
    # From 0 the first step has length alpha = 0.25 in every coordinate, the distance to s / 4:
    # the run lands there at epoch 1 and, the gradient then being 0, never moves again.
    X, y = wilson.data(wilson.labels(12, 0.6))
    limit = np.sign(X.T @ y) / 4
    path = ib.epoch_adam(X, y, 0.25, 1000, batch="full")
    assert np.abs(path[1:] - limit).max() <= 1e-15
    np.testing.assert_array_equal(path[1:], np.broadcast_to(limit, path[1:].shape))  # exactly
    np.testing.assert_array_equal(X @ path[-1], y)
    # The rule itself, in 50 digits: exactly s / 4 from epoch 1 on, and a residual of exactly 0.
    with mp.workdps(50):
        theirs = exact.epoch_adam(X, y, 0.25, 1000, batch="full")
        assert all(
            v == mp.mpf(float(t)) for point in theirs[1:] for v, t in zip(point, limit, strict=True)
        )
        assert all(mp.fsum(mp.mpf(float(a)) * v for a, v in zip(row, theirs[-1], strict=True)) == t
                   for row, t in zip(X, y, strict=True))  # fmt: skip


def test_full_batch_epoch_adam_without_such_a_step_stays_within_its_last_step():
    # alpha = 0.1: the steps 0.1 / sqrt(k) first add up past 1/4 at the 4th; from then on the
    # run is within the step it has just taken of s / 4 (each step is less than twice the next).
    X, y = wilson.data(wilson.labels(12, 0.6))
    limit = np.sign(X.T @ y) / 4
    steps = 0.1 / np.sqrt(np.arange(1, 1001))
    assert int(np.argmax(np.cumsum(steps) > 0.25)) + 1 == 4
    ours = ib.epoch_adam(X, y, 0.1, 1000, batch="full")
    with mp.workdps(50):
        theirs = exact.epoch_adam(X, y, 0.1, 1000, batch="full")
        for k in range(4, 1001):
            step = mp.mpf(0.1) / mp.sqrt(k)
            assert (
                max(abs(v - mp.mpf(float(t))) for v, t in zip(theirs[k], limit, strict=True))
                <= step
            ), k
            assert np.abs(ours[k] - limit).max() <= float(step), k
    assert np.abs(ours[-1] - limit).max() > 1e-3  # no step ends on it: it has not landed


def test_the_training_labels_are_a_fixed_number_of_positives():
    # ceil(p n) positives, not random draws: 8 and 4 for the lesson's n = 12, p = 0.6.
    y = wilson.labels(12, 0.6)
    assert (y > 0).sum() == 8 and (y < 0).sum() == 4
    assert not np.array_equal(y, np.sort(y)[::-1])  # in a shuffled order


@pytest.mark.parametrize("n", [3, 5, 12, 40])
@pytest.mark.parametrize("p", [0.51, 0.7, 0.95])
def test_the_minimum_norm_fit_is_always_right_and_the_sign_fit_always_says_plus(n, p):
    X, y = wilson.data(wilson.labels(n, p))
    y_test = wilson.test_labels(1000, p)
    sgd, sign = ib.sgd_limit(X, y), ib.epoch_adam_limit(X, y)
    np.testing.assert_allclose(X @ sgd, y, atol=1e-12)
    np.testing.assert_allclose(X @ sign, y, atol=1e-12)
    assert wilson.test_error(sgd, y_test) == 0.0
    assert np.all(wilson.predict(sign, y_test) > 0)
    assert wilson.test_error(sign, y_test) == np.mean(y_test < 0)


def test_predict_uses_the_first_three_features():
    theta = np.array([0.5, 0.1, 0.2, 9.0, 9.0])
    np.testing.assert_allclose(wilson.predict(theta, [1.0, -1.0]), [0.8, -0.2])
    assert wilson.test_error(theta, [1.0, -1.0, -1.0]) == 0.0
    assert wilson.test_error(np.zeros(5), [1.0]) == 1.0  # a score of 0 is no answer


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: wilson.labels(2), "n must be a whole number >= 3"),
        (lambda: wilson.labels(5, p=0.5), r"0.5 < p < 1"),
        (lambda: wilson.labels(5, p=1.0), r"0.5 < p < 1"),
        (lambda: wilson.test_labels(5, p="high"), r"0.5 < p < 1"),
        (lambda: wilson.data([1.0, 0.5]), "labels \\+1 and -1"),
    ],
)
def test_bad_input_is_a_value_error(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_the_panel_follows_its_sliders():
    panel = ib.generalization_panel()
    assert panel.errors == {"SGD": 0.0, "epoch-Adam": 0.404, "rescaled SGD": 0.404}
    assert "0.404" in panel.readout.value and "Could not" not in panel.readout.value
    panel.p_slider.value = 0.9
    y_test = wilson.test_labels(1000, 0.9)
    assert panel.errors["epoch-Adam"] == np.mean(y_test < 0)
    assert panel.errors["SGD"] == 0.0
    panel.n_slider.value = 3
    assert panel.errors["SGD"] == 0.0
    bundle = panel._repr_mimebundle_()
    bundle = bundle[0] if isinstance(bundle, tuple) else bundle
    assert bundle["text/plain"].startswith("Test errors of three exact fits (n = 3, p = 0.90)")
    assert base64.b64decode(bundle["image/png"]).startswith(b"\x89PNG")


def test_06_explains_rescaled_sgds_jump_by_the_training_count():
    # 06's text: rescaled SGD's test error is 0 while the 12 training points have at most 7
    # positives and jumps when they have 8, between p = 0.58 and p = 0.59.
    text = " ".join(
        "".join(c["source"])
        for c in json.loads(
            (
                Path(__file__).resolve().parent.parent / "notebooks" / "06-why-it-matters.ipynb"
            ).read_text()
        )["cells"]
        if c["cell_type"] == "markdown"
    )
    text = " ".join(text.split())
    assert "rescaled SGD's is 0 while the training set has at most 7 positives of 12" in text
    assert "when it has 8, between $p = 0.58$ and $p = 0.59$" in text
    for p in np.round(np.arange(0.51, 0.96, 0.01), 2):
        y = ib.wilson.labels(12, p)
        count = int(np.sum(y > 0))
        assert count == min(int(np.ceil(round(12 * p, 9))), 11), p
        fit = ib.rescaled_sgd_limit(*ib.wilson.data(y))
        error = ib.wilson.test_error(fit, ib.wilson.test_labels(1000, p))
        assert (error == 0) == (count <= 7), (p, count, error)
        assert (count == 8) == (p >= 0.59 and p < 0.67), p
