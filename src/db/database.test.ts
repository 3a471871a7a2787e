import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { buildRegion } from '../../test/factories';

describeEachDatabase('database', (get) => {
  it('returns int8 and numeric as numbers and date as a plain YYYY-MM-DD string', async () => {
    const { rows } = await sql<{ n: unknown; x: unknown; d: unknown; t: unknown }>`
      select count(*) as n, 1.45::numeric as x, date '2025-03-20' as d, timestamptz '2025-03-20 00:00:00+08' as t
    `.execute(get().database.db);
    expect(rows[0]).toEqual({ n: 1, x: 1.45, d: '2025-03-20', t: new Date('2025-03-19T16:00:00Z') });
  });

  it('refuses to update, delete or truncate audit records through the application connection', async () => {
    const { db } = get().database;
    await get().store.repos.audit.append({ action: 'test.event', outcome: 'success', at: new Date() });
    await expect(db.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/append-only/);
    const rows = await db.selectFrom('audit_log').select('action').execute();
    expect(rows.map((r) => r.action)).toContain('test.event');
  });

  it('rolls back every write of a failed transaction', async () => {
    const { store } = get();
    await expect(
      store.transaction(async (repos) => {
        await repos.org.insertRegion({ code: 'half-saved', name: '半途县' });
        throw new Error('fail in the middle');
      }),
    ).rejects.toThrow('fail in the middle');
    const found = await get().database.db.selectFrom('regions').where('code', '=', 'half-saved').selectAll().execute();
    expect(found).toEqual([]);
  });

  it('enforces one account per login whatever its case', async () => {
    const region = await buildRegion(get().store);
    const base = { region_id: region.id, display_name: 'x', password_hash: 'scrypt$x', unit_id: null };
    await get().store.repos.users.insert({ ...base, login: 'Clerk' });
    await expect(get().store.repos.users.insert({ ...base, login: 'clerk' })).rejects.toThrow(/users_login_lower_unique/);
  });
});
