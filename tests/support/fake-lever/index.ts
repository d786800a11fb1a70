/**
 * A local stand-in for Lever's Data API v1 on 127.0.0.1, answering as Lever
 * documents (hire.lever.co/developer/documentation):
 * - Basic auth with the API key as the user name; an unknown or revoked key
 *   is a 401.
 * - A token bucket per key: 10 requests a second, bursts to 20; an empty
 *   bucket is a 429. Its clock is injectable, so a test decides when time
 *   passes instead of waiting for it.
 * - GET /users?email=, GET /opportunities?email= (exact match on the
 *   contact's emails), POST /opportunities?perform_as= (perform_as must be a
 *   user; origin one of Lever's; a name or an email is needed), and
 *   POST /opportunities/:id/notes?perform_as=.
 * - Lever's duplicate-by-email rule: a new opportunity whose email belongs to
 *   an existing contact joins that contact (same contact id), and the
 *   contact's emails, links and phones gain what was new.
 * - { code, message } error bodies; JSON answers under `data`.
 * No CORS headers, as Lever sends none: the extension must reach it through
 * its host permission, exactly as it would reach the real one.
 *
 *   const lever = await startFakeLever();
 *   ... createLeverClient({ apiUrl: lever.url, apiKey: FAKE_LEVER_KEY, fetch }) ...
 *   await lever.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

export const FAKE_LEVER_KEY = 'lever-test-key-0123456789';
export const FAKE_LEVER_USER = { id: 'user-0001-recruiter', name: 'Robin Recruiter', email: 'robin@hiring.example' };

const ORIGINS = ['agency', 'applied', 'internal', 'referred', 'sourced', 'university'];

export interface FakeContact {
  id: string;
  name: string;
  emails: string[];
  links: string[];
  phones: Array<{ type?: string; value: string }>;
}

export interface FakeOpportunity {
  id: string;
  contact: string;
  name: string;
  headline: string;
  location: string;
  emails: string[];
  links: string[];
  phones: Array<{ type?: string; value: string }>;
  tags: string[];
  sources: string[];
  origin: string;
  owner: string;
  createdAt: number;
  notes: Array<{ id: string; value: string; user: string }>;
}

export interface FakeLeverOptions {
  /** Keys the server accepts. */
  keys?: readonly string[];
  /** Milliseconds now (default Date.now); a test's virtual clock. */
  now?: () => number;
  /** Token bucket: requests a second, and the burst (Lever: 10 and 20). */
  rate?: number;
  burst?: number;
}

export interface FakeLever {
  url: string;
  opportunities: FakeOpportunity[];
  contacts: FakeContact[];
  /** Every request, "METHOD /path?query", in order. */
  requests: string[];
  /** A key stops working (Lever: the key was revoked). */
  revoke(key: string): void;
  /** The next requests matching fail with this status and Lever's error body. */
  fail(status: number, match: RegExp, times?: number): void;
  /** An existing Lever contact with an opportunity (a candidate added before, by anyone). */
  seed(opportunity: Partial<FakeOpportunity> & { name: string; emails: string[] }): FakeOpportunity;
  close(): Promise<void>;
}

