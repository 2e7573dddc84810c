/** "German" for `de`; a tag the browser cannot name (or one typed halfway) stays as typed. */
export const languageName = (tag: string): string => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};
