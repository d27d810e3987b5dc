"""Inspector bench: staffing ratio and coverage figures at two sizes.

    scripts/bench tests/bench/bench_inspector.py

For 200 schools / 50 inspectors and 2,000 schools / 500 inspectors (a city
with three districts each), compute the staffing and coverage figures of the
city and its districts and generate the staffing report lines. The query
count must not grow with the number of schools or inspectors.
"""

import math
from datetime import date

from _harness import measure, run

SIZES = ((200, 50), (2000, 500))


def build(env, schools_count, inspectors_count):
    Region = env["edu.region"]
    city = Region.create(
        {"name": f"Bench City {schools_count}", "code": f"BC{schools_count}", "level": "city"}
    )
    districts = Region.create(
        [
            {
                "name": f"Bench District {schools_count}-{index}",
                "code": f"BD{schools_count}-{index}",
                "level": "district",
                "parent_id": city.id,
            }
            for index in range(3)
        ]
    )
    threshold = env.company.edu_large_school_threshold
    schools = env["edu.school"].create(
        [
            {
                "name": f"Bench school {schools_count}-{index}",
                "code": f"S{schools_count}-{index}",
                "region_id": districts[index % 3].id,
                "stage": "primary",
                # one school in ten is large
                "student_count": threshold + 100 if index % 10 == 0 else 500,
            }
            for index in range(schools_count)
        ]
    )
    inspectors = env["hr.employee"].create(
        [
            {
                "name": f"Bench inspector {inspectors_count}-{index}",
                "edu_is_inspector": True,
                "edu_inspector_type": "full_time" if index % 3 == 0 else "part_time",
                "edu_region_id": districts[index % 3].id,
            }
            for index in range(inspectors_count)
        ]
    )
    # nine inspectors in ten hold a valid certificate
    env["edu.inspector.certificate"].create(
        [
            {
                "name": f"BENCH-{inspectors_count}-{index}",
                "employee_id": inspector.id,
                "issue_date": date(2020, 1, 1),
            }
            for index, inspector in enumerate(inspectors)
            if index % 10
        ]
    )
    valid = inspectors.filtered("edu_certificate_valid")
    by_region = {}
    for inspector in valid:
        by_region.setdefault(inspector.edu_region_id.id, []).append(inspector)
    # every school but one in twenty has a responsible inspector of its district
    env["edu.school.assignment"].create(
        [
            {
                "school_id": school.id,
                "employee_id": by_region[school.region_id.id][
                    index % len(by_region[school.region_id.id])
                ].id,
                "date_from": date(2024, 9, 1),
            }
            for index, school in enumerate(schools)
            if index % 20
        ]
    )
    return city, districts, schools, valid


def main(env):
    company = env.company
    company.write(
        {
            "edu_inspector_school_ratio": 5,
            "edu_large_school_ratio": 1,
            "edu_min_fulltime_share": 30.0,
        }
    )
    Region = env["edu.region"]
    for schools_count, inspectors_count in SIZES:
        city, districts, schools, valid = build(env, schools_count, inspectors_count)
        regions = city | districts
        env.invalidate_all()
        label = f"{schools_count} schools / {inspectors_count} inspectors"
        figures = measure(env, f"staffing figures, {label}", Region._edu_staffing_figures, regions)
        env.invalidate_all()
        measure(
            env,
            f"staffing report lines, {label}",
            env["edu.staffing.report"]._edu_generate,
            regions,
        )
        env.invalidate_all()
        uncovered = measure(
            env,
            f"uncovered schools list, {label}",
            env["edu.school"].search,
            [("region_id", "child_of", city.id), ("responsible_employee_id", "=", False)],
        )
        # hand check of the city figures
        large = math.ceil(schools_count / 10)
        ordinary = schools_count - large
        expected_required = math.ceil(ordinary / 5) + large
        city_figures = figures[city.id]
        assert city_figures["school_count"] == schools_count, city_figures
        assert city_figures["large_school_count"] == large, city_figures
        assert city_figures["required_count"] == expected_required, city_figures
        assert city_figures["available_count"] == len(valid), city_figures
        assert len(uncovered) == schools_count // 20, len(uncovered)
        print(
            f"  city: required {city_figures['required_count']}, available "
            f"{city_figures['available_count']}, gap {city_figures['gap_count']}, full-time "
            f"{city_figures['fulltime_share']:.1f} %, coverage {city_figures['coverage']:.1f} %"
        )


if __name__ == "__main__":
    run(main, modules=("edu_supervision_inspector",))
