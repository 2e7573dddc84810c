import { Avatar, Field, Input, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Search20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ErrorMessage } from '../../../ui/errors/error-message';
import { useT } from '../../../ui/i18n/translate';
import { useBulkStore } from '../bulk-store';
import { bulkMessages as m } from '../messages';
import { answersTo, isWaiting, nameOf, type HandoverRow } from './handover-rows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  listbox: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, maxHeight: '50vh', overflowY: 'auto' },
  option: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
  },
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThin})`,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const optionId = (listId: string, line: number) => `${listId}-line-${line}`;

/**
 * The people whose pass the batch still holds, found by typing part of a name: the arrow keys pick, Enter puts
 * that person's pass on the handoff screen, and Next person there comes back here.
 */
export const DeskQueue = ({ rows }: { rows: HandoverRow[] }) => {
  const styles = useStyles();
  const t = useT();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const handingOver = useBulkStore((state) => state.handingOver);
  const error = useBulkStore((state) => state.handOverError);
  const focusQueue = useBulkStore((state) => state.focusQueue);
  const { handOver, queueFocused } = useBulkStore.getState();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const waiting = rows.filter(isWaiting);
  const matching = waiting.filter((row) => answersTo(row, query));
  // The list shrinks as people are handed over, and as the technician types.
  const activeIndex = Math.min(active, Math.max(matching.length - 1, 0));
  const activeRow = matching[activeIndex];
  const activeId = activeRow ? optionId(listId, activeRow.line) : undefined;

  useEffect(() => {
    if (!focusQueue) return;
    inputRef.current?.focus();
    queueFocused();
  }, [focusQueue, queueFocused]);

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const choose = (row: HandoverRow | undefined) => {
    if (row && handingOver === null) void handOver(row.line);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.min(Math.max(activeIndex + (event.key === 'ArrowDown' ? 1 : -1), 0), Math.max(matching.length - 1, 0)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(activeRow);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
    }
  };

  const busyRow = waiting.find((row) => row.line === handingOver);

  return (
    <div className={styles.root}>
      <Field label={t(m.queueSearch)} hint={t(m.queueHint)}>
        <Input
          ref={inputRef}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={matching.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeId}
          autoComplete="off"
          spellCheck={false}
          value={query}
          contentBefore={<Search20Regular aria-hidden />}
          contentAfter={busyRow ? <Spinner size="extra-tiny" aria-label={t(m.fetchingPass, { name: nameOf(busyRow) })} /> : undefined}
          onChange={(_, data) => {
            setQuery(data.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </Field>
      {error && <ErrorMessage error={error} />}
      <p className={styles.note}>{waiting.length === 0 ? t(m.queueEmpty) : t(m.waitingCount, { count: waiting.length })}</p>
      {waiting.length > 0 && matching.length === 0 && <p className={styles.note}>{t(m.queueNoMatch, { query })}</p>}
      <div id={listId} role="listbox" aria-label={t(m.queueLabel)} className={styles.listbox} hidden={matching.length === 0}>
        {matching.map((row, index) => (
          <div
            key={row.line}
            id={optionId(listId, row.line)}
            role="option"
            aria-selected={index === activeIndex}
            className={mergeClasses(styles.option, index === activeIndex && styles.active)}
            // Keeps focus in the search box, where the keyboard works the list.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(row)}
            onMouseMove={index === activeIndex ? undefined : () => setActive(index)}
          >
            <Avatar name={nameOf(row)} color="colorful" size={32} aria-hidden translate="no" />
            <span className={styles.text} translate="no">
              <span className={styles.name}>{nameOf(row)}</span>
              {row.person && <span className={styles.meta}>{row.person.userPrincipalName}</span>}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
};
