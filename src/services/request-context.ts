/** Who is asking, from where, and when: passed to every service (time is a parameter). */
export interface RequestContext {
  now: Date;
  ip: string | null;
  userAgent: string | null;
}
