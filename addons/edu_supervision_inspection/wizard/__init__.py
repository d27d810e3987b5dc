from . import edu_random_draw_redraw_wizard
