import { sql, type Kysely } from 'kysely';
import type { DB, OfficialDocumentRow, OfficialDocumentsTable } from './schema';

export interface DocumentSettingsRow {
  planId: string;
  numberPrefix: string;
  issuer: string;
  recipients: string;
  copyTo: string[];
}

/** Documents' numbering settings and counters, and the drafts and issued documents of each plan. */
export class DocumentsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async findSettings(planId: string): Promise<DocumentSettingsRow | undefined> {
    const row = await this.db.selectFrom('document_settings').selectAll().where('plan_id', '=', planId).executeTakeFirst();
    return row && { planId: row.plan_id, numberPrefix: row.number_prefix, issuer: row.issuer, recipients: row.recipients, copyTo: row.copy_to };
  }

  async saveSettings(s: DocumentSettingsRow & { now: Date }): Promise<void> {
    const values = { number_prefix: s.numberPrefix, issuer: s.issuer, recipients: s.recipients, copy_to: JSON.stringify(s.copyTo), updated_at: s.now };
    await this.db
      .insertInto('document_settings')
      .values({ plan_id: s.planId, ...values })
      .onConflict((oc) => oc.column('plan_id').doUpdateSet(values))
      .execute();
  }

  /**
   * The next sequence number of the plan's year, in one statement: concurrent issuers queue on
   * the counter row, so each gets its own number (and a rolled-back issue gives its number back).
   */
  async nextSequence(planId: string, year: number): Promise<number> {
    const row = await this.db
      .insertInto('document_counters')
      .values({ plan_id: planId, year, last_sequence: 1 })
      .onConflict((oc) => oc.columns(['plan_id', 'year']).doUpdateSet({ last_sequence: sql<number>`document_counters.last_sequence + 1` }))
      .returning('last_sequence')
      .executeTakeFirstOrThrow();
    return row.last_sequence;
  }

  async insertDraft(d: { planId: string; kind: OfficialDocumentsTable['kind']; periodKey: string; title: string; model: unknown; by: string; now: Date }): Promise<OfficialDocumentRow> {
    return this.db
      .insertInto('official_documents')
      .values({ plan_id: d.planId, kind: d.kind, period_key: d.periodKey, status: 'draft', title: d.title, model: JSON.stringify(d.model), created_by: d.by, created_at: d.now, updated_by: d.by, updated_at: d.now })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async find(id: string): Promise<OfficialDocumentRow | undefined> {
    return this.db.selectFrom('official_documents').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The plan's documents, newest first, without their models. */
  async list(planId: string) {
    return this.db
      .selectFrom('official_documents')
      .select(['id', 'kind', 'period_key', 'status', 'title', 'number', 'version', 'created_at', 'updated_at', 'issued_at'])
      .where('plan_id', '=', planId)
      .orderBy('created_at', 'desc')
      .execute();
  }

  /** Saves an edited draft if nobody saved it since `version` was read; undefined otherwise. */
  async updateDraft(id: string, version: number, d: { title: string; model: unknown; by: string; now: Date }): Promise<OfficialDocumentRow | undefined> {
    return this.db
      .updateTable('official_documents')
      .set({ title: d.title, model: JSON.stringify(d.model), updated_by: d.by, updated_at: d.now, version: sql<number>`version + 1` })
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  /** Issues a draft (the last change it will ever take); undefined when it was issued or edited meanwhile. */
  async markIssued(id: string, version: number, d: { number: string; year: number; sequence: number; sha256: string; model: unknown; by: string; now: Date }): Promise<OfficialDocumentRow | undefined> {
    return this.db
      .updateTable('official_documents')
      .set({
        status: 'issued',
        number: d.number,
        number_year: d.year,
        number_sequence: d.sequence,
        sha256: d.sha256,
        model: JSON.stringify(d.model),
        issued_by: d.by,
        issued_at: d.now,
        updated_by: d.by,
        updated_at: d.now,
        version: sql<number>`version + 1`,
      })
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }
}
