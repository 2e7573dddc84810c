import type { journalChannels } from '../../shared';
import type { AuthService } from '../accounts';
import { notSignedIn } from '../app-failure';
import { fileNameOf } from '../file-name';
import { graphPermissions } from '../graph/graph-permissions';
import type { HandlersFor } from '../ipc/router';
import type { FileOutput } from '../platform/ports';
import { deskCsv, tenantCsv } from './journal-csv';
import type { JournalService } from './journal-service';

export interface JournalDeps {
  service: JournalService;
  auth: AuthService;
  files: FileOutput;
}

const day = (instant: string) => instant.slice(0, 10);

export const journalHandlers = ({ service, auth, files }: JournalDeps): HandlersFor<typeof journalChannels> => ({
  'journal:today': async ({ since, until }) => service.today(since, until),
  'journal:statuses': ({ passes }) => service.statuses(passes),
  'journal:tenant': (input) => service.tenant(input),
  'journal:export': async ({ scope, ...range }) => {
    const name = fileNameOf(`TAP Desk ${scope === 'tenant' ? 'tenant passes' : 'desk journal'} ${day(range.from)} to ${day(range.to)}.csv`);
    if (scope === 'tenant') {
      const { events } = await service.tenant(range);
      return { savedTo: await files.saveText(name, tenantCsv(events)), rows: events.length };
    }
    // A log file reads in the order it was written, as the journal itself does.
    const records = service.desk(range).reverse();
    return { savedTo: await files.saveText(name, deskCsv(records)), rows: records.length };
  },
  'journal:consent': async () => {
    const active = await auth.active();
    if (!active) throw notSignedIn();
    await auth.signIn(active.profile.id, active.account.username, graphPermissions.auditLog);
    return true;
  },
});
