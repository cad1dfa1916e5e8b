"""icpcheck: which filings and licences a WeChat micro-mall in China needs, and why."""

__version__ = "0.1.0"
