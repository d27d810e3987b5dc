"""Core bench: create schools and recompute ``is_large`` at two sizes.

    scripts/bench tests/bench/bench_core.py

The query count of the recompute must not grow with the number of schools.
"""

from _harness import measure, run

SIZES = (2000, 20000)


def main(env):
    region = env["edu.region"].create({"name": "Bench City", "code": "BENCH", "level": "city"})
    field = env["edu.school"]._fields["is_large"]
    for size in SIZES:
        vals_list = [
            {
                "name": f"Bench school {size}-{index}",
                "code": f"B{size}-{index}",
                "region_id": region.id,
                "stage": "primary",
                "student_count": (index * 37) % 4000,
            }
            for index in range(size)
        ]
        schools = measure(env, f"create {size} schools", env["edu.school"].create, vals_list)
        env.invalidate_all()

        def recompute(schools=schools):
            env.add_to_compute(field, schools)
            schools.flush_recordset(["is_large"])

        measure(env, f"compute is_large for {size} schools", recompute)
        large = measure(
            env,
            f"count large schools among {size}",
            env["edu.school"].search_count,
            [("id", "in", schools.ids), ("is_large", "=", True)],
        )
        threshold = env.company.edu_large_school_threshold
        expected = sum(1 for vals in vals_list if vals["student_count"] >= threshold)
        assert large == expected, (large, expected)


if __name__ == "__main__":
    run(main, modules=("edu_supervision",))