export async function startFakeLever(options: FakeLeverOptions = {}): Promise<FakeLever> {
  const keys = new Set(options.keys ?? [FAKE_LEVER_KEY]);
  const now = options.now ?? (() => Date.now());
  const rate = options.rate ?? 10;
  const burst = options.burst ?? 20;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const opportunities: FakeOpportunity[] = [];
  const contacts: FakeContact[] = [];
  const requests: string[] = [];
  const faults: Array<{ status: number; match: RegExp; times: number }> = [];
  let base = '';

  const lower = (emails: readonly string[]) => emails.map((e) => e.toLowerCase());
  const contactByEmail = (emails: readonly string[]) => contacts.find((c) => lower(c.emails).some((e) => lower(emails).includes(e)));

  function create(body: Partial<FakeOpportunity> & { name?: string; emails?: string[] }, owner: string): FakeOpportunity {
    const emails = body.emails ?? [];
    let contact = emails.length ? contactByEmail(emails) : undefined;
    if (contact) {
      // Lever's rule: the existing contact gains what is new, and keeps its name.
      for (const email of emails) if (!lower(contact.emails).includes(email.toLowerCase())) contact.emails.push(email);
      for (const link of body.links ?? []) if (!contact.links.includes(link)) contact.links.push(link);
      for (const phone of body.phones ?? []) if (!contact.phones.some((p) => p.value === phone.value)) contact.phones.push(phone);
    } else {
      contact = { id: randomUUID(), name: body.name ?? emails[0] ?? '', emails: [...emails], links: [...(body.links ?? [])], phones: [...(body.phones ?? [])] };
      contacts.push(contact);
    }
    const opportunity: FakeOpportunity = {
      id: randomUUID(),
      contact: contact.id,
      name: contact.name,
      headline: body.headline ?? '',
      location: body.location ?? '',
      emails: contact.emails,
      links: contact.links,
      phones: contact.phones,
      tags: [...(body.tags ?? [])],
      sources: [...(body.sources ?? [])],
      origin: body.origin ?? 'sourced',
      owner,
      createdAt: now(),
      notes: [],
    };
    opportunities.push(opportunity);
    return opportunity;
  }

  const view = (o: FakeOpportunity) => ({
    id: o.id,
    name: o.name,
    headline: o.headline,
    contact: o.contact,
    location: o.location,
    emails: o.emails,
    phones: o.phones,
    links: o.links,
    tags: o.tags,
    sources: o.sources,
    origin: o.origin,
    owner: o.owner,
    createdAt: o.createdAt,
    archived: null,
    urls: { list: `https://hire.lever.co/candidates`, show: `https://hire.lever.co/candidates/${o.id}` },
  });

  function send(res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  }
  const error = (res: ServerResponse, status: number, code: string, message: string) => send(res, status, { code, message });

  async function readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? JSON.parse(text) : {};
  }

  function takeToken(key: string): boolean {
    const t = now();
    const bucket = buckets.get(key) ?? { tokens: burst, at: t };
    bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * rate);
    bucket.at = t;
    buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', base);
      const line = `${req.method} ${url.pathname}${url.search}`;
      requests.push(line);
      const fault = faults.find((f) => f.times > 0 && f.match.test(line));
      if (fault) {
        fault.times--;
        return error(res, fault.status, fault.status === 429 ? 'TooManyRequests' : fault.status >= 500 ? 'InternalServerError' : 'BadRequest', 'Injected by the test');
      }
      const header = req.headers.authorization ?? '';
      const key = header.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString('utf8').replace(/:$/, '') : '';
      if (!keys.has(key)) return error(res, 401, 'UnauthorizedError', 'Invalid API key');
      if (!takeToken(key)) return error(res, 429, 'TooManyRequests', 'Rate limit exceeded, please retry later');

      const path = url.pathname.replace(/^\/v1/, '');
      const performAs = url.searchParams.get('perform_as');
      if (req.method === 'GET' && path === '/users') {
        const email = url.searchParams.get('email')?.toLowerCase();
        return send(res, 200, { data: [FAKE_LEVER_USER].filter((u) => !email || u.email === email), hasNext: false });
      }
      if (req.method === 'GET' && path === '/opportunities') {
        const email = url.searchParams.get('email')?.toLowerCase();
        const found = opportunities.filter((o) => !email || lower(o.emails).includes(email));
        return send(res, 200, { data: found.map(view), hasNext: false });
      }
      if (req.method === 'POST' && path === '/opportunities') {
        if (performAs !== FAKE_LEVER_USER.id) return error(res, 400, 'BadRequestError', 'perform_as must be the id of an active user');
        let body: Record<string, unknown>;
        try {
          body = (await readBody(req)) as Record<string, unknown>;
        } catch {
          return error(res, 400, 'BadRequestError', 'Body is not valid JSON');
        }
        if (body.origin !== undefined && !ORIGINS.includes(String(body.origin))) return error(res, 400, 'BadRequestError', `Invalid origin: ${String(body.origin)}`);
        const emails = Array.isArray(body.emails) ? (body.emails as string[]) : [];
        if (!body.name && !emails.length) return error(res, 400, 'BadRequestError', 'Name or email is required');
        if (body.name !== undefined && typeof body.name !== 'string') return error(res, 400, 'BadRequestError', 'name must be a string');
        return send(res, 201, { data: view(create(body as Partial<FakeOpportunity>, performAs)) });
      }
      const notes = /^\/opportunities\/([^/]+)\/notes$/.exec(path);
      if (req.method === 'POST' && notes) {
        if (performAs !== FAKE_LEVER_USER.id) return error(res, 400, 'BadRequestError', 'perform_as must be the id of an active user');
        const opportunity = opportunities.find((o) => o.id === notes[1]);
        if (!opportunity) return error(res, 404, 'ResourceNotFound', 'Opportunity not found');
        const body = (await readBody(req)) as { value?: unknown };
        if (typeof body.value !== 'string' || !body.value) return error(res, 400, 'BadRequestError', 'value is required');
        const note = { id: randomUUID(), value: body.value, user: performAs };
        opportunity.notes.push(note);
        return send(res, 201, { data: { noteId: note.id } });
      }
      return error(res, 404, 'ResourceNotFound', `No route ${req.method} ${url.pathname}`);
    })().catch(() => {
      if (!res.headersSent) error(res, 500, 'InternalServerError', 'fake lever failed');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/v1`,
    opportunities,
    contacts,
    requests,
    revoke: (key) => void keys.delete(key),
    fail: (status, match, times = 1) => void faults.push({ status, match, times }),
    seed: (opportunity) => create(opportunity, FAKE_LEVER_USER.id),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
