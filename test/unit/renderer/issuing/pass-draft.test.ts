import { describe, expect, it } from 'vitest';
import { defaultTenantSettings, type TapContext, type TapPolicy } from '../../../../src/shared';
import { toLocalInputValue } from '../../../../src/renderer/src/format/date-time';
import { checkDraft, draftFor, toCreateInput } from '../../../../src/renderer/src/features/issuing/pass-draft';

const policy: TapPolicy = {
  state: 'enabled',
  defaultLifetimeInMinutes: 120,
  defaultLength: 8,
  minimumLifetimeInMinutes: 60,
  maximumLifetimeInMinutes: 1440,
  isUsableOnce: false,
};

const context = (extra: Partial<TapContext> = {}): TapContext => ({
  user: {
    id: 'adele',
    displayName: 'Adele Vance',
    userPrincipalName: 'adele@contoso.com',
    mail: 'adele@contoso.com',
    jobTitle: null,
    department: null,
    accountEnabled: true,
    userType: 'Member',
    usageLocation: 'NL',
    preferredLanguage: null,
    officeLocation: null,
  },
  photoDataUrl: null,
  methods: [],
  existingPass: null,
  policy,
  findings: [],
  ...extra,
});

const defaults = defaultTenantSettings().defaults;
const now = new Date(2030, 4, 1, 9, 0);

describe('the create form for one person', () => {
  it("starts from the policy's range and default lifetime, now", () => {
    const draft = draftFor(context(), null, null, now);
    expect(draft).toMatchObject({ range: { minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 1440 }, policyDefault: 120, lifetimeText: '120', startMode: 'now' });
    expect(checkDraft(draft)).toEqual({ lifetime: null, start: null, blocker: null });
  });

  it("carries what tells the person's language on to the handoff", () => {
    expect(draftFor(context(), null, null, now).person).toEqual({ preferredLanguage: null, usageLocation: 'NL' });
    const german = context();
    german.user = { ...german.user, preferredLanguage: 'de-DE', usageLocation: 'AT' };
    expect(draftFor(german, null, null, now).person).toEqual({ preferredLanguage: 'de-DE', usageLocation: 'AT' });
  });

  it("takes a range the service reported over the policy as read, and the tenant's lifetime only inside it", () => {
    const learned = { minimumLifetimeInMinutes: 10, maximumLifetimeInMinutes: 60 };
    expect(draftFor(context(), learned, null, now)).toMatchObject({ range: learned, lifetimeText: '60' });
    expect(draftFor(context(), null, { ...defaults, lifetimeInMinutes: 240 }, now)).toMatchObject({ tenantDefault: 240, lifetimeText: '240' });
    expect(draftFor(context(), null, { ...defaults, lifetimeInMinutes: 5000 }, now)).toMatchObject({ tenantDefault: null, lifetimeText: '120' });
  });

  it("fills in a start time the tenant's offset ahead", () => {
    const draft = draftFor(context(), null, { ...defaults, startOffsetMinutes: 30 }, now);
    expect(draft).toMatchObject({ startMode: 'at', startLocal: toLocalInputValue(new Date(2030, 4, 1, 9, 30)), startMin: toLocalInputValue(now) });
  });

  it('blocks Create until an existing pass is chosen to be replaced, and then replaces only that one', () => {
    const existingPass = { id: 'pass-1', createdDateTime: null, startDateTime: null, lifetimeInMinutes: 60, isUsableOnce: false, isUsable: true, methodUsabilityReason: 'EnabledByPolicy' };
    const draft = draftFor(context({ existingPass }), null, null, now);
    expect(checkDraft(draft).blocker).toBe('This person already has a pass. Tick "Replace the existing pass" to issue a new one.');
    expect(toCreateInput(draft)).toEqual({ userId: 'adele', lifetimeInMinutes: 120, isUsableOnce: false, replacePassId: null });
    expect(toCreateInput({ ...draft, replaceExisting: true }).replacePassId).toBe('pass-1');
  });

  it('names a blocking finding first, then a wrong lifetime', () => {
    const blocked = draftFor(context({ findings: [{ severity: 'block', code: 'external_guest' }] }), null, null, now);
    expect(checkDraft({ ...blocked, lifetimeText: 'x' }).blocker).toMatch(/^This is an external guest; Microsoft Entra does not issue passes to guests\./);
    expect(checkDraft({ ...draftFor(context(), null, null, now), lifetimeText: 'x' }).blocker).toBe('Correct the lifetime first.');
  });

  it('sends the technician to another administrator when an admin target blocks', () => {
    const blocked = draftFor(context({ findings: [{ severity: 'block', code: 'privileged_target' }] }), null, null, now);
    expect(checkDraft(blocked).blocker).toMatch(/Ask a Privileged Authentication Administrator or Global Administrator to issue the pass\.$/);
  });
});
