/** The app's own address without any fragment: what participants open on their own devices. */
export function appAddress(): string {
  return typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`;
}

/** True for an address only this computer can open (localhost, 127.0.0.0/8, ::1): a phone scanning its QR code cannot reach it. */
export function isLoopbackAddress(address: string): boolean {
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]' || host === '0.0.0.0';
}
