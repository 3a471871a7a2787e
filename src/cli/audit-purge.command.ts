import { purgeAuditLog } from '../services/audit/purge-audit';
import type { CliCommand } from './cli-io';
import { withStore } from './with-store';

/** `luoshi audit purge`: deletes audit records older than 180 days (the purge is itself audited). */
export const runAuditPurge: CliCommand = (_args, io) =>
  withStore(io, async (store) => {
    const deleted = await purgeAuditLog(store, new Date());
    io.stdout.write(`Purged ${deleted} audit record(s) older than 180 days.\n`);
    return 0;
  });
