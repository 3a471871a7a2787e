import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { apiDownload, apiGet } from '../../shared/api/client';
import { saveFile } from '../../shared/api/save-file';
import { cockpitQuery, type CockpitFilters } from './cockpit-filters';
import type { Cockpit, TaskReports, UnitObligations } from './cockpit-types';

const base = (planId: string) => `/api/plans/${encodeURIComponent(planId)}/cockpit`;

/** GET /api/plans/:planId/cockpit: every number of the cockpit, for the filters. */
export function cockpitQueryOf(planId: string, filters: CockpitFilters) {
  const query = cockpitQuery(filters);
  return queryOptions({
    queryKey: ['plans', planId, 'cockpit', query],
    queryFn: ({ signal }) => apiGet<Cockpit>(`${base(planId)}${query}`, { signal }),
  });
}

export function useCockpit(planId: string | undefined, filters: CockpitFilters) {
  return useQuery({
    ...cockpitQueryOf(planId ?? '', filters),
    enabled: planId !== undefined,
    // Changing a filter keeps the last figures on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** GET …/cockpit.xlsx: the same numbers as a workbook, saved under the server's name. */
export function useDownloadCockpit(fallbackName: string) {
  return useMutation({
    mutationFn: ({ planId, filters }: { planId: string; filters: CockpitFilters }) => apiDownload(`${base(planId)}.xlsx${cockpitQuery(filters)}`, fallbackName),
    onSuccess: saveFile,
  });
}

/** One task's reports by unit across quarters. */
export function useTaskReports(planId: string | undefined, taskId: string | undefined) {
  return useQuery({
    queryKey: ['plans', planId ?? '', 'cockpit', 'tasks', taskId ?? ''],
    queryFn: ({ signal }) => apiGet<TaskReports>(`${base(planId ?? '')}/tasks/${encodeURIComponent(taskId ?? '')}`, { signal }),
    enabled: planId !== undefined && taskId !== undefined,
  });
}

/** Everything one unit owes, quarter by quarter. */
export function useUnitObligations(planId: string | undefined, unitId: string | undefined) {
  return useQuery({
    queryKey: ['plans', planId ?? '', 'cockpit', 'units', unitId ?? ''],
    queryFn: ({ signal }) => apiGet<UnitObligations>(`${base(planId ?? '')}/units/${encodeURIComponent(unitId ?? '')}`, { signal }),
    enabled: planId !== undefined && unitId !== undefined,
  });
}
