"""One feature per cog file, loaded as extensions in ``TutorBot.setup_hook`` (see ``EXTENSIONS``)."""
