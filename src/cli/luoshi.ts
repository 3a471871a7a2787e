import { processIo, type CliCommand, type CliIo } from './cli-io';

/**
 * `luoshi <group> <verb> [options]`. Each command lives in its own module and is loaded
 * only when called, so `luoshi plan parse` never opens a database.
 */
const commands: Record<string, Record<string, () => Promise<CliCommand>>> = {
  db: {
    migrate: async () => (await import('./db-migrate.command')).runDbMigrate,
  },
  admin: {
    create: async () => (await import('./admin-create.command')).runAdminCreate,
  },
  audit: {
    purge: async () => (await import('./audit-purge.command')).runAuditPurge,
  },
  plan: { parse: async () => (await import('./plan-parse.command')).runPlanParse },
  // Official documents (issue 8).
  doc: {
    circular: async () => (await import('./doc.command')).runDocCircular,
    breakdown: async () => (await import('./doc.command')).runDocBreakdown,
  },
};

const usage = (): string =>
  [
    'Usage: luoshi <group> <verb> [options]',
    ...Object.entries(commands).flatMap(([group, verbs]) => Object.keys(verbs).map((verb) => `  luoshi ${group} ${verb}`)),
    '',
  ].join('\n');

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [group, verb, ...rest] = argv;
  const load = group !== undefined && verb !== undefined ? commands[group]?.[verb] : undefined;
  if (!load) {
    io.stderr.write(usage());
    return argv.length === 0 || argv[0] === '--help' ? 0 : 2;
  }
  const command = await load();
  return command(rest, io);
}
