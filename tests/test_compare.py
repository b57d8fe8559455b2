"""The comparison panel, its presets, and the self-check questions and widgets."""

import re

import numpy as np
import pytest

import ib_helpers as ib


@pytest.fixture
def compare():
    panel = ib.compare_panel()
    yield panel
    panel.close()


def limits_shown(panel):
    return re.findall(r"class='ib-limit'>([^<]*)<", panel.readout.value)


def test_compare_panel_starts_on_the_canonical_problem(compare):
    np.testing.assert_allclose(compare.X, [[1.0, 0.1, 0.01]])
    table = ib.limits_table([1.0, 0.1, 0.01], 1.0)
    assert limits_shown(compare) == [ib.format_vector(v) for v in table.limits]
    assert len(compare.scene_data.runs) == 3
    # One ◀ per norm column, on the diagonal.
    assert compare.readout.value.count("◀") == 3 + 1  # three marks and the caption


@pytest.mark.parametrize("k", range(3))
def test_each_preset_moves_the_controls_in_one_update(compare, k, monkeypatch):
    name, preset = list(ib.PRESETS.items())[k]
    compare.alpha_slider.value = 0.37
    calls = []
    update = compare.update
    monkeypatch.setattr(compare, "update", lambda *a: (calls.append(1), update(*a)))
    compare.preset_buttons[k].click()
    assert calls == [1], "a preset moves several controls but redraws once"
    x = np.array([1.0, *np.multiply(preset["signs"], preset["scales"])])
    np.testing.assert_allclose(compare.X, [x])
    assert compare.alpha_slider.value == ib.panels.COMPARE_DEFAULTS["alpha"]
    table = ib.limits_table(x, 1.0)
    assert limits_shown(compare) == [ib.format_vector(v) for v in table.limits]
    for run, summary in zip(compare.scene_data.runs, compare.summaries, strict=True):
        np.testing.assert_allclose(run.path, summary.trajectory[run.steps])


def test_sign_buttons_flip_a_feature(compare):
    compare.sign_buttons[0].value = -1
    np.testing.assert_allclose(compare.X, [[1.0, -0.1, 0.01]])
    assert limits_shown(compare)[1] == ib.format_vector(ib.epoch_adam_limit([1, -0.1, 0.01], 1))


def test_above_a_bound_the_table_says_diverged(compare):
    compare.alpha_slider.value = 0.5  # above rescaled SGD's 1/3, below SGD's 0.99
    statuses = [s.short_status() for s in compare.summaries]
    assert statuses[0] == "400 steps" and statuses[2].startswith("diverged after")
    assert "diverged after" in compare.readout.value
    assert "Could not update" not in compare.readout.value
    compare.alpha_slider.value = 1.0  # just above SGD's 1/‖x‖² = 0.990: slow growth, no cap hit
    sgd = compare.summaries[0]
    assert not sgd.diverged and sgd.unstable
    assert sgd.short_status() == "not converging (×1.02 per epoch)"
    assert sgd.status().startswith("not converging after 400 steps (α = 1 at or above")


def test_two_point_panel_draws_a_line_and_keeps_it_through_the_sliders():
    panel = ib.compare_panel(base=[[1, 1, 1], [1, -1, -1]], y=[1.0, 0.5], presets={})
    assert panel.preset_buttons == []
    for value in (panel.scale_sliders[0].min, 1.0, 10.0):
        panel.scale_sliders[0].value = 10**value if value < 0 else value
        X = panel.X
        assert "Could not update" not in panel.readout.value
        np.testing.assert_allclose(panel.summaries[1].limit, ib.epoch_adam_limit(X, panel.y))
        assert panel.scene_data.solution_kind == "line"
        ends = panel.scene_data.solutions
        np.testing.assert_allclose(ends @ X.T, np.tile(panel.y, (len(ends), 1)), atol=1e-6)
    panel.close()


def test_bad_base_is_a_value_error():
    with pytest.raises(ValueError, match="base must have shape"):
        ib.compare_panel(base=[1.0, 1.0])


# ---------------------------------------------------------------- self-checks


@pytest.mark.parametrize("name", list(ib.QUESTIONS))
def test_every_question_has_exactly_one_right_option(name):
    q = ib.question(name)
    assert q.options.count(q.answer) == 1
    assert sum(q.is_right(o) for o in q.options) == 1


def test_answers_follow_the_math():
    assert ib.question("sgd-equal-features").answer == "[0.333, 0.333, 0.333]"
    assert ib.question("third-feature-times-ten").answer == "rescaled SGD"
    assert ib.question("adam-negative-feature").answer == "[+, −, +]"
    assert ib.question("sgd-step-size").answer == "no, the same point"
    assert ib.question("smallest-largest-coordinate").answer == "epoch-Adam"


@pytest.mark.parametrize("name", list(ib.QUESTIONS))
def test_self_check_widget_judges_and_reveals(name):
    check = ib.self_check(name)
    assert check.choice.value is None and check.shown == ""
    check.check()
    assert "Pick an answer first" in check.shown
    wrong = next(o for o in check.question.options if o != check.question.answer)
    check.choice.value = wrong
    check.check()
    assert "ib-wrong" in check.shown
    check.choice.value = check.question.answer
    check.check()
    assert "ib-right" in check.shown and "Right." in check.shown
    check.reveal()
    assert "ib-answer" in check.shown and "Answer:" in check.shown
    # What the page shows for a click is the same text, sent ahead: one per option.
    buttons = check.buttons
    assert buttons.empty.count("Pick an answer first") == 1
    for option, feedback in zip(check.question.options, buttons.feedback, strict=True):
        check.choice.value = option
        check.check()
        assert check.shown == feedback
        assert ("ib-right" in feedback) == (option == check.question.answer)
    check.close()


