import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDownload, apiGet, apiPatch, apiPost, apiUpload } from '../../shared/api/client';
import { detailItems, isString } from '../../shared/api/error-details';
import { isRecord } from '../../shared/api/api-error';
import { saveFile } from '../../shared/api/save-file';
import type { ImportSummary, SheetProblem, Unit, UnitInput } from './unit-types';

export const unitsKey = ['units'] as const;

/** GET /api/units: the county's units and groups, in registry order. */
export function useUnits() {
  return useQuery({
    queryKey: unitsKey,
    queryFn: ({ signal }) => apiGet<{ units: Unit[] }>('/api/units', { signal }).then((body) => body.units),
  });
}

/** POST /api/units (no `id`) or PATCH /api/units/:id. The list is fetched again afterwards. */
export function useSaveUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | undefined; input: UnitInput }) => {
      if (id !== undefined) return apiPatch<{ unit: Unit }>(`/api/units/${encodeURIComponent(id)}`, input);
      const { isActive: _isActive, ...create } = input; // a new unit is always active
      return apiPost<{ unit: Unit }>('/api/units', create);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: unitsKey }),
  });
}

/** POST /api/units/import: all rows or none. */
export function useImportUnits() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => apiUpload<ImportSummary>('/api/units/import', file, file.name),
    onSuccess: () => client.invalidateQueries({ queryKey: unitsKey }),
  });
}

/** GET /api/units/export, saved as the .xlsx the server names (also the import template). */
export function useExportUnits(fallbackName: string) {
  return useMutation({
    mutationFn: () => apiDownload('/api/units/export', fallbackName),
    onSuccess: saveFile,
  });
}

const isSheetProblem = (value: unknown): value is SheetProblem =>
  isRecord(value) && typeof value['row'] === 'number' && typeof value['column'] === 'string' && typeof value['message'] === 'string';

/** The problems of a refused workbook (400 `validation_failed` with `details.problems`). */
export function sheetProblemsOf(error: unknown): SheetProblem[] {
  return detailItems(error, 'problems', isSheetProblem);
}

/** The names another unit already uses (409 `conflict` with `details.names`). */
export function clashingNamesOf(error: unknown): string[] {
  return detailItems(error, 'names', isString);
}
