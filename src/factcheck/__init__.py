"""factcheck: check the figures in a writer's claims against the source articles."""

__version__ = "0.1.0"
