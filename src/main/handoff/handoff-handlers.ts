import type { handoffChannels, TenantSettings } from '../../shared';
import type { TapService } from '../issuing';
import type { HandlersFor } from '../ipc/router';
import { withRecord, type RecordAct } from '../journal';
import type { ProtectWindow, SlipOutput } from '../platform/ports';
import type { ClipboardGuard } from './clipboard-guard';
import type { IssuedPassKeeper } from './issued-pass-keeper';
import { slipFor, slipLanguageOptions } from './slip/slip-service';

export interface HandoffDeps {
  clipboard: ClipboardGuard;
  passes: IssuedPassKeeper;
  slips: SlipOutput;
  protectWindow: ProtectWindow;
  tap: TapService;
  /** The active tenant's settings and its logo as a data URL. */
  settings: () => { settings: TenantSettings; logoDataUrl: string | null };
  /** Keeps each slip printed or saved in the desk journal. */
  record: RecordAct;
}

export const handoffHandlers = ({ clipboard, passes, slips, protectWindow, tap, settings, record }: HandoffDeps): HandlersFor<typeof handoffChannels> => ({
  'handoff:copy-pass': async ({ passId }) => {
    const { clipboardClearSeconds } = settings().settings.defaults;
    await clipboard.copy(passes.code(passId), clipboardClearSeconds);
    return { clearAfterSeconds: clipboardClearSeconds };
  },
  'handoff:forget': async ({ passId }) => passes.forget(passId),
  'handoff:visible': async ({ visible }) => {
    protectWindow(visible);
    return visible;
  },
  'handoff:slip': async ({ userId, passId, output, language }) => {
    const pass = passes.code(passId, userId);
    const active = settings();
    const { html, suggestedName } = await slipFor(tap, active, userId, pass, language);
    const send = async () => {
      if (output === 'print') return { done: await slips.print(html), savedTo: null };
      const savedTo = await slips.savePdf(html, suggestedName);
      return { done: savedTo !== null, savedTo };
    };
    // A dialog the technician cancelled printed nothing: only slips that left the app are kept.
    return withRecord(record, { userId, act: 'slip', passId }, send, ({ done }) => (done ? { done: output === 'print' ? 'slip_printed' : 'slip_saved' } : null));
  },
  'handoff:slip-languages': async ({ userId }) => slipLanguageOptions(tap, settings().settings, userId),
});
