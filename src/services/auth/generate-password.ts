import { randomBytes } from 'node:crypto';

const CLASSES = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '@#%+='];

/**
 * A random 12-character password with all four character classes, easy to read aloud over
 * the phone (no 0/O, 1/l/I): for initial and reset passwords, which must be changed at once.
 */
export function generatePassword(): string {
  const bytes = randomBytes(24);
  const chars = Array.from(bytes.subarray(0, 12), (byte, index) => {
    const set = CLASSES[index < CLASSES.length ? index : byte % CLASSES.length]!;
    return set[byte % set.length]!;
  });
  // Shuffle so the classes are not always in the same positions.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = bytes[12 + (i % 12)]! % (i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
