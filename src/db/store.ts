import { sql, type Kysely } from 'kysely';
import { AuditRepository } from './audit.repository';
import type { Database, DatabaseKind } from './database';
import { DocumentsRepository } from './documents.repository';
import { FilesRepository } from './files.repository';
import { IndicatorsRepository } from './indicators.repository';
import { NotificationsRepository } from './notifications.repository';
import { OrgRepository } from './org.repository';
import { PlansRepository } from './plans.repository';
import { ReportingRepository } from './reporting.repository';
import type { DB } from './schema';
import { SessionsRepository } from './sessions.repository';
// supervision, meetings and assessment (issue 9)
import { SupervisionRepository } from './supervision.repository';
import { MeetingsRepository } from './meetings.repository';
import { AssessmentRepository } from './assessment.repository';
import { UsersRepository } from './users.repository';
// cockpit and demo history (issue 7)
import { CockpitRepository } from './cockpit.repository';
import { DemoHistoryRepository } from './demo-history.repository';
import { DataVersionsRepository } from './data-versions.repository';

/** Every repository, bound to one connection or transaction. */
export interface Repositories {
  users: UsersRepository;
  sessions: SessionsRepository;
  audit: AuditRepository;
  org: OrgRepository;
  plans: PlansRepository;
  reporting: ReportingRepository;
  files: FilesRepository;
  notifications: NotificationsRepository;
  indicators: IndicatorsRepository;
  // cockpit and demo history (issue 7)
  cockpit: CockpitRepository;
  demoHistory: DemoHistoryRepository;
  dataVersions: DataVersionsRepository;
  // Official documents (issue 8).
  documents: DocumentsRepository;
  // supervision, meetings and assessment (issue 9)
  supervision: SupervisionRepository;
  meetings: MeetingsRepository;
  assessment: AssessmentRepository;
}

/**
 * What services see of the database: repositories, and transactions that hand out
 * repositories bound to the transaction (so a service never touches Kysely itself).
 */
export interface Store {
  readonly kind: DatabaseKind;
  /** Repositories outside a transaction: for reads and single-statement writes. */
  readonly repos: Repositories;
  /** Runs `work` in one transaction: all of its writes land, or none do. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  /** A real round trip to the database (health checks). */
  ping(): Promise<void>;
  /**
   * Brings the planner's statistics up to date after bulk writes. PostgreSQL's autovacuum does
   * this by itself; PGlite runs no background workers, so without it every plan is chosen as if
   * the tables were empty (docs/performance.md: listing tasks went from 26 ms to 1.5 ms).
   */
  refreshStatistics(): Promise<void>;
}

/** `shared`: the repositories outside transactions, whose reads may share statements. */
function bindRepositories(db: Kysely<DB>, shared = false): Repositories {
  return {
    users: new UsersRepository(db, shared),
    sessions: new SessionsRepository(db),
    audit: new AuditRepository(db),
    org: new OrgRepository(db),
    plans: new PlansRepository(db),
    reporting: new ReportingRepository(db),
    files: new FilesRepository(db),
    notifications: new NotificationsRepository(db),
    indicators: new IndicatorsRepository(db),
    // cockpit and demo history (issue 7)
    cockpit: new CockpitRepository(db),
    demoHistory: new DemoHistoryRepository(db),
    dataVersions: new DataVersionsRepository(db, shared),
    // Official documents (issue 8).
    documents: new DocumentsRepository(db),
    // supervision, meetings and assessment (issue 9)
    supervision: new SupervisionRepository(db),
    meetings: new MeetingsRepository(db),
    assessment: new AssessmentRepository(db),
  };
}

export function createStore(database: Database): Store {
  const { db } = database;
  return {
    kind: database.kind,
    repos: bindRepositories(db, true),
    transaction: (work) => db.transaction().execute((trx) => work(bindRepositories(trx))),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    refreshStatistics: async () => {
      if (database.kind === 'pglite') await sql`analyze`.execute(db);
    },
  };
}
