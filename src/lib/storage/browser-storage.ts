/** The browser's localStorage, or undefined where there is none or it is disabled (private mode, policy): never throws. */
export function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
