import { lockedDifferences, logoChange, withLocks, type ErrorReason, type LockableSetting, type SettingLocks, type SkippedLogoReason, type TenantSettings } from '../../shared';
import { AppFailure, failure } from '../app-failure';
import { migrateTenantSettings } from './tenant-settings-migrations';

/** Marks a file as TAP Desk tenant settings, so a random JSON file is refused with a clear reason. */
const FORMAT = 'tapdesk.tenant-settings';

/** A tenant's settings and templates as a file other desks can import; settings hold no secrets. */
export const exportSettings = (settings: TenantSettings, logoDataUrl: string | null, now = new Date()): string =>
  `${JSON.stringify({ format: FORMAT, exportedAt: now.toISOString(), settings, logo: logoDataUrl }, null, 2)}\n`;

/** `reason` says why a file was refused, in the technical English of logs; the screen shows it as detail. */
export type ImportResult = { ok: true; settings: TenantSettings; logoDataUrl: string | null } | { ok: false; reason: string };

/** Reads an exported file, older settings versions included; anything else is refused, never half-read. */
export const readImport = (text: string): ImportResult => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `The file is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== FORMAT) {
    return { ok: false, reason: 'The file is not a TAP Desk tenant settings export.' };
  }
  const { settings, logo } = parsed as { settings?: unknown; logo?: unknown };
  const migrated = migrateTenantSettings(settings);
  if (!migrated.ok) return { ok: false, reason: `The settings in the file are not valid: ${migrated.reason}.` };
  const logoDataUrl = typeof logo === 'string' ? logo : null;
  return { ok: true, settings: { ...migrated.settings, branding: { ...migrated.settings.branding, logoFile: null } }, logoDataUrl };
};

export interface SettingChange {
  /** Dotted path such as `serviceDesk.phone` or `notifications.templates.de.subject`. */
  path: string;
  before: string | null;
  after: string | null;
}

const leaves = (value: unknown, prefix: string, into: Map<string, string>): Map<string, string> => {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return into;
};

/** Every value an import would change, add or remove, for the technician to review before applying. */
export const settingsChanges = (before: TenantSettings, after: TenantSettings): SettingChange[] => {
  const old = leaves(before, '', new Map());
  const next = leaves(after, '', new Map());
  return [...new Set([...old.keys(), ...next.keys()])]
    .filter((path) => path !== 'branding.logoFile' && old.get(path) !== next.get(path))
    .map((path) => ({ path, before: old.get(path) ?? null, after: next.get(path) ?? null }));
};

const isSkippedLogoReason = (reason: ErrorReason | undefined): reason is SkippedLogoReason =>
  reason === 'logo_unreadable' || reason === 'logo_too_large' || reason === 'logo_format' || reason === 'logo_too_many_pixels';

/** Why the logo store refused the file's logo; anything unforeseen counts as an unreadable image. */
const skippedLogoReason = (error: unknown): SkippedLogoReason => {
  const reason = error instanceof AppFailure ? error.error.reason : undefined;
  return isSkippedLogoReason(reason) ? reason : 'logo_unreadable';
};

export interface ImportReview {
  settings: TenantSettings;
  changes: SettingChange[];
  /** Locked settings the file would have changed, left as the organisation set them. */
  lockedLeft?: LockableSetting[];
}

/**
 * What importing a file would change for this tenant; nothing is saved until the technician saves. The
 * acknowledgement of the pass in mails belongs to this tenant: another desk's tick does not carry over. A logo
 * the file carries is checked and held (so the form can show it; its file is written only when settings that
 * refer to it are saved), and a bad one is skipped with its reason.
 */
export const reviewImport = (current: TenantSettings, text: string, holdLogo: (dataUrl: string) => string, locks: SettingLocks = {}): ImportReview => {
  const read = readImport(text);
  if (!read.ok) throw failure('validation', `Settings file refused: ${read.reason}`, { reason: 'import_unreadable', detail: read.reason });
  // What the organisation locks is not the file's to change; the rest of the file is read as usual.
  const lockedLeft = lockedDifferences(read.settings, locks);
  const fromFile = withLocks(read.settings, locks);
  if (fromFile.notifications.passInMail.enabled && !current.notifications.passInMail.acknowledged) {
    throw failure('validation', 'The file allows the pass in mails, which this tenant has not acknowledged.', { reason: 'import_allows_pass_in_mail' });
  }
  let logoFile: string | null = null;
  let skippedLogo: SkippedLogoReason | null = null;
  try {
    logoFile = read.logoDataUrl ? holdLogo(read.logoDataUrl) : null;
  } catch (error) {
    skippedLogo = skippedLogoReason(error);
  }
  const settings = { ...fromFile, branding: { ...fromFile.branding, logoFile } };
  const changes = settingsChanges(current, settings);
  const present = (file: string | null) => (file ? logoChange.present : null);
  if (skippedLogo) changes.push({ path: logoChange.path, before: null, after: skippedLogo });
  else if (current.branding.logoFile !== logoFile) {
    changes.push({ path: logoChange.path, before: present(current.branding.logoFile), after: present(logoFile) });
  }
  return { settings, changes, ...(lockedLeft.length > 0 ? { lockedLeft } : {}) };
};
