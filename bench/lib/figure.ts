/**
 * A figure that could not be measured: its feature does not exist yet, or this machine lacks
 * what it needs. Recorded with the reason, never invented (docs/performance.md).
 */
export interface Missing {
  value: null;
  reason: string;
}

export const missing = (reason: string): Missing => ({ value: null, reason });

export const isMissing = (figure: unknown): figure is Missing =>
  typeof figure === 'object' && figure !== null && 'reason' in figure && (figure as Missing).value === null;

/** Features this benchmark will measure once they exist; one wording for every place they appear. */
export const NOT_YET = {
  notices: 'supervision notices (督办单) have no table yet: the generator leaves an extension point for them',
} as const;
