import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import { buildRegion } from '../../test/factories';

describe('PGlite dialect', () => {
  let t: TestDatabase & { dispose(): Promise<void> };
  beforeAll(async () => {
    t = await createTestDatabase('pglite');
  });
  afterAll(() => t.dispose());

  it('makes another request wait for an open transaction, and its write survives that transaction rollback', async () => {
    const { db } = t.database;
    let releaseTransaction!: () => void;
    const transactionMayEnd = new Promise<void>((resolve) => {
      releaseTransaction = resolve;
    });
    let insideTransaction!: () => void;
    const transactionStarted = new Promise<void>((resolve) => {
      insideTransaction = resolve;
    });

    const rolledBack = db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('regions').values({ code: 'tx-1', name: '回滚县' }).execute();
        insideTransaction();
        await transactionMayEnd;
        throw new Error('roll back');
      })
      .catch((error: Error) => error.message);

    await transactionStarted;
    // A second request writes while the transaction is open: it must wait, not join it.
    let otherWriteDone = false;
    const otherWrite = db
      .insertInto('regions')
      .values({ code: 'other-1', name: '独立县' })
      .execute()
      .then(() => {
        otherWriteDone = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(otherWriteDone).toBe(false);

    releaseTransaction();
    expect(await rolledBack).toBe('roll back');
    await otherWrite; // not blocked forever
    const codes = await db.selectFrom('regions').select('code').where('code', 'in', ['tx-1', 'other-1']).execute();
    expect(codes.map((r) => r.code)).toEqual(['other-1']);
  });

  it('reports the number of affected rows of writes', async () => {
    const region = await buildRegion(t.store);
    const result = await t.database.db
      .updateTable('regions')
      .set({ name: '改名县' })
      .where('id', '=', region.id)
      .executeTakeFirst();
    expect(result.numUpdatedRows).toBe(1n);
  });

  it('keeps serving queries after a failed statement', async () => {
    await expect(sql`select * from no_such_table`.execute(t.database.db)).rejects.toThrow(/no_such_table/);
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(t.database.db);
    expect(rows[0]?.one).toBe(1);
  });

  it('streams a query in chunks', async () => {
    const chunks: number[] = [];
    for await (const row of t.database.db.selectFrom('regions').select('code').stream(1)) chunks.push(row.code.length);
    expect(chunks.length).toBeGreaterThan(0);
  });
});
