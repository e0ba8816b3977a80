"""The tutor bot: answers from, and quizzes on, a folder of notes."""
