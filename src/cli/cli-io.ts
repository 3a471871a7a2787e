/** Where a CLI command writes; tests pass buffers, the real CLI passes the process streams. */
export interface CliIo {
  stdout: { write(chunk: string | Uint8Array): unknown };
  stderr: { write(chunk: string | Uint8Array): unknown };
}

/** A CLI command: takes its own arguments (after the group and verb), returns the exit code. */
export type CliCommand = (args: string[], io: CliIo) => Promise<number>;

export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };
