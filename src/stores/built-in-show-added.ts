import { packStored } from './library-store';
import { builtInPackRead } from './start-app';

/**
 * Stores the built-in show again, read as at the first start, for a profile that follows it on
 * another device; resolves to the problem to tell, or null. A failed write keeps the show on
 * screen for this visit and says so in a notice, as at the first start.
 */
export async function builtInShowAddedAgain(): Promise<string | null> {
  const pack = await builtInPackRead();
  if (typeof pack === 'string') return pack;
  await packStored(pack);
  return null;
}
