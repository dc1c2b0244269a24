"""Errors a person can cause: they end the command with one sentence, never a traceback."""


class UserError(Exception):
    """A mistake in input or environment, told to the user as one sentence.

    ``exit_code`` is 1 for bad input and 2 for bad configuration, so scripts
    and container health checks can tell them apart.
    """

    exit_code = 1

    def __init__(self, message: str, exit_code: int | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class ConfigError(UserError):
    """A setting that cannot be used; always exit code 2."""

    exit_code = 2