def test_bad_questions_are_value_errors():
    with pytest.raises(ValueError, match="must be one of the options"):
        ib.Question("?", ("a", "b"), "c", "")
    with pytest.raises(ValueError, match="all be different"):
        ib.Question("?", ("a", "a"), "a", "")
    with pytest.raises(ValueError, match="no question called"):
        ib.question("nope")


# ---------------------------------------------------------------- a movable start θ₀


@pytest.fixture
def compare_moving():
    panel = ib.compare_panel(theta0_sliders=True)
    yield panel
    panel.close()


def test_theta0_sliders_restart_all_three_runs_from_theta0(compare_moving):
    panel = compare_moving
    theta0 = np.array([0.5, 1.0, -0.5])
    for slider, value in zip(panel.theta0_sliders, theta0, strict=True):
        slider.value = value
    x = np.array([1.0, 0.1, 0.01])
    r0 = 1.0 - x @ theta0
    expected = [
        theta0 + r0 * x / (x @ x),  # the projection of θ₀ onto the plane
        theta0 + r0 * np.sign(x) / np.abs(x).sum(),
        theta0 + r0 / (3 * x),
    ]
    for summary, limit in zip(panel.summaries, expected, strict=True):
        np.testing.assert_allclose(summary.trajectory[0], theta0)
        np.testing.assert_allclose(summary.limit, limit, rtol=0, atol=1e-12)
    assert limits_shown(panel) == [ib.format_vector(v) for v in expected]
    assert "each run: 400 steps</span> · from θ₀ = [0.5, 1, -0.5]" in panel.readout.value
    assert "‖θ* − θ₀‖₂" in panel.readout.value and "‖s⊙(θ* − θ₀)‖₂" in panel.readout.value
    # Each answer is the nearest to θ₀ in its own norm: the marks stay on the diagonal.
    rows = re.findall(r"<tr class='ib-norms-(\w+)'>(.*?)</tr>", panel.readout.value)
    marked = [[("◀" in c) for c in re.findall(r"class='ib-norm'>([^<]*)<", r)] for _, r in rows]
    assert marked == [[True, False, False], [False, True, False], [False, False, True]]
    (guide,) = panel.scene_data.guides
    np.testing.assert_allclose(guide.points, [theta0, expected[0]], atol=1e-12)
    assert [b.shape for b in panel.scene_data.balls] == ["sphere", "cube", "ellipsoid"]
    assert all(b.holds for b in panel.scene_data.balls)
    assert panel.scene_data.title.endswith("from θ₀ = [0.5, 1, -0.5]")


def test_a_preset_puts_theta0_back_at_zero(compare_moving):
    panel = compare_moving
    panel.theta0_sliders[0].value = 1.0
    panel.preset_buttons[1].click()
    assert [s.value for s in panel.theta0_sliders] == [0.0, 0.0, 0.0]
    assert limits_shown(panel) == [
        ib.format_vector(v) for v in ib.limits_table([1.0, 1.0, 1.0], 1.0).limits
    ]
    assert "from θ₀" not in panel.readout.value


def test_the_table_is_narrow_enough_for_a_projector(compare):
    # Two tables of at most four columns instead of one of seven.
    for table in re.findall(r"<table.*?</table>", compare.readout.value):
        head = re.search(r"<tr>(.*?)</tr>", table).group(1)
        assert head.count("<th") <= 4
    assert "white-space:nowrap'>" not in compare.readout.value.split("<table")[0]
    assert compare.theta0_sliders == [], "no θ₀ sliders unless asked for (notebook 5)"


def test_a_theta0_without_a_closed_form_says_so_and_recovers():
    # X sign(X^T y) = y from 0 (Wilson's case, sign ray [1, 1, 1]); from [0.5, 0, 0] it is not,
    # and the features do not have equal magnitudes: epoch-Adam has no closed form there.
    base = [[1.0, 0.2, 0.1], [0.1, 1.0, 0.3]]
    y = np.array(base) @ [1.0, 1.0, 1.0]
    panel = ib.compare_panel(base=base, y=y, scales=(1.0, 1.0), presets={}, theta0_sliders=True)
    np.testing.assert_allclose(panel.summaries[1].limit, [1.0, 1.0, 1.0])
    before = panel.summaries
    panel.theta0_sliders[0].value = 0.5  # must not raise
    text = panel.readout.value
    assert "Could not update the picture" in text
    assert "epoch-Adam has no closed-form limit from θ₀ = [0.5, 0, 0] on these data" in text
    assert "Traceback" not in text
    assert panel.summaries is before, "the picture keeps the last settings that worked"
    panel.theta0_zero_button.click()
    assert "Could not update" not in panel.readout.value
    np.testing.assert_allclose(panel.summaries[1].limit, [1.0, 1.0, 1.0])
    with pytest.raises(ValueError, match="epoch-Adam has no closed-form limit from θ₀"):
        ib.run_optimizer("epoch_adam", base, y, 0.1, 100, theta0=[0.5, 0.0, 0.0])
    panel.close()
