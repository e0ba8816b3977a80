import tests.test_discord_ask as t
from tests.test_discord_ask import tutor, adapter, sends  # noqa
async def test_dbg(tutor, adapter, caplog):
    import logging; caplog.set_level(logging.DEBUG)
    await tutor.tree._call(t.slash(tutor, t._member(tutor, "ana"), t._channel(tutor, "general"), "ask", question="sqs vs sns"))
    print(adapter.calls)
    for r in caplog.records: print(r.levelname, r.getMessage())
