/**
 * Whether to colour: never with --no-color or NO_COLOR (chalk alone ignores
 * NO_COLOR), always with FORCE_COLOR (other than 0/false), else only on a TTY.
 */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force === 'false');
  return isTTY;
}
