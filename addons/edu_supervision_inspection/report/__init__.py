from . import edu_inspection_xlsx
