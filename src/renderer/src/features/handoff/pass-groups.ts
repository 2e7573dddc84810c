/** Four characters is what a person keeps in mind while typing from a screen or a voice. */
export const PASS_GROUP_SIZE = 4;

export const groupPass = (pass: string, size = PASS_GROUP_SIZE): string[] => {
  const characters = Array.from(pass);
  const groups: string[] = [];
  for (let index = 0; index < characters.length; index += size) groups.push(characters.slice(index, index + size).join(''));
  return groups;
};
