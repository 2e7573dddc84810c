import { Tab, TabList, makeStyles } from '@fluentui/react-components';
import { useId } from 'react';
import type { CohortRow } from '../../../../../shared';
import type { Message } from '../../../ui/i18n/define-messages';
import { useT } from '../../../ui/i18n/translate';
import { Panel } from '../../../ui/panel';
import type { CohortOrigin } from './cohort-origin';
import { FileSource } from './file-source';
import { HiresSource } from './hires-source';
import { sourceMessages as m } from './messages';
import { PasteSource } from './paste-source';
import { useSourceStore, type SourceTab } from './source-store';

const useStyles = makeStyles({
  tabs: { flexWrap: 'wrap' },
});

const tabs: { value: SourceTab; label: Message }[] = [
  { value: 'file', label: m.tabFile },
  { value: 'paste', label: m.tabPaste },
  { value: 'hires', label: m.tabHires },
];

export interface CohortSourceProps {
  /** A check is under way: the rows cannot be sent again. */
  busy: boolean;
  onRows: (rows: CohortRow[], origin: CohortOrigin) => void;
}

/** The cohort's people: from a file, rows pasted from a spreadsheet, or everyone hired in a range of days. */
export const CohortSource = ({ busy, onRows }: CohortSourceProps) => {
  const styles = useStyles();
  const t = useT();
  const baseId = useId();
  const tab = useSourceStore((state) => state.tab);
  const setTab = useSourceStore((state) => state.setTab);
  return (
    <Panel title={t(m.title)}>
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as SourceTab)} aria-label={t(m.ways)}>
        {tabs.map(({ value, label }) => (
          <Tab key={value} value={value} id={`${baseId}-${value}`} aria-controls={value === tab ? `${baseId}-${value}-panel` : undefined}>
            {t(label)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`${baseId}-${tab}-panel`} aria-labelledby={`${baseId}-${tab}`}>
        {tab === 'file' && <FileSource busy={busy} onRows={onRows} />}
        {tab === 'paste' && <PasteSource busy={busy} onRows={onRows} />}
        {tab === 'hires' && <HiresSource busy={busy} onRows={onRows} />}
      </div>
    </Panel>
  );
};
