"""veille: the command line and settings that wire spiders, storage, scheduler and notifications."""

__version__ = "0.1.0"
