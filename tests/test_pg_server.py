"""The throwaway PostgreSQL server the store tests run against: it starts, serves, and goes away."""

from __future__ import annotations

import asyncpg

from tests.pg_server import PostgresServer, port_open


async def test_server_serves_queries_and_goes_away():
    server = PostgresServer()
    with server:
        port = server.port
        assert port is not None and port_open(port)
        assert server.url == f"postgresql://postgres@127.0.0.1:{port}/tutor"

        conn = await asyncpg.connect(server.url)
        try:
            assert await conn.fetchval("SELECT 1") == 1
        finally:
            await conn.close()

        url = server.create_database("scratch")
        conn = await asyncpg.connect(url)
        try:
            await conn.execute("CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)")
            await conn.execute("INSERT INTO notes (body) VALUES ($1)", "héllo")
            assert await conn.fetchval("SELECT body FROM notes") == "héllo"
        finally:
            await conn.close()
        server.drop_database("scratch")

        base = server.base
    assert not server.running
    assert not port_open(port)
    assert base is not None and not base.exists()
