import { Button, Field, Input, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Search20Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { UserSummary } from '../../../../shared';
import { ErrorMessage } from '../../ui/errors/error-message';
import { Panel } from '../../ui/panel';
import { useT } from '../../ui/i18n/translate';
import { useDeskCommand, type CommandKeys } from '../../ui/use-desk-command';
import { useSelectionStore } from '../issuing';
import { peopleMessages as m } from './messages';
import { RecentList, recentOptionId } from './recent-list';
import { ResultOption } from './result-option';
import { countLine, manyMatch } from './result-count';
import { SEARCH_DEBOUNCE_MS, useSearchStore } from './search-store';

const useStyles = makeStyles({
  listbox: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    maxHeight: 'calc(100vh - 16rem)',
    overflowY: 'auto',
    margin: `0 calc(-1 * ${tokens.spacingHorizontalS})`,
  },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  more: { alignSelf: 'flex-start' },
});

const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

const findKeys: CommandKeys = (event) => (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f';

interface Props {
  /** The people today's journal names, newest first: Down arrow in the empty box lists them. */
  recent?: readonly UserSummary[];
  /** Told when that list opens, so the list can be brought up to date. */
  onRecentOpen?: () => void;
}

export const SearchPanel = ({ recent, onRecentOpen }: Props) => {
  const styles = useStyles();
  const t = useT();
  const listId = useId();
  const recentId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const query = useSearchStore((state) => state.query);
  const requested = useSearchStore((state) => state.requested);
  const status = useSearchStore((state) => state.status);
  const results = useSearchStore((state) => state.results);
  const activeIndex = useSearchStore((state) => state.activeIndex);
  const error = useSearchStore((state) => state.error);
  const total = useSearchStore((state) => state.total);
  const more = useSearchStore((state) => state.more);
  const moreStatus = useSearchStore((state) => state.moreStatus);
  const moreError = useSearchStore((state) => state.moreError);
  const chosenId = useSelectionStore((state) => state.user?.id ?? null);
  const { setQuery, search, showMore, submit, moveActive, setActive, choose } = useSearchStore.getState();
  const open = results.length > 0;
  const [recentOpen, setRecentOpen] = useState(false);
  const [recentIndex, setRecentIndex] = useState(0);
  const showingRecent = recent !== undefined && recentOpen && query === '';
  // The list may shrink under the cursor when it is brought up to date.
  const recentActive = Math.min(recentIndex, Math.max((recent?.length ?? 0) - 1, 0));
  const activeId = showingRecent
    ? recent.length > 0
      ? recentOptionId(recentId, recentActive)
      : undefined
    : open
      ? optionId(listId, activeIndex)
      : undefined;
  const count = { shown: results.length, total, more: more !== null };
  const [countMessage, countValues] = countLine(count);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  useEffect(() => {
    if (query.trim() === '') return undefined;
    const timer = setTimeout(() => void search(query), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, search]);

  // Ctrl+F, or Find a person in the application menu, brings the technician back here from anywhere in the workspace.
  const returnHere = useCallback(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  useDeskCommand('find-person', findKeys, returnHere);

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  // The new people are read from the box, as the arrow keys read every option: the first of them is active there.
  // Focus also goes back there when the button has gone, rather than to the page.
  const onShowMore = async () => {
    if ((await showMore()) !== null || useSearchStore.getState().more === null) inputRef.current?.focus();
  };

  const chooseRecent = (index: number) => {
    const user = recent?.[index];
    if (!user) return;
    setRecentOpen(false);
    void useSelectionStore.getState().select(user);
  };

  /** The empty box's own keys: Down arrow lists today's people, then the keys work that list as they work results. */
  const onRecentKey = (key: string): boolean => {
    if (!recent || query !== '') return false;
    if (!recentOpen) {
      if (key !== 'ArrowDown') return false;
      setRecentOpen(true);
      setRecentIndex(0);
      onRecentOpen?.();
      return true;
    }
    if (key === 'ArrowDown' || key === 'ArrowUp') setRecentIndex(Math.min(Math.max(recentActive + (key === 'ArrowDown' ? 1 : -1), 0), Math.max(recent.length - 1, 0)));
    else if (key === 'Enter') chooseRecent(recentActive);
    else if (key === 'Escape') setRecentOpen(false);
    else return false;
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (onRecentKey(event.key)) {
      event.preventDefault();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveActive(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
    }
  };

  return (
    <Panel title={t(m.panelTitle)}>
      <Field label={t(m.searchLabel)} hint={t(recent ? m.searchHintRecent : m.searchHint)}>
        <Input
          ref={inputRef}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open || showingRecent}
          aria-controls={showingRecent ? recentId : listId}
          aria-activedescendant={activeId}
          autoComplete="off"
          spellCheck={false}
          value={query}
          contentBefore={<Search20Regular aria-hidden />}
          contentAfter={status === 'searching' ? <Spinner size="extra-tiny" aria-label={t(m.searching)} /> : undefined}
          onChange={(_, data) => {
            setRecentOpen(false);
            setQuery(data.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setRecentOpen(false)}
        />
      </Field>
      {status === 'failed' && error && (
        <ErrorMessage error={error} action={<Button onClick={() => void search(requested)}>{t(m.tryAgain)}</Button>} />
      )}
      {status === 'done' && results.length === 0 && <p className={styles.note}>{t(m.noResults, { query: requested })}</p>}
      {open && <p className={styles.note}>{t(countMessage, countValues)}</p>}
      {open && manyMatch(count) && <p className={styles.note}>{t(m.manyMatches)}</p>}
      {showingRecent && (
        <RecentList id={recentId} people={recent} activeIndex={recentActive} chosenId={chosenId} onChoose={chooseRecent} onHover={setRecentIndex} />
      )}
      <div id={listId} role="listbox" aria-label={t(m.resultsLabel)} className={styles.listbox} hidden={!open}>
        {results.map((user, index) => (
          <ResultOption
            key={user.id}
            id={optionId(listId, index)}
            user={user}
            active={index === activeIndex}
            chosen={user.id === chosenId}
            onChoose={() => choose(index)}
            onHover={() => setActive(index)}
          />
        ))}
      </div>
      {moreStatus === 'failed' && moreError && <ErrorMessage error={moreError} />}
      {open && more !== null && (
        <Button
          className={styles.more}
          disabledFocusable={moreStatus === 'loading'}
          icon={moreStatus === 'loading' ? <Spinner size="extra-tiny" aria-label={t(m.loadingMore)} /> : undefined}
          onClick={() => void onShowMore()}
        >
          {t(m.showMore)}
        </Button>
      )}
    </Panel>
  );
};
