/**
 * Test helper process: commits one row, then opens a transaction, writes more rows, says so
 * on stdout and waits to be killed with SIGKILL in the middle of it.
 */
import { openDatabase } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';

const dataDir = process.env.LUOSHI_DATA_DIR!;
const database = await openDatabase({ kind: 'pglite', dataDir });
await migrateToLatest(database.db);
await database.db.insertInto('regions').values({ code: 'committed', name: '已提交县' }).execute();
await database.db.transaction().execute(async (trx) => {
  for (let i = 0; i < 50; i++) {
    await trx.insertInto('regions').values({ code: `partial-${i}`, name: `半截县${i}` }).execute();
  }
  process.stdout.write('IN_TRANSACTION\n');
  await new Promise(() => undefined); // hold the transaction open until killed
});
