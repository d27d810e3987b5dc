from . import edu_dashboard_source_mixin, edu_annual_report, edu_publication
