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
