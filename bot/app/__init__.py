"""The application layer: the runtime and use cases that both front ends (Discord, console) share.

Core packages (ingest, search, answers, quiz generation) never import from here; front ends
(``bot.discord_app``, ``bot.console``, ``bot.cli``) do.
"""
