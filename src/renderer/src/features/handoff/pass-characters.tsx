import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { characterKind, isConfusable } from './confusable';
import { groupPass } from './pass-groups';

const useStyles = makeStyles({
  // The gap between groups is a margin, never a space: the text stays the exact pass.
  group: { display: 'inline-block', whiteSpace: 'nowrap', ':not(:last-child)': { marginInlineEnd: '0.6em' } },
  character: { display: 'inline-block', padding: '0 0.08em', margin: '0 0.04em', borderRadius: tokens.borderRadiusMedium },
  // Digits sit on a filled tile, symbols in an outlined box: shapes that tell them apart without colour, in
  // every theme (the high-contrast one draws all text in one colour). Forced colours drop author backgrounds,
  // so there the tile takes the system's highlight pair; outlines stay, drawn in the system's text colour.
  digit: {
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackground,
    '@media (forced-colors: active)': { forcedColorAdjust: 'none', color: 'HighlightText', backgroundColor: 'Highlight' },
  },
  symbol: {
    color: tokens.colorPaletteRedForeground1,
    outlineWidth: '2px',
    outlineStyle: 'solid',
    outlineColor: tokens.colorPaletteRedBorder2,
    outlineOffset: '-2px',
  },
  confusable: {
    textDecorationLine: 'underline',
    textDecorationStyle: 'dotted',
    textDecorationThickness: '2px',
    textUnderlineOffset: '0.18em',
  },
});

/**
 * The pass in groups of four, one span per character so digits and symbols get their own shape and colour
 * and look-alikes (0 and O, 1 and l, every symbol) are marked: read aloud at a desk, those are the
 * usual mistakes.
 */
export const PassCharacters = ({ value }: { value: string }) => {
  const styles = useStyles();
  return (
    <>
      {groupPass(value).map((group, groupIndex) => (
        <span key={groupIndex} className={styles.group} translate="no">
          {Array.from(group, (character, index) => {
            const kind = characterKind(character);
            return (
              <span
                key={index}
                className={mergeClasses(
                  styles.character,
                  kind === 'digit' && styles.digit,
                  kind === 'symbol' && styles.symbol,
                  isConfusable(character) && styles.confusable,
                )}
              >
                {character}
              </span>
            );
          })}
        </span>
      ))}
    </>
  );
};
