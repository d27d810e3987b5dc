from lxml import etree

from odoo.tools import file_open

from odoo.addons.edu_supervision.upgrade import adopt_xmlids

MODULE = "edu_supervision_wuhai"

#: The platform addons that carried the records of this addon before it existed.
PLATFORM_ADDONS = (
    "edu_supervision",
    "edu_supervision_inspector",
    "edu_supervision_training",
    "edu_supervision_inspection",
    "edu_supervision_rectification",
    "edu_supervision_visit",
    "edu_supervision_budget",
)

#: The data files whose records a site may have entered by hand.
LOCAL_DATA_FILES = ("data/edu_region_data.xml", "data/edu_committee_data.xml")


def pre_init_hook(env):
    """Take over the records of this addon that the database already holds.

    A database made before this addon existed holds Wuhai's records (regions,
    committee, demo data) under the platform addons' xml ids: they move to this
    addon, so its install updates them instead of creating copies. A database
    made without demo data may hold the city, its districts and its committee
    entered by hand: they get this addon's xml ids too (region codes and the
    committee of a region are unique).
    """
    for addon in PLATFORM_ADDONS:
        adopt_xmlids(env.cr, MODULE, addon)
    _bind_local_records(env)


def _data_records(filenames):
    """{xml id: (model, {field: value or ("ref", xml id)})} of the records in ``filenames``."""
    records = {}
    for filename in filenames:
        with file_open(f"{MODULE}/{filename}", "rb") as file:
            root = etree.parse(file).getroot()
        for node in root.iter("record"):
            values = {}
            for field in node.iter("field"):
                ref = field.get("ref")
                values[field.get("name")] = ("ref", ref) if ref else (field.text or "")
            records[node.get("id")] = (node.get("model"), values)
    return records


def _bind_local_records(env):
    """Give this addon's xml ids to the regions, committee and member units that a
    site entered by hand (matched on region code, committee region and unit name)."""
    records = _data_records(LOCAL_DATA_FILES)
    bound = {}  # xml id (without module) -> record

    def known(name):
        return bound.get(name) or env.ref(f"{MODULE}.{name}", raise_if_not_found=False)

    def bind(name, record):
        if name and record and not known(name):
            bound[name] = record

    def ref(values, field):
        value = values.get(field)
        return value[1] if isinstance(value, tuple) else None

    regions = {name: values for name, (model, values) in records.items() if model == "edu.region"}
    by_code = {
        region.code: region
        for region in env["edu.region"]
        .with_context(active_test=False)
        .search(
            [
                ("code", "in", [values["code"] for values in regions.values()]),
                ("company_id", "=", env.ref("base.main_company").id),
            ]
        )
    }
    for name, values in regions.items():
        region = by_code.get(values["code"])
        if region and not known(name):
            bind(name, region)
            bind(ref(values, "government_partner_id"), region.government_partner_id)
    committees = {
        name: values for name, (model, values) in records.items() if model == "edu.committee"
    }
    for name, values in committees.items():
        region = known(ref(values, "region_id"))
        committee = region and env["edu.committee"].with_context(active_test=False).search(
            [("region_id", "=", region.id)], limit=1
        )
        if committee and not known(name):
            bind(name, committee)
            bind(ref(values, "office_partner_id"), committee.office_partner_id)
            members = {member.partner_id.name: member for member in committee.member_ids}
            for member_name, (model, member_values) in records.items():
                if model != "edu.committee.member" or ref(member_values, "committee_id") != name:
                    continue
                partner_name = ref(member_values, "partner_id")
                partner_values = records.get(partner_name, (None, {}))[1]
                member = members.get(partner_values.get("name"))
                if member:
                    bind(member_name, member)
                    bind(partner_name, member.partner_id)
    if bound:
        env["ir.model.data"]._update_xmlids(
            [
                {"xml_id": f"{MODULE}.{name}", "record": record, "noupdate": True}
                for name, record in bound.items()
            ]
        )
