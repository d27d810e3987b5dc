from odoo import api, fields, models
from odoo.exceptions import ValidationError


class EduGradeBand(models.Model):
    _name = "edu.grade.band"
    _description = "Grade Band"
    _order = "min_percent desc, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    min_percent = fields.Float(
        string="Minimum (%)",
        required=True,
        help="A target gets this grade when its weighted score reaches this percentage of "
        "the maximum.",
    )
    is_veto_grade = fields.Boolean(
        string="Veto Grade",
        help="Grade given when a veto item (一票否决) is triggered, whatever the score.",
    )
    framework_id = fields.Many2one(
        "edu.indicator.framework",
        ondelete="cascade",
        help="Leave empty for the default bands used by frameworks without their own.",
    )

    @api.constrains("min_percent")
    def _check_min_percent(self):
        for band in self:
            if not 0 <= band.min_percent <= 100:
                raise ValidationError(
                    self.env._("The minimum of a grade band must be between 0 and 100.")
                )

    @api.model_create_multi
    def create(self, vals_list):
        frameworks = self.env["edu.indicator.framework"].browse(
            {vals["framework_id"] for vals in vals_list if vals.get("framework_id")}
        )
        frameworks._edu_check_not_in_use()
        return super().create(vals_list)

    def write(self, vals):
        self.framework_id._edu_check_not_in_use()
        if vals.get("framework_id"):
            self.framework_id.browse(vals["framework_id"])._edu_check_not_in_use()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_in_use(self):
        self.framework_id._edu_check_not_in_use()

    @api.model
    def _edu_bands_for(self, framework):
        """Bands of the framework, or the default bands when it has none."""
        bands = framework.grade_band_ids if framework else self.browse()
        if not bands:
            bands = self.search([("framework_id", "=", False)])
        return bands.sorted(lambda b: (-b.min_percent, b.id))

    @api.model
    def _edu_band_for_percent(self, bands, percent, veto=False):
        if veto:
            veto_band = bands.filtered("is_veto_grade")[:1]
            return veto_band or bands[-1:] if bands else self.browse()
        for band in bands:
            if percent >= band.min_percent - 1e-9:
                return band
        return bands[-1:] if bands else self.browse()
