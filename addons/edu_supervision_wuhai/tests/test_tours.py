from odoo.tests import tagged

from .common import EduTourCase


@tagged("post_install", "-at_install")
class TestTours(EduTourCase):
    """The viewer's day, played in the browser on the demo data."""

    def test_viewer_reads_the_overview(self):
        """The viewer opens the app, reads the overview and the schools of a district."""
        self._edu_demo("edu_supervision.user_edu_viewer")
        self.start_tour("/odoo", "edu_viewer_overview_tour", login="viewer")
