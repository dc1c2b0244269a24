"""The web face of veille: sign-up, preferences, unsubscribe, open calls, feeds, probes.

A Starlette application (``veille.web.app.create_app``) served by uvicorn on the
worker's own asyncio loop (``veille.web.server``).
"""
