/** A name every platform's file system accepts, for the files TAP Desk offers to save. */
export const fileNameOf = (text: string): string => text.replace(/[\\/:*?"<>|]/g, '');
