import { ZodError } from 'zod';
import { empty, json, parseJsonObject } from '../http/responses.js';
import { pathSegments, Router } from '../http/router.js';
import type { Dispatch, EmulatorRequest, EmulatorResponse } from '../http/types.js';
import { ControlError, type EmulatorControl } from './control.js';
import {
  clockSchema,
  cohortSchema,
  consentSchema,
  faultSchema,
  faultSeedSchema,
  issueTokenSchema,
  otherDeskPassSchema,
  policyPatchSchema,
  registerMethodSchema,
  seedPeopleSchema,
  throttlingSchema,
  userConsentSettingSchema,
  userPatchSchema,
} from './control-schema.js';

type Body = Record<string, unknown>;

/** The HTTP face of the control surface; bodies are validated by the same schemas as the in-process calls. */
export const createControlApi = (control: EmulatorControl): Dispatch => {
  const router = new Router<{ request: EmulatorRequest; body: Body }>();
  const add = (method: string, path: string, handler: (body: Body, params: Record<string, string>) => Promise<EmulatorResponse> | EmulatorResponse) =>
    router.add(method, `/_emulator${path}`, ({ body }, params) => handler(body, params));

  add('POST', '/reset', () => {
    control.reset();
    return empty(204);
  });
  add('GET', '/policy', () => json(200, control.policy()));
  add('PATCH', '/policy', (body) => json(200, control.setPolicy(policyPatchSchema.parse(body))));
  add('PATCH', '/users/:user', (body, { user = '' }) => json(200, control.setUser(user, userPatchSchema.parse(body))));
  add('POST', '/people', (body) => json(201, control.seedPeople(seedPeopleSchema.parse(body))));
  add('POST', '/cohort', (body) => json(201, control.seedCohort(cohortSchema.parse(body))));
  add('POST', '/users/:user/other-desk-pass', (body, { user = '' }) => json(201, control.issuePassElsewhere(user, otherDeskPassSchema.parse(body))));
  add('GET', '/users/:user/pass', (_body, { user = '' }) => json(200, { pass: control.passOf(user) }));
  add('POST', '/users/:user/pass-used', (_body, { user = '' }) => {
    control.markPassUsed(user);
    return empty(204);
  });
  add('POST', '/users/:user/methods', (body, { user = '' }) => {
    control.registerMethod(user, registerMethodSchema.parse(body).kind);
    return empty(204);
  });
  add('PUT', '/consent', (body) => {
    control.setConsent(consentSchema.parse(body).scopes);
    return empty(204);
  });
  add('PUT', '/user-consent', (body) => {
    control.setUserConsentSetting(userConsentSettingSchema.parse(body).setting);
    return empty(204);
  });
  add('GET', '/users/:user/consent', (_body, { user = '' }) => json(200, { scopes: control.userConsent(user) }));
  add('PUT', '/users/:user/consent', (body, { user = '' }) => {
    control.setUserConsent(user, consentSchema.parse(body).scopes);
    return empty(204);
  });
  add('POST', '/faults', (body) => json(201, { id: control.addFault(faultSchema.parse(body)) }));
  add('DELETE', '/faults', () => {
    control.clearFaults();
    return empty(204);
  });
  add('PUT', '/faults/seed', (body) => {
    control.setFaultSeed(faultSeedSchema.parse(body).seed);
    return empty(204);
  });
  add('PUT', '/throttling', (body) => json(200, control.setThrottling(throttlingSchema.parse(body))));
  add('GET', '/mail', () => json(200, control.sentMail()));
  add('GET', '/requests', () => json(200, control.requestLog()));
  add('GET', '/pass-audit', () => json(200, control.passAudit()));
  add('GET', '/directory-audits', () => json(200, control.directoryAudits()));
  add('PUT', '/clock', (body) => {
    control.setClockOffset(clockSchema.parse(body).offsetMs);
    return empty(204);
  });
  add('POST', '/tokens', async (body) => json(200, await control.issueToken(issueTokenSchema.parse(body))));

  return async (request) => {
    // Browsers always say where a cross-site request comes from; test tools and the app's main process never do.
    if (request.headers['origin'] !== undefined) return json(403, { error: 'The control surface does not accept requests from web pages.' });
    const body = parseJsonObject(request.body);
    if (!body) return json(400, { error: 'The body must be a JSON object.' });
    const match = router.match(request.method, pathSegments(request.url.pathname));
    if (match.kind === 'method-not-allowed') return json(405, { error: 'Method not allowed.' });
    if (match.kind === 'not-found') return json(404, { error: `No control operation at ${request.url.pathname}.` });
    try {
      return await match.handler({ request, body }, match.params);
    } catch (error) {
      if (error instanceof ControlError) return json(error.status, { error: error.message });
      if (error instanceof ZodError) return json(400, { error: 'Invalid control request.', issues: error.issues });
      throw error;
    }
  };
};
