/**
 * The years a plan covers: as the document states them (metadata.period), else from its
 * targets (the annual table's years and the goals' due years), else the year it was uploaded.
 * The preview and the confirm both take them from here, so the goal entries' targets they
 * compute agree.
 */
export function planYearsOf(
  document: {
    metadata: { period: { startYear: number; endYear: number } | null };
    indicators: ReadonlyArray<{ targets: Readonly<Record<string, number>> }>;
    goals: ReadonlyArray<{ year: number | null }>;
  },
  fallbackYear: number,
): { startYear: number; endYear: number } {
  if (document.metadata.period) return { startYear: document.metadata.period.startYear, endYear: document.metadata.period.endYear };
  const years = [
    ...document.indicators.flatMap((i) => Object.keys(i.targets).map(Number)),
    ...document.goals.flatMap((g) => (g.year ? [g.year] : [])),
  ];
  return years.length > 0 ? { startYear: Math.min(...years), endYear: Math.max(...years) } : { startYear: fallbackYear, endYear: fallbackYear };
}
