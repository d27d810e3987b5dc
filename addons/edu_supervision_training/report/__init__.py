from . import edu_training_compliance_xlsx
