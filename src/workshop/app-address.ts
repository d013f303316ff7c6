/** The app's own address without any fragment: what participants open on their own devices. */
export function appAddress(): string {
  return typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`;
}
