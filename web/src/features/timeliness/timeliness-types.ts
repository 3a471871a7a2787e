/**
 * GET /api/periods/:id/timeliness (src/services/reporting/timeliness-summary.ts): the server's own
 * response type (src/http/routes/reporting/reporting.schemas.ts), and names for its parts.
 * Rates: reportingRate = received ÷ expected, timelyRate = on time ÷ expected; null when nothing was due.
 */
import type { TimelinessSummaryResponse } from '@server/http/routes/reporting/reporting.schemas';

export type TimelinessSummary = TimelinessSummaryResponse;
export type Rates = TimelinessSummary['rates'];
export type UnitTimeliness = TimelinessSummary['units'][number];
export type ObligationTimeliness = TimelinessSummary['obligations'][number];
