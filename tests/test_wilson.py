"""Notebook 6: the data of Wilson et al. (2017), its three exact fits, and their test errors."""

import base64

import numpy as np
import pytest

import ib_helpers as ib
from ib_helpers import wilson


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
