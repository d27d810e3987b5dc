from odoo.addons.edu_supervision_inspector.tests.common import EduInspectorCase


class EduTrainingCase(EduInspectorCase):
    """Courses of the year 2025 (and a pre-service course in 2024), no records.

    Thresholds are set explicitly (40 pre-service, 40 centralized, 50 online) so that the
    tests do not depend on the defaults.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.write(
            {
                "edu_preservice_hours": 40.0,
                "edu_centralized_hours": 40.0,
                "edu_online_hours": 50.0,
                "edu_training_reminder_month": 10,
            }
        )
        cls.employee_insp.edu_region_id = cls.region_a
        cls.employee_insp2.edu_region_id = cls.region_b
        Course = cls.env["edu.training.course"]
        cls.course_national = cls._create_course(
            "National training", "centralized", "national", 24, "2025-04-10", "2025-04-12"
        )
        cls.course_city = cls._create_course(
            "City spring training", "centralized", "city", 16, "2025-03-20", "2025-03-21"
        )
        cls.course_district = cls._create_course(
            "District training", "centralized", "district", 8, "2025-06-05", "2025-06-05"
        )
        cls.course_school = cls._create_course(
            "School seminar", "centralized", "school", 8, "2025-06-20", "2025-06-20"
        )
        cls.course_online = cls._create_course(
            "Online regulations", "online", "national", 30, "2025-01-15", "2025-06-30"
        )
        cls.course_online2 = cls._create_course(
            "Online quality monitoring", "online", "regional", 30, "2025-07-01", "2025-09-30"
        )
        cls.course_preservice = cls._create_course(
            "Pre-service training",
            "centralized",
            "city",
            40,
            "2024-03-06",
            "2024-03-10",
            kind="preservice",
        )
        cls.course_preservice_online = cls._create_course(
            "Pre-service online module",
            "online",
            "national",
            24,
            "2025-02-01",
            "2025-02-28",
            kind="preservice",
        )
        cls.Course = Course
        cls.Record = cls.env["edu.training.record"]

    @classmethod
    def _create_course(cls, name, mode, level, hours, date_start, date_end, kind="inservice"):
        return cls.env["edu.training.course"].create(
            {
                "name": name,
                "kind": kind,
                "mode": mode,
                "organizer_level": level,
                "hours": hours,
                "date_start": date_start,
                "date_end": date_end,
            }
        )

    @classmethod
    def _record(cls, employee, course, hours=None, result="passed", **vals):
        return cls.env["edu.training.record"].create(
            {
                "employee_id": employee.id,
                "course_id": course.id,
                "hours": course.hours if hours is None else hours,
                "result": result,
                **vals,
            }
        )

    @classmethod
    def _external(cls, employee, name, date, hours, mode="online", level=False, **vals):
        return cls.env["edu.training.record"].create(
            {
                "employee_id": employee.id,
                "external_course": name,
                "date": date,
                "hours": hours,
                "mode": mode,
                "organizer_level": level,
                "kind": vals.pop("kind", "inservice"),
                "result": vals.pop("result", "passed"),
                **vals,
            }
        )

    def _compliance(self, employee, year):
        self.env.flush_all()
        # a SQL view: its cached rows do not follow the records they are computed from
        self.env["edu.training.compliance"].invalidate_model()
        return self.env["edu.training.compliance"].search(
            [("employee_id", "=", employee.id), ("year", "=", year)]
        )
