import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, apiPut } from '../../shared/api/client';
import type { Notice } from '../supervision/supervision-types';

export interface AgendaItem {
  kind: 'task' | 'indicator' | 'unit';
  id: string;
  label: string;
  light: 'yellow' | 'red';
  reasons: string[];
}

export interface Meeting {
  id: string;
  planId: string;
  title: string;
  heldOn: string;
  attendees: string[];
  minutes: string;
  agenda: AgendaItem[];
  decisions: Array<{ id: string; text: string; unitId: string; unitName: string; dueDate: string; notice: Notice | null }>;
}

export interface MeetingInput {
  title: string;
  heldOn: string;
  attendees: string[];
}

const meetingsKey = (planId: string) => ['plans', planId, 'meetings'] as const;
const meetingKey = (id: string) => ['meetings', id] as const;

/** GET /api/plans/:planId/meetings. */
export function useMeetings(planId: string | undefined) {
  return useQuery({
    queryKey: meetingsKey(planId ?? ''),
    queryFn: ({ signal }) => apiGet<{ meetings: Array<{ id: string; title: string; heldOn: string; agendaItems: number }> }>(`/api/plans/${encodeURIComponent(planId ?? '')}/meetings`, { signal }).then((b) => b.meetings),
    enabled: planId !== undefined,
  });
}

/** GET /api/meetings/:id: agenda, minutes, decisions with their notices. */
export function useMeeting(id: string | undefined) {
  return useQuery({ queryKey: meetingKey(id ?? ''), queryFn: ({ signal }) => apiGet<Meeting>(`/api/meetings/${encodeURIComponent(id ?? '')}`, { signal }), enabled: id !== undefined });
}

/** POST /api/plans/:planId/meetings (agenda drawn from the lights), PUT /api/meetings/:id, POST …/decisions. */
export function useMeetingWrites(planId: string) {
  const client = useQueryClient();
  const refresh = (meeting: { id: string }) =>
    Promise.all([client.invalidateQueries({ queryKey: meetingsKey(planId) }), client.invalidateQueries({ queryKey: meetingKey(meeting.id) })]);
  return {
    create: useMutation({ mutationFn: (input: MeetingInput) => apiPost<Meeting>(`/api/plans/${encodeURIComponent(planId)}/meetings`, input), onSuccess: refresh }),
    update: useMutation({ mutationFn: ({ id, ...input }: MeetingInput & { id: string; minutes: string }) => apiPut<Meeting>(`/api/meetings/${encodeURIComponent(id)}`, input), onSuccess: refresh }),
    decide: useMutation({
      mutationFn: ({ meetingId, ...input }: { meetingId: string; text: string; unitId: string; dueDate: string }) => apiPost<{ id: string; notice: Notice }>(`/api/meetings/${encodeURIComponent(meetingId)}/decisions`, input),
      onSuccess: (_result, input) => refresh({ id: input.meetingId }),
    }),
  };
}
