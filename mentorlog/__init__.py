"""mentorlog: mentored on-the-job training of prison officers."""

__version__ = "0.1.0"
