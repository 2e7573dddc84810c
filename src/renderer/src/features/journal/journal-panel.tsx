import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, OverlayDrawer, Tab, TabList, makeStyles } from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef } from 'react';
import type { JournalPerson } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { useT } from '../../ui/i18n/translate';
import { DailyReport } from './daily-report';
import { useJournalViewStore, type JournalTab } from './journal-view-store';
import { journalMessages as m } from './messages';
import { TenantView } from './tenant-view';
import { TodayView, type TodayViewProps } from './today-view';
import { useJournalPolling } from './use-journal-polling';

/** Below this height (800×600 at 200 % zoom) a fixed header would leave little room: the whole panel scrolls instead. */
const short = '@media (max-height: 32em)';

const useStyles = makeStyles({
  surface: { [short]: { overflowY: 'auto' } },
  body: { [short]: { flex: '0 0 auto', overflow: 'visible' } },
  tabs: { flexWrap: 'wrap' },
});

const tabs: { value: JournalTab; label: Message }[] = [
  { value: 'today', label: m.tabToday },
  { value: 'tenant', label: m.tabTenant },
  { value: 'report', label: m.tabReport },
];

/** The drawer itself, mounted only while open: a closed Fluent dialog still plants focus guards in the page. */
const JournalDrawer = ({ onOpenCard, canOpenCard, onRevoked }: TodayViewProps) => {
  const styles = useStyles();
  const t = useT();
  const baseId = useId();
  const tab = useJournalViewStore((state) => state.tab);
  const { close, setTab } = useJournalViewStore.getState();
  // Where the technician was when it opened (the search box, after Ctrl+J), which is where Escape takes them back.
  const returnTo = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  useJournalPolling();

  useEffect(() => {
    const target = returnTo.current;
    return () => {
      if (target?.isConnected) target.focus();
    };
  }, []);

  const openCard = (person: JournalPerson) => {
    close();
    onOpenCard(person);
  };

  return (
    <OverlayDrawer className={styles.surface} open position="end" size="large" onOpenChange={(_, data) => !data.open && close()}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label={t(m.close)} icon={<Dismiss24Regular />} onClick={close} />}>
          {t(m.panelTitle)}
        </DrawerHeaderTitle>
        <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as JournalTab)} aria-label={t(m.views)}>
          {tabs.map(({ value, label }) => (
            <Tab key={value} value={value} id={`${baseId}-${value}`} aria-controls={value === tab ? `${baseId}-${value}-panel` : undefined}>
              {t(label)}
            </Tab>
          ))}
        </TabList>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        <div role="tabpanel" id={`${baseId}-${tab}-panel`} aria-labelledby={`${baseId}-${tab}`}>
          {tab === 'today' && <TodayView onOpenCard={openCard} canOpenCard={canOpenCard} onRevoked={onRevoked} />}
          {tab === 'tenant' && <TenantView />}
          {tab === 'report' && <DailyReport />}
        </div>
      </DrawerBody>
    </OverlayDrawer>
  );
};

/** This desk's journal in a panel over the workspace, opened by its header button or Ctrl+J; Escape closes it. */
export const JournalPanel = (props: TodayViewProps) => {
  const open = useJournalViewStore((state) => state.open);
  return open ? <JournalDrawer {...props} /> : null;
};
