"""Campaign content toolkit: cited fact sheets in, advisories, donation pages and briefs out."""

__version__ = "0.1.0"
