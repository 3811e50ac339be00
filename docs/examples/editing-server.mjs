import { applyPatch } from 'journeykit/model';

/** Journeys by id, each with its version: how many changes it has had (a database in a real app). */
export const journeys = new Map();

/** The largest request body taken: a patch is small, and the body is untrusted. */
const MAX_BODY = 1_000_000;

/** `GET /api/journeys/:id` and `POST /api/journeys/:id/patches`, for `node:http`'s `createServer`. */
export async function handle(request, response) {
  const send = (status, body) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const [, id, patches] = /^\/api\/journeys\/([\w-]+)(\/patches)?$/.exec(request.url ?? '') ?? [];
  const entry = journeys.get(id);
  if (!entry) return send(404, { error: 'no such journey' });
  if (request.method === 'GET' && !patches) return send(200, entry);
  if (request.method !== 'POST' || !patches) return send(405, { error: 'GET the journey or POST a patch' });

  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > MAX_BODY) return send(413, { error: 'too large' });
  }
  let message;
  try {
    message = JSON.parse(body);
  } catch {
    return send(400, { error: 'not JSON' });
  }
  // Made on an older version: someone else saved first. The client gets the latest to start from.
  if (message?.version !== entry.version) return send(409, entry);
  // Applied whole or not at all, and the result validated: an invalid patch changes nothing.
  const result = applyPatch(entry.journey, message.ops);
  if (!result.applied) return send(422, { problems: result.problems });
  entry.journey = result.journey;
  entry.version += 1;
  return send(200, { version: entry.version });
}
