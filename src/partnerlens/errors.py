"""Errors that carry a message meant for the user.

The CLI and the web app turn a ``PartnerlensError`` into a one-line message and
a non-zero exit (or a 4xx JSON error); anything else is a bug.
"""


class PartnerlensError(Exception):
    """A failure the user can act on: bad input, missing data, unreachable source."""


class UnknownPartyError(PartnerlensError, LookupError):
    """A party name or code that resolves to no economy or group."""


class NoDataError(PartnerlensError):
    """The store has no data for what was asked (years, parties, products)."""
