"""One module per command; icpcheck/cli.py registers them."""
