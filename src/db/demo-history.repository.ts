import type { Insertable, Kysely } from 'kysely';
import type { DB, ReportsTable, ReportVersionsTable } from './schema';

/** One generated report in its final state, with the versions its submissions left. */
export interface HistoryReportRows {
  report: Insertable<ReportsTable> & { id: string };
  versions: Array<Insertable<ReportVersionsTable>>;
}

const CHUNK = 500;

/**
 * Bulk writes for generated report history (the demo county and the benchmarks' synthetic
 * counties): thousands of reports, too many to send one by one through the report workflow.
 */
export class DemoHistoryRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Inserts reports and their versions, 500 rows a statement. Run it inside a transaction. */
  async insertReports(rows: readonly HistoryReportRows[]): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await this.db.insertInto('reports').values(chunk.map((r) => r.report)).execute();
      const versions = chunk.flatMap((r) => r.versions);
      if (versions.length > 0) await this.db.insertInto('report_versions').values(versions).execute();
    }
  }
}
