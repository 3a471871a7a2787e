/**
 * One set of type parsers for node-postgres and PGlite, so both return the same JS types
 * (STACK.md pitfall 2). Without them pg returns int8 and numeric as strings and shifts
 * `date` columns by the process time zone.
 */
export const PG_OID = { int8: 20, numeric: 1700, date: 1082 } as const;

function parseSafeInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${value} exceeds JavaScript's safe integer range`);
  return n;
}

/** Parsers by type OID. `date` stays the plain 'YYYY-MM-DD' string the database holds. */
export const typeParsers: Record<number, (value: string) => unknown> = {
  [PG_OID.int8]: parseSafeInteger,
  [PG_OID.numeric]: (value) => Number(value),
  [PG_OID.date]: (value) => value,
};
