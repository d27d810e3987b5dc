from .hooks import pre_init_hook
