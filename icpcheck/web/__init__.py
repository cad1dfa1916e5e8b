"""The web questionnaire and the JSON API (`pip install 'icpcheck[web]'`; `icpcheck serve`).

`icpcheck.web.app:app` is the ASGI application. Kept out of the CLI's imports: only `serve` loads it.
"""
