import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * Narrower than this (800×600, 200 % zoom, or a narrow window), each row is a card of labelled lines: seven columns
 * would leave the addresses and findings a word wide beside a choice that keeps its whole text.
 */
const narrow = '@media (max-width: 56em)';

/** Shared by the table and its rows: the table never scrolls sideways, it wraps and then stacks. */
export const useReviewTableStyles = makeStyles({
  table: {
    width: '100%',
    // Fluent's fixed layout shares the width out evenly; the content's own widths keep a choice readable whole.
    tableLayout: 'auto',
    [narrow]: { display: 'block' },
  },
  head: {
    [narrow]: {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
    },
  },
  body: { [narrow]: { display: 'block' } },
  row: {
    [narrow]: {
      display: 'flex',
      flexDirection: 'column',
      gap: tokens.spacingVerticalXS,
      paddingBlock: tokens.spacingVerticalS,
    },
  },
  cell: {
    verticalAlign: 'top',
    paddingBlock: tokens.spacingVerticalXS,
    [narrow]: { display: 'block', height: 'auto' },
  },
  lineColumn: { width: '3.5rem' },
  cellLabel: {
    display: 'none',
    [narrow]: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  },
});
