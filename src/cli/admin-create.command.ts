import { parseArgs } from 'node:util';
import { isDomainError } from '../domain/errors';
import { createFirstAdmin } from '../services/accounts/create-first-admin';
import type { CliCommand } from './cli-io';
import { withStore } from './with-store';

const USAGE = `Usage: luoshi admin create --login LOGIN [--name NAME] [--region-code CODE --region-name NAME]
Creates an administrator whose password must be changed at first sign-in. Without a region
the account administers every county on this deployment.
`;

/** `luoshi admin create`: the first administrator of a real deployment. */
export const runAdminCreate: CliCommand = async (args, io) => {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        login: { type: 'string' },
        name: { type: 'string' },
        'region-code': { type: 'string' },
        'region-name': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    io.stderr.write(`luoshi: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const regionCode = values['region-code'];
  const regionName = values['region-name'];
  if (!values.login || (regionCode === undefined) !== (regionName === undefined)) {
    io.stderr.write(USAGE);
    return 2;
  }
  return withStore(io, async (store) => {
    try {
      const result = await createFirstAdmin(
        store,
        {
          login: values.login!,
          displayName: values.name ?? '系统管理员',
          region: regionCode && regionName ? { code: regionCode, name: regionName } : undefined,
        },
        new Date(),
      );
      if (result.regionCreated) io.stdout.write(`Created the county ${regionName} (${regionCode}).\n`);
      io.stdout.write(`Created administrator "${values.login}" with the initial password:\n\n  ${result.password}\n\nIt must be changed at first sign-in.\n`);
      return 0;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      io.stderr.write(`luoshi: ${error.message}\n`);
      return 1;
    }
  });
};
