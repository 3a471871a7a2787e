import type { Kysely } from 'kysely';
import type { DB, PlanRow, RegionRow, UnitKind, UnitRow, UnitUpdate } from './schema';

/** Regions (counties), their units and plans: the organisation that everything else hangs on. */
export class OrgRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async countRegions(): Promise<number> {
    const row = await this.db.selectFrom('regions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return row.n;
  }

  async insertRegion(region: { code: string; name: string }): Promise<RegionRow> {
    return this.db.insertInto('regions').values(region).returningAll().executeTakeFirstOrThrow();
  }

  async insertUnits(
    regionId: string,
    units: ReadonlyArray<{ name: string; kind: UnitKind; aliases?: string[]; sortOrder?: number; parentId?: string | null }>,
  ): Promise<UnitRow[]> {
    if (units.length === 0) return [];
    return this.db
      .insertInto('units')
      .values(
        units.map((unit, index) => ({
          region_id: regionId,
          name: unit.name,
          kind: unit.kind,
          aliases: unit.aliases ?? [],
          sort_order: unit.sortOrder ?? index,
          parent_id: unit.parentId ?? null,
        })),
      )
      .returningAll()
      .execute();
  }

  async findUnit(id: string): Promise<UnitRow | undefined> {
    return this.db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async listUnits(regionId: string): Promise<UnitRow[]> {
    return this.db.selectFrom('units').selectAll().where('region_id', '=', regionId).orderBy('sort_order').orderBy('name').execute();
  }

  /** Group → member ids, for every group of the county. */
  async listGroupMembers(regionId: string): Promise<Map<string, string[]>> {
    const rows = await this.db
      .selectFrom('unit_group_members')
      .innerJoin('units', 'units.id', 'unit_group_members.group_id')
      .select(['unit_group_members.group_id', 'unit_group_members.member_id'])
      .where('units.region_id', '=', regionId)
      .execute();
    const members = new Map<string, string[]>();
    for (const row of rows) members.set(row.group_id, [...(members.get(row.group_id) ?? []), row.member_id]);
    return members;
  }

  async setGroupMembers(groupId: string, memberIds: readonly string[]): Promise<void> {
    await this.db.deleteFrom('unit_group_members').where('group_id', '=', groupId).execute();
    await this.addGroupMembers(groupId, memberIds);
  }

  async updateUnit(id: string, patch: UnitUpdate): Promise<void> {
    await this.db.updateTable('units').set(patch).where('id', '=', id).execute();
  }

  async findRegionByCode(code: string): Promise<RegionRow | undefined> {
    return this.db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
  }

  async findRegion(id: string): Promise<RegionRow | undefined> {
    return this.db.selectFrom('regions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async addGroupMembers(groupId: string, memberIds: readonly string[]): Promise<void> {
    if (memberIds.length === 0) return;
    await this.db
      .insertInto('unit_group_members')
      .values(memberIds.map((memberId) => ({ group_id: groupId, member_id: memberId })))
      .execute();
  }

  async insertPlan(plan: {
    regionId: string;
    code: string;
    title: string;
    documentNumber: string | null;
    startYear: number;
    endYear: number;
    status: PlanRow['status'];
  }): Promise<PlanRow> {
    return this.db
      .insertInto('plans')
      .values({
        region_id: plan.regionId,
        code: plan.code,
        title: plan.title,
        document_number: plan.documentNumber,
        start_year: plan.startYear,
        end_year: plan.endYear,
        status: plan.status,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}
