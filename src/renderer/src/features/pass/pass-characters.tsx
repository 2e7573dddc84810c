import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  digit: { color: tokens.colorBrandForeground1 },
  symbol: { color: tokens.colorPaletteRedForeground1 },
});

const kindOf = (character: string): 'digit' | 'letter' | 'symbol' =>
  /\d/.test(character) ? 'digit' : /\p{L}/u.test(character) ? 'letter' : 'symbol';

/**
 * One span per character so digits and symbols get their own colour: read aloud at a desk,
 * "0" and "O" or "1" and "l" are the usual mistakes. The text content stays the exact pass.
 */
export const PassCharacters = ({ value }: { value: string }) => {
  const styles = useStyles();
  return (
    <>
      {Array.from(value, (character, index) => {
        const kind = kindOf(character);
        return (
          <span key={index} className={mergeClasses(kind === 'digit' && styles.digit, kind === 'symbol' && styles.symbol)}>
            {character}
          </span>
        );
      })}
    </>
  );
};
