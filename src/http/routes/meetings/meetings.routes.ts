import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addDecision, createMeeting, getMeeting, listMeetings, updateMeeting } from '../../../services/meetings/meetings';
import { requireAccount } from '../../authentication';
import { contextOf } from '../../request-context';
import type { RouteDeps } from '../../route-deps';
import { ErrorResponseSchema } from '../auth/auth.schemas';
import { NoticeSchema } from '../supervision/supervision.schemas';

const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const PlanParams = z.object({ planId: z.uuid() });
const IdParams = z.object({ id: z.uuid() });

const MeetingBodySchema = z.object({
  title: z.string().trim().min(1).max(200),
  heldOn: z.iso.date(),
  attendees: z.array(z.string().trim().min(1).max(100)).max(200),
});
const AgendaItemSchema = z.object({ kind: z.enum(['task', 'indicator', 'unit']), id: z.string(), label: z.string(), light: z.enum(['yellow', 'red']), reasons: z.array(z.string()) });
const MeetingSchema = z.object({
  id: z.string(),
  planId: z.string(),
  title: z.string(),
  heldOn: z.string(),
  attendees: z.array(z.string()),
  minutes: z.string(),
  agenda: z.array(AgendaItemSchema),
  decisions: z.array(z.object({ id: z.string(), text: z.string(), unitId: z.string(), unitName: z.string(), dueDate: z.string(), notice: NoticeSchema.nullable() })),
});

/** Quarterly work meetings (季度工作调度会): agenda from the lights, minutes, decisions followed as notices. */
export const meetingsRoutes =
  (deps: RouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/plans/:planId/meetings',
      { schema: { tags: ['meetings'], summary: "The plan's work meetings", params: PlanParams, response: { 200: z.object({ meetings: z.array(z.object({ id: z.string(), title: z.string(), heldOn: z.string(), agendaItems: z.number() })) }), ...errors } } },
      async (request) => ({ meetings: await listMeetings(deps.store, requireAccount(request).actor, request.params.planId) }),
    );

    app.post(
      '/api/plans/:planId/meetings',
      { schema: { tags: ['meetings'], summary: 'Convene a meeting; its agenda is drawn from the red and yellow items (office)', params: PlanParams, body: MeetingBodySchema, response: { 201: MeetingSchema, ...errors } } },
      async (request, reply) => {
        const { actor } = requireAccount(request);
        const id = await createMeeting(deps.store, actor, request.params.planId, request.body, contextOf(request, deps.clock()));
        return reply.status(201).send(await getMeeting(deps.store, actor, id, deps.clock()));
      },
    );

    app.get(
      '/api/meetings/:id',
      { schema: { tags: ['meetings'], summary: 'A meeting with its agenda, minutes and decisions (each with its notice)', params: IdParams, response: { 200: MeetingSchema, ...errors } } },
      async (request) => getMeeting(deps.store, requireAccount(request).actor, request.params.id, deps.clock()),
    );

    app.put(
      '/api/meetings/:id',
      { schema: { tags: ['meetings'], summary: 'Record attendees and minutes (office)', params: IdParams, body: MeetingBodySchema.extend({ minutes: z.string().max(50_000) }), response: { 200: MeetingSchema, ...errors } } },
      async (request) => {
        const { actor } = requireAccount(request);
        await updateMeeting(deps.store, actor, request.params.id, request.body, contextOf(request, deps.clock()));
        return getMeeting(deps.store, actor, request.params.id, deps.clock());
      },
    );

    app.post(
      '/api/meetings/:id/decisions',
      {
        schema: {
          tags: ['meetings'],
          summary: 'Record a decision: it becomes a supervision notice to the owning unit (office)',
          params: IdParams,
          body: z.object({ text: z.string().trim().min(1).max(2000), unitId: z.uuid(), dueDate: z.iso.date(), requirement: z.string().max(2000).optional() }),
          response: { 201: z.object({ id: z.string(), notice: NoticeSchema }), ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await addDecision(deps.store, requireAccount(request).actor, request.params.id, request.body, contextOf(request, deps.clock()))),
    );
  };
