"""The headless commands, one module per area; ``registry`` collects them for ``cli.py``."""
