import type { Kysely } from 'kysely';
import type { DB } from './schema';

/** Evidence files (stored by content hash) and the attachments that point at them. */
export class FilesRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async recordStoredFile(file: { sha256: string; size: number; mediaType: string; now: Date }): Promise<void> {
    await this.db
      .insertInto('stored_files')
      .values({ sha256: file.sha256, size: file.size, media_type: file.mediaType, created_at: file.now })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
  }

  async addAttachment(a: { planId: string; reportId: string; sha256: string; fileName: string; uploadedBy: string; now: Date }) {
    return this.db
      .insertInto('report_attachments')
      .values({ plan_id: a.planId, report_id: a.reportId, sha256: a.sha256, file_name: a.fileName, uploaded_by: a.uploadedBy, uploaded_at: a.now })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async listAttachments(reportId: string) {
    return this.db
      .selectFrom('report_attachments as a')
      .innerJoin('stored_files as f', 'f.sha256', 'a.sha256')
      .select(['a.id', 'a.report_id', 'a.file_name', 'a.sha256', 'a.uploaded_at', 'f.size', 'f.media_type'])
      .where('a.report_id', '=', reportId)
      .orderBy('a.uploaded_at')
      .execute();
  }

  async findAttachment(id: string) {
    return this.db
      .selectFrom('report_attachments as a')
      .innerJoin('stored_files as f', 'f.sha256', 'a.sha256')
      .select(['a.id', 'a.report_id', 'a.file_name', 'a.sha256', 'f.size', 'f.media_type'])
      .where('a.id', '=', id)
      .executeTakeFirst();
  }

  async deleteAttachment(id: string): Promise<void> {
    await this.db.deleteFrom('report_attachments').where('id', '=', id).execute();
  }
}
