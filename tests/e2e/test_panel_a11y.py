"""axe-core on each slider panel inside JupyterLab (issue 20): the panel's output element of
01-06 after *Run All*, with the WCAG 2.0 and 2.1 A and AA rules, has no violation. (JupyterLab's
own interface around it is not ours and is not checked; tests/test_site_a11y.py checks every page
of the read-only copy.)"""

import pytest

from tests.e2e.harness import open_and_run
from tests.test_site_a11y import TAGS, axe_script

NOTEBOOKS = ["01-sgd", "02-epoch-adam", "03-rescaled-sgd", "04-compare", "05-two-points",
             "06-why-it-matters"]  # fmt: skip

AXE_ON_PANEL = """async (tags) => {
  const result = await axe.run(document.querySelector('.ib-panel'),
                               {runOnly: {type: 'tag', values: tags}});
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} element(s): `
    + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')
    + ' — ' + v.nodes[0].failureSummary.replace(/\\s+/g, ' ').slice(0, 200));
}"""


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_axe_finds_no_violation_in_the_panel(page, lab, name):
    script = axe_script()
    open_and_run(page, lab, f"{name}.ipynb")
    page.locator(".ib-panel").first.scroll_into_view_if_needed()
    page.wait_for_function(
        "document.querySelectorAll('.ib-panel .noUi-handle[aria-label]').length > 0"
    )
    page.add_script_tag(path=str(script))
    violations = page.evaluate(AXE_ON_PANEL, TAGS)
    assert violations == [], f"{name}: " + "\n".join(violations)
