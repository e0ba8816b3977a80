"""From a folder of notes to chunks: read and repair files, parse markdown blocks, chunk along headings."""

from bot.ingest.chunker import CHUNKER_VERSION, Chunk, Chunker
from bot.ingest.reader import Document, read_corpus

__all__ = ["CHUNKER_VERSION", "Chunk", "Chunker", "Document", "read_corpus"]
