import { makeStyles, tokens } from '@fluentui/react-components';

/** Narrower than this (800×600 at 200 % zoom, or a narrow window), each row is a card of labelled lines. */
const narrow = '@media (max-width: 40em)';

/** Shared by the table and its rows: the table never scrolls sideways, it wraps and then stacks. */
export const useReviewTableStyles = makeStyles({
  table: {
    width: '100%',
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
    overflowWrap: 'anywhere',
    paddingBlock: tokens.spacingVerticalXS,
    [narrow]: { display: 'block', height: 'auto' },
  },
  lineColumn: { width: '3.5rem' },
  choiceColumn: { width: '10rem' },
  cellLabel: {
    display: 'none',
    [narrow]: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  },
});
